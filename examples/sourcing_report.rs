//! How well sourced is an article? Prints what an editor wants to see: how many claims are
//! attributed, to named or anonymous sources, who those sources are, and who declined to
//! comment.
//!
//! ```text
//! cargo run --release --example sourcing_report                       # the bundled article
//! cargo run --release --example sourcing_report -- ARTICLE.txt        # one text file (- = stdin)
//! cargo run --release --example sourcing_report -- --jsonl FILE.jsonl # one article per line
//! cargo run --release --example sourcing_report -- --json ...         # JSON instead of tables
//! ```
//!
//! A JSONL file holds one JSON object per line with a string `"id"` and `"text"`; other fields
//! are ignored and blank lines are skipped. For it the report is one row per article and a
//! totals row; with `--json`, one `{"id": …, "profile": …}` object per line.

use std::io::{BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use whosaid::{
    Analysis, Analyzer, Count, Profile, ResponseKind, Sourcing, SpeakerKind, VagueCount,
};

const BUNDLED: &str = include_str!("../tests/fixtures/peace-plan-article.txt");
const BUNDLED_NAME: &str = "tests/fixtures/peace-plan-article.txt (bundled)";

const USAGE: &str = "\
usage: sourcing_report [--json] [ARTICLE.txt | -]
       sourcing_report [--json] --jsonl FILE.jsonl

  ARTICLE.txt      one article as plain text (- reads standard input); without it, the bundled
                   reference article
  --jsonl FILE     many articles: one JSON object per line with a string \"id\" and \"text\"
  --json           JSON instead of tables: {\"profile\", \"speakers\"} for one article,
                   one {\"id\", \"profile\"} object per line for JSONL
  -h, --help       this help";

/// Appends one formatted line to a `String`.
macro_rules! out {
    ($o:expr) => {
        $o.push('\n')
    };
    ($o:expr, $($arg:tt)*) => {{
        $o.push_str(&format!($($arg)*));
        $o.push('\n');
    }};
}

/// Writes `s` to standard output; a closed pipe is an error, not a panic.
fn emit(s: &str) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(s.as_bytes())
        .and_then(|()| stdout.flush())
        .map_err(|e| format!("error: writing the output: {e}"))
}

/// Widest line the text report prints.
const WIDTH: usize = 110;

/// At most `n` characters of `s`, on one line, with an ellipsis when cut.
fn shorten(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `n` out of `total` as a percentage, or `-` when there is nothing to divide.
fn pct(n: usize, total: usize) -> String {
    if total == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * n as f64 / total as f64) }
}

fn response_str(k: ResponseKind) -> &'static str {
    match k {
        ResponseKind::Declined => "declined",
        ResponseKind::NoResponse => "no response",
        ResponseKind::Unreachable => "unreachable",
        _ => "other",
    }
}

fn count_str(c: Count) -> String {
    match c {
        Count::Exact(n) => n.to_string(),
        Count::Vague(v) => match v {
            VagueCount::Several => "several",
            VagueCount::Multiple => "multiple",
            VagueCount::Many => "many",
            VagueCount::Some => "some",
            VagueCount::Few => "a few",
            VagueCount::Plural => "plural",
            _ => "vague",
        }
        .to_string(),
    }
}

/// The weakest sourcing level used by at least one attribution.
fn weakest(p: &Profile) -> Option<Sourcing> {
    Sourcing::ALL.into_iter().rev().find(|&l| p.count(l) > 0)
}

/// A speaker as `--json` writes it: text, not spans.
#[derive(Serialize)]
struct SpeakerRow<'t> {
    name: &'t str,
    kind: SpeakerKind,
    sourcing: Sourcing,
    attributions: usize,
    count: Option<Count>,
    seniority: Option<&'t str>,
    basis: Option<&'t str>,
    affiliation: Option<&'t str>,
    anonymity_reason: Option<&'t str>,
    /// Not serialised: how many non-responses and which speakers cite this one.
    #[serde(skip)]
    non_responses: usize,
    #[serde(skip)]
    cited_by: Vec<&'t str>,
}

