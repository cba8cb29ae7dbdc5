//! Shared machinery below the stages: the phrases of a sentence. Noun phrases and subjects
//! (`np`), the structure of the mentions that speak (`mention`), and what stands around
//! phrases without being one (`adverbial`: datelines, time phrases, adverbials). Every stage
//! reads these; they read only the document and the lexicon.

mod adverbial;
mod chunks;
mod mention;
mod np;

pub(crate) use adverbial::{
    dateline_end, skip_adverbials, skip_pp, skip_time, starts_clause, time_before,
};
pub(crate) use chunks::Chunks;
pub(crate) use mention::{
    describe, find_outlet, name_start, outlet_at, outlet_index, participle_after_noun,
};
pub(crate) use np::{is_apposition, np_after, np_before, np_word, subject_before};

use crate::document::feat;
use crate::document::{Doc, TokKind, TokRange};
use crate::lexicon::{class, set};

/// Whether token `i` is an adverb that may sit inside a verb group ("has also said").
pub(crate) fn is_adverb(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    if t.is(class::ADV) && !t.is(class::PREP) {
        return true;
    }
    // "has since said", "had long argued": a preposition used as an adverb between an
    // auxiliary and its verb
    if t.is(class::PREP | class::SUBORD | class::ADV)
        && doc.in_set(i, set::ASPECT_ADVERB)
        && i > 0
        && doc.toks[i - 1].is(class::AUX)
        && doc.toks.get(i + 1).is_some_and(|n| n.is(class::CUE))
    {
        return true;
    }
    t.kind == crate::document::TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && t.span().len() > 4
        && doc.has(i, feat::LY)
        && doc.lex.entry_sets(t.entry) & set::NOT_ADVERB == 0
}

/// The subject at the start of the sentence, after a leading conjunction or an introductory
/// phrase closed by a comma ("In a statement, Sanders …").
pub(crate) fn sentence_subject(
    doc: &crate::document::Doc<'_>,
    ss: usize,
    limit: usize,
) -> Option<TokRange> {
    // a dateline: "WASHINGTON (AP) —", "LOS ANGELES —"
    let mut k = crate::phrase::dateline_end(doc, ss, limit);
    // "And", "Instead,", "Then", "Last year", "On Monday": conjunctions, sentence adverbs
    // and time phrases before the subject
    for _ in 0..4 {
        let from = k;
        while k < limit
            && (doc.toks[k].is(class::CONJ | class::ADV) || doc.toks[k].kind == TokKind::Punct)
        {
            k += 1;
        }
        k = skip_time(doc, k, limit);
        if k == from {
            break;
        }
    }
    // "In Ohio, …", "When asked …, …", "Asked what …, …", "Speaking in Ohio, …": a leading
    // adverbial or participle clause ends at its comma
    let participle = doc.toks.get(k).is_some_and(|t| {
        t.kind == TokKind::Word
            && t.is_cap()
            && !t.is(class::FIRST_NAME | class::TITLE)
            && t.has(feat::ED | feat::ING)
            && (t.is(class::CUE) || t.span().len() > 6)
    });
    if k < limit && (doc.toks[k].is(class::PREP | class::SUBORD) || participle) {
        let comma = (k..limit.min(k + 16)).find(|&x| doc.toks[x].is_punct(','))?;
        k = comma + 1;
    }
    let e = np_after(doc, k, limit)?;
    (e < limit).then_some(TokRange::new(k, e))
}
