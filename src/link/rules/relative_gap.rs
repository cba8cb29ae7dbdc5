//! "moves that he said improved the economy", "which Democrats say could be aiding him",
//! "what he calls corruption": a relative clause whose pronoun fills a gap in what was said
//! (the subject of the reported clause, or the object of a verb of the `as` frame). The
//! content is the pronoun and the words after the cue.

use super::{Cx, Verdict};
use crate::document::feat;
use crate::document::{Shape, TokKind};
use crate::lexicon::{class, frame, set};
use crate::link::content::{content_end, trim};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    let Some(src) = cx.subj() else { return Verdict::Next };
    let Some(rel) = src.start.checked_sub(1).filter(|&r| r >= ss && !doc.toks[r].in_quote()) else {
        return Verdict::Next;
    };
    // (the subject is a speaker, not the start of a clause: "which it says" is fine, "that
    // there is" is not)
    if !doc.in_set(rel, set::RELATIVE) || doc.toks[src.start].is(class::THERE | class::WH) {
        return Verdict::Next;
    }
    let j = crate::phrase::skip_adverbials(doc, c.end, se);
    let Some(t) = doc.toks.get(j).filter(|t| j < se && !t.in_quote()) else {
        return Verdict::Next;
    };
    // the gap is the reported clause's subject: a finite verb follows the cue
    let finite = t.shape == Shape::Lower
        && (t.is(class::AUX | class::MODAL | class::PAST)
            || (t.has(feat::ED) && t.span().len() > 4 && !t.is(class::ADV)))
        && !doc.is_word(rel, "what")
        && cx.has(frame::THAT);
    // the gap is the object of a verb that regards something as something (the `as`
    // frame): "which he describes as his second home", "what she sees as a threat", and
    // with a verb of the `naming` frame a bare complement: "what he calls corruption"
    let naming = cx.has(frame::AS)
        && (doc.is_word(j, "as")
            || (cx.has(frame::NAMING)
                && (t.kind == TokKind::QuoteOpen || np_after(doc, j, se).is_some())
                && !t.is(class::CONJ | class::PREP | class::AUX | class::MODAL)));
    if !(finite || naming) {
        return Verdict::Next;
    }
    let mut e = content_end(doc, j, se, cx.later);
    // "The plan, which officials said was flawed, was shelved": a relative clause between
    // commas ends at its closing comma
    if rel > ss
        && doc.toks[rel - 1].is_punct(',')
        && let Some(k) = (j..e).find(|&k| doc.toks[k].is_punct(',') && !doc.toks[k].in_quote())
    {
        e = trim(doc, j, k);
    }
    if e <= j {
        return Verdict::Next;
    }
    let content = vec![doc.span(rel, rel + 1), doc.span(j, e)];
    let mut d = cx.draft(content, Some(src), Pattern::RelativeClause, Rule::RelativeGap);
    d.confidence = cx.confidence(Rule::RelativeGap, true);
    Verdict::Link(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn the_pronoun_fills_a_gap() {
        finds(
            "The council shelved the plan, which Femi Adeyemi said was flawed.",
            Rule::RelativeGap,
            "which | was flawed",
            Some("Femi Adeyemi"),
        );
        finds(
            "She opposed what the mayor calls reform.",
            Rule::RelativeGap,
            "what | reform",
            Some("the mayor"),
        );
        finds(
            "The plan, which officials said was flawed, was shelved.",
            Rule::RelativeGap,
            "which | was flawed",
            Some("officials"),
        );
    }

    #[test]
    fn a_relative_clause_with_its_own_content() {
        misses("The nurse, who said the ward was full, left.", Rule::RelativeGap);
    }
}
