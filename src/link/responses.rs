//! Non-responses as events of their sources: "Dmitriev and the Ukrainian Embassy in
//! Washington did not immediately respond to requests for comment."

use super::Draft;
use crate::cues::nonresponse::Grammar;
use crate::document::feat;
use crate::document::{Doc, TokRange};
use crate::lexicon::{class, set};
use crate::model::ResponseKind;
use crate::parse::Toks;
use crate::phrase::{Chunks, np_before, subject_before};
use crate::span::Span;

/// Most coordinated sources of one non-response ("Dmitriev and the embassy and …").
const MAX_SOURCES: usize = 8;

/// How many drafts with a source in one sentence the subject of "… and declined to comment"
/// is looked for among.
const MAX_LOOK_BACK: usize = 64;

/// The drafts with a source, by where the source starts.
struct BySource(Vec<(usize, usize)>);

impl BySource {
    fn new(drafts: &[Draft]) -> Self {
        let mut v: Vec<(usize, usize)> =
            drafts.iter().enumerate().filter_map(|(i, d)| d.source.map(|r| (r.start, i))).collect();
        v.sort_unstable();
        BySource(v)
    }

    /// The source of the latest draft whose source starts in `[ss, k)`: the subject of the
    /// sentence's earlier verb. Found by a binary search and a bounded scan of the drafts
    /// of that stretch, so that a document of many attributions stays linear.
    fn latest_in(&self, drafts: &[Draft], ss: usize, k: usize) -> Option<TokRange> {
        let hi = self.0.partition_point(|&(a, _)| a < k);
        let lo = self.0.partition_point(|&(a, _)| a < ss).max(hi.saturating_sub(MAX_LOOK_BACK));
        let &(_, i) = self.0[lo..hi].iter().max_by_key(|&&(_, i)| i)?;
        drafts[i].source
    }
}

/// A non-response before mentions are built.
#[derive(Debug, Clone)]
pub(crate) struct DraftResponse {
    pub sources: Vec<TokRange>,
    pub cue: Span,
    pub kind: ResponseKind,
}

/// Whether a non-response phrase starts at token `k`.
pub(crate) fn starts_response(doc: &Doc<'_>, k: usize) -> bool {
    parse_at(doc, k).is_some()
}

/// The non-response phrases of the document outside quotations and headings, in text order:
/// where each starts, where its grammar ends, and its kind.
pub(crate) fn phrases(doc: &Doc<'_>) -> Vec<(usize, usize, ResponseKind)> {
    let mut out = Vec::new();
    let mut k = 0;
    while k < doc.toks.len() {
        let t = &doc.toks[k];
        // (the class test first: most tokens start no non-response)
        if !t.is(class::RESPONSE_START) || t.in_quote() || doc.is_heading(k) {
            k += 1;
            continue;
        }
        match parse_at(doc, k) {
            Some((end, kind)) => {
                out.push((k, end, kind));
                k = end.max(k + 1);
            }
            None => k += 1,
        }
    }
    out
}

fn parse_at(doc: &Doc<'_>, k: usize) -> Option<(usize, ResponseKind)> {
    let t = doc.toks.get(k)?;
    if !t.is_word() || !t.is(class::RESPONSE_START) {
        return None;
    }
    let lw = doc.lower(k);
    let w = lw.as_str();
    // an auxiliary starts a non-response only when negated: "did not respond", "has yet to
    // comment", "had no immediate comment", "couldn’t be reached"
    let negated = t.has(feat::NT) || w.eq_ignore_ascii_case("cannot");
    if t.is(class::AUX | class::MODAL)
        && !negated
        && !(k + 1..k + 4).any(|j| doc.in_set(j, set::NEGATIVE))
    {
        return None;
    }
    let se = doc.sentence_of(k).end;
    let (rest, kind) =
        Grammar::new(doc.text, doc.lex).nonresponse(Toks::new(&doc.toks, k, se)).ok()?;
    Some((rest.pos(), kind))
}

