//! Transcripts and interviews: a paragraph that opens with a speaker's name and a colon.
//!
//! ```text
//! BENENSON: Senator Sanders doesn’t get to decide when we debate.
//! Q: How did things go for you?
//! ```

use crate::document::TokRange;
use crate::document::{Shape, TokKind};
use crate::lexicon::{class, set};
use crate::link::content::trim;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::rule::Rule;

/// Longest speaker label, in tokens.
pub(super) const MAX_LABEL: usize = 4;

/// Whether token `k` is a dash that attributes: —, –, ―, - or --.
pub(super) fn is_dash(doc: &crate::document::Doc<'_>, k: usize) -> bool {
    doc.toks
        .get(k)
        .is_some_and(|t| t.kind == TokKind::Punct && matches!(t.ch(), '—' | '–' | '―' | '-'))
}

/// A label of capitalised words: "Sonya Herridge", "Michelle Marks, Philadelphia".
pub(super) fn is_name_label(doc: &crate::document::Doc<'_>, a: usize, b: usize) -> bool {
    b > a
        && b - a <= MAX_LABEL + 2
        && doc.toks[a].is_cap()
        && doc.toks[a..b]
            .iter()
            .all(|t| (t.is_cap() && t.is_word()) || t.is_punct(',') || t.is_punct('.'))
        && !(a..b).any(|k| doc.in_set(k, set::NOT_SPEAKER))
}

/// The rule, on the paragraph `[start, end)`: a turn opening with its speaker's label and a
/// colon ("BENENSON: …", "Q: …", "Philip Bump: “…”").
pub(super) fn apply(lk: &mut Linker<'_, '_>, para: TokRange, _before: Option<TokRange>) {
    let (doc, TokRange { start, end }) = (lk.doc, para);
    let Some(colon) = (start..end.min(start + MAX_LABEL + 1)).find(|&x| doc.toks[x].is_punct(':'))
    else {
        return;
    };
    if colon == start || colon + 3 >= end {
        return;
    }
    let label = &doc.toks[start..colon];
    let all_caps = label.iter().all(|t| {
        t.shape == Shape::AllCaps
            || (t.kind == TokKind::Word && doc.text[t.span().range()].len() == 1 && t.is_cap())
    });
    let named = label.first().is_some_and(|t| t.is(class::FIRST_NAME | class::TITLE))
        && label.iter().all(|t| t.is_cap() && t.kind == TokKind::Word);
    let qa = colon == start + 1 && (doc.is_word(start, "Q") || doc.is_word(start, "A"));
    let excluded = (start..colon).any(|k| doc.in_set(k, set::NOT_SPEAKER));
    // "HuffPollster: “…”", "Philip Bump: “…”": a name introducing a quotation
    let quoted = doc.toks[colon + 1].kind == TokKind::QuoteOpen
        && label
            .iter()
            .enumerate()
            .all(|(o, t)| (t.is_cap() && t.is_word()) || doc.is_word(start + o, "and"));
    if !(all_caps || named || qa || quoted) || excluded || label.iter().any(|t| t.is_quote_mark()) {
        return;
    }
    let ce = trim(doc, colon + 1, end);
    if ce <= colon + 1 || !(colon + 1..ce).any(|x| doc.toks[x].is_word()) {
        return;
    }
    let content = vec![doc.span(colon + 1, ce)];
    let d = Draft::new(
        content,
        Some(DraftCue::Colon { start: colon, end: colon + 1 }),
        Some(TokRange::new(start, colon)),
        Pattern::Colon,
        Rule::Transcript,
    );
    lk.push(d);
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_turn_of_a_transcript() {
        finds(
            "Interview.\n\nMBEKI: We will not give up the water rights.\n",
            Rule::Transcript,
            "We will not give up the water rights",
            Some("MBEKI"),
        );
    }

    #[test]
    fn a_label_that_names_no_speaker() {
        misses("Note: The figures were revised on Monday.\n", Rule::Transcript);
    }
}
