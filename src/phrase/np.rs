//! Noun phrases next to a cue: where a phrase starts and ends ([`np_before`], [`np_after`]),
//! the subject of a verb with its appositives and relative clauses ([`subject_before`]), and
//! the asides that stand between a subject and its verb.

use crate::document::feat;
use crate::document::{Doc, Shape, TokKind, TokRange, Token};
use crate::lexicon::{class, set};

use super::{is_adverb, participle_after_noun, skip_time, time_before};

/// Longest appositive or relative clause between a subject and its verb, in tokens.
const MAX_APPOSITIVE: usize = 30;
/// Prepositional phrases a noun phrase may carry ("Massicotte of the Carnegie Endowment for
/// International Peace" has two).
const MAX_PPS: usize = 3;
/// Longest restrictive relative clause between a subject and its verb ("people who have
/// seen him on the trail recently say").
const MAX_RELATIVE: usize = 14;
/// Longest noun phrase, in tokens.
const MAX_NP: usize = 24;

/// Whether token `i` can be a word of a noun phrase.
pub(crate) fn np_word(doc: &Doc<'_>, i: usize) -> bool {
    let Some(t) = doc.toks.get(i) else { return false };
    if !matches!(t.kind, TokKind::Word | TokKind::Number) {
        // "42% say": a percentage after its number
        return t.is_punct('%') && i > 0 && doc.toks[i - 1].kind == TokKind::Number;
    }
    if t.is(class::FUNCTION) && !modal_in_name(doc, i) {
        return false;
    }
    if is_date_word(doc, i) {
        return false;
    }
    if t.is(class::CUE)
        && !t.is(class::ROLE | class::VAGUE | class::ORG | class::DOC | class::BASIS)
        && !t.is_cap()
        && !cue_as_noun(doc, i)
    {
        // "report" is a document; "said", "told" are never inside a noun phrase
        return false;
    }
    if is_adverb(doc, i) && !t.is_cap() {
        return false;
    }
    true
}

/// Whether the function word at `i` is a capitalised modal inside a name: "Will Rogers",
/// "May Bell".
fn modal_in_name(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    t.is_cap()
        && t.is(class::MODAL)
        && doc.toks.get(i + 1).is_some_and(|n| n.is_cap() && n.is_word() && !n.is(class::FUNCTION))
}

/// Whether the word at `i` is a day or a month standing for a date, outside any noun
/// phrase: "said Friday", "in March 2016"; but "columnist Ai Jun wrote" has a name, not a
/// month, and "Friday's test" is a noun phrase.
fn is_date_word(doc: &Doc<'_>, i: usize) -> bool {
    let t = &doc.toks[i];
    let possessive = doc.toks.get(i + 1).is_some_and(|n| n.kind == TokKind::Clitic);
    t.is_cap()
        && !possessive
        && (t.is(class::DAY)
            || (t.is(class::MONTH)
                && (doc.toks.get(i + 1).is_none_or(|n| {
                    n.kind == TokKind::Number || !n.is_cap() && !n.is(class::CUE)
                }) || i == 0
                    || !doc.toks[i - 1].is_cap())))
}

/// Whether the lowercase cue word at `i` reads as a noun: a noun spelled like a cue
/// ("refugee advocates", "the reports") unless a name or a pronoun before it makes it a verb
/// ("Trump claims"), or a gerund after a possessive or a determiner ("the company’s
/// thinking", "their reasoning").
fn cue_as_noun(doc: &Doc<'_>, i: usize) -> bool {
    let verb_reading = i > 0
        && (doc.toks[i - 1].is(class::PRON)
            || (doc.toks[i - 1].is_cap() && !doc.toks[i - 1].is(class::DET)));
    let gerund_noun = i > 0
        && doc.has(i, feat::ING)
        && (doc.toks[i - 1].kind == TokKind::Clitic
            || doc.toks[i - 1].is(class::DET | class::POSSPRON));
    (doc.toks[i].is(class::NOUNISH) && !verb_reading) || gerund_noun
}

