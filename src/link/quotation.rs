//! What the quotation rules share: the cue clause after a quotation, the cue before one,
//! the clause a colon closes, and the quotation at a token.

use super::Linker;
use super::clause::with_appositive;
use crate::document::{TokKind, TokRange};
use crate::lexicon::{class, frame};
use crate::model::Pattern;
use crate::phrase::np_after;

/// A cue clause starting at token `k` after a quotation: `V S` or `S V`. Returns the cue
/// candidate index, the source range and where the clause ends.
pub(crate) fn cue_clause_after(
    lk: &Linker<'_, '_>,
    k: usize,
    se: usize,
) -> Option<(usize, TokRange, usize, Pattern)> {
    let doc = lk.doc;
    // “…,” said Senator Roger Wicker
    if let Some(ci) = lk.cand_starting(k) {
        let c = lk.cands[ci];
        // (a participle takes no inverted subject: "“…,” saying the city embodied …")
        if !lk.used[ci] && c.has(doc, frame::INV | frame::QUOTE) && !c.is_participle() {
            return inverted_clause(lk, ci, se);
        }
    }
    subject_clause(lk, k, se)
}

/// `V S` after a quotation, the cue candidate `ci` first: "“…,” said Senator Roger Wicker".
fn inverted_clause(
    lk: &Linker<'_, '_>,
    ci: usize,
    se: usize,
) -> Option<(usize, TokRange, usize, Pattern)> {
    let doc = lk.doc;
    let c = lk.cands[ci];
    let e = np_after(doc, c.end, se)?;
    let e = with_appositive(lk, e, se);
    // "“…,” said the candidate could win": the noun phrase is the subject of a clause
    let after = crate::phrase::skip_adverbials(doc, e, se);
    if after < se && doc.toks[after].is(class::AUX | class::MODAL) {
        return None;
    }
    // "“…,” said it would fail" is no inversion: a pronoun there starts a clause
    let clause_goes_on = e == c.end + 1
        && doc.toks[c.end].is(class::PRON)
        && doc.toks.get(e).is_some_and(|t| t.is_word());
    if clause_goes_on {
        return None;
    }
    Some((ci, TokRange::new(c.end, e), e, Pattern::QuoteCueSource))
}

/// `S V` after a quotation starting at token `k`: "“…,” the senator said", "Patch, a former
/// director, said".
fn subject_clause(
    lk: &Linker<'_, '_>,
    k: usize,
    se: usize,
) -> Option<(usize, TokRange, usize, Pattern)> {
    let doc = lk.doc;
    // “…,” the senator said / Patch, a former director, said
    let e = np_after(doc, k, se)?;
    // "Sen. Claire McCaskill (D-Mo.) said": a bracketed party and state after the name
    let e = if doc.toks.get(e).is_some_and(|t| t.is_punct('(')) {
        (e + 1..se.min(e + 8)).find(|&x| doc.toks[x].is_punct(')')).map_or(e, |x| x + 1)
    } else {
        e
    };
    // "a welcome message on the website reads"
    let v = crate::phrase::skip_pp(doc, e, se).unwrap_or(e);
    let (v, ci) = if doc.toks.get(v).is_some_and(|t| t.is_punct(',')) {
        cue_after_appositive(lk, v, se)?
    } else {
        (v, cue_near(lk, v, se)?)
    };
    let c = lk.cands[ci];
    if lk.used[ci] || !c.has(doc, frame::INV | frame::QUOTE | frame::THAT) || c.passive {
        return None;
    }
    let src_end = if v > e && doc.toks[v - 1].is_punct(',') { v - 1 } else { v };
    Some((ci, TokRange::new(k, src_end), c.end, Pattern::QuoteSourceCue))
}

/// The cue that starts at token `v`, before the sentence end `se`.
fn cue_near(lk: &Linker<'_, '_>, v: usize, se: usize) -> Option<usize> {
    (v..se.min(v + 5))
        .find_map(|x| lk.cand_starting(x).filter(|&ci| lk.cands[ci].start == v || x == v))
}

/// The cue after an appositive between source and cue that opens with the comma at `v`,
/// itself perhaps holding commas ("Cecelia Purner, 67, a retired teacher in Allentown, Pa.,
/// said"): where the cue's words start, and the cue.
fn cue_after_appositive(lk: &Linker<'_, '_>, v: usize, se: usize) -> Option<(usize, usize)> {
    let doc = lk.doc;
    let limit = se.min(v + 40);
    let mut x = v + 1;
    let mut commas = 0;
    while x < limit && commas < 4 {
        let t = &doc.toks[x];
        // ("Mitch McConnell, R-Ky., said": an abbreviation's period is no sentence end)
        let abbreviation = t.is_punct('.')
            && doc.toks[x - 1].end() == t.start()
            && doc.toks.get(x + 1).is_some_and(|n| n.is_punct(','));
        if t.is_quote_mark() || (t.is_terminal() && !abbreviation) || t.is_punct(';') {
            break;
        }
        if t.is_punct(',') {
            commas += 1;
            if let Some(ci) = cue_near(lk, x + 1, se) {
                return Some((x + 1, ci));
            }
        }
        x += 1;
    }
    None
}

