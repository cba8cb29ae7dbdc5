//! Direct quotations with a cue clause next to them:
//! `“C,” S V.`, `“C,” V S.`, `S V, “C”`, `S V: “C”` and split quotes `“C1,” S V, “C2.”`.

use super::{Draft, DraftCue, Linker};
use crate::document::TokKind;
use crate::lexicon::{class, frame};
use crate::model::{Pattern, QuoteKind};
use crate::phrase::{np_after, subject_before};
use crate::span::Span;

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
    let end = super::content::trim(doc, e, se);
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
    if n.shape == crate::document::Shape::Lower && {
        let w = doc.lower(e + 1);
        w.ends_with("ing") || w.ends_with("ed") || n.is(class::AUX | class::MODAL | class::WH)
    } {
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
        let at_end = e2 >= super::content::trim(doc, e, se)
            || doc.toks.get(e2).is_some_and(|t| t.is_punct(','));
        if at_end && !doc.toks[e + 1].is(class::PRON) {
            return e2;
        }
        // "…, said Steve Grubbs, an Iowa operative currently working for Rand Paul’s campaign."
        let end = super::content::trim(doc, e, se);
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

/// A cue clause starting at token `k` after a quotation: `V S` or `S V`. Returns the cue
/// candidate index, the source range and where the clause ends.
fn cue_clause_after(
    lk: &Linker<'_, '_>,
    k: usize,
    se: usize,
) -> Option<(usize, (usize, usize), usize, Pattern)> {
    let doc = lk.doc;
    // “…,” said Senator Roger Wicker
    if let Some(ci) = lk.cand_starting(k) {
        let c = lk.cands[ci];
        // (a participle takes no inverted subject: "“…,” saying the city embodied …")
        if !lk.used[ci] && c.has(doc, frame::INV | frame::QUOTE) && !c.is_participle() {
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
            return Some((ci, (c.end, e), e, Pattern::QuoteCueSource));
        }
    }
    // “…,” the senator said / Patch, a former director, said
    let e = np_after(doc, k, se)?;
    // "Sen. Claire McCaskill (D-Mo.) said": a bracketed party and state after the name
    let e = if doc.toks.get(e).is_some_and(|t| t.is_punct('(')) {
        (e + 1..se.min(e + 8)).find(|&x| doc.toks[x].is_punct(')')).map_or(e, |x| x + 1)
    } else {
        e
    };
    // "a welcome message on the website reads"
    let mut v = crate::phrase::skip_pp(doc, e, se).unwrap_or(e);
    let find_cue = |v: usize| {
        (v..se.min(v + 5))
            .find_map(|x| lk.cand_starting(x).filter(|&ci| lk.cands[ci].start == v || x == v))
    };
    let ci = if doc.toks.get(v).is_some_and(|t| t.is_punct(',')) {
        // an appositive between source and cue, itself perhaps holding commas: "Cecelia
        // Purner, 67, a retired teacher in Allentown, Pa., said"
        let limit = se.min(v + 40);
        let mut found = None;
        let mut x = v + 1;
        let mut commas = 0;
        while x < limit && commas < 4 {
            let t = &doc.toks[x];
            // ("Mitch McConnell, R-Ky., said": an abbreviation's period is no sentence end)
            let abbreviation = t.is_punct('.')
                && doc.toks[x - 1].span.end == t.span.start
                && doc.toks.get(x + 1).is_some_and(|n| n.is_punct(','));
            if t.is_quote_mark() || (t.is_terminal() && !abbreviation) || t.is_punct(';') {
                break;
            }
            if t.is_punct(',') {
                commas += 1;
                if let Some(ci) = find_cue(x + 1) {
                    v = x + 1;
                    found = Some(ci);
                    break;
                }
            }
            x += 1;
        }
        found?
    } else {
        find_cue(v)?
    };
    let c = lk.cands[ci];
    if lk.used[ci] || !c.has(doc, frame::INV | frame::QUOTE | frame::THAT) || c.passive {
        return None;
    }
    let src_end = if v > e && doc.toks[v - 1].is_punct(',') { v - 1 } else { v };
    Some((ci, (k, src_end), c.end, Pattern::QuoteSourceCue))
}

/// Runs the direct patterns on the quotations that end (or start) in sentence `[ss, se)`.
pub(crate) fn run(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    // the first quotation starting in the sentence, or the outer one it opens inside (the
    // ends of nested quotations are not in order, their starts are)
    let mut first_q = doc.quote_range.partition_point(|&(a, _)| a < ss);
    if let Some(&outer) = first_q.checked_sub(1).and_then(|p| doc.quote_outer.get(p))
        && doc.quote_range[outer].1 > ss
    {
        first_q = outer;
    }
    let mut qi = first_q;
    while qi < doc.quotes.len() {
        let (qa, qb) = doc.quote_range[qi];
        if qa >= se {
            break;
        }
        let q = &doc.quotes[qi];
        qi += 1;
        if q.depth() != 0 || q.kind() == QuoteKind::Title {
            continue;
        }
        if lk.in_content(qa) {
            continue;
        }
        // "When someone in the audience shouted, “Cruz,” Beck joked": a cue right before the
        // quotation claims it first
        let led = qa > ss
            && (doc.toks[qa - 1].is_punct(',') || doc.toks[qa - 1].is_punct(':'))
            && cue_ending_at(lk, ss, qa - 1).is_some();
        // "Asked whether Clinton “has the integrity …,” 75 percent said yes": the quotation
        // is part of the question put to the speaker
        let in_question = super::indirect::asked_lead(doc, ss, se).is_some_and(|c| qb <= c + 1);
        // 1. “C,” S V. — the quotation closes in this sentence and a cue clause follows
        if q.is_terminated() && qb > ss && qb <= se && !led && !in_question {
            let mut k = qb;
            if k < se && doc.toks[k].is_punct(',') {
                k += 1;
            }
            // “…, too" Sweeny said — a comma may be missing when the quotation opens the sentence
            let opens_sentence = !doc.words_before(qa);
            let quote_ends_clause = k > qb || text_before_close_ends(doc, qb) || opens_sentence;
            if quote_ends_clause
                && k < se
                && let Some((ci, src, clause_end, pattern)) = cue_clause_after(lk, k, se)
                && !takes_own_clause(lk, ci, clause_end, se)
            {
                // words before the quotation in its sentence belong to the content:
                // … can “take their frustrations,” Sexton said.
                let (os, _) = doc.sentence_of(qa);
                // (after a colon or a comma the words before belong to the reporter)
                let lead = doc.words_before(qa) && qa > 0 && doc.toks[qa - 1].is_word();
                let first = if lead { doc.span(os, qa).start } else { q.span().start };
                let mut content = vec![Span { start: first, end: q.span().end }];
                // split quote: “C1,” he said, “C2.”
                let mut j = clause_end;
                while j < se && (doc.toks[j].is_punct(',') || doc.toks[j].is_punct(':')) {
                    j += 1;
                }
                if let Some(q2) = quote_at(lk, j)
                    && j > clause_end
                {
                    content.push(doc.quotes[q2].span());
                } else if let Some(q2) = (clause_end..se)
                    .find(|&x| doc.toks[x].is_punct(',') && quote_at(lk, x + 1).is_some())
                    .and_then(|x| quote_at(lk, x + 1))
                    .filter(|&q2| doc.quote_range[q2].1 >= se)
                    // "…,” she said, adding, “…”": the participle has its own quotation
                    .filter(|&q2| lk.cands_in(clause_end, doc.quote_range[q2].0).is_empty())
                {
                    // “C1,” Thiel wrote in a statement to Wired …, “but C2.”
                    content.push(doc.quotes[q2].span());
                } else if j > clause_end && (doc.is_word(j, "and") || doc.is_word(j, "but")) {
                    // Mills “got an immunity deal,” Jordan said, and still “got to sit in …”
                    let mut x = j + 1;
                    while x < se && doc.toks[x].is(class::ADV) {
                        x += 1;
                    }
                    if let Some(q2) = quote_at(lk, x)
                        && doc.quote_range[q2].1 >= super::content::trim(doc, x, se)
                    {
                        let end = doc.quotes[q2].span().end;
                        content.push(Span { start: doc.toks[j].span.start, end });
                    }
                }
                let c = lk.cands[ci];
                lk.push(Draft::new(content, Some(DraftCue::Verb(c)), Some(src), pattern, 0.95));
                continue;
            }
        }
        // 2. S V, “C” / S V: “C” — the quotation opens in this sentence after a cue
        if qa >= ss && qa > 0 {
            let mut p = qa;
            if p > ss && (doc.toks[p - 1].is_punct(',') || doc.toks[p - 1].is_punct(':')) {
                p -= 1;
            }
            let colon_before_paragraph = qa == ss && quote_starts_paragraph(lk, qa);
            let cue = if colon_before_paragraph {
                // "The New York Times reports:" closing the previous paragraph
                cue_before_colon(lk, ss)
            } else {
                cue_ending_at(lk, ss, p)
            };
            if cue.is_none() && p < qa && doc.toks[p].is_punct(':') && !colon_before_paragraph {
                // "Trump boomed: “…”", "Clinton issued the following statement: “…”"
                if let Some((src, start)) = colon_clause(lk, ss, p) {
                    let d = Draft::new(
                        vec![q.span()],
                        Some(DraftCue::Colon { start, end: p + 1 }),
                        Some(src),
                        Pattern::Colon,
                        0.75,
                    );
                    lk.push(d);
                    continue;
                }
            }
            if let Some(ci) = cue {
                let c = lk.cands[ci];
                let (cs, _) = doc.sentence_of(c.start);
                let source = subject_before(doc, c.start, cs);
                let source = source
                    .filter(|&(s, _)| !doc.toks[s].is(class::WH) || doc.toks[s].is(class::PRON));
                // "Trump issued a statement Tuesday saying “…”": the statement is the object
                // of the sentence's verb, and its author the speaker
                let object_document = c.is_participle()
                    && source.is_some_and(|(s, e)| {
                        s > cs
                            && !doc.toks[s - 1].is(class::PREP)
                            && doc.toks[s - 1].kind == TokKind::Word
                            && (s..e).any(|k| doc.toks[k].is(class::DOC))
                    });
                let source = if object_document { None } else { source };
                let pattern = Pattern::SourceCueQuote;
                // a fragment or a quotation the sentence goes on after: the content runs on
                let later = lk.cands_in(qb, se.min(qb + super::content::MAX_CONTENT));
                let end = super::content::content_end(doc, qa, se, later);
                let span = if end > qb { doc.span(qa, end) } else { q.span() };
                let mut d = Draft::new(vec![span], Some(DraftCue::Verb(c)), source, pattern, 0.95);
                if source.is_none() {
                    d.confidence = 0.7;
                    d.resolution = Some(crate::model::Resolution::Subject);
                    d.source = super::indirect::shared_subject(lk, c.start, cs);
                }
                lk.push(d);
            }
        }
    }
}

/// Whether a cue clause ending at `k` goes on with a clause of its own ("Asked about “This
/// Week,” Sanders said he had not …"): the quotation before it is then no content of it.
fn takes_own_clause(lk: &Linker<'_, '_>, ci: usize, k: usize, se: usize) -> bool {
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
fn text_before_close_ends(doc: &crate::document::Doc<'_>, qb: usize) -> bool {
    // skip the closing marks of quotations nested at the end: “… ‘the Queen,’”
    let mut k = qb.saturating_sub(1);
    while k > 0 && doc.toks[k].kind == TokKind::QuoteClose {
        k -= 1;
    }
    let t = &doc.toks[k];
    (t.kind == TokKind::Punct && matches!(t.ch, ',' | '?' | '!' | '.' | '—' | '-'))
        || t.kind == TokKind::Ellipsis
}

/// The top-level quotation whose opening mark is token `k`.
fn quote_at(lk: &Linker<'_, '_>, k: usize) -> Option<usize> {
    let doc = lk.doc;
    let t = doc.toks.get(k)?;
    if t.kind != TokKind::QuoteOpen {
        return None;
    }
    let qi = doc.quote_range.partition_point(|&(a, _)| a < k);
    (qi < doc.quotes.len() && doc.quote_range[qi].0 == k && doc.quotes[qi].depth() == 0)
        .then_some(qi)
}

/// A cue whose verb group (with an optional addressee) ends right before token `p`:
/// "said, “", "told the crowd: “".
fn cue_ending_at(lk: &Linker<'_, '_>, ss: usize, p: usize) -> Option<usize> {
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
fn quote_starts_paragraph(lk: &Linker<'_, '_>, qa: usize) -> bool {
    let doc = lk.doc;
    qa == 0 || doc.toks[qa - 1].para != doc.toks[qa].para
}

/// A cue right before a colon that ends the previous paragraph: "The New York Times reports:".
fn cue_before_colon(lk: &Linker<'_, '_>, ss: usize) -> Option<usize> {
    let doc = lk.doc;
    let colon = ss.checked_sub(1)?;
    if !doc.toks[colon].is_punct(':') {
        return None;
    }
    let (ps, _) = doc.sentence_of(colon);
    cue_ending_at(lk, ps, colon)
}

/// Longest verb phrase between a subject and the colon that introduces its quotation.
const MAX_COLON_CLAUSE: usize = 8;

/// A clause "S …:" closing right before a quotation: the subject is a name, a pronoun or an
/// organisation at the start of the sentence, and a short phrase without commas follows it.
/// Returns the source and where the phrase (the cue) starts.
fn colon_clause(lk: &Linker<'_, '_>, ss: usize, colon: usize) -> Option<((usize, usize), usize)> {
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
    if let Some((s, e)) = crate::phrase::sentence_subject(doc, ss, colon)
        && named(s, e)
        && verb_phrase(e)
    {
        return Some(((s, e), e));
    }
    // a later clause: "…, but he gave the Texan a back-handed compliment:", "…, Rubio fired back:"
    let lo = colon.saturating_sub(MAX_COLON_CLAUSE + 4).max(ss);
    let k = (lo..colon)
        .rev()
        .find(|&x| doc.toks[x].is_punct(',') || doc.is_word(x, "but") || doc.is_word(x, "and"))?;
    let s = k + 1;
    let e = crate::phrase::np_after(doc, s, colon)?;
    (named(s, e) && verb_phrase(e)).then_some(((s, e), e))
}