fn starts_np(t: &Token) -> bool {
    t.is(class::DET | class::QUANT | class::NUM | class::POSSPRON) && !t.is(class::PRON)
}

fn is_prep(doc: &Doc<'_>, i: usize) -> bool {
    doc.in_set(i, set::NP_PREP)
}

/// Whether the phrase `[a, b)` starts like a proper name or a definite, capitalised body
/// ("the State Department").
fn capitalized_np(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let mut k = a;
    while k < b && doc.toks[k].is(class::DET) {
        k += 1;
    }
    k < b && doc.toks[k].is_cap()
}

/// The noun phrase that ends just before token `end`, not reaching before `floor`.
/// Returns its first token. Pronouns count as whole noun phrases.
pub(crate) fn np_before(doc: &Doc<'_>, end: usize, floor: usize) -> Option<usize> {
    if end == 0 || end <= floor {
        return None;
    }
    let (head, pron_object) = np_head(doc, end, floor)?;
    if doc.toks[head].is(class::PRON) && !doc.toks[head].is(class::POSSPRON) {
        return Some(head);
    }
    let mut j = head;
    let mut pps = 0;
    while j > floor && end - j < MAX_NP {
        match step_before(doc, j, pps, end, floor, head, pron_object) {
            Back::Word(k) => j = k,
            Back::Pp(k) => {
                pps += 1;
                j = k;
            }
            Back::Last(k) => {
                j = k;
                break;
            }
            Back::Stop => break,
        }
    }
    trimmed_start(doc, j, head, floor)
}

/// How a noun phrase read backwards grows by the token before its start.
enum Back {
    /// It takes in words back to here and goes on.
    Word(usize),
    /// It takes in a prepositional phrase back to here and goes on.
    Pp(usize),
    /// It takes in a determiner here and ends.
    Last(usize),
    /// It ends where it starts now.
    Stop,
}

/// The step back from the start `j` of a noun phrase (with `pps` prepositional phrases so
/// far) over the token before it.
fn step_before(
    doc: &Doc<'_>,
    j: usize,
    pps: usize,
    end: usize,
    floor: usize,
    head: usize,
    pron_object: bool,
) -> Back {
    let p = j - 1;
    let t = &doc.toks[p];
    if t.in_quote() && !doc.toks[j].in_quote() {
        return Back::Stop;
    }
    if starts_np(t) {
        // "officials at the State Department": a preposition before the determiner
        if p > floor + 1
            && is_prep(doc, p - 1)
            && pps < MAX_PPS
            && (np_word(doc, p - 2) || doc.toks[p - 2].is(class::BASIS))
        {
            return Back::Pp(p - 1);
        }
        return Back::Last(p);
    }
    if np_word(doc, p) {
        return Back::Word(p);
    }
    if t.kind == TokKind::Clitic && p > floor && np_word(doc, p - 1) {
        return Back::Word(p); // possessive: "Luna’s office", "Trump’s son-in-law"
    }
    if is_prep(doc, p) && pps < MAX_PPS && p > floor {
        return match pp_before(doc, p, j, end, floor, head, pron_object) {
            Some(start) => Back::Pp(start),
            None => Back::Stop,
        };
    }
    if (t.is_punct('&') || doc.is_word(p, "and"))
        && p > floor
        && doc.toks[p - 1].is_cap()
        && doc.toks[j].is_cap()
    {
        return Back::Word(p);
    }
    Back::Stop
}

