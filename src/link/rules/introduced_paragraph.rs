//! `S V:` closing a paragraph introduces the next one as the content ("Hewitt writes:" ⏎
//! "The plan …").

use crate::document::TokKind;
use crate::document::TokRange;
use crate::link::content::trim;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule, on the paragraph `[start, end)` after `before`.
pub(super) fn apply(lk: &mut Linker<'_, '_>, para: TokRange, before: Option<TokRange>) {
    let TokRange { start, end } = para;
    let Some(TokRange { start: ps, end: pe }) = before else { return };
    let doc = lk.doc;
    let colon = pe - 1;
    if pe < ps + 3
        || !doc.toks[colon].is_punct(':')
        || doc.toks[start].kind == TokKind::QuoteOpen
        || lk.in_content(start)
    {
        return;
    }
    let ss = doc.sentence_of(colon).start;
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
    let ce = trim(doc, start, end);
    if ce > start {
        let d = Draft::new(
            vec![doc.span(start, ce)],
            Some(DraftCue::Verb(c)),
            Some(src),
            Pattern::SourceCueContent,
            Rule::IntroducedParagraph,
        );
        lk.push(d);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_paragraph_introduced_by_a_cue_clause() {
        finds(
            "In her letter, Ingrid Solberg writes:\n\nThe plan fails the families it claims to help.\n",
            Rule::IntroducedParagraph,
            "The plan fails the families it claims to help",
            Some("Ingrid Solberg"),
        );
    }

    #[test]
    fn a_colon_without_a_cue_introduces_nothing() {
        misses("The items on the list:\n\nBread, milk and eggs.\n", Rule::IntroducedParagraph);
    }
}
