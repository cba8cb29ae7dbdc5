//! Transcripts and interviews: a paragraph that opens with a speaker's name and a colon.
//!
//! ```text
//! BENENSON: Senator Sanders doesn’t get to decide when we debate.
//! Q: How did things go for you?
//! ```

use super::{Draft, DraftCue, Linker};
use crate::document::{Shape, TokKind};
use crate::lexicon::class;
use crate::model::Pattern;

/// Longest speaker label, in tokens.
const MAX_LABEL: usize = 4;

/// Labels that introduce something other than speech.
const NOT_SPEAKERS: &[&str] = &[
    "note",
    "update",
    "updated",
    "editor",
    "related",
    "read",
    "more",
    "watch",
    "correction",
    "disclosure",
    "clarification",
    "source",
    "sources",
    "photo",
    "video",
    "credit",
    "warning",
    "background",
    "advertisement",
    "email",
    "phone",
    "contact",
    "tags",
    "topics",
    "share",
    "follow",
    "sign",
    "subscribe",
    "listen",
    "poll",
    "see",
    "also",
    "click",
    "live",
    "breaking",
    "exclusive",
    "analysis",
    "opinion",
    "transcript",
    "summary",
    "when",
    "where",
    "what",
    "who",
    "why",
    "how",
    "the",
];

/// Whether token `k` is a dash that attributes: —, –, ―, - or --.
fn is_dash(doc: &crate::document::Doc<'_>, k: usize) -> bool {
    doc.toks
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.ch, '—' | '–' | '―' | '-'))
}

/// A label of capitalised words: "Sonya Herridge", "Michelle Marks, Philadelphia".
fn is_name_label(doc: &crate::document::Doc<'_>, a: usize, b: usize) -> bool {
    b > a
        && b - a <= MAX_LABEL + 2
        && doc.toks[a].is_cap()
        && doc.toks[a..b]
            .iter()
            .all(|t| (t.is_cap() && t.is_word()) || t.is_punct(',') || t.is_punct('.'))
        && !doc.toks[a..b]
            .iter()
            .any(|t| NOT_SPEAKERS.iter().any(|w| doc.text[t.span.range()].eq_ignore_ascii_case(w)))
}

/// Paragraphs that attribute with a dash: "Sonya Herridge ― “…”", or a quotation paragraph
/// followed by "- Bernie Sanders."
fn dashed(lk: &mut Linker<'_, '_>, start: usize, end: usize, prev: Option<(usize, usize)>) {
    let doc = lk.doc;
    // Name ― “quotation”
    if let Some(d) = (start + 1..end.min(start + MAX_LABEL + 3)).find(|&x| is_dash(doc, x))
        && doc.toks.get(d + 1).is_some_and(|t| t.kind == TokKind::QuoteOpen)
        && is_name_label(doc, start, d)
    {
        let ce = super::content::trim(doc, d + 1, end);
        if ce > d + 1 {
            let cue = Some(DraftCue::Colon { start: d, end: d + 1 });
            lk.push(Draft::new(
                vec![doc.span(d + 1, ce)],
                cue,
                Some((start, d)),
                Pattern::Colon,
                0.7,
            ));
        }
        return;
    }
    // “quotation” ― Name   (a signed quotation: letters, tweets, vox pops)
    let label_end = super::content::trim(doc, start, end);
    if let Some(d) = (label_end.saturating_sub(MAX_LABEL + 3).max(start + 1)..label_end)
        .find(|&x| is_dash(doc, x))
        && doc.toks[d - 1].kind == TokKind::QuoteClose
        && doc.toks[start].kind == TokKind::QuoteOpen
        && is_name_label(doc, d + 1, label_end)
        && !lk.in_content(start)
    {
        let cue = Some(DraftCue::Colon { start: d, end: d + 1 });
        lk.push(Draft::new(
            vec![doc.span(start, d)],
            cue,
            Some((d + 1, label_end)),
            Pattern::Colon,
            0.7,
        ));
        return;
    }
    // “quotation” ⏎ - Name.
    // (the quotation paragraph may end with a full stop after its closing mark)
    let quote_paragraph = |(ps, pe): (usize, usize)| {
        doc.toks[ps].kind == TokKind::QuoteOpen
            && (doc.toks[pe - 1].kind == TokKind::QuoteClose
                || (pe >= 2 && doc.toks[pe - 2].kind == TokKind::QuoteClose))
    };
    if is_dash(doc, start)
        && let Some((ps, pe)) = prev
        && quote_paragraph((ps, pe))
    {
        let label_end = super::content::trim(doc, start + 1, end);
        if is_name_label(doc, start + 1, label_end) && !lk.in_content(ps) {
            let ce = super::content::trim(doc, ps, pe);
            let cue = Some(DraftCue::Colon { start, end: start + 1 });
            lk.push(Draft::new(
                vec![doc.span(ps, ce)],
                cue,
                Some((start + 1, label_end)),
                Pattern::Colon,
                0.7,
            ));
        }
    }
}

