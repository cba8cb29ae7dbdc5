//! `--html`: one self-contained page (inline CSS, JavaScript and SVG; nothing loaded from
//! anywhere) that shows each article with every attribution highlighted by its sourcing
//! level, its speakers with their attributions and non-responses, and its sourcing profile
//! as a chart.
//!
//! On load the page checks itself: every attribution highlighted (content, and cue and
//! source where it has them), the chart drawn, the hover card working, no script error. It
//! writes the outcome to `data-check` on the `<html>` element (`ok`, or `fail: …`), which
//! a reader never sees and a headless browser can read (`.ci/browser-test`).

use std::fmt::Write as _;

use whosaid::{Analysis, Profile, Sourcing, SpeakerRef};

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");

/// Text for HTML: the five special characters as entities, control characters as the
/// visible symbols of Unicode's Control Pictures block, and the bidirectional overrides as
/// their code point (they would reorder the page's text).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            '\r' => {}
            c if u32::from(c) < 0x20 => {
                out.push(char::from_u32(0x2400 + u32::from(c)).unwrap_or('\u{fffd}'));
            }
            '\u{7f}' => out.push('\u{2421}'),
            c if c.is_control()
                || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}') =>
            {
                let _ = write!(out, "⟨U+{:04X}⟩", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out
}

/// JSON inside a `<script>`: no `<` at all, so no `</script>` or `<!--` can end it.
fn script_json(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// At most `n` characters of `s` on one line.
fn shorten(s: &str, n: usize) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= n {
        flat
    } else {
        let cut: String = flat.chars().take(n.saturating_sub(1)).collect();
        format!("{}…", cut.trim_end())
    }
}

/// A highlighted role of one attribution or non-response, over one span.
#[derive(Clone, Copy)]
struct Mark {
    start: usize,
    end: usize,
    /// `c` content, `v` cue, `s` source, `k` a source the attribution cites, `n` a
    /// non-response's phrase, `r` its source, `h` a heading
    role: char,
    idx: usize,
}

/// Which role a segment shows when several cover it: the cue and the source stand out
/// inside a content that holds them.
fn rank(role: char) -> u8 {
    match role {
        'v' => 5,
        'n' => 4,
        's' => 3,
        'r' | 'k' => 2,
        'c' => 1,
        _ => 0,
    }
}

/// The article with every role highlighted: the text cut at every span boundary, each
/// piece a `<span>` naming all the roles that cover it (`data-m="c3 s5"`).
fn highlighted(doc: usize, an: &Analysis<'_>) -> String {
    let text = an.input();
    let mut marks = role_marks(an);
    let mut points: Vec<usize> = vec![0, text.len()];
    points.extend(marks.iter().flat_map(|m| [m.start, m.end]));
    points.sort_unstable();
    points.dedup();
    marks.sort_by_key(|m| (m.start, m.end));
    let mut anchored = vec![false; an.attributions().len()];
    let mut out = String::with_capacity(text.len() * 2);
    let mut active: Vec<Mark> = Vec::new();
    let mut next = 0;
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        active.retain(|m| m.end > a);
        while next < marks.len() && marks[next].start <= a {
            if marks[next].end > a {
                active.push(marks[next]);
            }
            next += 1;
        }
        let piece = escape(text.get(a..b).unwrap_or(""));
        piece_html(&mut out, doc, an, &active, &piece, &mut anchored);
    }
    out
}

/// The span of every role in the article: contents, cues, sources, cited sources, headings,
/// non-responses and their sources.
fn role_marks(an: &Analysis<'_>) -> Vec<Mark> {
    let text = an.input();
    let mut marks: Vec<Mark> = Vec::new();
    let mut add = |span: whosaid::Span, role: char, idx: usize| {
        if !span.is_empty() && text.get(span.range()).is_some() {
            marks.push(Mark { start: span.start, end: span.end, role, idx });
        }
    };
    for a in an.attribution_refs() {
        let i = a.id().index();
        for &c in a.content() {
            add(c, 'c', i);
        }
        if let Some(c) = a.cue() {
            add(c.span(), 'v', i);
        }
        if let Some(m) = a.source() {
            add(m.span(), 's', i);
        }
        for m in a.citing() {
            add(m.span(), 'k', i);
        }
    }
    for (i, p) in an.paragraphs().iter().enumerate() {
        if p.is_heading() {
            add(p.span(), 'h', i);
        }
    }
    for r in an.non_response_refs() {
        let i = r.id().index();
        add(r.non_response().cue(), 'n', i);
        for m in r.sources() {
            add(m.span(), 'r', i);
        }
    }
    marks
}

