//! Word tokens with byte spans.
//!
//! Words keep their internal hyphens ("son-in-law", "28-point"), apostrophes ("don’t",
//! "O’Neill") and abbreviation periods ("U.S.", "D.C."); the possessive or contracted
//! "’s", "’re", "’ll", "’ve", "’d", "’m" is a token of its own so that the grammar can see
//! "Trump ’s son-in-law". Quotation marks found by the quote stage become `QuoteOpen` /
//! `QuoteClose` tokens; every other character that is not a letter, digit or space is a
//! one-character punctuation token.

use crate::lexicon::Lexicon;
use crate::span::Span;
use crate::token::{CHAR_TAG, MarkToken, Shape, TokKind, Token, feat};
use crate::words::{is_word_char, run_ends_word, scan_word};

/// Tokenizes `text`. `marks` (sorted) are the quotation marks; `paragraphs` (sorted) the
/// paragraph spans, used to mark the first token of each paragraph.
pub(crate) fn run(
    text: &str,
    marks: &[MarkToken],
    paragraphs: &[Span],
    lex: &Lexicon,
) -> Vec<Token> {
    tokenize(text, marks, paragraphs, lex, true)
}

/// [`run`], with the ASCII word path ([`Tokenizer::ascii_word`]) or without it.
fn tokenize(
    text: &str,
    marks: &[MarkToken],
    paragraphs: &[Span],
    lex: &Lexicon,
    fast: bool,
) -> Vec<Token> {
    let mut t = Tokenizer {
        text,
        marks,
        lex,
        out: Vec::with_capacity(text.len() / 5 + 1),
        mi: 0,
        para_seen: None,
        fast,
    };
    let bytes = text.as_bytes();
    let mut pi = 0; // current paragraph
    let mut para_end = 0; // where the current paragraph ends, if a later one follows
    let mut i = 0;
    while i < text.len() {
        // ASCII whitespace without decoding
        if matches!(bytes[i], b' ' | b'\n' | b'\r' | b'\t') {
            i += 1;
            continue;
        }
        let c = if bytes[i] < 0x80 {
            char::from(bytes[i])
        } else {
            match text[i..].chars().next() {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        // (the paragraph changes only at its end: one comparison per token until then)
        if i >= para_end {
            while pi + 1 < paragraphs.len() && paragraphs[pi].end <= i {
                pi += 1;
            }
            para_end = if pi + 1 < paragraphs.len() { paragraphs[pi].end } else { usize::MAX };
        }
        i = t.token_at(i, c, pi);
    }
    t.out
}

/// The tokenizer's state between tokens.
struct Tokenizer<'a> {
    text: &'a str,
    /// the quotation marks, sorted
    marks: &'a [MarkToken],
    lex: &'a Lexicon,
    out: Vec<Token>,
    /// the next quotation mark
    mi: usize,
    /// the paragraph of the last token
    para_seen: Option<usize>,
    /// whether ASCII words take their fast path (always, but in the test that compares it
    /// with the general one)
    fast: bool,
}

impl Tokenizer<'_> {
    /// Adds the token starting at `i` with character `c`, in paragraph `para`; returns
    /// where it ends.
    fn token_at(&mut self, i: usize, c: char, para: usize) -> usize {
        while self.mi < self.marks.len() && self.marks[self.mi].span.start < i {
            self.mi += 1;
        }
        let mark = self.marks.get(self.mi);
        if self.fast
            && c.is_ascii_alphanumeric()
            && mark.is_none_or(|m| m.span.start != i)
            && let Some(end) = self.ascii_word(i, c, para)
        {
            return end;
        }
        let (end, kind) = if let Some(m) = mark.filter(|m| m.span.start == i) {
            self.mi += 1;
            (m.span.end, if m.open { TokKind::QuoteOpen } else { TokKind::QuoteClose })
        } else if is_word_char(c) {
            self.word_end(i, c)
        } else if (c == '\'' || c == '’') && self.out.last().is_some_and(|t| t.end() == i) {
            self.apostrophe_end(i, c)
        } else {
            punct_end(self.text.as_bytes(), i, c)
        };
        let span = Span { start: i, end };
        let text = self.text.get(i..end).unwrap_or("");
        let (classes, entry) = self.lexicon_of(text, kind, c, end - i);
        // (punctuation, marks and ellipses have no letters: no shape, no ending)
        let (shape, feats) = match kind {
            TokKind::Word | TokKind::Number | TokKind::Clitic => {
                (shape_of(text), feat::of_text(text))
            }
            _ => (Shape::Other, 0),
        };
        self.push(Token::new(span, kind, shape, classes, entry), feats, para);
        end
    }

    /// The fast path of [`Self::token_at`] for a word or number of ASCII letters and digits
    /// (perhaps with the period of an abbreviation), which most tokens are: the same token
    /// in one pass over its bytes. `None` when the word goes on past its ASCII run (a
    /// hyphen, an apostrophe, a letter outside ASCII); the general path takes it then.
    fn ascii_word(&mut self, i: usize, c: char, para: usize) -> Option<usize> {
        let (text, bytes, lex) = (self.text, self.text.as_bytes(), self.lex);
        let stop = self.marks.get(self.mi).map_or(usize::MAX, |m| m.span.start);
        // one pass over the letters and digits: where they end, and which classes of
        // byte they hold
        let limit = stop.min(bytes.len());
        let mut seen = 0u8;
        let mut len = 0;
        for &b in &bytes[i..limit] {
            let class = ASCII_CLASS[usize::from(b)];
            if class == 0 {
                break;
            }
            seen |= class;
            len += 1;
        }
        let k = i + len;
        if !run_ends_word(text, k, stop) {
            return None;
        }
        let run_end = k;
        let run = &bytes[i..run_end];
        let (mut classes, mut entry) = lex.lookup_ascii(run);
        // "Mr.", "Sen.", "Jan.", "F.": the period of an abbreviation or an initial
        let mut end = run_end;
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1) != Some(&b'.') {
            let initial = run.len() == 1 && c.is_ascii_uppercase();
            let abbrev = classes & crate::lexicon::class::ABBREV != 0
                && (c.is_ascii_uppercase()
                    || lex.entry_sets(entry) & crate::lexicon::set::LOWER_ABBREV != 0);
            if initial || abbrev {
                end += 1;
            }
        }
        // "US" is the country, not the pronoun
        if end == run_end && run == b"US" {
            classes = 0;
        }
        let letters = seen & LETTER != 0;
        let kind = if c.is_ascii_digit() && !letters { TokKind::Number } else { TokKind::Word };
        // (a number is looked up with its period, as the general path does)
        if kind == TokKind::Number && end > run_end {
            (classes, entry) = lex.lookup(&text[i..end]);
        }
        // the case of the letters: the first one's, and whether there are two or more, all
        // capitals
        let shape = if !letters {
            Shape::Other
        } else if !run.iter().find(|b| b.is_ascii_alphabetic()).is_some_and(u8::is_ascii_uppercase)
        {
            Shape::Lower
        } else if seen & LOWER == 0 && run.iter().filter(|b| b.is_ascii_alphabetic()).count() >= 2 {
            Shape::AllCaps
        } else {
            Shape::Capitalized
        };
        let token = Token::new(Span { start: i, end }, kind, shape, classes, entry);
        self.push(token, feat::of_text(&text[i..end]), para);
        Some(end)
    }

    /// Adds `token` of paragraph `para` with the features `feats`, and
    /// [`feat::PARA_START`] when it is the paragraph's first.
    fn push(&mut self, mut token: Token, feats: u8, para: usize) {
        token.feats = feats | if self.para_seen == Some(para) { 0 } else { feat::PARA_START };
        self.out.push(token);
        self.para_seen = Some(para);
    }

    /// End and kind of the word or number starting at `i` with character `c`.
    fn word_end(&self, i: usize, c: char) -> (usize, TokKind) {
        let (text, bytes) = (self.text, self.text.as_bytes());
        let mut end = scan_word(text, i, self.marks.get(self.mi).map(|m| m.span.start));
        // "Mr.", "Sen.", "Jan.", "F.": the period of an abbreviation or an initial
        if bytes.get(end) == Some(&b'.') && bytes.get(end + 1) != Some(&b'.') {
            let w = &text[i..end];
            let initial = w.chars().count() == 1 && c.is_uppercase();
            let (classes, entry) = self.lex.lookup(w);
            let abbrev = classes & crate::lexicon::class::ABBREV != 0
                && (c.is_uppercase()
                    || self.lex.entry_sets(entry) & crate::lexicon::set::LOWER_ABBREV != 0);
            if initial || abbrev {
                end += 1;
            }
        }
        let kind = if c.is_ascii_digit() && text[i..end].bytes().all(|b| !b.is_ascii_alphabetic()) {
            TokKind::Number
        } else {
            TokKind::Word
        };
        (end, kind)
    }

    /// End and kind of what an apostrophe `c` at `i`, right after a word, starts: a
    /// possessive or contraction (’s ’re ’ll ’ve ’d ’m), the bare possessive of Jones’, or
    /// punctuation.
    fn apostrophe_end(&self, i: usize, c: char) -> (usize, TokKind) {
        let text = self.text;
        let after = i + c.len_utf8();
        let rest_len = text[after..]
            .chars()
            .take_while(|ch| ch.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
        let rest = &text[after..after + rest_len];
        if crate::words::is_clitic(rest) {
            (after + rest_len, TokKind::Clitic)
        } else if rest.is_empty() && self.out.last().is_some_and(|t| t.kind == TokKind::Word) {
            (after, TokKind::Clitic)
        } else {
            (after, TokKind::Punct)
        }
    }

    /// Lexicon classes and entry of a token of `kind` and `len` bytes whose text is `word`
    /// and first character `c`; for punctuation, marks and ellipses the character instead of
    /// an entry.
    fn lexicon_of(&self, word: &str, kind: TokKind, c: char, len: usize) -> (u64, u32) {
        let lex = self.lex;
        match kind {
            // "US" and "U.S." are the country, not the pronoun
            TokKind::Word if word == "US" || word == "U.S." => (0, lex.lookup(word).1),
            TokKind::Word if word.ends_with('.') && !word[..word.len() - 1].contains('.') => {
                lex.lookup(&word[..word.len() - 1])
            }
            TokKind::Word | TokKind::Clitic | TokKind::Number => lex.lookup(word),
            // "--" stands for an em dash, so the grammar sees one kind of dash
            TokKind::Punct if len == 2 && c == '-' => (0, CHAR_TAG | u32::from('—')),
            _ => (0, CHAR_TAG | u32::from(c)),
        }
    }
}

