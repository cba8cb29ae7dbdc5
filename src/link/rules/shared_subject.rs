//! ", adding that …", "… and warned that …": a participle or a coordinated verb that shares
//! the subject of its sentence (or the source of the sentence's latest attribution).
//! Participles of reporting verbs ("…, saying") report speech; those of other verbs
//! ("supporting the party's candidates", "seeking to prove") only after a comma or with a
//! stance other than evaluation.

use super::{Cx, Verdict};
use crate::document::{Shape, TokKind};
use crate::lexicon::{VerbForm, class, frame};
use crate::link::clause::shared_subject;
use crate::link::content::{self, content_end, content_start, phrase_end};
use crate::model::{CueClass, Pattern, Resolution};
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    if cx.subj().is_some() || cx.inverted().is_some() || !shares(cx) {
        return Verdict::Next;
    }
    let Some(start) = content_start(doc, &c, se, 0) else { return Verdict::Next };
    let j = start.at;
    let mut e = content_end(doc, j, se, cx.later);
    if start.shape == content::Shape::Phrase {
        e = phrase_end(doc, j, e);
    }
    let src = shared_subject(cx.lk, c.start, ss);
    // the sentence's subject must be able to speak: "The document reflects Russian demands –
    // including …, recognizing Crimea as Russian" has no speaker
    let speaker = src.is_some_and(|r| {
        r.indices()
            .rev()
            .find(|&k| doc.toks[k].is_word())
            .is_some_and(|h| !doc.toks[h].is(class::DOC))
    });
    if e <= j || !(speaker || cx.has(frame::QUOTE)) {
        return Verdict::Next;
    }
    let mut d = cx.draft(vec![doc.span(j, e)], src, Pattern::Participle, Rule::SharedSubject);
    d.confidence = cx.confidence(Rule::SharedSubject, true);
    d.resolution = Some(Resolution::Subject);
    Verdict::Link(d)
}

/// Whether the cue shares a subject: a participle (of speech, after a comma, or of a stance
/// other than evaluation), a verb after "and" or "but", or a finite verb after a comma in a
/// sentence whose subject has already spoken ("He suggested her tone was aggressive, called
/// her “third-rate” and …").
fn shares(cx: &Cx<'_, '_, '_>) -> bool {
    let (doc, c, lk) = (cx.doc, cx.c, cx.lk);
    let prev = c.start.checked_sub(1).filter(|&p| p >= cx.ss);
    let after_comma = prev.is_some_and(|p| doc.toks[p].kind == TokKind::Punct);
    let participle =
        cx.gerund && (cx.has(frame::QUOTE) || after_comma || cx.class() != CueClass::Evaluation);
    let coordinated =
        !c.is_participle() && prev.is_some_and(|p| doc.is_word(p, "and") || doc.is_word(p, "but"));
    let listed = prev.is_some_and(|p| doc.toks[p].is_punct(','))
        && matches!(c.form, VerbForm::Past | VerbForm::PastOrParticiple | VerbForm::Third)
        && c.start == c.verb
        && doc.toks[c.verb].shape == Shape::Lower
        && lk.drafts.last().is_some_and(|d| {
            d.source.is_some_and(|r| r.start >= cx.ss && r.start < c.start)
                && d.resolution.is_none()
                && d.content.last().is_some_and(|s| s.end <= doc.toks[c.start].start())
        });
    participle || coordinated || listed
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_participle_shares_the_subject() {
        finds(
            "Dr. Amara Diallo praised the plan, adding that it would save lives.",
            Rule::SharedSubject,
            "that it would save lives",
            Some("Dr. Amara Diallo"),
        );
        finds(
            "The union rejected the offer and warned that strikes would follow.",
            Rule::SharedSubject,
            "that strikes would follow",
            Some("The union"),
        );
    }

    #[test]
    fn a_document_does_not_speak() {
        misses(
            "The document reflects the demands, recognizing the border as final.",
            Rule::SharedSubject,
        );
    }
}
