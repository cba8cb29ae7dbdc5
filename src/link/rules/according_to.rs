//! `According to S, C.`, `C, according to S.` and `C1, according to S, C2.`

use crate::document::{TokRange, feat};
use crate::lexicon::class;
use crate::link::clause::with_appositive;
use crate::link::content::{self, content_end, trim};
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// Longest source of "according to", in tokens.
const MAX_SOURCE: usize = 25;

/// The rule, on sentence `[ss, se)`.
pub(super) fn apply(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    let cands = lk.cands_in(ss, se);
    let mut k = ss;
    while k + 2 < se {
        // (the class first: one bit test per word of the sentence)
        if !(doc.toks[k].is(class::PREP) && doc.is_word(k, "according") && doc.is_word(k + 1, "to"))
            || doc.toks[k].in_quote()
            || lk.in_content(k)
        {
            k += 1;
            continue;
        }
        let Some(e) = np_after(doc, k + 2, se).filter(|&e| !is_standard(lk, k, e)) else {
            k += 1;
            continue;
        };
        // (a clause starts at the sentence start, after a conjunction, and after a colon,
        // semicolon, dash or opening bracket: "It has not gone unnoticed: according to …")
        let lead = k == ss
            || doc.toks[k - 1].is(class::CONJ)
            || [':', ';', '—', '–', '('].iter().any(|&p| doc.toks[k - 1].is_punct(p));
        let e = source_end(lk, k, e, se, lead);
        let content = if lead && e + 1 < se && doc.toks[e].is_punct(',') {
            // According to S, C.
            let ce = content_end(doc, e + 1, se, cands);
            (ce > e + 1).then(|| vec![doc.span(e + 1, ce)])
        } else if k > ss {
            content_before(lk, k, e, ss, se, cands)
        } else {
            None
        };
        if let Some(content) = content {
            let cue = Some(DraftCue::Phrase { start: k, end: k + 2 });
            let source = Some(TokRange::new(k + 2, e));
            lk.push(Draft::new(content, cue, source, Pattern::AccordingTo, Rule::AccordingTo));
        }
        k = e;
    }
}

/// "went according to plan", "according to tradition": a bare common noun `[k + 2, e)` is
/// a standard, not a source.
fn is_standard(lk: &Linker<'_, '_>, k: usize, e: usize) -> bool {
    let doc = lk.doc;
    let t = &doc.toks[k + 2];
    e == k + 3
        && t.shape == crate::document::Shape::Lower
        && !t.is(class::ORG | class::ROLE | class::VAGUE | class::DOC | class::PLURAL | class::PRON)
        && !doc.has(k + 2, feat::S | feat::SS)
}

/// Where the source of "according to" at `k` ends, its noun phrase ending at `e`: at the
/// comma closing the phrase when it opens its clause (`lead`), with an appositive between
/// commas; else at the next comma, bracket or dash, or with an appositive at the end.
fn source_end(lk: &Linker<'_, '_>, k: usize, e: usize, se: usize, lead: bool) -> usize {
    let doc = lk.doc;
    // "According to early results of exit polls conducted for the AP by Edison Research,":
    // the source runs to the comma that closes the phrase
    if lead {
        let comma =
            (e..se.min(k + 2 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(',')).unwrap_or(e);
        // "According to Ana Ruiz, an epidemiologist at the institute, prices rose": an
        // appositive between commas belongs to the source
        let next = (comma + 1..se.min(comma + 1 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(','));
        match next {
            // (a name's appositive that gives a role: "According to critics, the new
            // tenants, …" and "According to Ana Ruiz, the plan, which …" are no such thing)
            Some(n)
                if doc.toks[comma].is_punct(',')
                    && doc.toks[k + 2..comma].iter().any(|t| t.is_cap())
                    && crate::phrase::is_apposition(doc, comma + 1, n)
                    && (doc.toks[comma + 1].is(class::INDEF)
                        || doc.toks[comma + 1..n]
                            .iter()
                            .any(|t| t.is(class::ROLE | class::TITLE)))
                    && !doc.toks[comma + 1].is(class::WH)
                    && doc.words_from(n + 1, se) =>
            {
                n
            }
            _ => comma,
        }
    } else if e < se && !doc.toks[e].is_punct(',') {
        // the source runs on to the next comma, bracket or dash, or the sentence end:
        // "…, according to an interview with The Times at the time, was …"
        let stop = (e..se)
            .find(|&x| {
                !doc.toks[x].in_quote()
                    && [',', ')', '—', '–', ';'].iter().any(|&p| doc.toks[x].is_punct(p))
            })
            .unwrap_or(se);
        let end = trim(doc, e, stop);
        if end - (k + 2) <= MAX_SOURCE { end } else { e }
    } else {
        // "…, according to Dan Smith, a pollster." — an appositive at the end
        with_appositive(lk, e, se)
    }
}

/// `C, according to S (, C2).`: the content before "according to" at `k`, and a second part
/// after the source ending at `e`.
fn content_before(
    lk: &Linker<'_, '_>,
    k: usize,
    e: usize,
    ss: usize,
    se: usize,
    cands: &[crate::cues::CueCand],
) -> Option<Vec<crate::span::Span>> {
    let doc = lk.doc;
    let before = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
    // "(the actual number is closer to 15 percent, according to Factcheck.org)": the content
    // starts after the bracket, colon or semicolon that opens its clause
    let start = (ss.max(k.saturating_sub(content::MAX_CONTENT))..before)
        .rev()
        .find(|&x| {
            !doc.toks[x].in_quote() && ['(', ':', ';'].iter().any(|&p| doc.toks[x].is_punct(p))
        })
        .map_or(ss, |x| x + 1);
    let ce = trim(doc, start, before);
    if ce <= start {
        return None;
    }
    let mut content = vec![doc.span(start, ce)];
    // a second part of the content, not a relative clause or participle about the source:
    // "…, according to Andrew McCarthy, who prosecuted …"
    let clause_after = doc.toks.get(e + 1).is_some_and(|t| {
        let participle = t.shape == crate::document::Shape::Lower && doc.has(e + 1, feat::ING);
        !(t.is(class::WH) || participle)
    });
    if e + 1 < se && doc.toks[e].is_punct(',') && clause_after {
        let c2 = content_end(doc, e + 1, se, cands);
        if c2 > e + 1 {
            content.push(doc.span(e + 1, c2));
        }
    }
    Some(content)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn according_to_before_and_after() {
        finds(
            "According to Siobhán Ní Bhriain, the ferry will stop in March.",
            Rule::AccordingTo,
            "the ferry will stop in March",
            Some("Siobhán Ní Bhriain"),
        );
        finds(
            "The ferry will stop in March, according to the county's transport office.",
            Rule::AccordingTo,
            "The ferry will stop in March",
            Some("the county's transport office"),
        );
    }

    #[test]
    fn according_to_a_standard_is_no_source() {
        misses("The launch went according to plan.", Rule::AccordingTo);
    }
}