/// Finds the non-responses outside quotations and outside attributed content.
pub(crate) fn run(
    doc: &Doc<'_>,
    chunks: &Chunks,
    drafts: &[Draft],
    phrases: &[(usize, usize, ResponseKind)],
) -> Vec<DraftResponse> {
    let mut out = Vec::new();
    let attributed =
        crate::span::Coverage::new(drafts.iter().flat_map(|d| d.content.iter().copied()));
    let by_source = BySource::new(drafts);
    let mut done = 0; // the end of the last phrase taken
    for &(k, end, kind) in phrases {
        if k < done {
            continue;
        }
        let t = &doc.toks[k];
        let TokRange { start: ss, end: se } = doc.sentence_of(k);
        if attributed.contains(t.span()) {
            done = end;
            continue;
        }
        let e = clause_end(doc, end, se);
        let sources = sources_of(doc, chunks, drafts, &by_source, k, ss);
        if !sources.is_empty() {
            out.push(DraftResponse { sources, cue: doc.span(k, e), kind });
        }
        done = e.max(k + 1);
    }
    out
}

/// Where a non-response phrase ending at `end` ends with its clause: before the sentence's
/// end, a comma, a semicolon, a dash, a quotation mark, or "and"/"but" after it.
fn clause_end(doc: &Doc<'_>, end: usize, se: usize) -> usize {
    let mut e = end;
    while e < se {
        let x = &doc.toks[e];
        if x.is_terminal()
            || x.is_punct(',')
            || x.is_punct(';')
            || x.is_quote_mark()
            || x.is_punct('—')
        {
            break;
        }
        if (doc.is_word(e, "and") || doc.is_word(e, "but")) && e > end {
            break;
        }
        e += 1;
    }
    e
}

/// The sources of the non-response at `k` in the sentence starting at `ss`: its subject
/// ("Dmitriev and the Ukrainian Embassy did not respond": coordinated subjects apart), or
/// after "and" the subject of the sentence's earlier verb ("… and declined to discuss …").
fn sources_of(
    doc: &Doc<'_>,
    chunks: &Chunks,
    drafts: &[Draft],
    by_source: &BySource,
    k: usize,
    ss: usize,
) -> Vec<TokRange> {
    let mut sources = Vec::new();
    match subject_before(doc, k, ss) {
        Some(subject) => {
            sources.push(subject);
            // "Dmitriev and the Ukrainian Embassy …": coordinated subjects
            let mut start = subject.start;
            // (a bounded number: a sentence of many "and"s stays linear)
            while start > ss + 1 && doc.is_word(start - 1, "and") && sources.len() < MAX_SOURCES {
                match np_before(doc, start - 1, ss) {
                    Some(s2) if !doc.toks[s2].is(class::PRON) || start - 1 - s2 == 1 => {
                        sources.insert(0, TokRange::new(s2, start - 1));
                        start = s2;
                    }
                    _ => break,
                }
            }
            // an "and" inside the noun phrase joins two names: split it
            if sources.len() == 1 {
                let TokRange { start: a, end: b } = sources[0];
                if let Some(and) = (a + 1..b.saturating_sub(1)).find(|&x| doc.is_word(x, "and")) {
                    sources = vec![TokRange::new(a, and), TokRange::new(and + 1, b)];
                }
            }
        }
        None => {
            // "… and declined to discuss …": the subject of the sentence's earlier verb
            // (past adverbs: "… and then declined …")
            let mut p = k;
            while p > ss + 1
                && (doc.toks[p - 1].is(class::ADV)
                    || doc.in_set(p - 1, crate::lexicon::set::DISCOURSE))
            {
                p -= 1;
            }
            let after_and = p > ss && (doc.is_word(p - 1, "and") || doc.is_word(p - 1, "but"));
            if after_and {
                if let Some(src) = by_source.latest_in(drafts, ss, k) {
                    sources.push(src);
                } else if let Some(src) = chunks.subject_from(doc, ss, k) {
                    sources.push(src);
                }
            }
        }
    }
    sources
}
