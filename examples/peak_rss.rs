//! Peak memory of one analysis, per input byte, for news text and quote-dense text.
//!
//! ```sh
//! cargo run --release --example peak_rss                 # the table: 1, 4 and 16 MiB of each
//! cargo run --release --example peak_rss -- news 16      # one measurement: KIND MIB
//! ```
//!
//! Each kind is measured with the default settings (windows of 256 KiB, `Config::window`)
//! and as one window (`news-whole`, `quotes-whole`: a window of 4 GiB), which shows what
//! the windows save.
//!
//! Linux only: it reads the peak resident set size (`VmHWM`) and the resident set size
//! (`VmRSS`) from `/proc/self/status`. The peak never goes down in a process, so the table
//! runs every measurement in a process of its own (this program again, with arguments).
//!
//! * `news`: the bundled reference article (`tests/fixtures/peace-plan-article.txt`)
//!   repeated, one copy after another, as paragraphs.
//! * `quotes`: quote-dense made-up text: short `“…,” she said.` lines, split quotations,
//!   and stray and unbalanced quotation marks.
//!
//! "before" is the peak after the text is built and the lexicons are loaded (a short
//! document analysed first); "after" is the peak once the analysis is done, with its
//! results still alive. The delta is what analysing the document cost at its peak;
//! "resident after" is the growth of the resident set once it is done (the results, and
//! whatever the allocator keeps).

use std::process::{Command, ExitCode};

const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

/// A kilobyte figure of `/proc/self/status`, in bytes.
fn status_bytes(field: &str) -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with(field))?;
    let kb: usize = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn news(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + ARTICLE.len() + 1);
    while text.len() < bytes {
        text.push_str(ARTICLE.trim_end());
        text.push('\n');
    }
    text
}

/// Short attributed quotations, split ones, unbalanced and stray marks, in short
/// paragraphs.
fn quotes(bytes: usize) -> String {
    const LINES: &[&str] = &[
        "“We will win,” she said.",
        "“Not today,” he said, “and not tomorrow.”",
        "‘It is over,’ said Ms. Lee.",
        "\"Plain marks,\" the official said.",
        "“An unclosed one, she said.",
        "Stray ” marks ’ here \" and ' there, he said.",
        "«Non», a-t-il dit. „Ja“, sagte sie.",
        "“Nested ‘inner’ words,” they said.",
        "“”",
        "He said: “Yes.” She said: “No.”",
    ];
    let mut text = String::with_capacity(bytes + 64);
    let mut i = 0usize;
    while text.len() < bytes {
        text.push_str(LINES[i % LINES.len()]);
        // a paragraph every third line, the rest run on in one paragraph
        text.push_str(if i % 3 == 2 { "\n" } else { " " });
        i += 1;
    }
    text
}

fn measure(kind: &str, mib: usize) -> Result<(), String> {
    let bytes = mib << 20;
    let (base, whole) = kind.strip_suffix("-whole").map_or((kind, false), |k| (k, true));
    let text = match base {
        "news" => news(bytes),
        "quotes" => quotes(bytes),
        other => return Err(format!("unknown kind {other:?}: news or quotes, -whole or not")),
    };
    let config = whosaid::Config::default();
    let config = if whole { config.window(u32::MAX as usize) } else { config };
    let analyzer = whosaid::Analyzer::builder()
        .config(config)
        .build()
        .map_err(|e| format!("settings: {e}"))?;
    let warm = analyzer.analyze("“It is late,” she said.");
    drop(warm);
    let (Some(before), Some(rss_before)) = (status_bytes("VmHWM:"), status_bytes("VmRSS:")) else {
        return Err("no VmHWM in /proc/self/status (Linux only)".into());
    };
    let start = std::time::Instant::now();
    let analysis = analyzer.analyze(&text);
    let elapsed = start.elapsed();
    let after = status_bytes("VmHWM:").unwrap_or(0);
    let rss_after = status_bytes("VmRSS:").unwrap_or(0);
    let delta = after.saturating_sub(before);
    let retained = rss_after.saturating_sub(rss_before);
    let n = text.len() as f64;
    println!(
        "{kind:<12} {mib:>3} MiB {:>10} B  peak before {:>6.1} MiB after {:>6.1} MiB  \
         delta {:>6.1} MiB = {:>5.1} B/B  resident after {:>5.1} B/B  {:>4.1} attributions/KB  {:.2}s",
        text.len(),
        before as f64 / 1048576.0,
        after as f64 / 1048576.0,
        delta as f64 / 1048576.0,
        delta as f64 / n,
        retained as f64 / n,
        analysis.attributions().len() as f64 * 1024.0 / n,
        elapsed.as_secs_f64(),
    );
    Ok(())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [kind, mib] = args.as_slice() {
        let result = mib
            .parse()
            .map_err(|e| format!("{mib:?} is not a number of MiB: {e}"))
            .and_then(|mib| measure(kind, mib));
        return match result {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("peak_rss: {e}");
                ExitCode::FAILURE
            }
        };
    }
    if !args.is_empty() {
        eprintln!("usage: peak_rss [news|quotes|news-whole|quotes-whole MIB]");
        return ExitCode::from(2);
    }
    let Ok(me) = std::env::current_exe() else {
        eprintln!("peak_rss: cannot find this program to run it again");
        return ExitCode::FAILURE;
    };
    println!("peak resident set size (VmHWM, /proc/self/status, Linux) of one analysis");
    let mut failed = false;
    for kind in ["news", "quotes", "news-whole", "quotes-whole"] {
        for mib in [1, 4, 16] {
            match Command::new(&me).args([kind, &mib.to_string()]).status() {
                Ok(s) if s.success() => {}
                _ => failed = true,
            }
        }
    }
    if failed { ExitCode::FAILURE } else { ExitCode::SUCCESS }
}
