//! "Clinton was asked about the loan", "he was asked whether …": a question in the passive,
//! put by someone the text does not name. Any verb of the inquiry class.

use super::{Cx, Verdict};
use crate::lexicon::frame;
use crate::link::content::{content_end, content_start};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c) = (cx.doc, cx.c);
    let Some(start) = content_start(doc, &c, cx.se, frame::NP | frame::WH) else {
        return Verdict::Next;
    };
    let j = start.at;
    let e = content_end(doc, j, cx.se, cx.later);
    if e <= j {
        return Verdict::Next;
    }
    Verdict::Link(cx.draft(vec![doc.span(j, e)], None, Pattern::Sourceless, Rule::PassiveQuestion))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn questions_in_the_passive() {
        finds("Adaeze Nwosu was asked about the loan.", Rule::PassiveQuestion, "the loan", None);
        finds(
            "The minister was asked whether the clinic would close.",
            Rule::PassiveQuestion,
            "whether the clinic would close",
            None,
        );
    }

    #[test]
    fn active_questions_are_not_passive() {
        misses("The minister asked whether the clinic would close.", Rule::PassiveQuestion);
        misses("The minister was told about the loan.", Rule::PassiveQuestion);
    }
}
