//! Guard: "who have endorsed Trump", "who does not support him": a relative clause describes
//! its antecedent; only verbs of speech and thought (the `quote` and `that` frames) and of
//! evaluation and denial make it an attribution.

use super::{Cx, Verdict};
use crate::lexicon::{class, frame};
use crate::model::CueClass;

/// The guard.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let doc = cx.doc;
    let relative = cx.subj().is_some_and(|r| r.len() == 1 && doc.toks[r.start].is(class::WH));
    if relative
        && !cx.has(frame::QUOTE | frame::THAT)
        && !matches!(cx.class(), CueClass::Evaluation | CueClass::Denial)
    {
        Verdict::Stop
    } else {
        Verdict::Next
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, found};
    use crate::rule::Rule;

    #[test]
    fn relative_clauses_describe() {
        let all = found("Farmers who described the plan met the governor.");
        assert!(all.is_empty(), "{all:?}");
        let off = super::super::testing::found_without(
            "Farmers who described the plan met the governor.",
            Rule::RelativeDescription,
        );
        assert!(!off.is_empty(), "the guard holds nothing back: {off:?}");
    }

    #[test]
    fn speech_in_a_relative_clause_reports() {
        finds(
            "It was the residents who said the water smelled of fuel.",
            Rule::SubjectContent,
            "the water smelled of fuel",
            Some("who"),
        );
    }
}
