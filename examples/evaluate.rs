//! Writes predictions in the evaluation JSONL format for every document of a JSONL file.
//!
//! ```text
//! cargo run --release --example evaluate -- INPUT.jsonl > PRED.jsonl
//! cargo run --release --example evaluate -- --continuations separate INPUT.jsonl
//! ```
//!
//! Only the `id` and `text` of each input line are read. Continuation quotes in the same
//! paragraph as their attribution are merged into it as extra content spans (as PolNeAR
//! annotates them) unless `--continuations separate` is given.

use std::io::{BufRead, BufWriter, Write};
use std::process::ExitCode;

use whosaid::{Analyzer, Continuations};

fn main() -> ExitCode {
    let mut continuations = Continuations::Merge;
    let mut path = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--continuations" => match args.next().as_deref() {
                Some("merge") => continuations = Continuations::Merge,
                Some("separate") => continuations = Continuations::Separate,
                other => {
                    eprintln!("error: --continuations takes merge or separate, not {other:?}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                eprintln!(
                    "usage: evaluate [--continuations merge|separate] INPUT.jsonl > PRED.jsonl"
                );
                return ExitCode::SUCCESS;
            }
            _ if path.is_none() => path = Some(a),
            _ => {
                eprintln!("error: unexpected argument {a:?}");
                return ExitCode::from(2);
            }
        }
    }
    let Some(path) = path else {
        eprintln!("usage: evaluate [--continuations merge|separate] INPUT.jsonl > PRED.jsonl");
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
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for (n, line) in std::io::BufReader::new(file).lines().enumerate() {
        let line = match line {
            Ok(l) => l,
            Err(e) => {
                eprintln!("error: {path}:{}: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = match serde_json::from_str(&line) {
            Ok(v) => v,
            Err(e) => {
                eprintln!("error: {path}:{}: not JSON: {e}", n + 1);
                return ExitCode::from(1);
            }
        };
        let (Some(id), Some(text)) =
            (doc.get("id").and_then(|v| v.as_str()), doc.get("text").and_then(|v| v.as_str()))
        else {
            eprintln!("error: {path}:{}: a document needs a string \"id\" and \"text\"", n + 1);
            return ExitCode::from(1);
        };
        let record = analyzer.analyze(text).to_eval_record(id, continuations);
        let written = serde_json::to_writer(&mut out, &record)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out));
        if let Err(e) = written {
            eprintln!("error: writing the output: {e}");
            return ExitCode::from(1);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("error: writing the output: {e}");
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}
