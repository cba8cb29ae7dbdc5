//! `According to S, C.`, `C, according to S.` and `C1, according to S, C2.`

use super::content::{content_end, trim};
use super::direct::with_appositive;
use super::{Draft, DraftCue, Linker};
use crate::cues::mentions::np_after;
use crate::lexicon::class;
use crate::model::Pattern;

/// Longest source of "according to", in tokens.
const MAX_SOURCE: usize = 25;

/// Runs the pattern on sentence `[ss, se)`.
pub(crate) fn run(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    let cands = lk.cands_in(ss, se).to_vec();
    let mut k = ss;
    while k + 2 < se {
        if !(doc.is_word(k, "according") && doc.is_word(k + 1, "to"))
            || doc.toks[k].in_quote()
            || lk.in_content(k)
        {
            k += 1;
            continue;
        }
        let cue = Some(DraftCue::Phrase { start: k, end: k + 2 });
        let Some(e) = np_after(doc, k + 2, se) else {
            k += 1;
            continue;
        };
        // "According to early results of exit polls conducted for the AP by Edison Research,":
        // the source runs to the comma that closes the phrase
        // (a clause starts at the sentence start, after a conjunction, and after a colon,
        // semicolon, dash or opening bracket: "It has not gone unnoticed: according to …")
        let lead = k == ss
            || doc.toks[k - 1].is(class::CONJ)
            || [':', ';', '—', '–', '('].iter().any(|&p| doc.toks[k - 1].is_punct(p));
        let e = if lead {
            (e..se.min(k + 2 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(',')).unwrap_or(e)
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
        };
        let source = Some((k + 2, e));
        if lead && e + 1 < se && doc.toks[e].is_punct(',') {
            // According to S, C.
            let ce = content_end(doc, e + 1, se, &cands);
            if ce > e + 1 {
                lk.push(Draft::new(
                    vec![doc.span(e + 1, ce)],
                    cue,
                    source,
                    Pattern::AccordingTo,
                    0.9,
                ));
            }
        } else if k > ss {
            // C, according to S (, C2).
            let before = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
            // "(the actual number is closer to 15 percent, according to Factcheck.org)": the
            // content starts after the bracket, colon or semicolon that opens its clause
            let start = (ss.max(k.saturating_sub(super::content::MAX_CONTENT))..before)
                .rev()
                .find(|&x| {
                    !doc.toks[x].in_quote()
                        && ['(', ':', ';'].iter().any(|&p| doc.toks[x].is_punct(p))
                })
                .map_or(ss, |x| x + 1);
            let ce = trim(doc, start, before);
            if ce > start {
                let mut content = vec![doc.span(start, ce)];
                // a second part of the content, not a relative clause or participle about
                // the source: "…, according to Andrew McCarthy, who prosecuted …"
                let clause_after = doc.toks.get(e + 1).is_some_and(|t| {
                    let participle = t.shape == crate::segment::Shape::Lower
                        && doc.lower(e + 1).ends_with("ing");
                    !(t.is(class::WH) || participle)
                });
                if e + 1 < se && doc.toks[e].is_punct(',') && clause_after {
                    let c2 = content_end(doc, e + 1, se, &cands);
                    if c2 > e + 1 {
                        content.push(doc.span(e + 1, c2));
                    }
                }
                lk.push(Draft::new(content, cue, source, Pattern::AccordingTo, 0.9));
            }
        }
        k = e;
    }
}