/// One row per speaker of the analysis, in the analysis' order.
fn speaker_rows<'t>(an: &Analysis<'t>) -> Vec<SpeakerRow<'t>> {
    let n = an.speakers().len();
    let mut attributions = vec![0usize; n];
    let mut non_responses = vec![0usize; n];
    let mut cited_by: Vec<Vec<&'t str>> = vec![Vec::new(); n];
    for a in an.attributions() {
        if let Some(c) = a.speaker().and_then(|s| attributions.get_mut(s.index())) {
            *c += 1;
        }
        let citer = an.speaker_name(a).or_else(|| an.source_text_of(a)).unwrap_or("(unknown)");
        for m in a.citing() {
            if let Some(list) =
                an.mention(*m).and_then(|m| m.speaker()).and_then(|s| cited_by.get_mut(s.index()))
                && !list.contains(&citer)
            {
                list.push(citer);
            }
        }
    }
    for r in an.non_responses() {
        for m in r.sources() {
            if let Some(c) = an
                .mention(*m)
                .and_then(|m| m.speaker())
                .and_then(|s| non_responses.get_mut(s.index()))
            {
                *c += 1;
            }
        }
    }
    let text = |s: Option<whosaid::Span>| s.map(|s| an.text(s));
    an.speakers()
        .iter()
        .enumerate()
        .map(|(i, s)| SpeakerRow {
            name: an.text(s.name()),
            kind: s.kind(),
            sourcing: s.sourcing(),
            attributions: attributions[i],
            count: s.count(),
            seniority: text(s.seniority()),
            basis: text(s.basis()),
            affiliation: text(s.affiliation()),
            anonymity_reason: text(s.anonymity_reason()),
            non_responses: non_responses[i],
            cited_by: std::mem::take(&mut cited_by[i]),
        })
        .collect()
}

/// Appends `items` to `o`, separated by " · " and packed into lines of at most [`WIDTH`]
/// characters after `indent` spaces.
fn push_packed(o: &mut String, indent: usize, items: &[String]) {
    let room = WIDTH - indent;
    let mut line = String::new();
    for item in items {
        let item = shorten(item, room);
        let len = line.chars().count();
        if len > 0 && len + 3 + item.chars().count() > room {
            out!(o, "{:indent$}{line}", "");
            line.clear();
        }
        if !line.is_empty() {
            line.push_str(" · ");
        }
        line.push_str(&item);
    }
    if !line.is_empty() {
        out!(o, "{:indent$}{line}", "");
    }
}

/// The readable report on one article.
fn report(name: &str, an: &Analysis<'_>) -> String {
    let mut o = String::new();
    let p = an.profile();
    let words = an.source_text().split_whitespace().count();
    out!(o, "{}", shorten(&format!("SOURCING REPORT: {name}, {words} words"), WIDTH));
    out!(o, "{}", "=".repeat(WIDTH));

    out!(o, "\nPROFILE");
    out!(
        o,
        "  attributions        {:>4}   ({} direct, {} mixed, {} indirect)",
        p.attributions,
        p.direct,
        p.mixed,
        p.indirect
    );
    out!(o, "  share anonymous     {:>6}", pct_f(p.share_anonymous, p.attributions));
    // speakers that speak (an attribution or a non-response), as the profile counts them;
    // those of unknown kind (only a description refers to them) are in none of its counts
    let rows = speaker_rows(an);
    let speaking = rows.iter().filter(|s| s.attributions + s.non_responses > 0).count();
    let known = p.named_speakers + p.anonymous_speakers + p.record_speakers;
    let unknown = speaking.saturating_sub(known);
    out!(
        o,
        "  distinct speakers   {:>4}   ({} named, {} anonymous, {} record{})",
        known + unknown,
        p.named_speakers,
        p.anonymous_speakers,
        p.record_speakers,
        if unknown > 0 { format!(", {unknown} of unknown kind") } else { String::new() }
    );
    out!(o, "  non-responses       {:>4}", p.non_responses);
    out!(o);
    out!(o, "  {:<24} {:>12} {:>7}", "sourcing level", "attributions", "share");
    out!(o, "  {}", "-".repeat(45));
    for level in Sourcing::ALL {
        let n = p.count(level);
        let bar = if p.attributions == 0 { 0 } else { (n * 40).div_ceil(p.attributions) };
        let row = format!(
            "  {:<24} {n:>12} {:>7}  {}",
            level.as_str(),
            pct(n, p.attributions),
            "█".repeat(bar)
        );
        out!(o, "{}", row.trim_end());
    }
    out!(o, "  {}", "-".repeat(45));
    out!(o, "  {:<24} {:>12} {:>7}", "total", p.attributions, pct(p.attributions, p.attributions));

    out!(o, "\nSPEAKERS ({})", rows.len());
    if rows.is_empty() {
        out!(o, "  (none)");
    } else {
        out!(
            o,
            "  {:>3}  {:<40} {:<12} {:<23} {:>6} {:>9}",
            "#",
            "speaker",
            "kind",
            "sourcing",
            "attr.",
            "non-resp."
        );
        out!(o, "  {}", "-".repeat(WIDTH - 2));
    }
    for (i, s) in rows.iter().enumerate() {
        out!(
            o,
            "  {:>3}  {:<40} {:<12} {:<23} {:>6} {:>9}",
            i + 1,
            shorten(s.name, 40),
            s.kind.as_str(),
            s.sourcing.as_str(),
            s.attributions,
            s.non_responses
        );
        let mut details = Vec::new();
        if s.kind == SpeakerKind::Anonymous {
            let fields = [
                ("count", s.count.map(count_str)),
                ("seniority", s.seniority.map(str::to_string)),
                ("basis", s.basis.map(str::to_string)),
                ("affiliation", s.affiliation.map(str::to_string)),
                ("anonymity", s.anonymity_reason.map(str::to_string)),
            ];
            details.extend(fields.into_iter().filter_map(|(k, v)| v.map(|v| format!("{k}: {v}"))));
        }
        if !s.cited_by.is_empty() {
            details.push(format!("cited by: {}", s.cited_by.join(", ")));
        }
        push_packed(&mut o, 7, &details);
    }
    // attributions whose source did not resolve to a speaker ("He said" with no antecedent)
    let mut unresolved: Vec<(&str, Sourcing, usize)> = Vec::new();
    for a in an.attributions().iter().filter(|a| a.speaker().is_none()) {
        let source = an.source_text_of(a).unwrap_or("(no source)");
        match unresolved.iter_mut().find(|(s, l, _)| *s == source && *l == a.sourcing()) {
            Some((_, _, n)) => *n += 1,
            None => unresolved.push((source, a.sourcing(), 1)),
        }
    }
    for (source, level, n) in unresolved {
        out!(
            o,
            "  {:>3}  {:<40} {:<12} {:<23} {n:>6}",
            "-",
            shorten(&format!("{source} (unresolved)"), 40),
            "-",
            level.as_str()
        );
    }

    out!(o, "\nNON-RESPONSES ({})", an.non_responses().len());
    if an.non_responses().is_empty() {
        out!(o, "  (none)");
    } else {
        out!(o, "  {:<40} {:<12} phrase", "who", "kind");
        out!(o, "  {}", "-".repeat(WIDTH - 2));
    }
    for r in an.non_responses() {
        // the speaker's name where the mention resolves, else the mention as written
        let who: Vec<&str> = r
            .sources()
            .iter()
            .filter_map(|&m| an.mention(m))
            .map(|m| {
                m.speaker()
                    .and_then(|s| an.speaker(s))
                    .map_or(an.text(m.span()), |s| an.text(s.name()))
            })
            .collect();
        let who = if who.is_empty() { "(no source)".to_string() } else { who.join(" + ") };
        out!(
            o,
            "  {:<40} {:<12} {}",
            shorten(&who, 40),
            response_str(r.kind()),
            shorten(an.text(r.cue()), WIDTH - 2 - 41 - 13)
        );
    }
    o
}