/// "Hewitt writes:" closing a paragraph introduces the next one as the content.
fn introduced_block(lk: &mut Linker<'_, '_>, ps: usize, pe: usize, start: usize, end: usize) {
    let doc = lk.doc;
    let colon = pe - 1;
    if pe < ps + 3
        || !doc.toks[colon].is_punct(':')
        || doc.toks[start].kind == TokKind::QuoteOpen
        || lk.in_content(start)
    {
        return;
    }
    let (ss, _) = doc.sentence_of(colon);
    let Some(ci) = (ss..colon).rev().find_map(|x| lk.cand_starting(x)) else { return };
    let c = lk.cands[ci];
    let clause_end = crate::phrase::skip_adverbials(doc, c.end, colon);
    if lk.used[ci]
        || clause_end != colon
        || !c.has(doc, crate::lexicon::frame::QUOTE | crate::lexicon::frame::INV)
    {
        return;
    }
    let Some(src) = crate::phrase::subject_before(doc, c.start, ss) else { return };
    let ce = super::content::trim(doc, start, end);
    if ce > start {
        let d = Draft::new(
            vec![doc.span(start, ce)],
            Some(DraftCue::Verb(c)),
            Some(src),
            Pattern::SourceCueContent,
            0.75,
        );
        lk.push(d);
    }
}

/// Finds the transcript turns of the document.
pub(crate) fn run(lk: &mut Linker<'_, '_>) {
    let doc = lk.doc;
    let mut k = 0;
    let mut prev: Option<(usize, usize)> = None;
    while k < doc.toks.len() {
        let para = doc.toks[k].para;
        let start = k;
        while k < doc.toks.len() && doc.toks[k].para == para {
            k += 1;
        }
        let end = k;
        let before = prev.replace((start, end));
        if doc.is_heading(start) {
            continue;
        }
        if let Some((ps, pe)) = before {
            introduced_block(lk, ps, pe, start, end);
        }
        dashed(lk, start, end, before);
        let Some(colon) =
            (start..end.min(start + MAX_LABEL + 1)).find(|&x| doc.toks[x].is_punct(':'))
        else {
            continue;
        };
        if colon == start || colon + 3 >= end {
            continue;
        }
        let label = &doc.toks[start..colon];
        let all_caps = label.iter().all(|t| {
            t.shape == Shape::AllCaps
                || (t.kind == TokKind::Word && doc.text[t.span.range()].len() == 1 && t.is_cap())
        });
        let named = label.first().is_some_and(|t| t.is(class::FIRST_NAME | class::TITLE))
            && label.iter().all(|t| t.is_cap() && t.kind == TokKind::Word);
        let qa = colon == start + 1 && (doc.is_word(start, "Q") || doc.is_word(start, "A"));
        let excluded = label
            .iter()
            .any(|t| NOT_SPEAKERS.iter().any(|w| doc.text[t.span.range()].eq_ignore_ascii_case(w)));
        // "HuffPollster: “…”", "Philip Bump: “…”": a name introducing a quotation
        let quoted = doc.toks[colon + 1].kind == TokKind::QuoteOpen
            && label
                .iter()
                .enumerate()
                .all(|(o, t)| (t.is_cap() && t.is_word()) || doc.is_word(start + o, "and"));
        if !(all_caps || named || qa || quoted)
            || excluded
            || label.iter().any(|t| t.is_quote_mark())
        {
            continue;
        }
        let ce = super::content::trim(doc, colon + 1, end);
        if ce <= colon + 1 || !(colon + 1..ce).any(|x| doc.toks[x].is_word()) {
            continue;
        }
        let content = vec![doc.span(colon + 1, ce)];
        let d = Draft::new(
            content,
            Some(DraftCue::Colon { start: colon, end: colon + 1 }),
            Some((start, colon)),
            Pattern::Colon,
            0.7,
        );
        lk.push(d);
    }
}