/// Whether a cue clause ending at `k` goes on with a clause of its own ("Asked about “This
/// Week,” Sanders said he had not …"): the quotation before it is then no content of it.
pub(crate) fn takes_own_clause(lk: &Linker<'_, '_>, ci: usize, k: usize, se: usize) -> bool {
    let doc = lk.doc;
    let inquiry = lk.cands[ci].info(doc).class == crate::model::CueClass::Inquiry;
    let j = crate::phrase::skip_adverbials(doc, k, se);
    j + 1 < se
        && !doc.toks[j].in_quote()
        && (doc.is_word(j, "that")
            // "… co-host Mika Brzezinski asked how he would …" (but "“…,” he said when asked")
            || (inquiry
                && (doc.is_word(j, "whether")
                    || (doc.toks[j].is(class::WH) && doc.toks[j + 1].is_word())))
            || (doc.toks[j].is(class::PRON)
                && !doc.toks[j].is(class::OBJPRON)
                && doc.toks[j + 1].is_word()))
}

/// Whether the quotation closing before token `qb` ends with a comma or sentence mark
/// inside the marks ("“…,” he said").
pub(crate) fn text_before_close_ends(doc: &crate::document::Doc<'_>, qb: usize) -> bool {
    // skip the closing marks of quotations nested at the end: “… ‘the Queen,’”
    let mut k = qb.saturating_sub(1);
    while k > 0 && doc.toks[k].kind == TokKind::QuoteClose {
        k -= 1;
    }
    let t = &doc.toks[k];
    (t.kind == TokKind::Punct && matches!(t.ch(), ',' | '?' | '!' | '.' | '—' | '-'))
        || t.kind == TokKind::Ellipsis
}

/// The top-level quotation whose opening mark is token `k`.
pub(crate) fn quote_at(lk: &Linker<'_, '_>, k: usize) -> Option<usize> {
    let doc = lk.doc;
    let t = doc.toks.get(k)?;
    if t.kind != TokKind::QuoteOpen {
        return None;
    }
    let qi = doc.quote_range.partition_point(|r| r.start < k);
    (qi < doc.quotes.len() && doc.quote_range[qi].start == k && doc.quotes[qi].depth() == 0)
        .then_some(qi)
}

/// A cue whose verb group (with an optional addressee) ends right before token `p`:
/// "said, “", "told the crowd: “".
pub(crate) fn cue_ending_at(lk: &Linker<'_, '_>, ss: usize, p: usize) -> Option<usize> {
    let doc = lk.doc;
    let lo = ss.max(p.saturating_sub(12));
    let cands = lk.cands_in(lo, p);
    for (off, c) in cands.iter().enumerate().rev() {
        let ci = lk.cands.partition_point(|x| x.start < lo) + off;
        if lk.used[ci] || !c.has(doc, frame::QUOTE | frame::INV) {
            continue;
        }
        if c.end == p {
            return Some(ci);
        }
        // an addressee or adverbial between: "told reporters, “…”", "said in a statement: “…”"
        let j = crate::phrase::skip_adverbials(doc, c.end, p);
        let j = if j < p && c.has(doc, frame::OBJ) { np_after(doc, j, p).unwrap_or(j) } else { j };
        if crate::phrase::skip_adverbials(doc, j, p) == p {
            return Some(ci);
        }
        return None;
    }
    None
}

/// Whether the quotation opening at token `qa` starts its paragraph.
pub(crate) fn quote_starts_paragraph(lk: &Linker<'_, '_>, qa: usize) -> bool {
    let doc = lk.doc;
    qa == 0 || doc.toks[qa].para_start()
}

/// A cue right before a colon that ends the previous paragraph: "The New York Times reports:".
pub(crate) fn cue_before_colon(lk: &Linker<'_, '_>, ss: usize) -> Option<usize> {
    let doc = lk.doc;
    let colon = ss.checked_sub(1)?;
    if !doc.toks[colon].is_punct(':') {
        return None;
    }
    let ps = doc.sentence_of(colon).start;
    cue_ending_at(lk, ps, colon)
}

/// Longest verb phrase between a subject and the colon that introduces its quotation.
const MAX_COLON_CLAUSE: usize = 8;

/// A clause "S …:" closing right before a quotation: the subject is a name, a pronoun or an
/// organisation at the start of the sentence, and a short phrase without commas follows it.
/// Returns the source and where the phrase (the cue) starts.
pub(crate) fn colon_clause(
    lk: &Linker<'_, '_>,
    ss: usize,
    colon: usize,
) -> Option<(TokRange, usize)> {
    let doc = lk.doc;
    let verb_phrase = |e: usize| {
        e < colon
            && colon - e <= MAX_COLON_CLAUSE
            && !doc.toks[e..colon].iter().any(|t| t.kind == TokKind::Punct || t.is_quote_mark())
            && !(doc.toks[e].is(class::PREP | class::CONJ | class::DET) || doc.toks[e].is_cap())
    };
    let named = |s: usize, e: usize| {
        doc.toks[s..e].iter().any(|t| t.is_cap() && !t.is(class::STARTER))
            || (e == s + 1 && doc.toks[s].is(class::PRON))
    };
    // the sentence's subject: "Trump boomed:", "Clinton issued the following statement:"
    if let Some(TokRange { start: s, end: e }) = lk.chunks.subject_from(doc, ss, colon)
        && named(s, e)
        && verb_phrase(e)
    {
        return Some((TokRange::new(s, e), e));
    }
    // a later clause: "…, but he gave the Texan a back-handed compliment:", "…, Rubio fired back:"
    let lo = colon.saturating_sub(MAX_COLON_CLAUSE + 4).max(ss);
    let k = (lo..colon)
        .rev()
        .find(|&x| doc.toks[x].is_punct(',') || doc.is_word(x, "but") || doc.is_word(x, "and"))?;
    let s = k + 1;
    let e = crate::phrase::np_after(doc, s, colon)?;
    (named(s, e) && verb_phrase(e)).then_some((TokRange::new(s, e), e))
}
