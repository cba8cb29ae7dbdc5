//! `C in the latest CNN poll.`: what a poll or survey finds, the poll closing the sentence
//! (named, or set off by a comma: "in the polls" alone is mostly a place in the race). Not
//! in a sentence that opens with its poll.

use super::poll_first::{lead, lead_poll, poll_after};
use crate::document::feat;
use crate::document::{Shape, TokRange};
use crate::lexicon::class;
use crate::link::content::trim;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule, on sentence `[ss, se)`.
pub(super) fn apply(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    if lead_poll(lk, ss, se).is_some() {
        return;
    }
    let lead = lead(doc, ss, se);
    let end = trim(doc, ss, se);
    let Some(k) = (lead + 2..end)
        .rev()
        .take(12)
        .find(|&x| doc.toks[x].is(class::PREP) && doc.is_word(x, "in"))
    else {
        return;
    };
    // (a poll is a document noun: most sentences end in none)
    if doc.toks[k].in_quote() || !doc.toks[k + 1..end].iter().any(|t| t.is(class::DOC)) {
        return;
    }
    if lk.in_content(k) {
        return;
    }
    let Some(e) = poll_after(doc, k, end) else { return };
    // (a participle may describe the poll: "released Thursday")
    let tail = e >= end || (doc.has(e, feat::ED) && (e..end).all(|x| doc.toks[x].is_word()));
    let before = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
    let named = (k + 1..e).any(|x| doc.toks[x].is_cap() || doc.toks[x].shape == Shape::AllCaps);
    let ce = trim(doc, lead, before);
    if tail
        && (named || before < k)
        && ce > lead
        && !lk.cands_in(lead, ce).iter().any(|c| !c.is_participle())
    {
        lk.push(Draft::new(
            vec![doc.span(lead, ce)],
            Some(DraftCue::Phrase { start: k, end: k + 1 }),
            Some(TokRange::new(k + 1, e)),
            Pattern::AccordingTo,
            Rule::PollLast,
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_finding_before_its_poll() {
        finds(
            "Clinton leads by five points in the latest Gallup poll.",
            Rule::PollLast,
            "Clinton leads by five points",
            Some("the latest Gallup poll"),
        );
    }

    #[test]
    fn in_the_polls_is_a_place_in_the_race() {
        misses("She gained ground in the polls.", Rule::PollLast);
    }
}
