//! `C1, V S, C2.`: an inverted cue clause between two parts of the content ("The talks,
//! said a senior official, had failed"; "C1, said Michael Kofman, an expert on Russia, C2").

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::link::clause::content_begin;
use crate::link::content::{content_end, trim};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    if cx.subj().is_some() {
        return Verdict::Next;
    }
    let Some(TokRange { start: p, end: e }) = cx.inverted() else { return Verdict::Next };
    if !(e + 1 < se && doc.toks[e].is_punct(',') && !cx.later.iter().any(|l| l.start == e + 1)) {
        return Verdict::Next;
    }
    let ce = trim(doc, ss, p);
    let cstart = content_begin(doc, ss, ce);
    let e2 = content_end(doc, e + 1, se, cx.later);
    if ce <= cstart || e2 <= e + 1 {
        return Verdict::Next;
    }
    let content = vec![doc.span(cstart, ce), doc.span(e + 1, e2)];
    let rule = Rule::InvertedParenthetical;
    let mut d = cx.draft(content, Some(TokRange::new(c.end, e)), Pattern::Parenthetical, rule);
    d.confidence = cx.confidence(rule, true);
    Verdict::Link(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn an_inverted_clause_inside_the_content() {
        finds(
            "The talks, said a senior official, had failed.",
            Rule::InvertedParenthetical,
            "The talks | had failed",
            Some("a senior official"),
        );
    }

    #[test]
    fn an_inverted_clause_at_the_end_is_not_inside() {
        misses("The talks had failed, said a senior official.", Rule::InvertedParenthetical);
    }
}
