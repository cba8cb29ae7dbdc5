//! Analyses one article and prints its attributions, speakers and sourcing profile.
//!
//! ```text
//! cargo run --release --example analyze                 # the bundled reference article
//! cargo run --release --example analyze -- FILE         # a text file
//! cargo run --release --example analyze -- -            # standard input
//! cargo run --release --example analyze -- --json FILE  # the JSON document format
//! ```
//!
//! The `whosaid` command (crate `whosaid-cli`) does the same for files, folders and corpora,
//! with more formats; this example shows the API it is built on.

use std::io::{Read, Write};
use std::process::ExitCode;

use whosaid::{Analysis, JsonOptions, Sourcing};

const BUNDLED: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

/// At most `n` characters of `s`, on one line, control characters shown as `\u{…}`.
fn shorten(s: &str, n: usize) -> String {
    let flat: String = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .flat_map(|c| if c.is_control() { c.escape_unicode().collect() } else { vec![c] })
        .collect();
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn table(an: &Analysis<'_>) -> String {
    let mut o = format!(
        "{:<28} {:<16} {:<9} {:<24} content\n{}\n",
        "speaker",
        "cue",
        "kind",
        "sourcing",
        "-".repeat(120)
    );
    for a in an.attribution_refs() {
        o += &format!(
            "{:<28} {:<16} {:<9} {:<24} {}\n",
            shorten(&a.label().unwrap_or_else(|| "(none)".into()), 28),
            shorten(a.cue_text().unwrap_or("(continued)"), 16),
            a.kind(),
            a.sourcing(),
            shorten(&a.content_text(), 60)
        );
    }
    o += "\nspeakers:\n";
    for s in an.speaker_refs() {
        o += &format!(
            "  {:<40} {:<13} {:<24} {} attribution(s), {} non-response(s)\n",
            shorten(&s.name(), 40),
            s.kind(),
            s.sourcing(),
            s.attributions().count(),
            s.non_responses().count()
        );
    }
    let p = an.profile();
    o += &format!(
        "\nsourcing profile: {} attributions ({} direct, {} mixed, {} indirect)\n",
        p.attributions, p.direct, p.mixed, p.indirect
    );
    for level in Sourcing::ALL.into_iter().filter(|&l| p.count(l) > 0) {
        o += &format!("  {:<24} {:>3}\n", level, p.count(level));
    }
    o
}

fn main() -> ExitCode {
    let mut json = false;
    let mut input: Option<String> = None;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: analyze [--json] [FILE|-]");
                return ExitCode::SUCCESS;
            }
            flag if flag.starts_with('-') && flag != "-" => {
                eprintln!("error: unknown option {flag}\nusage: analyze [--json] [FILE|-]");
                return ExitCode::from(2);
            }
            _ if input.is_none() => input = Some(a),
            _ => {
                eprintln!("error: more than one input: {a}");
                return ExitCode::from(2);
            }
        }
    }
    let text = match input.as_deref() {
        None => Ok(BUNDLED.to_string()),
        Some("-") => {
            let mut s = String::new();
            std::io::stdin().read_to_string(&mut s).map(|_| s)
        }
        Some(path) => std::fs::read_to_string(path),
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", input.as_deref().unwrap_or("-"));
            return ExitCode::from(1);
        }
    };
    let analysis = whosaid::analyze(&text);
    let out = if json {
        let doc = analysis.to_json(&JsonOptions::default().text(true));
        serde_json::to_string_pretty(&doc).map(|s| s + "\n").unwrap_or_default()
    } else {
        table(&analysis)
    };
    // a closed pipe (`analyze | head -1`) ends the program quietly
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: writing the output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