/// [`ASCII_CLASS`] bit of a letter or digit (every class but 0 has it).
const ALNUM: u8 = 1;
/// [`ASCII_CLASS`] bit of a letter.
const LETTER: u8 = 2;
/// [`ASCII_CLASS`] bit of a small letter.
const LOWER: u8 = 4;

/// What each byte is, for the ASCII word path: 0 for all but letters and digits (and every
/// byte of a multi-byte character).
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            ALNUM | LETTER
        } else if c.is_ascii_lowercase() {
            ALNUM | LETTER | LOWER
        } else if c.is_ascii_digit() {
            ALNUM
        } else {
            0
        };
        b += 1;
    }
    t
};

/// End and kind of the punctuation token at `i` with character `c`: an ellipsis ("..." or
/// "…"), a typed em dash ("--"), or one character.
fn punct_end(bytes: &[u8], i: usize, c: char) -> (usize, TokKind) {
    if c == '.' && bytes.get(i + 1) == Some(&b'.') && bytes.get(i + 2) == Some(&b'.') {
        (i + 3, TokKind::Ellipsis)
    } else if c == '…' {
        (i + c.len_utf8(), TokKind::Ellipsis)
    } else if c == '-' && bytes.get(i + 1) == Some(&b'-') {
        (i + 2, TokKind::Punct)
    } else {
        (i + c.len_utf8(), TokKind::Punct)
    }
}