/// Writes one piece of the article under the roles `active` over it: a `<span>` classed by
/// the highest-ranked role and its level, naming all the roles, the first piece of each
/// content anchored.
fn piece_html(
    out: &mut String,
    doc: usize,
    an: &Analysis<'_>,
    active: &[Mark],
    piece: &str,
    anchored: &mut [bool],
) {
    let level =
        |i: usize| an.attributions().get(i).map_or("unattributed", |a| a.sourcing().as_str());
    // a cited source shows the level of its own speaker
    let cited_level = |i: usize| {
        an.attribution_ref(whosaid::AttributionId::from_index(i))
            .and_then(|a| a.citing().next())
            .and_then(|m| m.speaker())
            .map_or("unattributed", |s| s.sourcing().as_str())
    };
    let Some(top) = active.iter().max_by_key(|m| rank(m.role)).copied() else {
        out.push_str(piece);
        return;
    };
    if top.role == 'h' {
        let _ = write!(out, "<span class=\"h\">{piece}</span>");
        return;
    }
    let tokens: Vec<String> =
        active.iter().filter(|m| m.role != 'h').map(|m| format!("{}{}", m.role, m.idx)).collect();
    let class = match top.role {
        'c' | 'v' | 's' => format!("{} l-{}", top.role, level(top.idx)),
        'k' => format!("k l-{}", cited_level(top.idx)),
        role => role.to_string(),
    };
    let anchor = match active.iter().find(|m| m.role == 'c') {
        Some(m) if !anchored[m.idx] => {
            anchored[m.idx] = true;
            format!(" id=\"d{doc}-a{}\"", m.idx)
        }
        _ => String::new(),
    };
    let _ = write!(
        out,
        "<span class=\"{class}\" data-m=\"{}\"{anchor}>{piece}</span>",
        tokens.join(" ")
    );
}

/// The sourcing profile as a bar chart: one bar per level, its length the share of
/// attributions.
fn chart(counts: [usize; 7], caption: &str) -> String {
    const LABEL: usize = 190;
    const BAR: usize = 240;
    const ROW: usize = 24;
    let total: usize = counts.iter().sum();
    let max = counts.iter().copied().max().unwrap_or(0).max(1);
    let height = ROW * Sourcing::ALL.len() + 8;
    let width = LABEL + BAR + 60;
    let mut o = format!(
        "<svg class=\"chart\" role=\"img\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" \
         height=\"{height}\" data-total=\"{total}\" aria-label=\"{}\">",
        escape(caption)
    );
    for (row, (level, n)) in Sourcing::ALL.into_iter().zip(counts).enumerate() {
        let w = if n == 0 { 0 } else { (n * BAR).div_ceil(max).max(2) };
        let y = row * ROW + 4;
        let share = if total == 0 { 0.0 } else { 100.0 * n as f64 / total as f64 };
        let _ = write!(
            o,
            "<g class=\"row\"><title>{}: {n} ({share:.0}%) — {}</title>\
             <text class=\"label\" x=\"{}\" y=\"{}\">{}</text>\
             <rect class=\"track\" x=\"{LABEL}\" y=\"{y}\" width=\"{BAR}\" height=\"{}\" rx=\"3\"/>\
             <rect class=\"bar l-{}\" data-n=\"{n}\" x=\"{LABEL}\" y=\"{y}\" width=\"{w}\" height=\"{}\" rx=\"3\"/>\
             <text class=\"count\" x=\"{}\" y=\"{}\">{n}</text></g>",
            level.as_str(),
            level.description(),
            LABEL - 8,
            y + ROW / 2 + 1,
            level.as_str().replace('_', " "),
            ROW - 8,
            level.as_str(),
            ROW - 8,
            LABEL + BAR + 8,
            y + ROW / 2 + 1,
        );
    }
    o.push_str("</svg>");
    o
}