/// The start `j` of a noun phrase read back from `head`, moved past a preposition, a
/// conjunction or a clitic it starts on and past the verb after a subject pronoun.
fn trimmed_start(doc: &Doc<'_>, mut j: usize, head: usize, floor: usize) -> Option<usize> {
    // never start on a preposition or a conjunction
    while j < head
        && (is_prep(doc, j) || doc.toks[j].is(class::CONJ) || doc.toks[j].kind == TokKind::Clitic)
    {
        j += 1;
    }
    // "He met people", "A company he owns has charged …": after a subject pronoun the first
    // word is a verb, not part of the noun phrase
    if j > floor
        && doc.toks[j - 1].is(class::PRON)
        && !doc.toks[j - 1].is(class::POSSPRON)
        && !doc.toks[j].is_cap()
    {
        return (j < head).then_some(j + 1);
    }
    Some(j)
}

/// The head of a noun phrase ending before `end`, past a parenthetical after it ("Sen. Joe
/// Lieberman (I-Conn.)"), and whether it is an object pronoun after a preposition ("those
/// around him"). A subject pronoun is a whole noun phrase of its own: `(head, false)` with
/// the caller returning it.
fn np_head(doc: &Doc<'_>, end: usize, floor: usize) -> Option<(usize, bool)> {
    let mut head = end - 1;
    // "Sen. Joe Lieberman (I-Conn.)": a parenthetical after the head
    if doc.toks.get(head)?.is_punct(')') {
        let lo = head.saturating_sub(MAX_APPOSITIVE).max(floor);
        let open = (lo..head).rev().find(|&k| doc.toks[k].is_punct('('))?;
        head = open.checked_sub(1)?;
        if head < floor {
            return None;
        }
    }
    let ht = doc.toks.get(head)?;
    if ht.is(class::PRON) && !ht.is(class::POSSPRON) {
        return Some((head, false));
    }
    // "those around him", "people close to her": an object pronoun after a preposition
    let pron_object = ht.is(class::OBJPRON) && head > floor + 1 && is_prep(doc, head - 1);
    if !np_word(doc, head) && !pron_object {
        return None;
    }
    Some((head, pron_object))
}

/// A prepositional phrase the noun phrase takes in, with the preposition at `p` and the
/// phrase so far starting at `j`: where the noun phrase now starts, or `None` when the
/// preposition ends it. "officials at the State Department", "officers with no direct
/// knowledge of the case", "nine in 10", "61 percent of voters", "a petition filed in
/// federal court".
fn pp_before(
    doc: &Doc<'_>,
    p: usize,
    j: usize,
    end: usize,
    floor: usize,
    head: usize,
    pron_object: bool,
) -> Option<usize> {
    let left = p - 1;
    // "officials at the State Department", "officers with no direct knowledge of the case"
    let basis = doc.toks[left].is(class::BASIS | class::ROLE | class::VAGUE)
        || (pron_object && p + 1 == head && (np_word(doc, left) || doc.toks[left].is(class::DET)));
    // "nine in 10", "two of three"
    let ratio = doc.toks[left].is(class::NUM) || doc.toks[left].kind == TokKind::Number;
    // "61 percent of voters", "a majority of Republicans", "most of the delegates",
    // "a survey of 500 renters"
    let partitive = doc.is_word(p, "of")
        && (doc.toks[left].is(class::QUANT | class::DOC) || doc.in_set(left, set::QUANTITY_NOUN));
    // "a petition filed in federal court": a participle with its phrase after a record
    if participle_after_noun(doc, left) && left > floor {
        return Some(left - 1);
    }
    if (np_word(doc, left) && (capitalized_np(doc, j, end) || basis || ratio || partitive))
        || basis
        || (partitive && doc.toks[left].is(class::QUANT))
    {
        return Some(p);
    }
    None
}

