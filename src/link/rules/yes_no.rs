//! "75 percent of Democrats said yes": a yes or a no as the whole content (verbs of the
//! `yesno` frame).

use super::{Cx, Verdict};
use crate::document::TokKind;
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, j) = (cx.doc, cx.c.end);
    let Some(subj) = cx.subj() else { return Verdict::Next };
    let answer = doc.is_word(j, "yes") || doc.is_word(j, "no");
    let alone = doc.toks.get(j + 1).is_none_or(|t| t.kind == TokKind::Punct && !t.is_quote_mark());
    if answer && alone {
        let content = vec![doc.span(j, j + 1)];
        Verdict::Link(cx.draft(content, Some(subj), Pattern::SourceCueContent, Rule::YesNo))
    } else {
        Verdict::Next
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_yes_or_a_no() {
        finds(
            "Sixty percent of renters said yes.",
            Rule::YesNo,
            "yes",
            Some("Sixty percent of renters"),
        );
        finds("Most of the nurses said no.", Rule::YesNo, "no", Some("Most of the nurses"));
    }

    #[test]
    fn no_as_a_determiner_is_no_answer() {
        misses("The nurses said no agreement was near.", Rule::YesNo);
    }
}
