//! `C1, S V, C2.`: a cue clause between two parts of the content ("The cuts, the director
//! said, would hurt"; "…, the former executive told The Washington Post, Fiorina would …").
//! Runs where the content-first rule's shape holds but its content is no whole clause.

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::lexicon::frame;
use crate::link::content::content_end;
use crate::model::Pattern;
use crate::phrase::{np_after, skip_adverbials};
use crate::rule::Rule;

/// The rule. A cue with a subject of its own that no rule before it linked is no
/// attribution of the rules after it.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, se) = (cx.doc, cx.c, cx.se);
    if cx.subj().is_none() {
        return Verdict::Next;
    }
    let Some((src, TokRange { start: cstart, end: ce })) = super::content_first::content_before(cx)
    else {
        return Verdict::Stop;
    };
    let mut after = skip_adverbials(doc, c.end, se);
    // an addressee: "…, the former HP executive told The Washington Post, Fiorina would …"
    if cx.has(frame::OBJ)
        && after < se
        && !doc.toks[after].is_punct(',')
        && let Some(e) = np_after(doc, after, se)
    {
        after = skip_adverbials(doc, e, se);
    }
    if ce <= cstart
        || after + 1 >= se
        || !doc.toks[after].is_punct(',')
        || cx.later.iter().any(|l| l.start == after + 1)
    {
        return Verdict::Stop;
    }
    let e2 = content_end(doc, after + 1, se, cx.later);
    if e2 <= after + 1 {
        return Verdict::Stop;
    }
    let content = vec![doc.span(cstart, ce), doc.span(after + 1, e2)];
    let mut d = cx.draft(content, Some(src), Pattern::Parenthetical, Rule::Parenthetical);
    d.confidence = cx.confidence(Rule::Parenthetical, true);
    Verdict::Link(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_cue_clause_inside_the_content() {
        finds(
            "The cuts, the director said, would hurt families.",
            Rule::Parenthetical,
            "The cuts | would hurt families",
            Some("the director"),
        );
    }

    #[test]
    fn a_cue_clause_at_the_end_is_not_inside() {
        misses("The cuts would hurt families, the director said.", Rule::Parenthetical);
    }
}
