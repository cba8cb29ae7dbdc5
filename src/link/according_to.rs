//! `According to S, C.`, `C, according to S.` and `C1, according to S, C2.`

use super::content::{content_end, trim};
use super::direct::with_appositive;
use super::{Draft, DraftCue, Linker};
use crate::lexicon::class;
use crate::model::Pattern;
use crate::phrase::np_after;

/// Longest source of "according to", in tokens.
const MAX_SOURCE: usize = 25;

/// Nouns of measured opinion: what "in" them is their finding.
const POLL_NOUNS: &[&str] = &["poll", "polls", "survey", "surveys", "study", "studies", "polling"];

/// The noun phrase of a poll after "in" at token `k`, up to `limit`: "a national CNN/ORC poll
/// released Monday". Returns its end.
fn poll_after(doc: &crate::document::Doc<'_>, k: usize, limit: usize) -> Option<usize> {
    let e = np_after(doc, k + 1, limit)?;
    let head = (k + 1..e).rev().find(|&x| doc.toks[x].is_word())?;
    if !POLL_NOUNS.iter().any(|w| doc.is_word(head, w)) {
        return None;
    }
    Some(e)
}

/// `In a poll released Monday, C.` and `C in the latest CNN poll.`: a poll's findings.
fn in_poll(lk: &mut Linker<'_, '_>, ss: usize, se: usize, cands: &[crate::cues::CueCand]) {
    let doc = lk.doc;
    let mut lead = ss;
    while lead < se && doc.toks[lead].is(class::CONJ) {
        lead += 1;
    }
    // In S, C.
    if doc.is_word(lead, "in")
        && !doc.toks[lead].in_quote()
        && let Some(e) = poll_after(doc, lead, se)
        && let Some(comma) =
            (e..se.min(e + 8)).find(|&x| doc.toks[x].is_punct(',') && !doc.toks[x].in_quote())
        && !lk.in_content(lead)
    {
        let ce = content_end(doc, comma + 1, se, cands);
        // ("In a poll released Monday, 31% said …": the respondents speak for themselves)
        if ce > comma + 1 && !lk.cands_in(comma + 1, ce).iter().any(|c| !c.is_participle()) {
            lk.push(Draft::new(
                vec![doc.span(comma + 1, ce)],
                Some(DraftCue::Phrase { start: lead, end: lead + 1 }),
                Some((lead + 1, e)),
                Pattern::AccordingTo,
                0.7,
            ));
        }
        return;
    }
    // C in S. — the poll closes the sentence
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
    let tail =
        e >= end || (doc.lower(e).ends_with("ed") && (e..end).all(|x| doc.toks[x].is_word()));
    let before = if doc.toks[k - 1].is_punct(',') { k - 1 } else { k };
    // (a named poll, or one set off by a comma: "in the polls" alone is mostly a place in
    // the race)
    let named = (k + 1..e)
        .any(|x| doc.toks[x].is_cap() || doc.toks[x].shape == crate::document::Shape::AllCaps);
    let ce = trim(doc, lead, before);
    if tail
        && (named || before < k)
        && ce > lead
        && !lk.cands_in(lead, ce).iter().any(|c| !c.is_participle())
    {
        lk.push(Draft::new(
            vec![doc.span(lead, ce)],
            Some(DraftCue::Phrase { start: k, end: k + 1 }),
            Some((k + 1, e)),
            Pattern::AccordingTo,
            0.6,
        ));
    }
}

/// Runs the pattern on sentence `[ss, se)`.
pub(crate) fn run(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    let cands = lk.cands_in(ss, se);
    in_poll(lk, ss, se, cands);
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
        // "went according to plan", "according to tradition": a bare common noun is a standard,
        // not a source
        let t = &doc.toks[k + 2];
        if e == k + 3
            && t.shape == crate::document::Shape::Lower
            && !t.is(class::ORG
                | class::ROLE
                | class::VAGUE
                | class::DOC
                | class::PLURAL
                | class::PRON)
            && !doc.lower(k + 2).ends_with('s')
        {
            k += 1;
            continue;
        }
        // "According to early results of exit polls conducted for the AP by Edison Research,":
        // the source runs to the comma that closes the phrase
        // (a clause starts at the sentence start, after a conjunction, and after a colon,
        // semicolon, dash or opening bracket: "It has not gone unnoticed: according to …")
        let lead = k == ss
            || doc.toks[k - 1].is(class::CONJ)
            || [':', ';', '—', '–', '('].iter().any(|&p| doc.toks[k - 1].is_punct(p));
        let e = if lead {
            let comma =
                (e..se.min(k + 2 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(',')).unwrap_or(e);
            // "According to Ana Ruiz, an epidemiologist at the institute, prices rose": an
            // appositive between commas belongs to the source
            let next =
                (comma + 1..se.min(comma + 1 + MAX_SOURCE)).find(|&x| doc.toks[x].is_punct(','));
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
        };
        let source = Some((k + 2, e));
        if lead && e + 1 < se && doc.toks[e].is_punct(',') {
            // According to S, C.
            let ce = content_end(doc, e + 1, se, cands);
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
                    let participle = t.shape == crate::document::Shape::Lower
                        && doc.lower(e + 1).ends_with("ing");
                    !(t.is(class::WH) || participle)
                });
                if e + 1 < se && doc.toks[e].is_punct(',') && clause_after {
                    let c2 = content_end(doc, e + 1, se, cands);
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