/// The noun phrase that starts at token `start`, not reaching `limit`. Returns one past its
/// last token.
pub(crate) fn np_after(doc: &Doc<'_>, start: usize, limit: usize) -> Option<usize> {
    let t = doc.toks.get(start)?;
    if start >= limit {
        return None;
    }
    if t.is(class::PRON | class::OBJPRON) && !t.is(class::POSSPRON) {
        return Some(start + 1);
    }
    let (mut j, first_word) = np_opening(doc, start, limit);
    let mut pps = 0;
    while j < limit && j - start < MAX_NP {
        match step_after(doc, j, first_word, pps, limit) {
            Fwd::Word(k) => j = k,
            Fwd::Pp(k) => {
                pps += 1;
                j = k;
            }
            Fwd::End(e) => return Some(e),
            Fwd::Stop => break,
        }
    }
    (j > first_word).then_some(j)
}

/// The determiners a noun phrase at `start` opens with: where they end, and where the
/// phrase's first word is ("one of his senior aides", "many of them": a number or
/// quantifier heads the phrase).
fn np_opening(doc: &Doc<'_>, start: usize, limit: usize) -> (usize, usize) {
    let mut j = start;
    while j < limit && starts_np(&doc.toks[j]) {
        j += 1;
    }
    let mut first_word = j;
    if j > start
        && j < limit
        && doc.is_word(j, "of")
        && doc.toks[j - 1].is(class::NUM | class::QUANT)
    {
        first_word = j - 1;
    }
    (j, first_word)
}

/// How a noun phrase read forwards grows by the token at its end.
enum Fwd {
    /// It takes in tokens up to here and goes on.
    Word(usize),
    /// It takes in a preposition, going on at its noun here.
    Pp(usize),
    /// It ends here.
    End(usize),
    /// It ends where it ends now.
    Stop,
}

/// The step forward from the end `j` of a noun phrase whose first word is at `first_word`
/// (with `pps` prepositional phrases so far) over the token at `j`.
fn step_after(doc: &Doc<'_>, j: usize, first_word: usize, pps: usize, limit: usize) -> Fwd {
    // quoted words inside a noun phrase: the “fog of war”
    if doc.toks[j].is_quote_mark() && (j > first_word || doc.toks[j].kind == TokKind::QuoteOpen) {
        return Fwd::Word(j + 1);
    }
    if np_word(doc, j) {
        if j > first_word && word_ends_np(doc, j) {
            return Fwd::Stop;
        }
        return Fwd::Word(j + 1);
    }
    let t = &doc.toks[j];
    if t.kind == TokKind::Clitic && j > first_word {
        let mut k = j + 1;
        while k < limit && starts_np(&doc.toks[k]) {
            k += 1;
        }
        return Fwd::Word(k);
    }
    if j > first_word && is_prep(doc, j) && pps < MAX_PPS && j + 1 < limit {
        return match pp_after(doc, j, limit) {
            Some(PpAfter::Takes(k)) => Fwd::Pp(k),
            Some(PpAfter::Ends(e)) => Fwd::End(e),
            None => Fwd::Stop,
        };
    }
    if j > first_word
        && (t.is_punct('&') || doc.is_word(j, "and"))
        && doc.toks[j - 1].is_cap()
        && doc.toks.get(j + 1).is_some_and(|n| n.is_cap() && j + 1 < limit)
    {
        return Fwd::Word(j + 1);
    }
    Fwd::Stop
}

