//! A question put to the speaker of the main clause: "Asked what might surprise people, he
//! says …", "When asked by a reporter whether …, Clinton said …", "“You bet I would,”
//! Christie said when asked whether he would issue a quarantine". The question is an
//! attribution of its own, whose source is the asker if the text names one.

use crate::document::TokRange;
use crate::document::{Doc, TokKind};
use crate::lexicon::class;
use crate::link::clause::asked_at;
use crate::link::content::{self, content_end};
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// The rule, on sentence `[ss, se)`.
pub(super) fn apply(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    if let Some(d) = asked_clause(lk, ss, se).or_else(|| asked_later(lk, ss, se)) {
        lk.push(d);
    }
}

/// "Asked what might surprise people, he says …", "When asked by a reporter whether …,
/// Clinton said …": the question put to the speaker of the main clause, an attribution whose
/// source is the asker if the text names one.
fn asked_clause(lk: &Linker<'_, '_>, ss: usize, se: usize) -> Option<Draft> {
    let doc = lk.doc;
    let (comma, agent, a) = asked_question(doc, ss, se)?;
    let k = (ss..a).find(|&k| asked_at(doc, k))?;
    let ci = lk.cand_starting(k).filter(|&ci| !lk.used[ci])?;
    let limit = se.min(a + content::MAX_CONTENT);
    // the answering clause (a subject and a cue) starts after the comma
    if comma >= limit
        || !lk.cands_in(comma + 1, se.min(comma + 14)).iter().any(|c| !c.is_participle())
    {
        return None;
    }
    let pattern = if agent.is_some() { Pattern::SourceCueContent } else { Pattern::Sourceless };
    Some(Draft::new(
        vec![doc.span(a, content::trim(doc, a, comma + 1))],
        Some(DraftCue::Verb(lk.cands[ci])),
        agent,
        pattern,
        Rule::Question,
    ))
}

/// "“You bet I would,” Christie said when asked whether he would issue a quarantine": a
/// question put to the speaker after the main clause.
fn asked_later(lk: &Linker<'_, '_>, ss: usize, se: usize) -> Option<Draft> {
    let doc = lk.doc;
    // (the sentence's cues, not its words, are searched: most sentences ask nothing)
    let k = lk.cands_in(ss + 1, se).iter().map(|c| c.verb).find(|&k| {
        asked_at(doc, k)
            && (doc.is_word(k - 1, "when") || doc.is_word(k - 1, "if"))
            && !doc.toks[k].in_quote()
    })?;
    if k == ss + 1 {
        return None; // a sentence-initial question: asked_clause
    }
    let ci = lk.cand_starting(k).filter(|&ci| !lk.used[ci])?;
    let (agent, a) = question_after_asked(doc, k, se)?;
    let e = content_end(doc, a, se, &[]);
    if e <= a {
        return None;
    }
    let pattern = if agent.is_some() { Pattern::SourceCueContent } else { Pattern::Sourceless };
    let cue = Some(DraftCue::Verb(lk.cands[ci]));
    Some(Draft::new(vec![doc.span(a, e)], cue, agent, pattern, Rule::Question))
}

/// After "asked" at token `k`: the asker ("by a reporter") and where the question starts,
/// past a place or occasion ("on Fox News", "at the conference"). `None` if no question
/// follows.
fn question_after_asked(
    doc: &Doc<'_>,
    k: usize,
    limit: usize,
) -> Option<(Option<TokRange>, usize)> {
    let mut a = k + 1;
    let mut agent = None;
    if doc.is_word(a, "by")
        && let Some(e) = np_after(doc, a + 1, limit)
        && !doc.toks[a + 1].is(class::WH)
    {
        agent = Some(TokRange::new(a + 1, e));
        a = e;
    }
    let asks = |x: usize| {
        doc.toks.get(x).is_some_and(|t| t.is(class::WH) && !t.in_quote())
            || doc.is_word(x, "whether")
            || doc.is_word(x, "if")
    };
    for _ in 0..3 {
        if a >= limit || asks(a) || doc.is_word(a, "about") {
            break;
        }
        let t = &doc.toks[a];
        if t.is(class::DAY | class::TIME | class::ADV) && !t.is(class::DET) {
            a += 1;
        } else if t.is(class::PREP)
            && let Some(e) = np_after(doc, a + 1, limit)
        {
            a = e;
        } else {
            break;
        }
    }
    let question = a < limit
        && (asks(a)
            || doc.is_word(a, "about")
            || doc.is_word(a, "to")
            || (a == k + 1 && doc.toks[a].is(class::DET)));
    question.then_some((agent, a))
}

/// A sentence opening with the question put to its speaker ("Asked what might surprise
/// people, he says …", "When asked whether …, Clinton said …"): the comma closing the
/// question.
pub(crate) fn asked_lead(doc: &Doc<'_>, ss: usize, se: usize) -> Option<usize> {
    asked_question(doc, ss, se).map(|(comma, _, _)| comma)
}

/// The question a sentence opens with: the comma closing it, the asker if named, and where
/// the question itself starts.
fn asked_question(doc: &Doc<'_>, ss: usize, se: usize) -> Option<(usize, Option<TokRange>, usize)> {
    let mut k = ss;
    while k < se && (doc.toks[k].is(class::CONJ) || doc.is_word(k, "when") || doc.is_word(k, "if"))
    {
        k += 1;
    }
    if !asked_at(doc, k) || doc.toks[k].in_quote() {
        return None;
    }
    let a = k + 1;
    if a >= se {
        return None;
    }
    let limit = se.min(a + content::MAX_CONTENT);
    // the first comma outside quotation marks with a cue after it (or closing a quotation:
    // "Asked whether she “has the integrity,” voters said …")
    let comma = (a + 1..limit).find_map(|x| {
        let t = &doc.toks[x];
        let x = if t.is_punct(',')
            && t.in_quote()
            && doc.toks.get(x + 1).is_some_and(|n| n.kind == TokKind::QuoteClose)
        {
            x + 1
        } else if t.is_punct(',') && !t.in_quote() {
            x
        } else {
            return None;
        };
        doc.toks[x + 1..se.min(x + 14)].iter().any(|t| t.is(class::CUE)).then_some(x)
    })?;
    // "Asked whether …", "Asked about …", "Asked the question …", "Asked on Fox News who …",
    // "Asked by Matt Lauer whether …"
    question_after_asked(doc, k, comma).map(|(agent, a)| (comma, agent, a))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, found};
    use crate::rule::Rule;

    #[test]
    fn the_question_put_to_the_speaker() {
        finds(
            "Asked whether the clinic would close, Dr. Tanaka said no decision had been made.",
            Rule::Question,
            "whether the clinic would close",
            None,
        );
        finds(
            "When asked by a reporter whether she would run, Ama Owusu said she was undecided.",
            Rule::Question,
            "whether she would run",
            Some("a reporter"),
        );
    }

    #[test]
    fn asked_without_a_question_is_no_question() {
        let all = found("She asked the council for more money.");
        assert!(all.iter().all(|f| f.rule != Rule::Question), "{all:?}");
    }
}
