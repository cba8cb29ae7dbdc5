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

/// A token of the document.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Token {
    pub span: Span,
    pub kind: TokKind,
    pub shape: Shape,
    /// First character (identifies punctuation).
    pub ch: char,
    /// Lexicon classes of the word (see `lexicon::class`), 0 if unknown.
    pub classes: u64,
    /// Lexicon entry index, `NO_ENTRY` if the word is not in the lexicon.
    pub entry: u32,
    pub para: u32,
    pub sent: u32,
    /// Index of the innermost quotation containing the token, `NO_QUOTE` if none.
    pub quote: u32,
    /// How many quotations contain the token.
    pub qdepth: u8,
}

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
        self.kind == TokKind::Punct && self.ch == c
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
        (self.kind == TokKind::Punct && matches!(self.ch, '.' | '?' | '!'))
            || self.kind == TokKind::Ellipsis
    }
}

/// A quotation mark found by the quote stage, which the tokenizer emits as one token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MarkToken {
    pub span: Span,
    pub open: bool,
}