/// Where the first '-', '\'' or '’' of a word is, when it is its second, third or fourth
/// byte: the joint of a particle ("el-", "al-", "d’"). A byte scan of the first four bytes,
/// since a later joint never counts.
fn particle_joint(b: &[u8]) -> Option<usize> {
    let p = (0..b.len().min(4)).find(|&p| match b[p] {
        b'-' | b'\'' => true,
        0xE2 => b[p..].starts_with("’".as_bytes()),
        _ => false,
    })?;
    (p >= 1).then_some(p)
}

fn shape_of(word: &str) -> Shape {
    // "el-Khatib", "al-Sadr", "d’Alema": a particle joined to a capitalised name
    if let Some(p) = particle_joint(word.as_bytes())
        && word[..p].bytes().all(|b| b.is_ascii_lowercase())
        && word[p..].chars().nth(1).is_some_and(char::is_uppercase)
    {
        return Shape::Capitalized;
    }
    // ASCII words (nearly all) without decoding
    let b = word.as_bytes();
    if b.is_ascii() {
        let mut letters = b.iter().filter(|c| c.is_ascii_alphabetic());
        return match letters.next() {
            Some(c) if c.is_ascii_uppercase() => {
                let mut n = 1;
                let mut all_upper = true;
                for c in letters {
                    n += 1;
                    all_upper &= c.is_ascii_uppercase();
                }
                if all_upper && n >= 2 { Shape::AllCaps } else { Shape::Capitalized }
            }
            Some(_) => Shape::Lower,
            None => Shape::Other,
        };
    }
    let mut chars = word.chars().filter(|c| c.is_alphabetic());
    match chars.next() {
        Some(c) if c.is_uppercase() => {
            let mut n = 1;
            let mut all_upper = true;
            for c in chars {
                n += 1;
                if !c.is_uppercase() {
                    all_upper = false;
                }
            }
            if all_upper && n >= 2 { Shape::AllCaps } else { Shape::Capitalized }
        }
        Some(_) => Shape::Lower,
        None => Shape::Other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::words::word_keys;

    fn toks(text: &str) -> Vec<&str> {
        let lex = Lexicon::builtin();
        run(text, &[], &[Span::new(0, text.len())], lex).iter().map(|t| &text[t.span()]).collect()
    }

    #[test]
    fn splits_words_and_punctuation() {
        assert_eq!(
            toks("Trump said Friday, he expected"),
            ["Trump", "said", "Friday", ",", "he", "expected"]
        );
    }

    #[test]
    fn keeps_hyphens_abbreviations_and_numbers() {
        assert_eq!(
            toks("the U.S. son-in-law of a 28-point plan cost $1,000.50 in 4.9 days."),
            [
                "the",
                "U.S.",
                "son-in-law",
                "of",
                "a",
                "28-point",
                "plan",
                "cost",
                "$",
                "1,000.50",
                "in",
                "4.9",
                "days",
                "."
            ]
        );
    }

    #[test]
    fn splits_possessive_and_contractions() {
        assert_eq!(
            toks("Trump’s team don’t he's Jones’ book"),
            ["Trump", "’s", "team", "don’t", "he", "'s", "Jones", "’", "book"]
        );
        assert_eq!(toks("O’Neill rock’n’roll"), ["O’Neill", "rock’n’roll"]);
    }

    #[test]
    fn ellipses_are_single_tokens() {
        assert_eq!(toks("love me ... because… yes"), ["love", "me", "...", "because", "…", "yes"]);
    }

    #[test]
    fn byte_offsets_with_multibyte_text() {
        let text = "€5 “Да” said 😀 José.";
        let lex = Lexicon::builtin();
        let t = run(text, &[], &[Span::new(0, text.len())], lex);
        for tok in &t {
            assert!(text.get(tok.span().range()).is_some());
        }
        let jose = t.iter().find(|t| &text[t.span()] == "José").map(|t| t.span());
        let at = text.find("José").unwrap_or_default();
        assert_eq!(jose, Some(Span::new(at, at + "José".len())));
        assert_eq!(at, 26, "€ is 3 bytes, the curly marks 3, Д and а 2 each, the emoji 4");
    }

    #[test]
    fn the_ascii_word_path_makes_the_tokens_the_general_path_does() {
        let lex = Lexicon::builtin();
        let words = [
            "said",
            "Said",
            "SAID",
            "US",
            "U.S.",
            "us",
            "Mr.",
            "mr.",
            "Jan.",
            "F.",
            "f.",
            "I",
            "A.",
            "NATO",
            "Nato",
            "iPhone",
            "McDonald",
            "2016",
            "2016.",
            "28-point",
            "3D",
            "B52",
            "4x4",
            "Sen.",
            "etc.",
            "No.",
            "St.",
            "x",
            "officials",
            "press",
            "repeatedly",
            "didn't",
            "don’t",
            "O’Neill",
            "José",
            "naïve",
            "1,000",
            "4.9",
            "AT&T",
            "e.g.",
        ];
        let after = ["", " ", ".", ". Next", "..", ",", "’s", "'s", "”", "—", "-", "-x", "é"];
        for w in words {
            for a in after {
                let text = format!("“{w}{a}” and {w}{a} then");
                let marks = [
                    MarkToken { span: Span::new(0, 3), open: true },
                    MarkToken {
                        span: Span::new(3 + w.len() + a.len(), 6 + w.len() + a.len()),
                        open: false,
                    },
                ];
                let paras = [Span::new(0, text.len())];
                let fast = tokenize(&text, &marks, &paras, lex, true);
                let slow = tokenize(&text, &marks, &paras, lex, false);
                assert_eq!(fast.len(), slow.len(), "{text:?}");
                for (f, s) in fast.iter().zip(&slow) {
                    assert_eq!(
                        (f.span(), f.kind, f.shape, f.classes, f.entry, f.feats),
                        (s.span(), s.kind, s.shape, s.classes, s.entry, s.feats),
                        "{text:?}: {:?}",
                        &text[f.span().range()]
                    );
                }
            }
        }
    }

    #[test]
    fn word_keys_match_the_tokenizer() {
        assert_eq!(word_keys("The Washington Post"), ["the", "washington", "post"]);
        assert_eq!(word_keys("U.S. News & World Report"), ["u.s.", "news", "&", "world", "report"]);
    }
}
