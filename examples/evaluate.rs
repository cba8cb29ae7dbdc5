//! Writes predictions in the evaluation JSONL format for every document of a JSONL file.
//!
//! ```text
//! cargo run --release --example evaluate -- INPUT.jsonl > PRED.jsonl
//! cargo run --release --example evaluate -- --continuations separate INPUT.jsonl
//! ```
//!
//! Only the `id` and `text` of each input line are read. Continuation quotes in the same
//! paragraph as their attribution are merged into it as extra content spans (as PolNeAR
//! annotates them) unless `--continuations separate` is given. `whosaid --format eval`
//! (crate `whosaid-cli`) does the same on all cores, for files and folders too.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use whosaid::{Analyzer, Continuations};

const USAGE: &str = "usage: evaluate [--continuations merge|separate] INPUT.jsonl > PRED.jsonl";

fn main() -> ExitCode {
    let mut continuations = Continuations::Merge;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--continuations" => match args.next().as_deref() {
                Some("merge") => continuations = Continuations::Merge,
                Some("separate") => continuations = Continuations::Separate,
                Some(other) => {
                    eprintln!("error: --continuations takes merge or separate, not {other}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("error: --continuations needs a value: merge or separate");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') => {
                eprintln!("error: unknown option {flag}\n{USAGE}");
                return ExitCode::from(2);
            }
            _ if path.is_none() => path = Some(a),
            _ => {
                eprintln!("error: more than one input: {a}\n{USAGE}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let file = match std::fs::File::open(&path) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: cannot open {path}: {e}");
            return ExitCode::from(1);
        }
    };
    let analyzer = Analyzer::new();
    let mut out = BufWriter::new(std::io::stdout().lock());
    let mut failed = 0;
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        // a bad line is reported and skipped; the exit status says some failed
        let doc = line.map_err(|e| e.to_string()).and_then(|line| {
            let line = line.trim_start_matches('\u{feff}');
            if line.trim().is_empty() {
                return Ok(None);
            }
            let doc: serde_json::Value = serde_json::from_str(line).map_err(|e| e.to_string())?;
            let id = match doc.get("id") {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(serde_json::Value::Number(n)) => n.to_string(),
                _ => return Err("a document needs an \"id\" (string or number)".into()),
            };
            let text =
                doc.get("text").and_then(|t| t.as_str()).ok_or("a document needs a \"text\"")?;
            Ok(Some((id, text.to_string())))
        });
        let (id, text) = match doc {
            Ok(Some(doc)) => doc,
            Ok(None) => continue,
            Err(e) => {
                eprintln!("error: {path}:{}: {e}", n + 1);
                failed += 1;
                continue;
            }
        };
        let record = analyzer.analyze(&text).to_eval_record(&id, continuations);
        let written = serde_json::to_writer(&mut out, &record)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out));
        if let Err(e) = written {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: writing the output: {e}");
            }
            return ExitCode::from(1);
        }
    }
    if out.flush().is_err() || failed > 0 {
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
