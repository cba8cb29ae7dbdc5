//! How well sourced is an article? The sourcing profile, then every speaker with its
//! attributions and non-responses, through [`whosaid::SpeakerRef`].
//!
//! ```text
//! cargo run --release --example sourcing_report                 # the bundled article
//! cargo run --release --example sourcing_report -- ARTICLE.txt  # a text file
//! ```
//!
//! `whosaid --format report` (crate `whosaid-cli`) prints the full report, for corpora too.

use std::fmt::Write as _;
use std::io::Write as _;
use std::process::ExitCode;

use whosaid::{Analysis, Sourcing, SpeakerKind};

const BUNDLED: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

fn report(an: &Analysis<'_>) -> Result<String, std::fmt::Error> {
    let mut o = String::new();
    let p = an.profile();
    writeln!(
        o,
        "{} attributions: {} direct, {} mixed, {} indirect",
        p.attributions, p.direct, p.mixed, p.indirect
    )?;
    for level in Sourcing::ALL {
        let n = p.count(level);
        let bar = "█".repeat((n * 40).div_ceil(p.attributions.max(1)));
        writeln!(o, "  {:<24} {n:>3}  {bar}", level.as_str())?;
    }
    writeln!(
        o,
        "  {:.0}% anonymous; {} non-responses\n",
        p.share_anonymous * 100.0,
        p.non_responses
    )?;

    for s in an.speaker_refs() {
        let (said, silent) = (s.attributions().count(), s.non_responses().count());
        if said + silent == 0 {
            continue; // mentioned, but never speaks
        }
        writeln!(o, "{} — {}, {}", s.name(), s.kind(), s.sourcing())?;
        if s.kind() == SpeakerKind::Anonymous {
            let details: Vec<String> = [
                ("count", s.count().map(|c| c.to_string())),
                ("seniority", s.seniority().map(str::to_string)),
                ("affiliation", s.affiliation().map(str::to_string)),
                ("basis", s.basis().map(str::to_string)),
            ]
            .into_iter()
            .filter_map(|(k, v)| v.map(|v| format!("{k}: {v}")))
            .collect();
            if !details.is_empty() {
                writeln!(o, "    ({})", details.join("; "))?;
            }
        }
        for a in s.attributions() {
            writeln!(o, "    {:<12} {}", a.cue_text().unwrap_or("(continued)"), a.content_text())?;
        }
        for r in s.non_responses() {
            writeln!(o, "    {:<12} {}", r.kind(), r.cue_text())?;
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let text = match std::env::args().nth(1) {
        None => BUNDLED.to_string(),
        Some(path) => match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let out = report(&whosaid::analyze(&text)).unwrap_or_default();
    match std::io::stdout().lock().write_all(out.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: writing the output: {e}");
            ExitCode::from(1)
        }
        _ => ExitCode::SUCCESS,
    }
}