/// Whether the noun-phrase word at `j`, after the phrase's first word, opens what follows
/// the phrase instead: a determiner or number opening the next phrase ("told Yonhap the
/// budget was approved"), a past tense after a name ("Trump boomed"), a verb after a noun
/// head ("The document reflects").
fn word_ends_np(doc: &Doc<'_>, j: usize) -> bool {
    // "told Yonhap the budget was approved", "told a crowd of supporters two of the
    // pumps had failed": a determiner or a number after a noun opens the next phrase
    let t = &doc.toks[j];
    // (a capitalised determiner belongs to a name: "told CBS This Morning")
    let opens = (t.is(class::DET | class::QUANT) && t.shape == Shape::Lower)
        || t.is(class::NUM)
        || t.kind == TokKind::Number;
    if opens && {
        let p = &doc.toks[j - 1];
        p.kind == TokKind::Word
            && !p.is(class::PREP | class::DET | class::POSSPRON | class::QUANT | class::NUM)
    } {
        return true;
    }
    // "Trump boomed", "Clinton issued": a past tense after a name ends the phrase
    let t = &doc.toks[j];
    if t.shape == Shape::Lower && doc.has(j, feat::ED) && doc.toks[j - 1].is_cap() {
        return true;
    }
    // "The document reflects", "the report shows": a verb after a noun head
    if t.shape == Shape::Lower
        && (doc.has(j, feat::S | feat::ED) || t.is(class::CUE))
        && !doc.has(j, feat::SS)
        && doc.toks[j - 1].is(class::DOC | class::ROLE | class::ORG | class::VAGUE)
        && !t.is(class::ROLE | class::VAGUE | class::ORG | class::DOC | class::BASIS)
    {
        return true;
    }
    false
}

/// What a preposition after a noun phrase does to it.
enum PpAfter {
    /// The phrase goes on into the prepositional phrase, whose noun starts here.
    Takes(usize),
    /// The phrase ends here, with the object pronoun of "many of them".
    Ends(usize),
}

/// The prepositional phrase at `j` after a noun phrase: "familiar with the talks", "with
/// (direct) knowledge of the deal", "the rest of the party", "Dara Massicotte of the Carnegie
/// Endowment", "many of them". `None` when the preposition ends the phrase.
fn pp_after(doc: &Doc<'_>, j: usize, limit: usize) -> Option<PpAfter> {
    // "familiar with the talks", "with (direct) knowledge of the deal"
    let basis = doc.toks[j - 1].is(class::BASIS)
        || (doc.is_word(j, "with")
            && (j + 1..limit.min(j + 3)).any(|k| doc.toks[k].is(class::BASIS)));
    let mut k = j + 1;
    while k < limit && doc.toks[k].is(class::DET | class::POSSPRON) {
        k += 1;
    }
    // "many of them"
    if k < limit && doc.toks[k].is(class::OBJPRON) && doc.is_word(j, "of") {
        return Some(PpAfter::Ends(k + 1));
    }
    // "the rest of the party", "Dara Massicotte of the Carnegie Endowment"
    let of = doc.is_word(j, "of");
    if k < limit && np_word(doc, k) && (basis || of || doc.toks[k].is_cap()) {
        return Some(PpAfter::Takes(k));
    }
    None
}

/// Whether `[a, b)` reads as an appositive or a relative clause: ", who heads …,", ", a close
/// ally of President Vladimir Putin,", ", 33,".
pub(crate) fn is_apposition(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if a >= b || b - a > MAX_APPOSITIVE {
        return false;
    }
    if breaks_apposition(doc, a, b) {
        return false;
    }
    let first = &doc.toks[a];
    if first.is(class::WH) && !doc.is_word(a, "that") {
        return true; // who, which, whose
    }
    if b - a == 1 && first.kind == TokKind::Number {
        return true; // age
    }
    if verbless_np(doc, a, b) {
        return true;
    }
    if doc.in_set(a, set::APPOSITIVE_PREP) {
        return np_after(doc, a + 1, b).is_some_and(|e| e == b);
    }
    // an appositive noun phrase (possibly with its own prepositional phrases)
    np_before(doc, b, a) == Some(a) && np_after(doc, a, b) == Some(b)
        || np_before(doc, b, a) == Some(a) && !first.is(class::PRON)
}

/// Whether `[a, b)` holds what no appositive holds: a question or exclamation mark, or a
/// quotation that starts or ends outside it (one wholly inside is a title: "the co-author of
/// “Going Viral,” about …").
fn breaks_apposition(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let whole = |k: usize| {
        let t = &doc.toks[k];
        doc.quote_range
            .get(t.quote as usize)
            .is_some_and(|&TokRange { start: qa, end: qb }| a <= qa && qb <= b)
    };
    (a..b).any(|k| {
        let t = &doc.toks[k];
        (t.is_quote_mark() && !whole(k)) || t.is_punct('?') || t.is_punct('!')
    })
}