/// Attributions per level, strongest first.
fn levels(p: &Profile) -> [usize; 7] {
    Sourcing::ALL.map(|l| p.count(l))
}

/// One article: heading, profile chart, highlighted text, speakers, non-responses, and the
/// data the hover card reads.
pub fn section(doc: usize, id: &str, an: &Analysis<'_>) -> String {
    let p = an.profile();
    let mut o = String::new();
    let _ = write!(
        o,
        "<section class=\"doc\" id=\"d{doc}\" data-doc=\"{doc}\" data-attributions=\"{}\" \
         data-non-responses=\"{}\">\n<h2>{}</h2>\n",
        p.attributions,
        p.non_responses,
        escape(id)
    );
    stats(&mut o, &p);
    let _ = writeln!(
        o,
        "<div class=\"profile\"><h3>Sourcing profile</h3>{}</div>",
        chart(levels(&p), "attributions per sourcing level")
    );
    let _ = write!(
        o,
        "<h3>The article</h3>\n<article class=\"text\">{}</article>\n",
        highlighted(doc, an)
    );
    speakers(&mut o, doc, an);
    non_responses(&mut o, an);
    card_data(&mut o, an);
    o
}

/// The line of counts under an article's heading.
fn stats(o: &mut String, p: &Profile) {
    let share = if p.attributions == 0 {
        "-".to_string()
    } else {
        format!("{:.0}%", 100.0 * p.share_anonymous)
    };
    let _ = writeln!(
        o,
        "<p class=\"stats\"><b>{}</b> attributions ({} direct, {} mixed, {} indirect) · \
         <b>{share}</b> anonymous · <b>{}</b> named, <b>{}</b> anonymous and <b>{}</b> record \
         speakers · <b>{}</b> non-responses</p>",
        p.attributions,
        p.direct,
        p.mixed,
        p.indirect,
        p.named_speakers,
        p.anonymous_speakers,
        p.record_speakers,
        p.non_responses
    );
}

/// The table of an article's speakers, then the attributions that resolve to no speaker.
fn speakers(o: &mut String, doc: usize, an: &Analysis<'_>) {
    o.push_str(
        "<h3>Speakers</h3>\n<table class=\"speakers\"><thead><tr><th>speaker</th><th>kind</th>\
                <th>sourcing</th><th>attributions</th><th>non-responses</th></tr></thead><tbody>\n",
    );
    let mut rows = 0;
    for s in an.speaker_refs() {
        if speaker_row(o, doc, &s) {
            rows += 1;
        }
    }
    rows += unresolved_rows(o, doc, an);
    if rows == 0 {
        o.push_str("<tr><td colspan=\"5\">(no speakers)</td></tr>\n");
    }
    o.push_str("</tbody></table>\n");
}

/// The row of a speaker that speaks, answers for a non-response or is cited; whether it has
/// one.
fn speaker_row(o: &mut String, doc: usize, s: &SpeakerRef<'_, '_>) -> bool {
    let atts: Vec<_> = s.attributions().collect();
    let nrs: Vec<_> = s.non_responses().collect();
    let cited: Vec<_> = s.cited_in().collect();
    if atts.is_empty() && nrs.is_empty() && cited.is_empty() {
        return false;
    }
    let details = speaker_details(s);
    let _ = write!(
        o,
        "<tr><td class=\"who\"><b>{}</b>{}</td><td>{}</td><td><span class=\"chip l-{}\">{}</span></td><td><ul>",
        escape(&s.name()),
        if details.is_empty() {
            String::new()
        } else {
            format!("<div class=\"details\">{}</div>", details.join(" · "))
        },
        s.kind(),
        s.sourcing(),
        s.sourcing().as_str().replace('_', " ")
    );
    for a in &atts {
        let _ = write!(
            o,
            "<li><a href=\"#d{doc}-a{}\">{}</a> {}</li>",
            a.id().index(),
            escape(a.cue_text().unwrap_or("(continued)")),
            escape(&shorten(&a.content_text(), 140))
        );
    }
    for a in &cited {
        let _ = write!(
            o,
            "<li class=\"cited\">cited by {}: <a href=\"#d{doc}-a{}\">{}</a></li>",
            escape(&a.label().unwrap_or_default()),
            a.id().index(),
            escape(&shorten(&a.content_text(), 100))
        );
    }
    o.push_str("</ul></td><td><ul>");
    for r in &nrs {
        let _ = write!(o, "<li><span class=\"n\">{}</span></li>", escape(r.cue_text()));
    }
    o.push_str("</ul></td></tr>\n");
    true
}

