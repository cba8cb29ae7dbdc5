//! `C, V S.`: the content before an inverted cue clause ("The talks failed, said a senior
//! official"; "…, said an American official who was briefed on the talks"). A cue right
//! after a comma with a noun phrase closing the sentence is inverted, whatever noun phrase
//! stands before the comma — unless everything before the cue is its subject with
//! appositives ("Jane Smith, the clinic's director, said the cuts hurt").

use super::{Cx, Verdict};
use crate::document::TokKind;
use crate::document::TokRange;
use crate::document::feat;
use crate::lexicon::{class, frame};
use crate::link::clause::{citing, content_begin, finite_like, with_appositive};
use crate::link::content::{tail_ok, trim};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let doc = cx.doc;
    let Some(TokRange { start: p, end: e }) = cx.inverted() else { return Verdict::Next };
    if !tail_ok(doc, e, cx.se, cx.later) {
        return Verdict::Next;
    }
    // with a subject before the cue too, the noun phrase after it must close the sentence
    // or its clause, and the words before must be a clause, not the subject's mention
    let closes = e >= cx.se || doc.toks[e].kind == TokKind::Punct || doc.is_word(e, "who");
    if cx.subj().is_some() && !(p > cx.ss && closes && !lead_is_subject(cx)) {
        return Verdict::Next;
    }
    content_cue_source(cx, p, e).map_or(Verdict::Next, Verdict::Link)
}

/// A cue right after a comma with a noun phrase after it, as in `C, said S`: the comma and
/// the end of the noun phrase (its appositive included).
pub(super) fn inverted_cue(cx: &Cx<'_, '_, '_>) -> Option<TokRange> {
    let (doc, c) = (cx.doc, cx.c);
    let p = c.start.checked_sub(1).filter(|&p| p >= cx.ss && doc.toks[p].is_punct(','))?;
    // (only a bare verb inverts: "…, said the official", never "…, had warned the council")
    if !cx.has(frame::INV) || c.is_participle() || c.start != c.verb {
        return None;
    }
    let e = np_after(doc, c.end, cx.se)?;
    // ("…, will testify next week": a time is no source)
    if crate::phrase::skip_time(doc, c.end, e) >= e {
        return None;
    }
    Some(TokRange::new(p, with_appositive(cx.lk, e, cx.se)))
}

/// `C, said S.`: the content runs from the sentence start to the comma at `p`, the source
/// is `[c.end, e)`. `None` when nothing stands before the comma.
fn content_cue_source(cx: &Cx<'_, '_, '_>, p: usize, e: usize) -> Option<crate::link::Draft> {
    let (doc, c, ss, se) = (cx.doc, cx.c, cx.ss, cx.se);
    let ce = trim(doc, ss, p);
    let cstart = content_begin(doc, ss, ce);
    if ce <= cstart {
        return None;
    }
    // "…, said an American official who was briefed on the talks": the relative clause closing
    // the sentence describes the source (its basis of knowledge, its reason for anonymity)
    let e = if doc.is_word(e, "who") && !(e..se).any(|k| doc.toks[k].is_quote_mark()) {
        trim(doc, e, se)
    } else {
        e
    };
    let mut d = cx.draft(
        vec![doc.span(cstart, ce)],
        Some(TokRange::new(c.end, e)),
        Pattern::ContentCueSource,
        Rule::Inverted,
    );
    d.confidence = cx.confidence(Rule::Inverted, true);
    if let Some(cited) = citing(cx.lk, e, se) {
        d.citing.push(cited);
    }
    Some(d)
}

/// "Jane Smith, the clinic's director, said the cuts hurt": whether everything before the
/// cue is its subject with appositives (and perhaps an introductory phrase). That stretch is
/// then a mention, not a clause, and so the source rather than a content.
fn lead_is_subject(cx: &Cx<'_, '_, '_>) -> bool {
    let (doc, c) = (cx.doc, cx.c);
    let Some(s) = cx.subj().map(|r| r.start) else { return false };
    let cstart = content_begin(doc, cx.ss, s);
    // only conjunctions, adverbs or an introductory phrase closed by a comma before it
    let intro = (cstart..s).all(|k| doc.toks[k].is(class::CONJ | class::ADV))
        || (s > cstart && doc.toks[s - 1].is_punct(','));
    // and the subject's core, up to its first comma, a noun phrase ("The governor lacks
    // allies in the legislature, which …" is a clause)
    let comma = (s..c.start).find(|&k| doc.toks[k].is_punct(',')).unwrap_or(c.start);
    // (with its prepositional phrases: "A spokesman for the school district")
    let mut e = np_after(doc, s, comma).unwrap_or(s);
    while e > s && e + 1 < comma && doc.toks[e].is(class::PREP) {
        match np_after(doc, e + 1, comma) {
            Some(x) => e = x,
            None => break,
        }
    }
    let core_np = e >= comma || (comma == s + 1 && doc.toks[s].is(class::PRON | class::WH));
    // and every appositive an appositive, not a verb phrase ("The bridge, which opened in
    // 1998, needs new cables, said …")
    let segments_np =
        (s..c.start).filter(|&k| doc.toks[k].is_punct(',')).all(|k| appositive_start(cx, k + 1));
    intro && core_np && segments_np && !(cstart..s).any(|k| finite_like(doc, k))
}

/// Whether token `n`, after a comma inside a subject, can open an appositive: a name, a
/// number, a determiner or a role, a participle (an aside: "…, speaking at a news
/// conference, said"), or any word that does not look like a finite verb.
fn appositive_start(cx: &Cx<'_, '_, '_>, n: usize) -> bool {
    let doc = cx.doc;
    if n >= cx.c.start {
        return true;
    }
    let t = &doc.toks[n];
    t.is_cap()
        || t.kind == TokKind::Number
        || t.is(class::DET
            | class::POSSPRON
            | class::NUM
            | class::QUANT
            | class::WH
            | class::ROLE
            | class::TITLE
            | class::SENIOR
            | class::VAGUE)
        || t.has(feat::ING)
        || !(finite_like(doc, n) || t.has(feat::S))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn content_before_an_inverted_clause() {
        finds(
            "The talks failed, said a senior official.",
            Rule::Inverted,
            "The talks failed",
            Some("a senior official"),
        );
        finds(
            "Rents rose by a third, said Oksana Hrytsenko, who runs the tenants' union.",
            Rule::Inverted,
            "Rents rose by a third",
            Some("Oksana Hrytsenko, who runs the tenants' union"),
        );
    }

    #[test]
    fn a_time_after_the_cue_is_no_source() {
        misses("Nomvula Mkhize, who said prices rose, will testify next week.", Rule::Inverted);
        misses("The plan failed, he said on Monday.", Rule::Inverted);
        misses("Sipho Dlamini, who said prices rose, had warned the council.", Rule::Inverted);
    }

    #[test]
    fn a_subject_with_appositives_is_no_content() {
        misses("Jane Smith, the clinic's director, said the cuts hurt.", Rule::Inverted);
        finds(
            "Jane Smith, the clinic's director, said the cuts hurt.",
            Rule::SubjectContent,
            "the cuts hurt",
            Some("Jane Smith, the clinic's director"),
        );
    }
}
