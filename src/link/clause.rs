//! What the rules share about clauses: the appositive after a source, the subject a
//! participle shares, the sources a report cites, where a sentence-initial content starts.

use std::ops::ControlFlow;

use super::Linker;
use crate::document::feat;
use crate::document::{Doc, TokKind, TokRange};
use crate::lexicon::class;
use crate::phrase::np_after;

/// Extends a source found after a cue over an appositive that runs to the sentence end or
/// the next comma: "said Senator Roger Wicker of Mississippi, Republican chairman of …".
pub(crate) fn with_appositive(lk: &Linker<'_, '_>, e: usize, se: usize) -> usize {
    let doc = lk.doc;
    // "…, that the bank would cut jobs": a clause, not an appositive
    if e + 1 >= se || !doc.toks[e].is_punct(',') || doc.is_word(e + 1, "that") {
        return e;
    }
    // "…, said a senior official, who spoke on condition of anonymity.": a relative clause
    // closing the sentence describes the source (unless it reports speech of its own)
    let end = crate::link::content::trim(doc, e, se);
    if doc.is_word(e + 1, "who")
        && end > e + 2
        && !doc.toks[e + 1..end].iter().any(|t| t.is_quote_mark() || t.is_punct(','))
        && lk.cands_in(e + 1, end).is_empty()
    {
        return end;
    }
    // "…, according to court documents, becoming …": a participle, a relative clause or a
    // verb after the comma is no appositive
    let n = &doc.toks[e + 1];
    if n.shape == crate::document::Shape::Lower
        && (n.has(feat::ING | feat::ED) || n.is(class::AUX | class::MODAL | class::WH))
    {
        return e;
    }
    // an age before the appositive: "said Elizabeth Arnold, 32, a former staff member …"
    if doc.toks[e + 1].kind == TokKind::Number
        && doc.toks.get(e + 2).is_some_and(|t| t.is_punct(','))
        && e + 3 < se
        && doc.toks[e + 3].is(class::DET | class::ROLE | class::TITLE)
    {
        let more = with_appositive(lk, e + 2, se);
        return if more > e + 2 { more } else { e + 2 };
    }
    if let Some(e2) = np_after(doc, e + 1, se) {
        let at_end = e2 >= crate::link::content::trim(doc, e, se)
            || doc.toks.get(e2).is_some_and(|t| t.is_punct(','));
        if at_end && !doc.toks[e + 1].is(class::PRON) {
            return e2;
        }
        // "…, said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign."
        let end = crate::link::content::trim(doc, e, se);
        let first = &doc.toks[e + 1];
        let np_like = first.is(class::DET | class::POSSPRON | class::ROLE | class::TITLE)
            || (first.is_cap() && !first.is(class::PRON | class::PREP));
        let clean = !doc.toks[e + 1..end]
            .iter()
            .any(|t| t.is_quote_mark() || t.is_punct(',') || t.is_punct(';'));
        if np_like && clean && end - e <= 30 {
            return end;
        }
    }
    e
}

/// The subject shared by a participle or coordinated verb: the source of the sentence's
/// latest attribution before it, or the sentence's own subject.
pub(crate) fn shared_subject(lk: &Linker<'_, '_>, v: usize, ss: usize) -> Option<TokRange> {
    let doc = lk.doc;
    // (a bounded look-back: sourceless drafts in between must not make this quadratic)
    for d in lk.drafts.iter().rev().take(16) {
        match d.source {
            Some(r) if r.start >= ss && r.start < v => return d.source,
            Some(r) if r.start < ss => break,
            _ => {}
        }
    }
    lk.chunks.subject_from(doc, ss, v)
}

/// "…, citing multiple sources familiar with the matter": the cited sources after a cue.
pub(crate) fn citing(lk: &Linker<'_, '_>, from: usize, se: usize) -> Option<TokRange> {
    let doc = lk.doc;
    let k = (from..se.min(from + 12)).find(|&k| citing_at(doc, k))?;
    let e = np_after(doc, k + 1, se)?;
    Some(TokRange::new(k + 1, with_appositive(lk, e, se)))
}

/// Whether token `k` looks like a finite verb: an auxiliary, a modal, a past tense, or a
/// reporting verb in lower case.
pub(crate) fn finite_like(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && (t.is(class::AUX | class::MODAL | class::PAST | class::CUE)
            || (t.span().len() > 4 && t.has(feat::ED)))
}

/// Whether the subject `[s, e)` can be a speaker: a pronoun, a name, a role or a group.
pub(crate) fn person_like(doc: &Doc<'_>, s: usize, e: usize) -> bool {
    let Some(head) = (s..e).rev().find(|&k| doc.toks[k].is_word()) else { return false };
    let t = &doc.toks[head];
    (t.is(class::PRON) && !doc.is_word(head, "it"))
        || t.is(class::ROLE | class::VAGUE | class::WH)
        || (t.is_cap() && !t.is(class::DOC | class::ORG))
}