/// What is known of a speaker beyond its name, for its row.
fn speaker_details(s: &SpeakerRef<'_, '_>) -> Vec<String> {
    let mut details = Vec::new();
    for (k, v) in [
        ("title", s.title()),
        ("role", s.role()),
        ("affiliation", s.affiliation()),
        ("seniority", s.seniority()),
        ("basis", s.basis()),
        ("anonymity", s.anonymity_reason()),
    ] {
        if let Some(v) = v {
            details.push(format!("{k}: {}", escape(&shorten(v, 60))));
        }
    }
    if let Some(c) = s.count() {
        details.push(format!("count: {c}"));
    }
    details
}

/// The rows of the attributions that resolve to no speaker; returns how many.
fn unresolved_rows(o: &mut String, doc: usize, an: &Analysis<'_>) -> usize {
    let unresolved: Vec<_> = an.attribution_refs().filter(|a| a.speaker().is_none()).collect();
    for a in &unresolved {
        let _ = writeln!(
            o,
            "<tr class=\"unresolved\"><td class=\"who\"><b>{}</b><div class=\"details\">resolves to no speaker</div></td>\
             <td>-</td><td><span class=\"chip l-{}\">{}</span></td><td><ul><li><a href=\"#d{doc}-a{}\">{}</a> {}</li></ul></td><td></td></tr>",
            escape(a.source_text().unwrap_or("(no source)")),
            a.sourcing(),
            a.sourcing().as_str().replace('_', " "),
            a.id().index(),
            escape(a.cue_text().unwrap_or("(continued)")),
            escape(&shorten(&a.content_text(), 140))
        );
    }
    unresolved.len()
}

/// The list of an article's non-responses.
fn non_responses(o: &mut String, an: &Analysis<'_>) {
    o.push_str("<h3>Non-responses</h3>\n<ul class=\"non-responses\">\n");
    for r in an.non_response_refs() {
        let who: Vec<String> = r.labels().map(|l| escape(&l)).collect();
        let _ = writeln!(
            o,
            "<li><b>{}</b> <span class=\"kind\">{}</span> <span class=\"n\">{}</span></li>",
            if who.is_empty() { "(no source)".to_string() } else { who.join(" + ") },
            r.kind().as_str().replace('_', " "),
            escape(r.cue_text())
        );
    }
    if an.non_responses().is_empty() {
        o.push_str("<li>(none)</li>\n");
    }
    o.push_str("</ul>\n");
}

/// What the hover card shows, one entry per attribution and non-response, as a JSON script.
fn card_data(o: &mut String, an: &Analysis<'_>) {
    let attrs: Vec<serde_json::Value> = an
        .attribution_refs()
        .map(|a| {
            serde_json::json!({
                "speaker": a.label(),
                "resolved": a.speaker().is_some(),
                "source": a.source_text(),
                "cue": a.cue_text(),
                "level": a.sourcing().as_str(),
                "kind": a.kind().as_str(),
                "pattern": a.pattern().as_str(),
                "confidence": (f64::from(a.confidence()) * 100.0).round() / 100.0,
            })
        })
        .collect();
    let nrs: Vec<serde_json::Value> = an
        .non_response_refs()
        .map(|r| {
            serde_json::json!({
                "who": r.labels().collect::<Vec<_>>().join(" + "),
                "kind": r.kind().as_str(),
                "phrase": r.cue_text(),
            })
        })
        .collect();
    let _ = write!(
        o,
        "<script type=\"application/json\" class=\"data\">{}</script>\n</section>\n",
        script_json(&serde_json::json!({ "attributions": attrs, "non_responses": nrs }))
    );
}