/// A share (0..1) as a percentage, or `-` when there are no attributions.
fn pct_f(share: f64, total: usize) -> String {
    if total == 0 { "-".to_string() } else { format!("{:.1}%", share * 100.0) }
}

/// One article: the readable report, or `{"profile", "speakers"}` as JSON.
fn one_article(name: &str, text: &str, json: bool) -> Result<(), String> {
    let analysis = Analyzer::new().analyze(text);
    if json {
        #[derive(Serialize)]
        struct Report<'t> {
            profile: Profile,
            speakers: Vec<SpeakerRow<'t>>,
        }
        let report = Report { profile: analysis.profile(), speakers: speaker_rows(&analysis) };
        let s = serde_json::to_string_pretty(&report)
            .map_err(|e| format!("error: serialising the report: {e}"))?;
        emit(&format!("{s}\n"))
    } else {
        emit(&report(name, &analysis))
    }
}

/// One line of the JSONL table: id, attributions, % named and identified, % anonymous,
/// anonymous speakers, non-responses, weakest level.
fn jsonl_row(cells: [&str; 7]) -> String {
    let [id, atts, named, anon, anon_sp, nr, weak] = cells;
    format!("{:<46} {atts:>5} {named:>8} {anon:>6} {anon_sp:>8} {nr:>7} {weak}", shorten(id, 46))
}

