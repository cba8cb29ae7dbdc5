//! Full utterance, fragment, or title: what a quotation is, from where it stands.

use super::RawQuote;
use crate::document::{TokKind, Token};
use crate::lexicon::{Lexicon, class, set};
use crate::model::{Quote, QuoteKind};

/// Longest title or nickname, in words ("Make America Great Again").
const MAX_TITLE_WORDS: usize = 8;

/// Classifies the quotations, given the document's tokens (with sentences numbered).
pub(crate) fn classify(
    text: &str,
    raw: Vec<RawQuote>,
    toks: &[Token],
    lex: &Lexicon,
) -> Vec<Quote> {
    raw.into_iter()
        .map(|q| {
            let kind = kind_of(text, &q, toks, lex);
            Quote {
                span: q.span,
                inner: q.inner,
                style: q.style,
                kind,
                depth: q.depth,
                terminated: q.terminated,
                paragraphs: q.paragraphs,
            }
        })
        .collect()
}

fn kind_of(text: &str, q: &RawQuote, toks: &[Token], lex: &Lexicon) -> QuoteKind {
    let open = toks.partition_point(|t| t.start() < q.span.start);
    let close = toks.partition_point(|t| t.start() < q.span.end); // one past the quote
    let Some(first) = toks.get(open) else { return QuoteKind::Fragment };
    let inner: Vec<&Token> = toks[(open + 1).min(close)..close]
        .iter()
        .filter(|t| t.is_word() && q.inner.contains(t.span()))
        .collect();
    if q.paragraphs > 1 {
        return QuoteKind::Full;
    }
    // what precedes the opening mark in the sentence
    let prev = open.checked_sub(1).map(|p| &toks[p]).filter(|p| p.sent == first.sent);
    let at_start = match prev {
        None => true,
        Some(p) => {
            p.kind == TokKind::QuoteOpen
                || (p.kind == TokKind::Punct && matches!(p.ch(), '(' | '[' | '—' | '–'))
        }
    };
    let after_break = prev
        .is_some_and(|p| p.kind == TokKind::Punct && matches!(p.ch(), ',' | ':' | ';' | '—' | '–'));
    let ends_terminal = text[q.inner.range()].trim_end().ends_with(['.', '?', '!', ',', '…']);
    let starts_upper = inner.first().is_some_and(|t| t.is_cap());
    if at_start || (after_break && (starts_upper || inner.len() >= 4)) {
        return QuoteKind::Full;
    }
    // names and titles
    if !inner.is_empty() && inner.len() <= MAX_TITLE_WORDS {
        let title_case =
            inner.iter().all(|t| t.is_cap() || t.kind == TokKind::Number || is_minor_word(t));
        let naming = (1..=2).find_map(|back| {
            let p = toks.get(open.checked_sub(back)?)?;
            let w = &text[p.span().range()];
            (p.sent == first.sent && p.is_word() && lex.entry_sets(p.entry) & set::NAMING != 0)
                .then_some(w)
        });
        let next = toks.get(close);
        let inside_name = prev.is_some_and(|p| p.is_cap() && p.is_word())
            && next.is_some_and(|n| n.is_cap() && n.is_word() && n.sent == first.sent);
        if title_case && (naming.is_some() || inside_name || !ends_terminal) {
            return QuoteKind::Title;
        }
        // "called it “a disaster”" and "described his role as “technical”" report speech
        let strict = naming
            .is_some_and(|w| !w.eq_ignore_ascii_case("called") && !w.eq_ignore_ascii_case("as"));
        if strict && inner.len() <= 3 && !ends_terminal {
            return QuoteKind::Title;
        }
    }
    if starts_upper && ends_terminal && inner.len() >= 4 && !inner.iter().all(|t| t.is_cap()) {
        return QuoteKind::Full;
    }
    QuoteKind::Fragment
}

/// Short words that stay lower case in a title: of, the, a, and, in, to, for …
fn is_minor_word(t: &Token) -> bool {
    t.shape != crate::document::Shape::Capitalized
        && t.is(class::PREP | class::DET | class::CONJ)
        && t.span().len() <= 4
}