/// Where a sentence-initial content starts: after a leading dash or bullet.
pub(crate) fn content_begin(doc: &Doc<'_>, ss: usize, ce: usize) -> usize {
    // "Cruz’s allies bristle at … — it’s a two-way street, they insist.": after a dash,
    // colon or semicolon (looking back a bounded way keeps long sentences linear)
    let ss = crate::phrase::dateline_end(doc, ss, ce)
        .max(ce.saturating_sub(crate::link::content::MAX_CONTENT));
    let mut k = (ss..ce)
        .rev()
        .find(|&x| {
            let t = &doc.toks[x];
            (t.is_punct('—') || t.is_punct('–') || t.is_punct(';') || t.is_punct(':'))
                && !t.in_quote()
        })
        .map_or(ss, |x| x + 1);
    while k < ce && doc.toks[k].kind == TokKind::Punct && !doc.toks[k].is_quote_mark() {
        k += 1;
    }
    k
}

/// Where a content `[j, e)` that stands inside the sentence's subject ends: before the
/// sentence's own verb, once the content's clause has had its verb ("Residents who said the
/// water smelled of fuel | filed a complaint", "Her claim that the budget is balanced | was
/// false"). A verb after a conjunction, a relative pronoun or a subordinator belongs to a
/// clause of the content ("… the water that leaked smelled …", "… and the tank was old"),
/// and so does the verb group of the content's clause ("is balanced", "had been
/// cut"); a comma with a verb right after it closes the content ("Residents, who said the
/// water smelled of fuel, filed a complaint").
pub(crate) fn embedded_clause_end(lk: &Linker<'_, '_>, j: usize, e: usize) -> usize {
    let doc = lk.doc;
    let mut k = if doc.is_word(j, "that") { j + 1 } else { j };
    let mut scan = ClauseScan::default();
    while k < e {
        match scan.step(lk, j, k, e) {
            ControlFlow::Continue(next) => k = next,
            ControlFlow::Break(end) => return end,
        }
    }
    e
}

/// Where [`embedded_clause_end`] stands in the content's clauses.
#[derive(Default)]
struct ClauseScan {
    /// The content's clause has had its verb.
    has_verb: bool,
    /// A clause of the content (after a conjunction, a relative pronoun or a subordinator)
    /// has opened and not had its verb.
    nested: bool,
    /// A relative clause closed before the content's own verb, which follows next.
    resume: bool,
    /// The nested clause is a relative clause before the content's verb.
    relative: bool,
}

impl ClauseScan {
    /// The step over token `k` of the content `[j, e)`: where the scan goes on, or the
    /// content's end.
    fn step(
        &mut self,
        lk: &Linker<'_, '_>,
        j: usize,
        k: usize,
        e: usize,
    ) -> ControlFlow<usize, usize> {
        let doc = lk.doc;
        let t = &doc.toks[k];
        if t.in_quote() {
            return ControlFlow::Continue(k + 1);
        }
        if opens_clause(doc, k) {
            self.nested = true;
            self.relative |= !self.has_verb;
            return ControlFlow::Continue(k + 1);
        }
        // "Residents, who said the water smelled of fuel, filed a complaint": the comma
        // closing the clause, the sentence's verb right after it
        if t.is_punct(',') && self.has_verb && k + 1 < e && sentence_verb(lk, k + 1) {
            return ControlFlow::Break(crate::link::content::trim(doc, j, k));
        }
        // "the bridge, which opened in 1998, needs new cables": after a relative clause the
        // content's own verb follows, whatever its form
        if t.is_punct(',') && self.relative && !self.has_verb {
            self.nested = false;
            self.relative = false;
            self.resume = true;
            return ControlFlow::Continue(k + 1);
        }
        if t.is(class::CONJ) || t.is_punct(',') {
            self.nested |= self.has_verb;
            return ControlFlow::Continue(k + 1);
        }
        let resumes = self.resume
            && t.kind == TokKind::Word
            && t.shape == crate::document::Shape::Lower
            && !t.is(class::DET | class::PREP | class::PRON | class::FUNCTION);
        self.resume = false;
        if resumes || (finite_verb(lk, k) && !crate::phrase::participle_after_noun(doc, k)) {
            return self.verb(lk, j, k, e);
        }
        ControlFlow::Continue(k + 1)
    }

    /// The step over the verb at `k`: a nested clause's, the content's own, or the
    /// sentence's, which ends the content `[j, e)`.
    fn verb(
        &mut self,
        lk: &Linker<'_, '_>,
        j: usize,
        k: usize,
        e: usize,
    ) -> ControlFlow<usize, usize> {
        if self.nested {
            self.nested = false;
        } else if !self.has_verb {
            self.has_verb = true;
        } else if sentence_verb(lk, k) {
            return ControlFlow::Break(crate::link::content::trim(lk.doc, j, k));
        }
        ControlFlow::Continue(verb_group_end(lk, k, e))
    }
}