/// Many articles: one table row (or one JSON line) each, then totals.
fn many_articles(path: &str, json: bool) -> Result<(), String> {
    let reader: Box<dyn BufRead> = if path == "-" {
        Box::new(std::io::BufReader::new(std::io::stdin()))
    } else {
        let file =
            std::fs::File::open(path).map_err(|e| format!("error: cannot open {path}: {e}"))?;
        Box::new(std::io::BufReader::new(file))
    };
    let analyzer = Analyzer::new();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_err = |e: std::io::Error| format!("error: writing the output: {e}");

    let mut articles = 0usize;
    let mut total = 0usize;
    let mut by_level = [0usize; Sourcing::ALL.len()];
    let (mut anon_speakers, mut non_responses) = (0usize, 0usize);
    if !json {
        let header =
            jsonl_row(["id", "attr.", "named_id", "anon", "anon spk", "no resp", "weakest level"]);
        writeln!(out, "{header}\n{}", "-".repeat(WIDTH - 1)).map_err(write_err)?;
    }
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| format!("error: {path}:{}: {e}", n + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let doc: serde_json::Value = serde_json::from_str(&line)
            .map_err(|e| format!("error: {path}:{}: not JSON: {e}", n + 1))?;
        let (Some(id), Some(text)) =
            (doc.get("id").and_then(|v| v.as_str()), doc.get("text").and_then(|v| v.as_str()))
        else {
            return Err(format!(
                "error: {path}:{}: an article needs a string \"id\" and \"text\"",
                n + 1
            ));
        };
        let profile = analyzer.analyze(text).profile();
        articles += 1;
        if json {
            #[derive(Serialize)]
            struct Line<'a> {
                id: &'a str,
                profile: &'a Profile,
            }
            serde_json::to_writer(&mut out, &Line { id, profile: &profile })
                .map_err(std::io::Error::from)
                .and_then(|()| writeln!(out))
                .map_err(write_err)?;
            continue;
        }
        total += profile.attributions;
        for (slot, level) in by_level.iter_mut().zip(Sourcing::ALL) {
            *slot += profile.count(level);
        }
        anon_speakers += profile.anonymous_speakers;
        non_responses += profile.non_responses;
        let anon: usize =
            Sourcing::ALL.iter().filter(|l| l.is_anonymous()).map(|&l| profile.count(l)).sum();
        let row = jsonl_row([
            id,
            &profile.attributions.to_string(),
            &pct(profile.count(Sourcing::NamedIdentified), profile.attributions),
            &pct(anon, profile.attributions),
            &profile.anonymous_speakers.to_string(),
            &profile.non_responses.to_string(),
            weakest(&profile).map_or("-", Sourcing::as_str),
        ]);
        writeln!(out, "{row}").map_err(write_err)?;
    }
    if json {
        return out.flush().map_err(write_err);
    }

    let mut o = String::new();
    let count = |l: Sourcing| Sourcing::ALL.iter().position(|&x| x == l).map_or(0, |i| by_level[i]);
    let anon: usize = Sourcing::ALL.iter().filter(|l| l.is_anonymous()).map(|&l| count(l)).sum();
    let weakest_all = Sourcing::ALL.into_iter().rev().find(|&l| count(l) > 0);
    out!(o, "{}", "-".repeat(WIDTH - 1));
    let row = jsonl_row([
        &format!("TOTAL ({articles} articles)"),
        &total.to_string(),
        &pct(count(Sourcing::NamedIdentified), total),
        &pct(anon, total),
        &anon_speakers.to_string(),
        &non_responses.to_string(),
        weakest_all.map_or("-", Sourcing::as_str),
    ]);
    out!(o, "{row}");
    out!(o);
    out!(o, "  {:<24} {:>12} {:>7}", "sourcing level", "attributions", "share");
    for level in Sourcing::ALL {
        out!(o, "  {:<24} {:>12} {:>7}", level.as_str(), count(level), pct(count(level), total));
    }
    out!(o, "  {:<24} {:>12} {:>7}", "anonymous (both levels)", anon, pct(anon, total));
    out.write_all(o.as_bytes()).and_then(|()| out.flush()).map_err(write_err)
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("error: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let mut json = false;
    let mut jsonl: Option<String> = None;
    let mut article: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--json" => json = true,
            "--jsonl" => match args.next() {
                Some(path) if jsonl.is_none() => jsonl = Some(path),
                Some(_) => return usage_error("--jsonl given twice"),
                None => return usage_error("--jsonl needs a file name"),
            },
            "-h" | "--help" => {
                return match emit(&format!("{USAGE}\n")) {
                    Ok(()) => ExitCode::SUCCESS,
                    Err(_) => ExitCode::from(1),
                };
            }
            flag if flag.starts_with('-') && flag != "-" => {
                return usage_error(&format!("unknown option {flag:?}"));
            }
            _ if article.is_none() => article = Some(a),
            _ => return usage_error(&format!("unexpected argument {a:?}")),
        }
    }
    let result = match (jsonl, article) {
        (Some(_), Some(a)) => {
            return usage_error(&format!(
                "give either --jsonl FILE or an article, not both ({a:?})"
            ));
        }
        (Some(path), None) => many_articles(&path, json),
        (None, None) => one_article(BUNDLED_NAME, BUNDLED, json),
        (None, Some(path)) => {
            let text = if path == "-" {
                let mut s = String::new();
                std::io::stdin()
                    .read_to_string(&mut s)
                    .map(|_| s)
                    .map_err(|e| format!("error: reading standard input: {e}"))
            } else {
                std::fs::read_to_string(&path)
                    .map_err(|e| format!("error: cannot read {path}: {e}"))
            };
            let name = if path == "-" { "standard input" } else { path.as_str() };
            text.and_then(|text| one_article(name, &text, json))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}
