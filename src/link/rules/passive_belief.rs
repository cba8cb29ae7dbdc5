//! "Trump is expected to focus on …", "the rate is projected to rise": a belief of no one
//! in particular, in the passive with an infinitive (verbs of the `pinf` frame). The subject
//! and the infinitive are the content.

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::link::content::content_end;
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c) = (cx.doc, cx.c);
    if !doc.is_word(c.end, "to") {
        return Verdict::Next;
    }
    let Some(TokRange { start: s, end: e }) = cx.subj() else { return Verdict::Next };
    let ce = content_end(doc, c.end, cx.se, cx.later);
    if ce <= c.end + 1 {
        return Verdict::Next;
    }
    // ("It is expected to rise": the dummy subject is no part of it)
    let content = if cx.subj_is("it") {
        vec![doc.span(c.end, ce)]
    } else {
        vec![doc.span(s, e), doc.span(c.end, ce)]
    };
    Verdict::Link(cx.draft(content, None, Pattern::Sourceless, Rule::PassiveBelief))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn beliefs_of_no_one_in_particular() {
        finds(
            "Nkechi Obi is expected to win the primary.",
            Rule::PassiveBelief,
            "Nkechi Obi | to win the primary",
            None,
        );
        finds("It is expected to rise again.", Rule::PassiveBelief, "to rise again", None);
    }

    #[test]
    fn no_infinitive_no_belief() {
        misses("The result was expected.", Rule::PassiveBelief);
        misses("The council expects to vote in May.", Rule::PassiveBelief);
    }
}
