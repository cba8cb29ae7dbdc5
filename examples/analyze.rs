//! Analyses one article and prints its attributions, speakers and sourcing profile.
//!
//! ```text
//! cargo run --release --example analyze                 # the bundled reference article
//! cargo run --release --example analyze -- FILE         # a text file
//! cargo run --release --example analyze -- -           # standard input
//! cargo run --release --example analyze -- --json FILE  # the whole analysis as JSON
//! ```

use std::io::Read;
use std::process::ExitCode;

use whosaid::{Analysis, Sourcing};

const BUNDLED: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

/// At most `n` characters of `s`, on one line.
fn shorten(s: &str, n: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n.saturating_sub(1)).collect();
        format!("{cut}…")
    }
}

fn print_table(an: &Analysis<'_>) {
    println!("{:<28} {:<16} {:<9} {:<24} content", "speaker", "cue", "kind", "sourcing");
    println!("{}", "-".repeat(120));
    for a in an.attributions() {
        let speaker = an.speaker_name(a).or_else(|| an.source_text_of(a)).unwrap_or("(none)");
        let cue = a.cue().map_or("(continued)", |c| an.text(c.span()));
        let content: Vec<&str> = a.content().iter().map(|&s| an.text(s)).collect();
        println!(
            "{:<28} {:<16} {:<9} {:<24} {}",
            shorten(speaker, 28),
            shorten(cue, 16),
            format!("{:?}", a.kind()).to_lowercase(),
            a.sourcing().as_str(),
            shorten(&content.join(" … "), 60)
        );
    }
    if !an.non_responses().is_empty() {
        println!("\nnon-responses:");
        for r in an.non_responses() {
            let who: Vec<&str> = r
                .sources()
                .iter()
                .filter_map(|&m| an.mention(m))
                .map(|m| an.text(m.span()))
                .collect();
            println!("  {:<40} {}", shorten(&who.join(" + "), 40), an.text(r.cue()));
        }
    }
    println!("\nspeakers:");
    for s in an.speakers() {
        let detail: Vec<String> = [
            ("title", s.title()),
            ("role", s.role()),
            ("affiliation", s.affiliation()),
            ("basis", s.basis()),
        ]
        .iter()
        .filter_map(|(k, v)| v.map(|v| format!("{k}: {}", shorten(an.text(v), 40))))
        .collect();
        println!(
            "  {:<40} {:<13} {:<24} {} mention(s){}",
            shorten(an.text(s.name()), 40),
            s.kind().as_str(),
            s.sourcing().as_str(),
            s.mentions().len(),
            if detail.is_empty() { String::new() } else { format!("; {}", detail.join("; ")) }
        );
    }
    let p = an.profile();
    println!(
        "\nsourcing profile: {} attributions ({} direct, {} mixed, {} indirect)",
        p.attributions, p.direct, p.mixed, p.indirect
    );
    for level in Sourcing::ALL {
        let n = p.count(level);
        if n > 0 {
            println!("  {:<24} {n:>3}", level.as_str());
        }
    }
    println!(
        "  anonymous share {:.0}%; speakers: {} named, {} anonymous, {} records; non-responses: {}",
        p.share_anonymous * 100.0,
        p.named_speakers,
        p.anonymous_speakers,
        p.record_speakers,
        p.non_responses
    );
}

fn main() -> ExitCode {
    let mut json = false;
    let mut input: Option<String> = None;
    for a in std::env::args().skip(1) {
        match a.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                eprintln!("usage: analyze [--json] [FILE|-]");
                return ExitCode::SUCCESS;
            }
            _ if input.is_none() => input = Some(a),
            _ => {
                eprintln!("error: unexpected argument {a:?}");
                return ExitCode::from(2);
            }
        }
    }
    let text = match input.as_deref() {
        None => BUNDLED.to_string(),
        Some("-") => {
            let mut s = String::new();
            if let Err(e) = std::io::stdin().read_to_string(&mut s) {
                eprintln!("error: reading standard input: {e}");
                return ExitCode::from(1);
            }
            s
        }
        Some(path) => match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("error: cannot read {path}: {e}");
                return ExitCode::from(1);
            }
        },
    };
    let analysis = whosaid::analyze(&text);
    if json {
        match serde_json::to_string_pretty(&analysis) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        print_table(&analysis);
    }
    ExitCode::SUCCESS
}
