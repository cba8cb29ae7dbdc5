//! What stands around the phrases of a sentence without being one of them: datelines, time
//! phrases ("on Monday", "last week"), adverbial prepositional phrases ("in a statement",
//! "to reporters"), and the words that can open a clause.

use crate::document::feat;
use crate::document::{Doc, TokKind};
use crate::lexicon::{class, set};

use super::{is_adverb, np_after};

/// Where the text of a sentence starts after a dateline: "WASHINGTON (Reuters) -", "LAGOS,
/// Nigeria (AP) —", "SEOUL —". A dateline is a place in capitals (perhaps with its region and
/// the agency in brackets) before a dash, at the start of a paragraph. Returns `ss` when the
/// sentence has none.
pub(crate) fn dateline_end(doc: &Doc<'_>, ss: usize, limit: usize) -> usize {
    const MAX_DATELINE: usize = 10;
    let starts_paragraph =
        ss == 0 || ss > doc.toks.len() || doc.toks.get(ss).is_some_and(|t| t.para_start());
    if !starts_paragraph
        || !doc.toks.get(ss).is_some_and(|t| t.shape == crate::document::Shape::AllCaps)
    {
        return ss;
    }
    let dash = (ss + 1..limit.min(ss + MAX_DATELINE)).find(|&x| {
        let t = &doc.toks[x];
        t.is_punct('—') || t.is_punct('–') || t.is_punct('-')
    });
    let Some(dash) = dash else { return ss };
    let place = doc.toks[ss..dash]
        .iter()
        .all(|t| t.kind == TokKind::Punct || t.is_cap() || t.kind == TokKind::Number);
    if place && dash + 1 < limit { dash + 1 } else { ss }
}

/// Skips a time phrase at `j`: "Friday", "on Monday", "last week", "earlier this year",
/// "Tuesday night", "in January", "Jan. 5", "recently".
pub(crate) fn skip_time(doc: &Doc<'_>, mut j: usize, limit: usize) -> usize {
    let start = j;
    while j < limit {
        match time_step(doc, j, start, limit) {
            Some(next) => j = next,
            None => return j,
        }
    }
    j
}

/// Whether the token at `j` may be a word of a time phrase: a time word, an adverb, a day or
/// month, "on"/"in", "late" or "early", or a word in -ly. Anything else ends the phrase
/// without a closer look.
fn may_be_time_word(doc: &Doc<'_>, j: usize) -> bool {
    let t = &doc.toks[j];
    t.is(class::DAY | class::MONTH | class::TIME | class::ADV | class::PREP)
        || (t.kind == TokKind::Word && (doc.has(j, feat::LY) || doc.in_set(j, set::TIME_ADJECTIVE)))
}

/// The step over the words of a time phrase (started at `start`) at `j`: where the phrase
/// goes on, or `None` when it ends at `j`.
fn time_step(doc: &Doc<'_>, j: usize, start: usize, limit: usize) -> Option<usize> {
    if !may_be_time_word(doc, j) {
        return None;
    }
    let t = &doc.toks[j];
    let w = doc.lower(j);
    let possessive = doc.toks.get(j + 1).is_some_and(|n| n.kind == TokKind::Clitic);
    if ((t.is(class::DAY | class::MONTH) && t.is_cap()) || doc.in_set(j, set::DAY_WORD))
        && !possessive
    {
        return Some(date_end(doc, j, start, limit));
    }
    if doc.in_set(j, set::TIME_DETERMINER)
        && j + 1 < limit
        && doc.toks[j + 1].is(class::TIME)
        && !doc.toks[j + 1].is_cap()
        // "earlier this week" is two phrases, not "earlier this" and "week"
        && !doc.in_set(j + 1, set::DEICTIC_TIME)
    {
        return Some(j + 2);
    }
    if doc.in_set(j, set::DATE_LEAD)
        && j + 1 < limit
        && (doc.toks[j + 1].is(class::DAY | class::MONTH) && doc.toks[j + 1].is_cap())
    {
        return Some(j + 1);
    }
    if w == "in" && j + 1 < limit && doc.toks[j + 1].kind == TokKind::Number {
        return Some(j + 2);
    }
    if doc.in_set(j, set::TIME_ADVERB) || is_adverb(doc, j) {
        return Some(j + 1);
    }
    None
}

/// The end of a date whose day, month or "today" is at `j`, in a time phrase started at
/// `start`: "Jan. 5", "Tuesday night", "Sept. 11, 2001".
fn date_end(doc: &Doc<'_>, mut j: usize, start: usize, limit: usize) -> usize {
    j += 1;
    while j < limit
        && (doc.toks[j].kind == TokKind::Number || doc.toks[j].is_punct('.') && j == start + 1)
    {
        j += 1;
    }
    if j < limit
        && doc.toks[j].is(class::TIME)
        && doc.toks[j].shape == crate::document::Shape::Lower
    {
        j += 1;
    }
    j
}

