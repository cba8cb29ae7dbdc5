//! Transcripts and interviews: a paragraph that opens with a speaker's name and a colon.
//!
//! ```text
//! BENENSON: Senator Sanders doesn’t get to decide when we debate.
//! Q: How did things go for you?
//! ```

use super::{Draft, DraftCue, Linker};
use crate::lexicon::class;
use crate::model::Pattern;
use crate::segment::{Shape, TokKind};

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

/// Finds the transcript turns of the document.
pub(crate) fn run(lk: &mut Linker<'_, '_>) {
    let doc = lk.doc;
    let mut k = 0;
    while k < doc.toks.len() {
        let para = doc.toks[k].para;
        let start = k;
        while k < doc.toks.len() && doc.toks[k].para == para {
            k += 1;
        }
        let end = k;
        if doc.is_heading(start) {
            continue;
        }
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
        let quoted = doc.toks[colon + 1].kind == TokKind::QuoteOpen && label.iter().enumerate().all(|(o, t)| (t.is_cap() && t.is_word()) || doc.is_word(start + o, "and"));
        if !(all_caps || named || qa || quoted) || excluded || label.iter().any(|t| t.is_quote_mark()) {
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
