//! The token of the document: a word, number, clitic, punctuation or quotation mark with its
//! byte span, shape and lexicon classes. A leaf type that the document builds and every layer
//! above it reads.

use crate::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Number,
    /// ’s ’re ’ll ’ve ’d ’m, or a bare possessive apostrophe (Jones’).
    Clitic,
    Punct,
    QuoteOpen,
    QuoteClose,
    /// "..." or "…"
    Ellipsis,
}

/// Letter case of a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// starts with a lower-case letter
    Lower,
    /// starts with an upper-case letter, not all capitals
    Capitalized,
    /// two or more letters, all capitals (NATO, CIA, U.S.)
    AllCaps,
    /// digits or other
    Other,
}

/// A token of the document: 32 bytes, so that the tokens of a long document stay a small
/// multiple of its text. Its byte offsets are 32-bit: the analyzer cuts a text longer than
/// [`MAX_DOC`] into documents that fit.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    /// byte offset of the first byte
    start: u32,
    /// byte offset one past the last byte
    end: u32,
    /// Lexicon classes of the word (see `lexicon::class`), 0 if unknown.
    pub classes: u64,
    /// For a word, number or clitic: its lexicon entry index, `NO_ENTRY` if the lexicon does
    /// not know it. For punctuation, a quotation mark or an ellipsis: its first character
    /// tagged with [`CHAR_TAG`] (never an entry index; see [`Token::ch`]).
    pub entry: u32,
    pub sent: u32,
    /// Index of the innermost quotation containing the token, `NO_QUOTE` if none.
    pub quote: u32,
    pub kind: TokKind,
    pub shape: Shape,
    /// How many quotations contain the token.
    pub qdepth: u8,
    /// Features set once by the tokenizer (see [`feat`]): the start of a paragraph and the
    /// endings that make a word look like a past tense, a gerund, a plural, an adverb.
    pub feats: u8,
}

/// Bits of [`Token::feats`]. The endings are of the token's text, ignoring ASCII case.
pub(crate) mod feat {
    /// the first token of its paragraph
    pub const PARA_START: u8 = 1;
    /// ends in "ed": a past tense or participle by its shape ("announced")
    pub const ED: u8 = 1 << 1;
    /// ends in "ing": a gerund or present participle by its shape ("saying")
    pub const ING: u8 = 1 << 2;
    /// ends in "s" but not "ss": a plural or a third person by its shape ("officials")
    pub const S: u8 = 1 << 3;
    /// ends in "ss" ("press", "business")
    pub const SS: u8 = 1 << 4;
    /// ends in "ly": an adverb by its shape ("repeatedly")
    pub const LY: u8 = 1 << 5;
    /// ends in "n't" or "n’t": a negated auxiliary ("didn’t")
    pub const NT: u8 = 1 << 6;

    /// The ending features of a token's text: one look at its last byte, then the ending
    /// that byte can close.
    #[inline]
    pub(crate) fn of_text(text: &str) -> u8 {
        let b = text.as_bytes();
        let ends = |suffix: &[u8]| {
            b.len() >= suffix.len() && b[b.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        };
        match b.last().map(u8::to_ascii_lowercase) {
            Some(b'd') if ends(b"ed") => ED,
            Some(b'g') if ends(b"ing") => ING,
            Some(b's') if ends(b"ss") => SS,
            Some(b's') => S,
            Some(b'y') if ends(b"ly") => LY,
            Some(b't') if ends(b"n't") || ends("n’t".as_bytes()) => NT,
            _ => 0,
        }
    }
}

// The size the layout above is for, on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Token>() == 32);

/// The longest text one document holds: token offsets are 32-bit.
pub(crate) const MAX_DOC: usize = u32::MAX as usize;

/// The bit that marks [`Token::entry`] as a character, not a lexicon entry (entry indexes
/// have 24 bits).
pub(crate) const CHAR_TAG: u32 = 1 << 31;

pub(crate) const NO_QUOTE: u32 = u32::MAX;

impl Token {
    /// A token of `span`, which ends at or before [`MAX_DOC`], with no sentence, quotation
    /// or features yet.
    #[inline]
    pub(crate) fn new(span: Span, kind: TokKind, shape: Shape, classes: u64, entry: u32) -> Self {
        Token {
            start: u32::try_from(span.start).unwrap_or(u32::MAX),
            end: u32::try_from(span.end).unwrap_or(u32::MAX),
            classes,
            entry,
            sent: 0,
            quote: NO_QUOTE,
            kind,
            shape,
            qdepth: 0,
            feats: 0,
        }
    }

    /// The token's byte span.
    #[inline]
    pub(crate) fn span(&self) -> Span {
        Span { start: self.start as usize, end: self.end as usize }
    }

    /// Offset of the token's first byte.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start as usize
    }

    /// Offset one past the token's last byte.
    #[inline]
    pub(crate) fn end(&self) -> usize {
        self.end as usize
    }

    #[inline]
    pub(crate) fn is(&self, class: u64) -> bool {
        self.classes & class != 0
    }

    /// Whether the token has one of the features of `feats` ([`feat`]).
    #[inline]
    pub(crate) fn has(&self, feats: u8) -> bool {
        self.feats & feats != 0
    }

