//! "It was reported that …", "it is alleged that …": a report in the passive with the dummy
//! subject "it", which has no source.

use super::{Cx, Verdict};
use crate::link::content::{content_end, content_start};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c) = (cx.doc, cx.c);
    if !cx.subj_is("it") {
        return Verdict::Next;
    }
    match content_start(doc, &c, cx.se, 0) {
        Some(start) if doc.is_word(start.at, "that") => {
            let j = start.at;
            let e = content_end(doc, j, cx.se, cx.later);
            let content = vec![doc.span(j, e)];
            Verdict::Link(cx.draft(content, None, Pattern::Sourceless, Rule::ItWasReported))
        }
        _ => Verdict::Next,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn reports_with_no_source() {
        finds(
            "It was reported that the clinic would close.",
            Rule::ItWasReported,
            "that the clinic would close",
            None,
        );
        finds(
            "It is alleged that the landlord ignored 14 complaints.",
            Rule::ItWasReported,
            "that the landlord ignored 14 complaints",
            None,
        );
    }

    #[test]
    fn a_subject_of_its_own_is_no_dummy() {
        misses("The plan was reported to the council.", Rule::ItWasReported);
        misses("It reported that the clinic would close.", Rule::ItWasReported);
    }
}
