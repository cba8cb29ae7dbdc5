//! The readable outputs: the table and the sourcing report. Text from the article goes
//! through [`clean`] first, so that control characters and terminal escapes are shown,
//! never obeyed.

use std::fmt::Write as _;

use whosaid::{Analysis, Profile, Sourcing, SpeakerKind, SpeakerRef};

/// Widest line the report prints.
pub const WIDTH: usize = 110;

/// Appends one formatted line (writing to a `String` cannot fail).
macro_rules! line {
    ($o:expr) => {
        $o.push('\n')
    };
    ($o:expr, $($arg:tt)*) => {{
        let _ = writeln!($o, $($arg)*);
    }};
}

/// Whether a character must not reach a terminal as it is: C0 and C1 controls (ESC starts
/// terminal escapes, CSI is U+009B), and the bidirectional overrides and isolates that
/// reorder what a terminal shows.
fn is_unsafe(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `s` on one line: whitespace runs become one space, and unsafe characters are written as
/// `\u{1b}`.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = !out.is_empty();
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// `s` with its lines kept and every other unsafe character written as `\u{1b}`: for
/// output laid out in columns, such as `--list`.
pub fn escape_unsafe(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c != '\n' && is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// At most `n` characters of `s`, cleaned, with an ellipsis when cut.
pub fn shorten(s: &str, n: usize) -> String {
    let flat = clean(s);
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// `s` padded with spaces to `n` characters (format's width counts bytes of some
/// characters wrongly for our purposes only when they are wide; plain `{:<n}` is fine
/// for the narrow text of news).
fn pad(s: &str, n: usize) -> String {
    format!("{s:<n$}")
}

/// `n` out of `total` as a percentage, or `-`.
fn pct(n: usize, total: usize) -> String {
    if total == 0 { "-".to_string() } else { format!("{:.1}%", 100.0 * n as f64 / total as f64) }
}

/// The table: one line per attribution, then the non-responses.
pub fn table(name: Option<&str>, an: &Analysis<'_>) -> String {
    let mut o = String::new();
    if let Some(name) = name {
        line!(o, "== {} ==", shorten(name, WIDTH - 6));
    }
    line!(
        o,
        "{} {} {} {} content",
        pad("speaker", 28),
        pad("cue", 16),
        pad("kind", 8),
        pad("sourcing", 23)
    );
    line!(o, "{}", "-".repeat(WIDTH));
    for a in an.attribution_refs() {
        line!(
            o,
            "{} {} {} {} {}",
            pad(&shorten(&a.label().unwrap_or_else(|| "(unattributed)".into()), 28), 28),
            pad(&shorten(a.cue_text().unwrap_or("(continued)"), 16), 16),
            pad(a.kind().as_str(), 8),
            pad(a.sourcing().as_str(), 23),
            shorten(&a.content_text(), 60)
        );
    }
    if an.attributions().is_empty() {
        line!(o, "(no attributions)");
    }
    if an.non_responses().is_empty() {
        return o;
    }
    line!(o);
    line!(o, "{} {} phrase", pad("did not respond", 40), pad("kind", 12));
    for r in an.non_response_refs() {
        let who: Vec<String> = r.labels().map(|l| l.into_owned()).collect();
        let who = if who.is_empty() { "(no source)".to_string() } else { who.join(" + ") };
        line!(
            o,
            "{} {} {}",
            pad(&shorten(&who, 40), 40),
            pad(r.kind().as_str(), 12),
            shorten(r.cue_text(), WIDTH - 54)
        );
    }
    o
}

/// Appends `items` separated by " · ", packed into lines of at most [`WIDTH`] characters
/// after `indent` spaces.
fn push_packed(o: &mut String, indent: usize, items: &[String]) {
    let room = WIDTH - indent;
    let mut cur = String::new();
    for item in items {
        let item = shorten(item, room);
        let len = cur.chars().count();
        if len > 0 && len + 3 + item.chars().count() > room {
            line!(o, "{:indent$}{cur}", "");
            cur.clear();
        }
        if !cur.is_empty() {
            cur.push_str(" · ");
        }
        cur.push_str(&item);
    }
    if !cur.is_empty() {
        line!(o, "{:indent$}{cur}", "");
    }
}

/// The sourcing report on one article.
pub fn report(name: &str, an: &Analysis<'_>) -> String {
    let mut o = String::new();
    let p = an.profile();
    let words = an.input().split_whitespace().count();
    line!(o, "{}", shorten(&format!("SOURCING REPORT: {name}, {words} words"), WIDTH));
    line!(o, "{}", "=".repeat(WIDTH));
    line!(o, "\nPROFILE");
    line!(
        o,
        "  attributions        {:>4}   ({} direct, {} mixed, {} indirect)",
        p.attributions,
        p.direct,
        p.mixed,
        p.indirect
    );
    line!(
        o,
        "  share anonymous     {:>6}",
        if p.attributions == 0 {
            "-".to_string()
        } else {
            format!("{:.1}%", p.share_anonymous * 100.0)
        }
    );
    line!(
        o,
        "  distinct speakers   {:>4}   ({} named, {} anonymous, {} record)",
        p.named_speakers + p.anonymous_speakers + p.record_speakers,
        p.named_speakers,
        p.anonymous_speakers,
        p.record_speakers
    );
    line!(o, "  non-responses       {:>4}", p.non_responses);
    line!(o);
    levels(&mut o, &p);
    speakers(&mut o, an);
    non_responses(&mut o, an);
    line!(o);
    o
}

/// The report's list of speakers, then the sources that resolve to no speaker.
fn speakers(o: &mut String, an: &Analysis<'_>) {
    let speaking: Vec<_> = an
        .speaker_refs()
        .filter(|s| s.attributions().next().is_some() || s.non_responses().next().is_some())
        .collect();
    line!(o, "\nSPEAKERS ({})", speaking.len());
    if speaking.is_empty() {
        line!(o, "  (none)");
    } else {
        line!(
            o,
            "  {:>3}  {} {} {} {:>6} {:>9}",
            "#",
            pad("speaker", 40),
            pad("kind", 12),
            pad("sourcing", 23),
            "attr.",
            "non-resp."
        );
        line!(o, "  {}", "-".repeat(WIDTH - 2));
    }
    for (i, s) in speaking.iter().enumerate() {
        line!(
            o,
            "  {:>3}  {} {} {} {:>6} {:>9}",
            i + 1,
            pad(&shorten(&s.name(), 40), 40),
            pad(s.kind().as_str(), 12),
            pad(s.sourcing().as_str(), 23),
            s.attributions().count(),
            s.non_responses().count()
        );
        push_packed(o, 7, &details(s));
    }
    unresolved(o, an);
}

/// The details of a speaker the report prints under its row: what is known of an anonymous
/// speaker, a named one's title, role and affiliation, and who cites it.
fn details(s: &SpeakerRef<'_, '_>) -> Vec<String> {
    let mut details = Vec::new();
    if s.kind() == SpeakerKind::Anonymous {
        let fields = [
            ("count", s.count().map(|c| c.to_string())),
            ("seniority", s.seniority().map(str::to_string)),
            ("basis", s.basis().map(str::to_string)),
            ("affiliation", s.affiliation().map(str::to_string)),
            ("anonymity", s.anonymity_reason().map(str::to_string)),
        ];
        details.extend(fields.into_iter().filter_map(|(k, v)| v.map(|v| format!("{k}: {v}"))));
    } else {
        for (k, v) in [("title", s.title()), ("role", s.role()), ("affiliation", s.affiliation())] {
            if let Some(v) = v {
                details.push(format!("{k}: {v}"));
            }
        }
    }
    let cited: Vec<String> =
        s.cited_in().filter_map(|a| a.label()).map(|l| l.into_owned()).collect();
    if !cited.is_empty() {
        details.push(format!("cited by: {}", cited.join(", ")));
    }
    details
}

/// The report's rows of the sources that resolve to no speaker ("He said" with no one
/// before it), one per source and level.
fn unresolved(o: &mut String, an: &Analysis<'_>) {
    let mut unresolved: Vec<(&str, Sourcing, usize)> = Vec::new();
    for a in an.attribution_refs().filter(|a| a.speaker().is_none()) {
        let source = a.source_text().unwrap_or("(no source)");
        match unresolved.iter_mut().find(|(s, l, _)| *s == source && *l == a.sourcing()) {
            Some((_, _, n)) => *n += 1,
            None => unresolved.push((source, a.sourcing(), 1)),
        }
    }
    for (source, level, n) in unresolved {
        line!(
            o,
            "  {:>3}  {} {} {} {n:>6}",
            "-",
            pad(&shorten(&format!("{source} (unresolved)"), 40), 40),
            pad("-", 12),
            pad(level.as_str(), 23)
        );
    }
}

/// The report's list of non-responses.
fn non_responses(o: &mut String, an: &Analysis<'_>) {
    line!(o, "\nNON-RESPONSES ({})", an.non_responses().len());
    if an.non_responses().is_empty() {
        line!(o, "  (none)");
    } else {
        line!(o, "  {} {} phrase", pad("who", 40), pad("kind", 12));
        line!(o, "  {}", "-".repeat(WIDTH - 2));
    }
    for r in an.non_response_refs() {
        let who: Vec<String> = r.labels().map(|l| l.into_owned()).collect();
        let who = if who.is_empty() { "(no source)".to_string() } else { who.join(" + ") };
        line!(
            o,
            "  {} {} {}",
            pad(&shorten(&who, 40), 40),
            pad(r.kind().as_str(), 12),
            shorten(r.cue_text(), WIDTH - 2 - 41 - 13)
        );
    }
}

/// The table of levels with bars.
fn levels(o: &mut String, p: &Profile) {
    line!(o, "  {} {:>12} {:>7}", pad("sourcing level", 24), "attributions", "share");
    line!(o, "  {}", "-".repeat(45));
    for level in Sourcing::ALL {
        let n = p.count(level);
        let bar = if p.attributions == 0 { 0 } else { (n * 40).div_ceil(p.attributions) };
        let row = format!(
            "  {} {n:>12} {:>7}  {}",
            pad(level.as_str(), 24),
            pct(n, p.attributions),
            "█".repeat(bar)
        );
        line!(o, "{}", row.trim_end());
    }
    line!(o, "  {}", "-".repeat(45));
    line!(
        o,
        "  {} {:>12} {:>7}",
        pad("total", 24),
        p.attributions,
        pct(p.attributions, p.attributions)
    );
}

/// One document's line of the totals table.
#[derive(Debug)]
struct Row {
    id: String,
    attributions: usize,
    named_identified: usize,
    anonymous: usize,
    anonymous_speakers: usize,
    non_responses: usize,
    weakest: Option<Sourcing>,
}

/// The profiles of many documents added up.
#[derive(Debug, Default)]
pub struct Totals {
    rows: Vec<Row>,
    by_level: [usize; 7],
    attributions: usize,
    anonymous_speakers: usize,
    non_responses: usize,
}

impl Totals {
    pub fn add(&mut self, id: &str, p: &Profile) {
        let anon: usize =
            Sourcing::ALL.iter().filter(|l| l.is_anonymous()).map(|&l| p.count(l)).sum();
        let weakest = Sourcing::ALL.into_iter().rev().find(|&l| p.count(l) > 0);
        self.rows.push(Row {
            id: id.to_string(),
            attributions: p.attributions,
            named_identified: p.count(Sourcing::NamedIdentified),
            anonymous: anon,
            anonymous_speakers: p.anonymous_speakers,
            non_responses: p.non_responses,
            weakest,
        });
        for (slot, level) in self.by_level.iter_mut().zip(Sourcing::ALL) {
            *slot += p.count(level);
        }
        self.attributions += p.attributions;
        self.anonymous_speakers += p.anonymous_speakers;
        self.non_responses += p.non_responses;
    }

    /// One row per document, then the totals.
    pub fn render(&self) -> String {
        let mut o = String::new();
        line!(o, "TOTALS ({} documents)", self.rows.len());
        totals_row(
            &mut o,
            ["id", "attr.", "named_id", "anon", "anon spk", "no resp", "weakest level"],
        );
        line!(o, "{}", "-".repeat(WIDTH));
        for r in &self.rows {
            totals_row(
                &mut o,
                [
                    &r.id,
                    &r.attributions.to_string(),
                    &pct(r.named_identified, r.attributions),
                    &pct(r.anonymous, r.attributions),
                    &r.anonymous_speakers.to_string(),
                    &r.non_responses.to_string(),
                    r.weakest.map_or("-", Sourcing::as_str),
                ],
            );
        }
        line!(o, "{}", "-".repeat(WIDTH));
        let anon: usize = Sourcing::ALL
            .iter()
            .zip(self.by_level)
            .filter(|(l, _)| l.is_anonymous())
            .map(|(_, n)| n)
            .sum();
        let weakest = Sourcing::ALL.iter().zip(self.by_level).rev().find(|(_, n)| *n > 0);
        totals_row(
            &mut o,
            [
                "all documents",
                &self.attributions.to_string(),
                &pct(self.by_level[1], self.attributions),
                &pct(anon, self.attributions),
                &self.anonymous_speakers.to_string(),
                &self.non_responses.to_string(),
                weakest.map_or("-", |(l, _)| l.as_str()),
            ],
        );
        line!(o);
        self.level_totals(&mut o, anon);
        o
    }

    /// The attributions at each level over all documents, then the `anon` at both
    /// anonymous levels.
    fn level_totals(&self, o: &mut String, anon: usize) {
        line!(o, "  {} {:>12} {:>7}", pad("sourcing level", 24), "attributions", "share");
        for (level, n) in Sourcing::ALL.iter().zip(self.by_level) {
            line!(o, "  {} {n:>12} {:>7}", pad(level.as_str(), 24), pct(n, self.attributions));
        }
        line!(
            o,
            "  {} {anon:>12} {:>7}",
            pad("anonymous (both levels)", 24),
            pct(anon, self.attributions)
        );
    }
}

/// One row of the totals table: the document's id, then its counts and weakest level.
fn totals_row(o: &mut String, c: [&str; 7]) {
    line!(
        o,
        "{} {:>5} {:>8} {:>6} {:>8} {:>7} {}",
        pad(&shorten(c[0], 46), 46),
        c[1],
        c[2],
        c[3],
        c[4],
        c[5],
        c[6]
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_shows_escapes_and_flattens_whitespace() {
        assert_eq!(clean("a\u{1b}[31mred\u{1b}[0m"), "a\\u{1b}[31mred\\u{1b}[0m");
        assert_eq!(clean("  two\n\n lines\t"), "two lines");
        assert_eq!(clean("bell\u{7} csi\u{9b} rlo\u{202e}"), "bell\\u{7} csi\\u{9b} rlo\\u{202e}");
        assert_eq!(clean("José “ok” 😀 中文"), "José “ok” 😀 中文");
    }

    #[test]
    fn escape_unsafe_keeps_lines_and_columns() {
        assert_eq!(escape_unsafe("a  b\nc\u{1b}[0m\u{202e}"), "a  b\nc\\u{1b}[0m\\u{202e}");
    }

    #[test]
    fn shorten_cuts_on_characters() {
        assert_eq!(shorten("ééééé", 3), "éé…");
        assert_eq!(shorten("abc", 3), "abc");
    }
}