/// Whether `[a, b)` opens like a noun phrase and has no verb of its own before any relative
/// pronoun: "Clinton's director of state campaigns and political engagement", "a Republican
/// who …"; "candidates have more room" is a clause.
fn verbless_np(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    let first = &doc.toks[a];
    let np_start = first.is(class::DET
        | class::POSSPRON
        | class::QUANT
        | class::NUM
        | class::ROLE
        | class::TITLE
        | class::SENIOR)
        || (first.is_cap()
            && first.is_word()
            && !first.is(class::PREP | class::CONJ | class::SUBORD | class::PRON));
    let main_part = doc.toks[a..b].iter().take_while(|t| !t.is(class::WH));
    let verbless =
        !main_part.clone().any(|t| t.is(class::AUX | class::MODAL) && t.kind != TokKind::Clitic);
    // (a relative clause may hold a verb: "a Republican who described himself as …")
    np_start
        && verbless
        && !main_part.clone().enumerate().any(|(i, t)| {
            // "the hacker known as “Guccifer,”": a participle with its "as" or "by"
            let reduced = doc.is_word(a + i + 1, "as") || doc.is_word(a + i + 1, "by");
            !reduced
                && t.is(class::CUE)
                && t.shape == Shape::Lower
                && !t.is(class::ROLE | class::DOC | class::ORG | class::NOUNISH)
        })
}

/// The subject noun phrase of a verb group starting at token `v`: "Dmitriev, a close ally of
/// Putin, has …", "Mr. Trump, who spent Saturday in Iowa, projected …", "people who know
/// him say". Returns the extent `[start, end)` (appositives included) and the core's end.
pub(crate) fn subject_before(doc: &Doc<'_>, v: usize, floor: usize) -> Option<TokRange> {
    // the words a subject may stand before are skipped one run at a time, in a loop (the
    // input decides how many runs there are)
    let mut v = v;
    let mut fix = EndFix::Keep;
    loop {
        if v == 0 || v <= floor {
            return None;
        }
        match skip_before_verb(doc, v, floor) {
            Some((back, then)) => {
                fix = fix.then(then);
                v = back;
            }
            None => return subject_at(doc, v, floor).map(|r| r.with_end(fix.apply(r.end))),
        }
    }
}

/// How the end of a subject found further back becomes the end of the one asked for.
#[derive(Clone, Copy)]
enum EndFix {
    /// The end as found.
    Keep,
    /// At most this token.
    Cap(usize),
    /// This token, whatever was found.
    At(usize),
}

impl EndFix {
    fn apply(self, e: usize) -> usize {
        match self {
            EndFix::Keep => e,
            EndFix::Cap(c) => e.min(c),
            EndFix::At(c) => c,
        }
    }

    /// `self` after `inner`, which applies first.
    fn then(self, inner: EndFix) -> EndFix {
        match (self, inner) {
            (outer, EndFix::Keep) => outer,
            (outer, EndFix::At(c)) => EndFix::At(outer.apply(c)),
            (EndFix::At(c), EndFix::Cap(_)) => EndFix::At(c),
            (EndFix::Keep, EndFix::Cap(c)) => EndFix::Cap(c),
            (EndFix::Cap(a), EndFix::Cap(b)) => EndFix::Cap(a.min(b)),
        }
    }
}