    /// Whether the token is the first of its paragraph.
    #[inline]
    pub(crate) fn para_start(&self) -> bool {
        self.has(feat::PARA_START)
    }

    #[inline]
    pub(crate) fn is_word(&self) -> bool {
        matches!(self.kind, TokKind::Word | TokKind::Number)
    }

    #[inline]
    pub(crate) fn is_punct(&self, c: char) -> bool {
        self.kind == TokKind::Punct && self.entry == CHAR_TAG | u32::from(c)
    }

    /// The character of a punctuation token, quotation mark or ellipsis (the first
    /// character of a mark written with several); `'\0'` for a word, number or clitic.
    #[inline]
    pub(crate) fn ch(&self) -> char {
        // (`NO_ENTRY`, all ones, has the tag too, but no character is 0x7FFF_FFFF)
        if self.entry & CHAR_TAG != 0 {
            char::from_u32(self.entry & !CHAR_TAG).unwrap_or('\0')
        } else {
            '\0'
        }
    }

    #[inline]
    pub(crate) fn is_quote_mark(&self) -> bool {
        matches!(self.kind, TokKind::QuoteOpen | TokKind::QuoteClose)
    }

    #[inline]
    pub(crate) fn is_cap(&self) -> bool {
        matches!(self.shape, Shape::Capitalized | Shape::AllCaps)
    }

    #[inline]
    pub(crate) fn in_quote(&self) -> bool {
        self.qdepth > 0
    }

    /// Whether the token is a sentence-final mark.
    #[inline]
    pub(crate) fn is_terminal(&self) -> bool {
        (self.kind == TokKind::Punct && matches!(self.ch(), '.' | '?' | '!'))
            || self.kind == TokKind::Ellipsis
    }
}

/// A half-open range `[start, end)` of token indexes (not byte offsets): a phrase, a
/// sentence, a quotation or a paragraph as the grammar passes it around.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct TokRange {
    /// index of the first token
    pub start: usize,
    /// index one past the last token
    pub end: usize,
}

impl TokRange {
    /// The tokens `[start, end)`.
    #[inline]
    pub(crate) const fn new(start: usize, end: usize) -> Self {
        TokRange { start, end }
    }

    /// How many tokens it holds (none when `end` is not after `start`).
    #[inline]
    pub(crate) const fn len(self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Whether it holds no token.
    #[inline]
    pub(crate) const fn is_empty(self) -> bool {
        self.end <= self.start
    }

    /// Whether token `k` lies in it.
    #[inline]
    pub(crate) const fn contains(self, k: usize) -> bool {
        self.start <= k && k < self.end
    }

    /// The same start with another end.
    #[inline]
    pub(crate) const fn with_end(self, end: usize) -> Self {
        TokRange { start: self.start, end }
    }

    /// Its token indexes, to iterate over.
    #[inline]
    pub(crate) const fn indices(self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

/// A quotation mark found by the quote stage, which the tokenizer emits as one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkToken {
    pub span: Span,
    pub open: bool,
}

#[cfg(test)]
mod tests {
    use super::TokRange;
    use super::feat::{self, ED, ING, LY, NT, S, SS};

    #[test]
    fn token_ranges_are_half_open() {
        let r = TokRange::new(3, 6);
        assert_eq!((r.start, r.end), (3, 6));
        assert_eq!(r.len(), 3);
        assert!(!r.is_empty());
        assert!(!r.contains(2));
        assert!(r.contains(3) && r.contains(5));
        assert!(!r.contains(6));
        assert_eq!(r.indices().collect::<Vec<_>>(), vec![3, 4, 5]);
        assert_eq!(r.with_end(4), TokRange::new(3, 4));
        assert_eq!(r.with_end(4).len(), 1);
    }

    #[test]
    fn empty_and_reversed_ranges_hold_no_token() {
        for r in [TokRange::new(4, 4), TokRange::new(5, 2)] {
            assert!(r.is_empty());
            assert_eq!(r.len(), 0);
            assert_eq!(r.indices().count(), 0);
            assert!(!r.contains(r.start) && !r.contains(r.end));
        }
    }

    #[test]
    fn token_ranges_order_by_start_then_end() {
        // (the mentions of the linker are keyed by range in this order)
        let mut v = vec![TokRange::new(2, 5), TokRange::new(1, 9), TokRange::new(2, 3)];
        v.sort();
        assert_eq!(v, vec![TokRange::new(1, 9), TokRange::new(2, 3), TokRange::new(2, 5)]);
    }

    #[test]
    fn endings_of_any_case_and_apostrophe() {
        let cases = [
            ("announced", ED),
            ("SAID", 0),
            ("Speaking", ING),
            ("officials", S),
            ("OFFICIALS", S),
            ("press", SS),
            ("Business", SS),
            ("repeatedly", LY),
            ("didn't", NT),
            ("couldn’t", NT),
            ("DON’T", NT),
            ("’s", S),
            ("ed", ED),
            ("d", 0),
            ("s", S),
            ("", 0),
            ("…", 0),
            ("café", 0),
            ("naïveté", 0),
        ];
        for (text, want) in cases {
            assert_eq!(feat::of_text(text), want, "{text:?}");
        }
    }
}
