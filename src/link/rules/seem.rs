//! "The plan seemed to be failing": how things seem, to no one in particular. Only a speaker
//! can seem to think something ("she seems to believe …"); a verb of the `seem` frame with a
//! subject that is no person has the subject and the infinitive as its content and no
//! source, or is no attribution at all ("the document appears to contrast with …").

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::link::clause::person_like;
use crate::link::content::content_end;
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c) = (cx.doc, cx.c);
    let subj = cx.subj();
    if subj.is_some_and(|r| person_like(doc, r.start, r.end)) {
        return Verdict::Next;
    }
    if let Some(TokRange { start: s, end: e }) = subj
        && doc.is_word(c.end, "to")
    {
        let ce = content_end(doc, c.end, cx.se, cx.later);
        if ce > c.end + 1 {
            let content = vec![doc.span(s, e), doc.span(c.end, ce)];
            return Verdict::Link(cx.draft(content, None, Pattern::Sourceless, Rule::Seem));
        }
    }
    Verdict::Stop
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, found};
    use crate::rule::Rule;

    #[test]
    fn how_things_seem() {
        finds(
            "The recovery seemed to be stalling.",
            Rule::Seem,
            "The recovery | to be stalling",
            None,
        );
        let all = found("The report appears in the appendix.");
        assert!(all.is_empty(), "{all:?}");
    }

    #[test]
    fn a_person_seems_to_think() {
        let all = found("Ingrid Solberg seemed to suggest that the vote was rigged.");
        assert!(all.iter().all(|f| f.rule != Rule::Seem), "{all:?}");
    }
}
