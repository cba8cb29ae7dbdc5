//! `In a poll released Monday, C.`: what a poll or survey finds, the poll first.

use crate::document::{Doc, TokRange};
use crate::lexicon::{class, set};
use crate::link::content::content_end;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// The noun phrase of a poll after "in" at token `k`, up to `limit`: "a national CNN/ORC
/// poll released Monday" (its head a noun of the `poll_noun` set). Returns its end.
pub(super) fn poll_after(doc: &Doc<'_>, k: usize, limit: usize) -> Option<usize> {
    let e = np_after(doc, k + 1, limit)?;
    let head = (k + 1..e).rev().find(|&x| doc.toks[x].is_word())?;
    doc.in_set(head, set::POLL_NOUN).then_some(e)
}

/// The first word of the sentence after its conjunctions.
pub(super) fn lead(doc: &Doc<'_>, ss: usize, se: usize) -> usize {
    let mut lead = ss;
    while lead < se && doc.toks[lead].is(class::CONJ) {
        lead += 1;
    }
    lead
}

/// A sentence opening with "In" a poll and a comma: "in", the poll's end and the comma.
pub(super) fn lead_poll(
    lk: &Linker<'_, '_>,
    ss: usize,
    se: usize,
) -> Option<(usize, usize, usize)> {
    let doc = lk.doc;
    let lead = lead(doc, ss, se);
    if !doc.is_word(lead, "in") || doc.toks[lead].in_quote() {
        return None;
    }
    let e = poll_after(doc, lead, se)?;
    let comma =
        (e..se.min(e + 8)).find(|&x| doc.toks[x].is_punct(',') && !doc.toks[x].in_quote())?;
    (!lk.in_content(lead)).then_some((lead, e, comma))
}

/// The rule, on sentence `[ss, se)`.
pub(super) fn apply(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    let Some((lead, e, comma)) = lead_poll(lk, ss, se) else { return };
    let ce = content_end(doc, comma + 1, se, lk.cands_in(ss, se));
    // ("In a poll released Monday, 31% said …": the respondents speak for themselves)
    if ce > comma + 1 && !lk.cands_in(comma + 1, ce).iter().any(|c| !c.is_participle()) {
        lk.push(Draft::new(
            vec![doc.span(comma + 1, ce)],
            Some(DraftCue::Phrase { start: lead, end: lead + 1 }),
            Some(TokRange::new(lead + 1, e)),
            Pattern::AccordingTo,
            Rule::PollFirst,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_poll_before_its_finding() {
        finds(
            "In a survey released Monday, Clinton leads by five points.",
            Rule::PollFirst,
            "Clinton leads by five points",
            Some("a survey"),
        );
    }

    #[test]
    fn respondents_who_speak_for_themselves() {
        misses(
            "In a survey released Monday, most renters said they oppose the plan.",
            Rule::PollFirst,
        );
    }
}
