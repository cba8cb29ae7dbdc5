//! Nominal cues with a possessor: `S's N that C`, `S's N to C`, `S's N on C` ("Trump's claim
//! that …", "her plan to raise taxes", "his attacks on Clinton", "Murphy's opposition to the
//! bill").

use crate::cues::CueCand;
use crate::document::{Doc, TokKind, TokRange};
use crate::lexicon::{class, noun_frame};
use crate::link::clause::embedded_clause_end;
use crate::link::content::{content_end, phrase_end, trim};
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::phrase::np_before;
use crate::rule::Rule;

/// The rule, on sentence `[ss, se)`. A noun reports less surely than a verb: its base
/// confidence is lower.
pub(super) fn apply(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    for k in ss + 1..se.saturating_sub(2) {
        let t = &doc.toks[k];
        if !t.is(class::NOMINAL) || t.in_quote() || t.shape != crate::document::Shape::Lower {
            continue;
        }
        let Some((cue_class, frames)) = doc.lex.entry(t.entry).and_then(|e| e.noun) else {
            continue;
        };
        let Some(source) = possessor(lk, k, ss) else { continue };
        if lk.in_content(k) {
            continue;
        }
        let later = lk.cands_in(k + 1, se);
        // the noun phrase opens its clause ("Her plan to raise taxes was unpopular"): the
        // content ends before the clause's verb
        let subject = source.start == ss || !doc.words_before(source.start);
        let Some((cue_end, start, phrase)) = noun_frame_after(doc, k + 1, frames) else {
            continue;
        };
        let e = nominal_content_end(lk, start, se, later, subject, phrase);
        let e = trim(doc, start, e);
        if e <= start {
            continue;
        }
        lk.push(Draft::new(
            vec![doc.span(start, e)],
            Some(DraftCue::Noun { start: k, end: cue_end, class: cue_class }),
            Some(source),
            Pattern::Nominal,
            Rule::Nominal,
        ));
    }
}

/// The frame of the noun before `n` that the word at `n` opens: where the cue ends, where the
/// content starts, and whether the content is a phrase ("plan to raise taxes", "attacks on
/// Clinton") rather than a clause ("claim that …").
fn noun_frame_after(doc: &Doc<'_>, n: usize, frames: u16) -> Option<(usize, usize, bool)> {
    if doc.is_word(n, "that") && frames & noun_frame::THAT != 0 {
        Some((n, n, false))
    } else if doc.is_word(n, "to")
        && frames & noun_frame::INF != 0
        && doc.toks.get(n + 1).is_some_and(|v| {
            v.kind == TokKind::Word
                && v.shape == crate::document::Shape::Lower
                && !v.is(class::DET | class::POSSPRON | class::FUNCTION)
        })
    {
        Some((n, n, true))
    } else if let Some(i) = noun_frame::PREPOSITIONS.iter().position(|p| doc.is_word(n, p))
        && frames & (1 << (noun_frame::PREP_SHIFT + i as u16)) != 0
    {
        Some((n + 1, n + 1, true))
    } else {
        None
    }
}

/// Where the content of a nominal cue starting at `start` ends, before any verb of the
/// clause its noun phrase opens (`subject`): "Her plan to raise taxes was unpopular", "Her
/// claim that the budget is balanced was false".
fn nominal_content_end(
    lk: &Linker<'_, '_>,
    start: usize,
    se: usize,
    later: &[CueCand],
    subject: bool,
    phrase: bool,
) -> usize {
    let doc = lk.doc;
    let mut e = content_end(doc, start, se, later);
    if phrase {
        e = phrase_end(doc, start, e);
    }
    if subject
        && phrase
        && let Some(v) = (start + 1..e).find(|&x| {
            let t = &doc.toks[x];
            t.is(class::AUX | class::MODAL) && t.kind == TokKind::Word && !t.in_quote()
        })
    {
        e = v;
    }
    if subject && !phrase {
        e = embedded_clause_end(lk, start, e);
    }
    e
}

/// The possessor of the noun at `k`: "his", "their", "Trump's", "the senator's" (one
/// adjective may stand between: "his repeated attacks").
fn possessor(lk: &Linker<'_, '_>, k: usize, ss: usize) -> Option<TokRange> {
    let doc = lk.doc;
    let mut p = k - 1;
    let adjective = |x: usize| {
        let t = &doc.toks[x];
        t.kind == TokKind::Word
            && t.shape == crate::document::Shape::Lower
            && !t.is(class::FUNCTION | class::DET | class::QUANT | class::NUM | class::CUE)
    };
    if p > ss && adjective(p) {
        p -= 1;
    }
    let t = &doc.toks[p];
    if t.is(class::POSSPRON) && !t.is(class::DET) && !doc.is_word(p, "its") {
        // "her" is also an object pronoun: "told her plan" would read it wrong, so a verb
        // must not stand right before it
        if doc.is_word(p, "her")
            && p > ss
            && doc.toks[p - 1].kind == TokKind::Word
            && !doc.toks[p - 1].is(class::PREP | class::CONJ)
        {
            return None;
        }
        return Some(TokRange::new(p, p + 1));
    }
    if t.kind == TokKind::Clitic && p > ss {
        let s = np_before(doc, p, ss)?;
        let head = &doc.toks[p - 1];
        // a speaker: a name, a role, an organisation, not "the bill's"
        let speaker = head.is_cap() || head.is(class::ROLE | class::VAGUE | class::ORG);
        return (s < p && speaker && !doc.toks[s].in_quote()).then_some(TokRange::new(s, p + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_reporting_noun_with_a_possessor() {
        finds(
            "Then came the mayor's claim that the budget is balanced.",
            Rule::Nominal,
            "that the budget is balanced",
            Some("the mayor's"),
        );
    }

    #[test]
    fn a_claim_in_the_subject_ends_before_the_sentence_verb() {
        finds(
            "The mayor's claim that the budget is balanced was false.",
            Rule::Nominal,
            "that the budget is balanced",
            Some("The mayor's"),
        );
    }

    #[test]
    fn a_reporting_noun_without_a_possessor() {
        misses("The claim that the budget is balanced drew criticism.", Rule::Nominal);
    }
}
