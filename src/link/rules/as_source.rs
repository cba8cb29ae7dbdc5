//! `As S V, C.`: "As Menendez pointed out, the rulings …", "As Clinton told the Daily News,
//! …": a cue clause opened by "as" before the content.

use super::{Cx, Verdict};
use crate::link::content::content_end;
use crate::model::Pattern;
use crate::phrase::{np_after, skip_adverbials};
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    let Some(src) = cx.subj() else { return Verdict::Next };
    if !(src.start > ss && doc.is_word(src.start - 1, "as")) {
        return Verdict::Next;
    }
    // past an addressee or an adverbial: "As Clinton told the Daily News last week, …"
    let mut after = skip_adverbials(doc, c.end, se);
    if after < se
        && !doc.toks[after].is_punct(',')
        && let Some(e) = np_after(doc, after, se)
    {
        after = skip_adverbials(doc, e, se);
    }
    if !(after + 1 < se && doc.toks[after].is_punct(',')) {
        return Verdict::Next;
    }
    let e = content_end(doc, after + 1, se, cx.later);
    if e <= after + 1 {
        return Verdict::Next;
    }
    let mut d =
        cx.draft(vec![doc.span(after + 1, e)], Some(src), Pattern::AsSourceCue, Rule::AsSource);
    d.confidence = cx.confidence(Rule::AsSource, true);
    Verdict::Link(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn as_the_source_said() {
        finds(
            "As Ngozi Okafor pointed out, the rules have changed.",
            Rule::AsSource,
            "the rules have changed",
            Some("Ngozi Okafor"),
        );
        finds(
            "As the mayor told the council on Monday, the budget is short.",
            Rule::AsSource,
            "the budget is short",
            Some("the mayor"),
        );
    }

    #[test]
    fn as_without_a_following_clause() {
        misses("She left as the mayor said.", Rule::AsSource);
    }
}