/// The legend: what the colours and the three roles look like.
fn legend() -> String {
    let mut o = String::from(
        "<div class=\"legend\"><span class=\"sample c l-named_identified\">content</span> \
        <span class=\"sample v l-named_identified\">cue</span> \
        <span class=\"sample s l-named_identified\">source</span> \
        <span class=\"sample k l-anonymous_vague\">cited source</span> \
        <span class=\"sample n\">non-response</span><span class=\"sep\"></span>",
    );
    for level in Sourcing::ALL {
        let _ = write!(
            o,
            "<span class=\"chip l-{}\" title=\"{}\">{}</span> ",
            level.as_str(),
            escape(level.description()),
            level.as_str().replace('_', " ")
        );
    }
    o.push_str("</div>");
    o
}

/// The whole page around the sections, with totals and a table of contents when there
/// are several articles.
pub fn page(sections: &[(String, String, Profile)]) -> String {
    let title = match sections {
        [(id, _, _)] => format!("whosaid: {id}"),
        _ => format!("whosaid: {} articles", sections.len()),
    };
    let mut o = String::with_capacity(sections.iter().map(|s| s.1.len()).sum::<usize>() + 32_000);
    let _ = write!(
        o,
        "<!DOCTYPE html>\n<html lang=\"en\" data-check=\"pending\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n\
         <title>{}</title>\n<script>window.__whosaidErrors=[];addEventListener('error',function(e){{window.__whosaidErrors.push(String(e.message||e.type));}},true);</script>\n\
         <style>\n{CSS}</style>\n</head>\n<body>\n<header><h1>{}</h1>{}</header>\n<main>\n",
        escape(&title),
        escape(&title),
        legend()
    );
    if sections.len() > 1 {
        let mut total = [0usize; 7];
        for (_, _, p) in sections {
            for (t, n) in total.iter_mut().zip(levels(p)) {
                *t += n;
            }
        }
        let _ = write!(
            o,
            "<section class=\"totals\"><h2>All {} articles</h2><div class=\"profile\">{}</div><ol class=\"toc\">",
            sections.len(),
            chart(total, "attributions per sourcing level, all articles")
        );
        for (i, (id, _, p)) in sections.iter().enumerate() {
            let _ = write!(
                o,
                "<li><a href=\"#d{i}\">{}</a> <span class=\"muted\">{} attributions</span></li>",
                escape(id),
                p.attributions
            );
        }
        o.push_str("</ol></section>\n");
    }
    for (_, html, _) in sections {
        o.push_str(html);
    }
    if sections.is_empty() {
        o.push_str("<p>(no documents)</p>\n");
    }
    let _ = write!(
        o,
        "</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<footer>Made by whosaid {}: rule-based attribution, no data leaves this page.</footer>\n<script>\n{JS}</script>\n</body>\n</html>\n",
        env!("CARGO_PKG_VERSION")
    );
    o
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_controls() {
        assert_eq!(
            escape("<b>\"a\" & 'b'</b>"),
            "&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt;"
        );
        assert_eq!(escape("x\u{1b}[31m\r\n"), "x\u{241b}[31m\n");
        assert_eq!(escape("\u{202e}"), "⟨U+202E⟩");
        assert_eq!(
            script_json(&serde_json::json!({"a": "</script><!--"})),
            r#"{"a":"\u003c/script>\u003c!--"}"#
        );
    }

    #[test]
    fn every_attribution_is_marked() {
        let text = "“It works,” said Ana Pérez, the mayor. The CIA declined to comment.";
        let an = whosaid::analyze(text);
        let html = highlighted(0, &an);
        assert!(html.contains("data-m=\"c0\" id=\"d0-a0\""), "{html}");
        assert!(html.contains("class=\"v l-named_identified\" data-m=\"v0\">said<"), "{html}");
        assert!(html.contains("data-m=\"n0\">declined to comment<"), "{html}");
        // the text survives the cutting
        let plain: String = html.split('<').map(|p| p.split_once('>').map_or(p, |x| x.1)).collect();
        assert_eq!(plain, escape(text));
    }
}
