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
        let e = if k == ss || doc.toks[k - 1].is(class::CONJ) {
            (e..se.min(k + 2 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(',')).unwrap_or(e)
        } else if e < se && !doc.toks[e].is_punct(',') {
            let end = trim(doc, e, se);
            if end - (k + 2) <= MAX_SOURCE { end } else { e }
        } else {
            // "…, according to Dan Smith, a pollster." — an appositive at the end
            with_appositive(lk, e, se)
        };
        let source = Some((k + 2, e));
        let at_clause_start =
            k == ss || doc.toks[k - 1].is_punct(',') || doc.toks[k - 1].is(class::CONJ);
        if at_clause_start
            && e + 1 < se
            && doc.toks[e].is_punct(',')
            && (k == ss || doc.toks[k - 1].is(class::CONJ))
        {
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
            let ce = trim(doc, ss, before);
            if ce > ss {
                let mut content = vec![doc.span(ss, ce)];
                if e + 1 < se && doc.toks[e].is_punct(',') {
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
