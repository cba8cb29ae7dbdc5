//! "outside groups supporting Christie", "voters backing Clinton": a participle of an
//! evaluation verb right after the noun it modifies takes that noun as its source.

use super::{Cx, Verdict};
use crate::document::feat;
use crate::document::{Shape, TokKind, TokRange};
use crate::lexicon::class;
use crate::link::clause::person_like;
use crate::link::content::{content_end, content_start, trim};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    if !doc.has(c.verb, feat::ING) {
        return Verdict::Next;
    }
    let Some(p) = c.start.checked_sub(1).filter(|&p| p >= ss) else { return Verdict::Next };
    let noun = doc.toks[p].kind == TokKind::Word
        && !doc.toks[p].is(class::FUNCTION | class::DET | class::ADV | class::QUANT);
    if !noun {
        return Verdict::Next;
    }
    let Some(a) = crate::phrase::np_before(doc, c.start, ss).filter(|&a| a < c.start) else {
        return Verdict::Next;
    };
    if !(person_like(doc, a, c.start) || doc.toks[p].is(class::ORG | class::ROLE | class::VAGUE)) {
        return Verdict::Next;
    }
    let Some(start) = content_start(doc, &c, se, 0) else { return Verdict::Next };
    let j = start.at;
    let mut e = content_end(doc, j, se, cx.later);
    // the phrase modifies the subject of the sentence: the content ends before the
    // sentence's verb ("groups supporting the governor spent heavily")
    if let Some(v) = (j + 1..e).find(|&x| {
        let t = &doc.toks[x];
        !t.in_quote()
            && t.kind == TokKind::Word
            && t.shape == Shape::Lower
            && (t.is(class::AUX | class::MODAL | class::PAST)
                || (doc.has(x, feat::ED) && !doc.toks[x - 1].is(class::DET)))
    }) {
        e = trim(doc, j, v);
        while e > j && doc.toks[e - 1].is(class::ADV) {
            e -= 1;
        }
    }
    if e <= j {
        return Verdict::Next;
    }
    let rule = Rule::ModifyingParticiple;
    let mut d =
        cx.draft(vec![doc.span(j, e)], Some(TokRange::new(a, c.start)), Pattern::Participle, rule);
    d.confidence = cx.confidence(rule, true);
    Verdict::Link(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn the_noun_a_participle_modifies_is_its_source() {
        finds(
            "Conservative groups supporting Christie spent heavily.",
            Rule::ModifyingParticiple,
            "Christie",
            Some("Conservative groups"),
        );
    }

    #[test]
    fn a_participle_after_a_comma_modifies_nothing() {
        misses("The ads ran for weeks, supporting Christie.", Rule::ModifyingParticiple);
    }
}