/// Start of a time phrase that ends right before token `v` ("on Monday", "last week",
/// "Tuesday"), or `v` itself when there is none.
pub(crate) fn time_before(doc: &Doc<'_>, v: usize, floor: usize) -> usize {
    for len in (1..=3).rev() {
        if v >= floor + len && skip_time(doc, v - len, v) == v && !doc.toks[v - len].is(class::ADV)
        {
            let a = v - len;
            // "not authorized to speak publicly said": the adverb ends the infinitive
            if a >= 2
                && doc.is_word(a - 2, "to")
                && doc.toks[a - 1].shape == crate::document::Shape::Lower
                && is_adverb(doc, a)
            {
                continue;
            }
            // a leading "on"/"in" belongs to the phrase
            if a > floor && (doc.is_word(a - 1, "on") || doc.is_word(a - 1, "in")) {
                return a - 1;
            }
            return a;
        }
    }
    v
}

/// Skips a prepositional phrase at `j` ("in a statement", "at a rally in Ohio", "to
/// reporters", "in an interview with The Post"). Returns where it ends.
pub(crate) fn skip_pp(doc: &Doc<'_>, j: usize, limit: usize) -> Option<usize> {
    if j + 1 >= limit {
        return None;
    }
    let w = doc.word(j);
    if !doc.in_set(j, set::ADVERBIAL_PREP) {
        return None;
    }
    // "at least six soldiers", "at most", "in all": quantifiers opening the content
    if w.eq_ignore_ascii_case("at") && doc.in_set(j + 1, set::BOUND) {
        return None;
    }
    // "to investigate" (or "to “bring our revolution”") is an infinitive, not a phrase
    // "to reporters"
    let nk = if doc.toks[j + 1].kind == TokKind::QuoteOpen { j + 2 } else { j + 1 };
    if w.eq_ignore_ascii_case("to")
        && let Some(n) = doc.toks.get(nk)
        && n.shape == crate::document::Shape::Lower
        && !n.is(class::DET | class::POSSPRON | class::OBJPRON | class::QUANT | class::NUM)
        && !doc.has(nk, feat::S | feat::SS)
    {
        return None;
    }
    let mut e = np_after(doc, j + 1, limit)?;
    // "in an interview with The Post", "at a rally in Toledo, Ohio"
    for _ in 0..2 {
        if e + 1 < limit
            && doc.toks[e].is_word()
            && doc.in_set(e, set::ADVERBIAL_PREP)
            && let Some(e2) = np_after(doc, e + 1, limit)
        {
            e = e2;
            continue;
        }
        if e + 2 < limit
            && doc.toks[e].is_punct(',')
            && doc.toks[e + 1].is_cap()
            && doc.toks[e + 1].is_word()
        {
            // "in Toledo, Ohio," — a place with its state
            if let Some(e2) = np_after(doc, e + 1, limit)
                && e2 - e <= 3
                && doc.toks.get(e2).is_some_and(|t| t.is_punct(','))
            {
                e = e2 + 1;
                continue;
            }
        }
        break;
    }
    Some(e)
}

/// Skips time phrases and adverbial prepositional phrases after a cue.
pub(crate) fn skip_adverbials(doc: &Doc<'_>, mut j: usize, limit: usize) -> usize {
    for _ in 0..4 {
        let k = skip_time(doc, j, limit);
        let k = match skip_pp(doc, k, limit) {
            Some(e) if k < limit => e,
            _ => k,
        };
        if k == j {
            break;
        }
        j = k;
    }
    j
}

/// Whether token `j` can start a content clause without "that": a subject pronoun, a
/// determiner, a name, a number, "there".
pub(crate) fn starts_clause(doc: &Doc<'_>, j: usize) -> bool {
    let Some(t) = doc.toks.get(j) else { return false };
    if t.kind == TokKind::QuoteOpen {
        return true;
    }
    if t.is(class::PRON | class::THERE) && !t.is(class::OBJPRON) {
        return true;
    }
    if t.is(class::DET | class::QUANT | class::NUM | class::POSSPRON) {
        return true;
    }
    if t.kind == TokKind::Number {
        return true;
    }
    if t.is(class::WH) && !doc.is_word(j, "that") {
        return true;
    }
    if doc.is_word(j, "if") || doc.is_word(j, "whether") {
        return true;
    }
    // "at least six soldiers were wounded", "more than 100 people died"
    if (doc.is_word(j, "at") && (doc.is_word(j + 1, "least") || doc.is_word(j + 1, "most")))
        || ((doc.is_word(j, "more") || doc.is_word(j, "fewer") || doc.is_word(j, "less"))
            && doc.is_word(j + 1, "than"))
    {
        return doc
            .toks
            .get(j + 2)
            .is_some_and(|n| n.is(class::NUM | class::QUANT) || n.kind == TokKind::Number);
    }
    // a gerund subject: "having Trump at the top of the ticket puts them at risk"
    if t.kind == TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && !t.is(class::PREP | class::CONJ | class::SUBORD | class::WH | class::PRON)
        && doc.has(j, feat::ING)
        && doc.word(j).len() > 5
    {
        return true;
    }
    // a bare noun phrase subject: "allies were rattled", "history has shown"
    t.is_word() && (t.is_cap() || super::np_word(doc, j))
}
