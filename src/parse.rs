//! nom plumbing: input aliases, the offset helper, and a token-slice input so that the
//! grammar can be written with nom combinators over the token stream.

use std::iter::Enumerate;
use std::slice::Iter;

use nom::{IResult, Needed};

use crate::token::Token;

/// Text input of the character-level parsers.
pub(crate) type Input<'a> = &'a str;

/// Result of a character-level parser.
pub(crate) type PResult<'a, O> = IResult<Input<'a>, O>;

/// A slice of the document's tokens, remembering where it starts in the whole stream.
///
/// nom 8 only implements its `Input` trait for `&[u8]` and `&str`; this is the token
/// equivalent, so that grammar rules over words (`mention`, `time_phrase`, …) are ordinary
/// nom parsers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Toks<'a> {
    pub toks: &'a [Token],
    /// Index of `toks[0]` in the document's token list.
    pub base: usize,
}

impl<'a> Toks<'a> {
    pub(crate) fn new(all: &'a [Token], start: usize, end: usize) -> Self {
        let end = end.min(all.len());
        let start = start.min(end);
        Toks { toks: &all[start..end], base: start }
    }

    /// Document index of the first token.
    pub(crate) fn pos(&self) -> usize {
        self.base
    }

    pub(crate) fn first(&self) -> Option<&'a Token> {
        self.toks.first()
    }
}

impl<'a> nom::Input for Toks<'a> {
    type Item = &'a Token;
    type Iter = Iter<'a, Token>;
    type IterIndices = Enumerate<Iter<'a, Token>>;

    fn input_len(&self) -> usize {
        self.toks.len()
    }

    fn take(&self, index: usize) -> Self {
        Toks { toks: &self.toks[..index], base: self.base }
    }

    fn take_from(&self, index: usize) -> Self {
        Toks { toks: &self.toks[index..], base: self.base + index }
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.toks.iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.toks.iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.toks.iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if self.toks.len() >= count { Ok(count) } else { Err(Needed::new(count - self.toks.len())) }
    }
}

/// Result of a token-level parser.
pub(crate) type TResult<'a, O> = IResult<Toks<'a>, O>;

fn fail<'a, O>(i: Toks<'a>) -> TResult<'a, O> {
    Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Verify)))
}

/// One token satisfying `pred`; yields its document index.
pub(crate) fn tok<'a, F>(pred: F) -> impl Fn(Toks<'a>) -> TResult<'a, usize>
where
    F: Fn(&Token) -> bool,
{
    move |i: Toks<'a>| match i.first() {
        Some(t) if pred(t) => Ok((nom::Input::take_from(&i, 1), i.pos())),
        _ => fail(i),
    }
}

/// Whether `s` folds ([`crate::words::fold`]) to the lower-case word `w`.
pub(crate) fn same_word(s: &str, w: &str) -> bool {
    if s.len() == w.len() && s.is_ascii() {
        return s.eq_ignore_ascii_case(w);
    }
    crate::words::fold(s).eq(w.chars())
}

/// A word token with this text (ASCII case-insensitive, either apostrophe); `text` is the
/// document the tokens point into.
pub(crate) fn word<'a>(text: &'a str, w: &'static str) -> impl Fn(Toks<'a>) -> TResult<'a, usize> {
    move |i: Toks<'a>| tok(|t: &Token| t.is_word() && same_word(&text[t.span().range()], w))(i)
}

/// A token of one of the lexicon classes of `mask`.
pub(crate) fn class<'a>(mask: u64) -> impl Fn(Toks<'a>) -> TResult<'a, usize> {
    move |i: Toks<'a>| tok(|t: &Token| t.is(mask))(i)
}

/// A word token in one of the grammar sets of `sets` (`lexicon::set`).
pub(crate) fn in_set<'a>(
    lex: &'a crate::lexicon::Lexicon,
    sets: crate::lexicon::Sets,
) -> impl Fn(Toks<'a>) -> TResult<'a, usize> {
    move |i: Toks<'a>| tok(|t: &Token| t.is_word() && lex.entry_sets(t.entry) & sets != 0)(i)
}
