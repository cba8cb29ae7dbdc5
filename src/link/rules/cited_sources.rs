//! Guard: ", citing multiple sources familiar with the matter" names the sources a report
//! relies on, which the report's own attribution links (`SubjectContent`, `Inverted`); it
//! is no claim of its own. A reason cited by someone who acts is a claim of theirs: "He
//! banned the Post, citing his anger at its articles".

use super::{Cx, Verdict};

/// The guard.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c) = (cx.doc, cx.c);
    let cited_by_a_report =
        cx.lk.drafts.iter().rev().take(4).any(|d| d.citing.iter().any(|r| r.start == c.end));
    // ("Citing two officials, the agency said …": a report's sources opening the sentence)
    if cited_by_a_report || doc.toks[c.start].is_cap() { Verdict::Stop } else { Verdict::Next }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{found, found_without};
    use crate::rule::Rule;

    #[test]
    fn the_sources_of_a_report_are_no_claim() {
        for text in [
            "Reuters reported that the bank would cut jobs, citing people familiar with the matter.",
            "The Okonkwo Daily reported that the plant would close, citing two company officials.",
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{all:?}");
            assert_eq!(all[0].rule, Rule::SubjectContent);
            let off = found_without(text, Rule::CitedSources);
            assert!(off.len() > 1 || off != all, "{off:?}");
        }
    }

    #[test]
    fn a_reason_cited_by_someone_who_acts_is_theirs() {
        let all = found("The mayor vetoed the budget, citing concerns about the deficit.");
        assert!(all.iter().any(|f| f.rule == Rule::SharedSubject), "{all:?}");
    }
}