/// Whether the word at `k` opens a clause: a subordinator, a relative pronoun; not "than"
/// ("more than 40 families": a comparison) or a preposition ("since March").
fn opens_clause(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    let preposition = doc.is_word(k, "than")
        || (t.is(class::PREP)
            && doc.toks.get(k + 1).is_some_and(|n| {
                n.is(class::DAY | class::TIME | class::NUM | class::DET)
                    || n.kind == TokKind::Number
                    || n.is_cap()
            }));
    (t.is(class::SUBORD | class::WH) || doc.in_set(k, crate::lexicon::set::RELATIVE))
        && !preposition
}

/// Whether the subject is one relative pronoun whose antecedent opens the sentence, so that
/// the relative clause stands inside the sentence's subject ("Residents who said …", "The
/// council, which voted …").
pub(crate) fn relative_subject(doc: &Doc<'_>, subject: TokRange, ss: usize) -> bool {
    let s = subject.start;
    if !(subject.len() == 1 && s > ss && doc.toks[s].is(class::WH) && !doc.is_word(s, "what")) {
        return false;
    }
    let end = if doc.toks[s - 1].is_punct(',') { s - 1 } else { s };
    crate::phrase::np_before(doc, end, ss).is_some_and(|a| {
        a < end && doc.toks[ss..a].iter().all(|t| t.is(class::CONJ | class::ADV) || !t.is_word())
    })
}

/// Whether token `k` is the participle of a verb that cites its sources (the `cite` frame):
/// "citing", "quoting".
pub(crate) fn citing_at(doc: &Doc<'_>, k: usize) -> bool {
    doc.cue_form(k, |l, form| {
        form == crate::lexicon::VerbForm::Ing
            && l.frames & crate::lexicon::frame::CITE != 0
            && l.particle.is_none()
    })
}

/// Whether token `k` is the past participle of a verb that puts a question (the inquiry
/// class with a `wh` frame): "asked", "questioned".
pub(crate) fn asked_at(doc: &Doc<'_>, k: usize) -> bool {
    use crate::lexicon::VerbForm;
    doc.cue_form(k, |l, form| {
        matches!(form, VerbForm::Past | VerbForm::PastParticiple | VerbForm::PastOrParticiple)
            && l.class == crate::model::CueClass::Inquiry
            && l.frames & crate::lexicon::frame::WH != 0
            && l.particle.is_none()
    })
}

/// A finite verb at `k`: an auxiliary, a modal, a past tense, or a cue verb the cue stage
/// found ("plan" after "the" is none).
fn finite_verb(lk: &Linker<'_, '_>, k: usize) -> bool {
    let doc = lk.doc;
    let t = &doc.toks[k];
    t.kind == TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && (t.is(class::AUX | class::MODAL | class::PAST)
            || (doc.lower(k).len() > 3
                && doc.has(k, feat::ED)
                && !doc.in_set(k, crate::lexicon::set::NOT_PAST))
            || lk.cand_starting(k).is_some())
}

/// The sentence's verb at `k`, surely: not after a determiner, a preposition, "to" or an
/// auxiliary, not a hyphenated word ("so-called"), and a regular "-ed" form not before a
/// preposition ("the experience needed to be president" is a participle). A capitalised
/// word before it is a name, whatever its lower case ("in May").
fn sentence_verb(lk: &Linker<'_, '_>, k: usize) -> bool {
    let doc = lk.doc;
    let (t, p) = (&doc.toks[k], &doc.toks[k - 1]);
    let w = doc.lower(k);
    let after_np = p.is_punct(',')
        || (p.is_word()
            && (p.is_cap()
                || !p.is(class::DET
                    | class::POSSPRON
                    | class::PREP
                    | class::ADV
                    | class::AUX
                    | class::MODAL))
            && !doc.is_word(k - 1, "to"));
    let next_prep = doc.toks.get(k + 1).is_some_and(|n| n.is(class::PREP));
    let sure = t.is(class::AUX | class::MODAL)
        || t.is(class::PAST)
        || (t.has(feat::ED) && !next_prep)
        || lk.cand_starting(k).is_some_and(|ci| !lk.cands[ci].is_participle());
    after_np && sure && !w.contains('-')
}

/// The end of the verb group starting at `k`: "is balanced", "had been cut", "would not
/// say" (auxiliaries only while the group has no main verb yet: in "is balanced was", "was"
/// is the next clause's).
fn verb_group_end(lk: &Linker<'_, '_>, k: usize, e: usize) -> usize {
    let doc = lk.doc;
    let mut aux = doc.toks[k].is(class::AUX | class::MODAL);
    let mut k = k + 1;
    while k < e && doc.toks[k].shape == crate::document::Shape::Lower {
        let t = &doc.toks[k];
        let adverb = t.is(class::ADV) || doc.is_word(k, "not");
        if aux && !adverb && !t.is(class::AUX | class::MODAL) && finite_verb(lk, k) {
            aux = false;
        } else if !(adverb || (aux && t.is(class::AUX | class::MODAL))) {
            break;
        }
        k += 1;
    }
    k
}