/// Words between a subject and its verb at `v` that the subject lies beyond: a reflexive
/// ("Cruz himself said"), time words and adverbs ("Trump last week said", "Wells Fargo just
/// this month announced"), a verb taking an infinitive ("Trump hopes to make the case").
/// Returns where to look for the subject instead, and how its end changes.
fn skip_before_verb(doc: &Doc<'_>, v: usize, floor: usize) -> Option<(usize, EndFix)> {
    // "Cruz himself said": the reflexive stands after its subject
    if doc.in_set(v - 1, set::REFLEXIVE) && v - 1 > floor {
        return Some((v - 1, EndFix::Keep));
    }
    let prev = v - 1;
    // "The White House on Monday also urged …", "Trump last week said …"
    let mut back = time_before(doc, v, floor);
    // "Wells Fargo just this month announced" (but in "not authorized to speak publicly
    // said", the adverb belongs to the infinitive)
    while back < v
        && back > floor
        && is_adverb(doc, back - 1)
        && !(back >= 3 && doc.is_word(back - 3, "to") && doc.toks[back - 2].shape == Shape::Lower)
    {
        back -= 1;
    }
    if back < v {
        // ("A lawsuit filed Monday alleges": the time phrase belongs to the participle)
        let own = back > floor && participle_after_noun(doc, back - 1);
        return Some((back, if own { EndFix::At(v) } else { EndFix::Cap(back) }));
    }
    // "Advisers to Mr. Rubio are quick to point out", "Trump hopes to make the case"
    if doc.is_word(prev, "to") && prev > floor {
        let mut k = prev;
        for _ in 0..3 {
            if k <= floor {
                break;
            }
            let w = &doc.toks[k - 1];
            if w.kind == TokKind::Word
                && w.shape == Shape::Lower
                && !w.is(class::PRON | class::DET | class::PREP | class::CONJ)
            {
                k -= 1;
            } else {
                break;
            }
        }
        if k < prev {
            return Some((k, EndFix::At(k)));
        }
    }
    None
}

/// The subject right before the verb at `v`, nothing skipped.
fn subject_at(doc: &Doc<'_>, v: usize, floor: usize) -> Option<TokRange> {
    let prev = v - 1;
    let pt = &doc.toks[prev];
    // "Barkley, who said …": the relative pronoun is the source; coreference finds Barkley
    if pt.is(class::WH) && !doc.is_word(prev, "that") && !doc.is_word(prev, "what") {
        let ante_end =
            if prev > floor && doc.toks[prev - 1].is_punct(',') { prev - 1 } else { prev };
        np_before(doc, ante_end, floor)?;
        return Some(TokRange::new(prev, v));
    }
    // "Many speakers at the service — including Muslims, Christians, Jews — said"
    if pt.is_punct('—') || pt.is_punct('–') {
        let lo = prev.saturating_sub(MAX_APPOSITIVE).max(floor);
        let open = (lo..prev).rev().find(|&k| doc.toks[k].is_punct(pt.ch()))?;
        let s = np_before(doc, open, floor)?;
        return Some(TokRange::new(s, prev));
    }
    // "Lehel, the hacker known as “Guccifer,” stated": the appositive's comma inside the
    // closing quotation mark
    let quoted_comma = pt.kind == TokKind::QuoteClose
        && prev > floor
        && doc.toks[prev - 1].is_punct(',')
        && doc.toks[prev - 1].qdepth > doc.toks[v].qdepth;
    if pt.is_punct(',') || quoted_comma {
        return subject_with_appositives(doc, v, floor);
    }
    // "Friends of Mr. Clinton's who have seen him on the trail recently say"
    let lo = v.saturating_sub(MAX_RELATIVE).max(floor);
    if let Some(w) = (lo..prev).rev().find(|&k| doc.is_word(k, "who") || doc.is_word(k, "which"))
        && !doc.toks[w..v].iter().any(|t| t.kind == TokKind::Punct || t.is_quote_mark())
        && let Some(s) = np_before(doc, w, floor)
    {
        return Some(TokRange::new(s, v));
    }
    let s = np_before(doc, v, floor)?;
    Some(TokRange::new(s, v))
}

