//! `C, S V.`: the content before the cue clause ("The talks failed, a senior official
//! said"), unless what stands before the comma is an introductory adverbial ("In the early
//! 1990s, Ms. Ripert said …") or a single subordinate clause ("After the court refused to
//! reconsider, Schuette asked …").

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::lexicon::{class, frame};
use crate::link::clause::{citing, content_begin};
use crate::link::content::{tail_ok, trim};
use crate::model::Pattern;
use crate::rule::Rule;

/// The content before the comma that closes it right before the subject `src`: its token
/// range, `None` when the cue's clause is not of this shape.
pub(super) fn content_before(cx: &Cx<'_, '_, '_>) -> Option<(TokRange, TokRange)> {
    let doc = cx.doc;
    let src = cx.subj()?;
    let shaped = src.start > cx.ss
        && doc.toks[src.start - 1].is_punct(',')
        && cx.has(frame::INV | frame::THAT)
        && !cx.answers();
    if !shaped {
        return None;
    }
    let ce = trim(doc, cx.ss, src.start - 1);
    Some((src, TokRange::new(content_begin(doc, cx.ss, ce), ce)))
}

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, se) = (cx.doc, cx.c, cx.se);
    let Some((src, TokRange { start: cstart, end: ce })) = content_before(cx) else {
        return Verdict::Next;
    };
    if ce <= cstart {
        return Verdict::Stop;
    }
    if !tail_ok(doc, c.end, se, cx.later)
        || adverbial(cx, cstart, ce)
        || holds_a_cue(cx, cstart, ce)
    {
        return Verdict::Next;
    }
    let mut d = cx.draft(
        vec![doc.span(cstart, ce)],
        Some(src),
        Pattern::ContentSourceCue,
        Rule::ContentFirst,
    );
    d.confidence = cx.confidence(Rule::ContentFirst, true);
    if let Some(cited) = citing(cx.lk, c.end, se) {
        d.citing.push(cited);
    }
    Verdict::Link(d)
}

/// Whether `[cstart, ce)` holds a relative clause already linked as an attribution ("Three
/// officers who said the bridge, which opened in 1998, needs new cables will testify"): what
/// stands before the comma is then a subject with its relative clause, not one content. (Other speech before
/// the comma is reported speech inside the content: "The protocol called for …, sources
/// said".)
fn holds_a_cue(cx: &Cx<'_, '_, '_>, cstart: usize, ce: usize) -> bool {
    let doc = cx.doc;
    cx.lk.drafts.iter().rev().take(8).any(|d| {
        let relative = d.source.is_some_and(|r| r.len() == 1 && doc.toks[r.start].is(class::WH));
        relative
            && matches!(d.cue, Some(crate::link::DraftCue::Verb(v)) if v.start >= cstart && v.start < ce)
    })
}

/// Whether `[cstart, ce)` is an introductory adverbial or one subordinate clause, which
/// open the sentence rather than say anything (though they may open a content around a
/// parenthetical cue: "In the end, he said, …").
fn adverbial(cx: &Cx<'_, '_, '_>, cstart: usize, ce: usize) -> bool {
    let doc = cx.doc;
    let mut lead = cstart;
    while lead < ce && doc.toks[lead].is(class::ADV) {
        lead += 1;
    }
    let subordinate = lead < ce
        && doc.toks[lead].is(class::SUBORD)
        && !doc.is_word(lead, "that")
        && !doc.toks[lead..ce].iter().any(|t| t.is_punct(',') && !t.in_quote());
    crate::phrase::skip_adverbials(doc, cstart, ce) >= ce || subordinate
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn the_content_before_the_cue_clause() {
        finds(
            "The talks failed, a senior official said.",
            Rule::ContentFirst,
            "The talks failed",
            Some("a senior official"),
        );
        finds(
            "Prices will keep rising through the winter, Kwame Mensah warned.",
            Rule::ContentFirst,
            "Prices will keep rising through the winter",
            Some("Kwame Mensah"),
        );
    }

    #[test]
    fn speech_before_the_comma_is_content_unless_a_relative_clause_holds_it() {
        // reported speech inside the content stays inside it
        finds(
            "Police said the driver had fled, the newspaper reported.",
            Rule::ContentFirst,
            "Police said the driver had fled",
            Some("the newspaper"),
        );
        // a subject with its relative clause is no content of the later cue
        misses(
            "Three officers who said the bridge, which opened in 1998, needs new cables will testify.",
            Rule::ContentFirst,
        );
    }

    #[test]
    fn an_introductory_adverbial_is_no_content() {
        misses("In the early 1990s, Ms. Ripert said the firm grew.", Rule::ContentFirst);
        misses(
            "After the court refused to reconsider, Schuette asked for a stay.",
            Rule::ContentFirst,
        );
    }
}
