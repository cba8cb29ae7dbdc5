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

/// A token of the document: 40 bytes, so that the tokens of a long document stay a small
/// multiple of its text.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub span: Span,
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
    /// Whether the token is the first of its paragraph.
    pub para_start: bool,
}

// The size the layout above is for, on 64-bit targets.
#[cfg(target_pointer_width = "64")]
const _: () = assert!(std::mem::size_of::<Token>() == 40);

/// The bit that marks [`Token::entry`] as a character, not a lexicon entry (entry indexes
/// have 24 bits).
pub(crate) const CHAR_TAG: u32 = 1 << 31;

pub(crate) const NO_QUOTE: u32 = u32::MAX;

impl Token {
    #[inline]
    pub(crate) fn is(&self, class: u64) -> bool {
        self.classes & class != 0
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

/// A quotation mark found by the quote stage, which the tokenizer emits as one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkToken {
    pub span: Span,
    pub open: bool,
}