/// The subject before the comma right before the verb at `v`, with comma-separated
/// appositives as far back as they go: "Sandra Inman, a Cruz supporter from Jackson, Miss.,
/// said"; "Trump, however, said" (the subject ends before the asides next to the verb).
fn subject_with_appositives(doc: &Doc<'_>, v: usize, floor: usize) -> Option<TokRange> {
    let prev = v - 1;
    // comma-separated appositives, as far back as they go: "Sandra Inman, a Cruz
    // supporter from Jackson, Miss., said"; "Trump, however, said"
    let mut seg_end = prev;
    let mut best = None;
    // the subject ends before the asides next to the verb: "Trump, however, said"
    let mut end = prev;
    for _ in 0..4 {
        let lo = seg_end.saturating_sub(MAX_APPOSITIVE + 1).max(floor);
        // (a comma inside a quoted title is no boundary: "the co-author of “Going Viral,”")
        let depth = doc.toks[v].qdepth;
        let Some(open) =
            (lo..seg_end).rev().find(|&k| doc.toks[k].is_punct(',') && doc.toks[k].qdepth <= depth)
        else {
            break;
        };
        let adverbs_only = is_aside(doc, open + 1, seg_end);
        if !adverbs_only && !is_apposition(doc, open + 1, seg_end) {
            break;
        }
        if adverbs_only && end == seg_end {
            end = open;
        }
        // "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said": a party and state
        // between commas is one more appositive
        let tag_start = (lo..open).rev().find(|&k| doc.toks[k].is_punct(','));
        if let Some(t0) = tag_start
            && party_tag(doc, t0 + 1, open)
        {
            seg_end = open;
            continue;
        }
        match np_before(doc, open, floor) {
            // "At an evening rally, Stein, a physician …, accused": the noun phrase of an
            // introductory phrase is not the subject
            Some(s) if s > floor && doc.toks[s - 1].is(class::PREP) && best.is_some() => break,
            Some(s) if !adverbs_only || best.is_none() => best = Some(s),
            Some(_) => {}
            None => break,
        }
        if open > floor && doc.toks[open - 1].is(class::WH) {
            break;
        }
        seg_end = open;
    }
    best.map(|s| TokRange::new(s, end.max(s + 1)))
}

/// An aside between commas that is neither subject nor appositive: "however", "for
/// example", "in a statement", "on Tuesday".
fn is_aside(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if a >= b {
        return false;
    }
    if (a..b).all(|k| is_adverb(doc, k)) {
        return true;
    }
    if b - a == 2 && doc.pair_in_set(a, set::ASIDE_PHRASE) {
        return true;
    }
    // "Murphy, though, said", "Proponents, however, say"
    if b - a == 1 && doc.in_set(a, set::DISCOURSE) {
        return true;
    }
    // "One former employee, speaking on condition of anonymity, said"; "Fields, along with
    // a Post reporter, say"
    let first = &doc.toks[a];
    if (first.shape == Shape::Lower
        && first.has(feat::ING)
        && first.kind == TokKind::Word
        && !first.is(class::PREP))
        || doc.pair_in_set(a, set::COMPANION_PHRASE)
    {
        return true;
    }
    // "Priebus, in the wake of a new poll showing …, told Fox News": a phrase opened by a
    // preposition is never the subject
    let t = skip_time(doc, a, b);
    t == b || (doc.toks[a].is(class::PREP) && !doc.is_word(a, "of"))
}

/// Whether `[a, b)` is a party and state tag: "R-Ky.", "D-Mo.", "R-S.C.", "I-Vt.".
pub(crate) fn party_tag(doc: &Doc<'_>, a: usize, b: usize) -> bool {
    if a >= b || b - a > 5 {
        return false;
    }
    let text = &doc.text[doc.span(a, b).range()];
    let mut chars = text.chars();
    matches!(chars.next(), Some('R' | 'D' | 'I'))
        && chars.next() == Some('-')
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && text.len() <= 9
        && chars.all(|c| c.is_ascii_alphabetic() || c == '.')
}
