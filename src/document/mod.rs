//! Stage 1 and 2: the document as every later stage reads it, built once in the order the
//! code needs: paragraphs (text as it arrives joined into them), quotation marks, tokens
//! (with their lexicon classes and shapes), sentences and quotations.

mod quotes;
pub(crate) mod segment;
mod tokens;

pub(crate) use crate::token::{MarkToken, NO_QUOTE, Shape, TokKind, TokRange, Token, feat};

use crate::config::Config;
use crate::lexicon::Lexicon;
use crate::model::{Paragraph, Quote, Sentence};
use crate::span::Span;

/// The document as the stages see it: text, lexicon, tokens, sentences and quotations.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub lex: &'t Lexicon,
    pub config: &'t Config,
    pub paras: Vec<Paragraph>,
    pub toks: Vec<Token>,
    pub sents: Vec<Sentence>,
    /// Token range of each sentence.
    pub sent_range: Vec<TokRange>,
    pub quotes: Vec<Quote>,
    /// Token range of each quotation, marks included.
    pub quote_range: Vec<TokRange>,
    /// For each quotation, the outermost (depth 0) quotation holding it.
    pub quote_outer: Vec<usize>,
    /// Number of word tokens before each token in its sentence.
    pub word_rank: Vec<u32>,
    /// What each sentence holds, for the rules that look only at sentences with a word of
    /// some class or set ([`Summary`]).
    pub sent_summary: Vec<Summary>,
}

/// What a sentence holds: the union of its tokens' lexicon classes and of its words' grammar
/// sets. A rule that needs a word of a class or set tests the sentence once, not each token.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Summary {
    /// The union of the tokens' classes (`lexicon::class`).
    pub classes: u64,
    /// The union of the words' grammar sets (`lexicon::set`), as [`Doc::in_set`] reads them.
    pub sets: crate::lexicon::Sets,
}

/// A short word in ASCII lower case, for comparing with literals without allocating: the
/// word itself when it has no capitals, else a lower-cased copy on the stack. Words longer
/// than the buffer read as the empty string, which matches no literal the grammar uses.
#[derive(Clone, Copy)]
pub(crate) struct Lower<'a> {
    word: &'a str,
    buf: [u8; 24],
    len: u8,
    copied: bool,
}

impl<'a> Lower<'a> {
    #[inline]
    pub(crate) fn new(word: &'a str) -> Self {
        let mut out = Lower { word, buf: [0; 24], len: 0, copied: false };
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            out.copied = true;
            if word.len() <= out.buf.len() {
                out.buf[..word.len()].copy_from_slice(word.as_bytes());
                out.buf[..word.len()].make_ascii_lowercase();
                out.len = word.len() as u8;
            }
        }
        out
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        if self.copied { &self.buf[..usize::from(self.len)] } else { self.word.as_bytes() }
    }

    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        if self.copied {
            // ASCII lower-casing keeps UTF-8 valid, so this never falls back
            std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
        } else {
            self.word
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl<'t> Doc<'t> {
    pub(crate) fn new(text: &'t str, lex: &'t Lexicon, config: &'t Config) -> Self {
        let paras = segment::paragraphs(text, lex);
        let (raw, marks) = quotes::run(text, &paras);
        let mut toks = segment::tokenize(text, &marks, &paras, lex);
        segment::truecase_capitals(text, &paras, &mut toks);
        first_names_not_months(text, &mut toks);
        let sents = segment::sentences(text, &paras, &mut toks, lex);
        let quotes = quotes::classify(text, raw, &toks, lex);
        let sent_range = sentence_ranges(&toks, sents.len());
        let (quote_range, quote_outer) = mark_quotes(&mut toks, &quotes);
        let word_rank = word_ranks(&toks);
        let sent_summary = summaries(&toks, &sent_range, lex);
        Doc {
            text,
            lex,
            config,
            paras,
            toks,
            sents,
            sent_range,
            quotes,
            quote_range,
            quote_outer,
            word_rank,
            sent_summary,
        }
    }

    /// Text of token `i`.
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.span().range()])
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    #[inline]
    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.span().len() == w.len()
                && t.is_word()
                && self.text.as_bytes()[t.span().range()].eq_ignore_ascii_case(w.as_bytes())
        })
    }

    /// Whether token `i` has one of the features of `feats` ([`feat`]): "ends in -ing" and
    /// the like, set once by the tokenizer.
    #[inline]
    pub(crate) fn has(&self, i: usize, feats: u8) -> bool {
        self.toks.get(i).is_some_and(|t| t.has(feats))
    }

    /// Whether token `i` is a word of one of the grammar sets of `sets` (`lexicon::set`).
    #[inline]
    pub(crate) fn in_set(&self, i: usize, sets: crate::lexicon::Sets) -> bool {
        self.toks.get(i).is_some_and(|t| t.is_word() && self.lex.entry_sets(t.entry) & sets != 0)
    }

    /// Whether tokens `i` and `i + 1` are the two words of a phrase of one of the grammar
    /// sets of `sets` ("for example", written `for_example` in the data). Allocation-free:
    /// phrases longer than 64 bytes are in no set.
    pub(crate) fn pair_in_set(&self, i: usize, sets: crate::lexicon::Sets) -> bool {
        let (Some(a), Some(b)) = (self.toks.get(i), self.toks.get(i + 1)) else { return false };
        let (x, y) =
            (self.text[a.span().range()].as_bytes(), self.text[b.span().range()].as_bytes());
        let mut buf = [0u8; 64];
        if !(a.is_word() && b.is_word()) || x.len() + y.len() + 1 > buf.len() {
            return false;
        }
        buf[..x.len()].copy_from_slice(x);
        buf[x.len()] = b' ';
        buf[x.len() + 1..x.len() + 1 + y.len()].copy_from_slice(y);
        std::str::from_utf8(&buf[..x.len() + 1 + y.len()])
            .is_ok_and(|key| self.lex.sets_of(key) & sets != 0)
    }

    /// Whether token `i` is a form of a reporting verb for which `f` holds, given the verb
    /// and the form: behaviour keyed on what the lexicon says of a verb (its class, frames
    /// and form), never on the verb's own spelling.
    pub(crate) fn cue_form(
        &self,
        i: usize,
        f: impl Fn(&crate::lexicon::CueLemma, crate::lexicon::VerbForm) -> bool,
    ) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.is_word()
                && self
                    .lex
                    .entry(t.entry)
                    .is_some_and(|e| e.cues.iter().any(|c| f(self.lex.lemma(c.lemma), c.form)))
        })
    }

    /// Token `i` in ASCII lower case, without allocating (see [`Lower`]).
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> Lower<'t> {
        Lower::new(self.word(i))
    }

    /// Byte span of tokens `[a, b)`.
    #[inline]
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if a < b => Span { start: x.start(), end: y.end() },
            _ => Span::default(),
        }
    }

    /// Token range of the sentence holding token `i`.
    #[inline]
    pub(crate) fn sentence_of(&self, i: usize) -> TokRange {
        self.toks
            .get(i)
            .and_then(|t| self.sent_range.get(t.sent as usize))
            .copied()
            .unwrap_or(TokRange::new(i, i))
    }

    /// Index of the outermost quotation holding token `i`, if any.
    #[inline]
    pub(crate) fn outer_quote(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.quote == NO_QUOTE {
            return None;
        }
        self.quote_outer.get(t.quote as usize).copied()
    }

    /// Whether a word stands between the start of token `i`'s sentence and token `i`.
    #[inline]
    pub(crate) fn words_before(&self, i: usize) -> bool {
        self.word_rank.get(i).is_some_and(|&n| n > 0)
    }

    /// Whether a word stands at or after token `i` in its sentence (`i` may be one past the
    /// sentence end, which has none).
    #[inline]
    pub(crate) fn words_from(&self, i: usize, se: usize) -> bool {
        if i >= se {
            return false;
        }
        let last = se - 1;
        let total = self.word_rank[last] + u32::from(self.toks[last].is_word());
        total > self.word_rank[i]
    }

    #[inline]
    pub(crate) fn is_heading(&self, i: usize) -> bool {
        self.para_of(i).and_then(|p| self.paras.get(p)).is_some_and(|p| p.heading)
    }

    /// Index of the paragraph of token `i` (that of its sentence, which never crosses a
    /// paragraph break).
    #[inline]
    pub(crate) fn para_of(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        self.sents.get(t.sent as usize)?.paragraph
    }
}

/// The token range `[start, end)` of each of the `n` sentences the tokens are numbered by.
fn sentence_ranges(toks: &[Token], n: usize) -> Vec<TokRange> {
    let mut sent_range = vec![TokRange::new(0, 0); n];
    let mut i = 0;
    while i < toks.len() {
        let s = toks[i].sent as usize;
        let start = i;
        while i < toks.len() && toks[i].sent as usize == s {
            i += 1;
        }
        if let Some(r) = sent_range.get_mut(s) {
            *r = TokRange::new(start, i);
        }
    }
    sent_range
}

/// Marks the tokens inside each quotation with its index and their depth; returns each
/// quotation's token range and the outermost quotation it stands in.
fn mark_quotes(toks: &mut [Token], quotes: &[Quote]) -> (Vec<TokRange>, Vec<usize>) {
    let mut quote_range = Vec::with_capacity(quotes.len());
    let mut quote_outer = Vec::with_capacity(quotes.len());
    let mut outer = 0;
    for (qi, q) in quotes.iter().enumerate() {
        // quotations are sorted by start, an outer one before those inside it
        if q.depth() == 0 {
            outer = qi;
        }
        quote_outer.push(outer);
        let a = toks.partition_point(|t| t.start() < q.span().start);
        let b = toks.partition_point(|t| t.start() < q.span().end);
        for t in &mut toks[a..b] {
            t.qdepth = t.qdepth.saturating_add(1);
            t.quote = qi as u32;
        }
        quote_range.push(TokRange::new(a, b));
    }
    (quote_range, quote_outer)
}

/// The [`Summary`] of each sentence of `sent_range`.
fn summaries(toks: &[Token], sent_range: &[TokRange], lex: &Lexicon) -> Vec<Summary> {
    sent_range
        .iter()
        .map(|r| {
            let mut sum = Summary::default();
            for t in toks.get(r.start..r.end).unwrap_or_default() {
                sum.classes |= t.classes;
                if t.is_word() {
                    sum.sets |= lex.entry_sets(t.entry);
                }
            }
            sum
        })
        .collect()
}

/// The words before each token in its sentence, for constant-time "is there a word between
/// the sentence start and here" checks.
fn word_ranks(toks: &[Token]) -> Vec<u32> {
    let mut word_rank = Vec::with_capacity(toks.len() + 1);
    let mut n = 0u32;
    for (i, t) in toks.iter().enumerate() {
        if i > 0 && toks[i - 1].sent != t.sent {
            n = 0;
        }
        word_rank.push(n);
        if t.is_word() {
            n += 1;
        }
    }
    word_rank
}

/// "Jan Brewer", "April Ryan", "June Cross": a month name right before a capitalised word,
/// with no preposition or time word before it, is a first name ("in April Trump said" and
/// "last June Biden" stay months).
fn first_names_not_months(text: &str, toks: &mut [Token]) {
    use crate::lexicon::class;
    for i in 0..toks.len().saturating_sub(1) {
        let (t, n) = (&toks[i], &toks[i + 1]);
        if !t.is(class::MONTH)
            || t.shape != Shape::Capitalized
            || n.kind != TokKind::Word
            || n.shape != Shape::Capitalized
            || n.is(class::DAY | class::MONTH | class::TIME | class::FUNCTION)
            || text.get(t.end()..n.start()) != Some(" ")
        {
            continue;
        }
        let after_time_word = i > 0 && {
            let p = &toks[i - 1];
            p.is(class::PREP | class::TIME | class::ADV | class::NUM | class::DET)
                || p.kind == TokKind::Number
        };
        if !after_time_word {
            toks[i].classes = (toks[i].classes & !(class::MONTH | class::TIME)) | class::FIRST_NAME;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Doc;
    use crate::config::Config;
    use crate::lexicon::{Lexicon, set};

    #[test]
    fn words_and_pairs_in_grammar_sets() {
        let config = Config::default();
        let text = "Hers, for example, said so. For Example; for, example along with";
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        let at = |w: &str| (0..doc.toks.len()).filter(|&k| doc.word(k) == w).collect::<Vec<_>>();
        assert!(doc.in_set(at("Hers")[0], set::ANAPHOR));
        assert!(!doc.in_set(at("said")[0], set::ANAPHOR));
        // a phrase of two words, in any case; never across punctuation
        assert!(doc.pair_in_set(at("for")[0], set::ASIDE_PHRASE));
        assert!(doc.pair_in_set(at("For")[0], set::ASIDE_PHRASE));
        assert!(!doc.pair_in_set(at("for")[1], set::ASIDE_PHRASE));
        assert!(!doc.pair_in_set(at("example")[0], set::ASIDE_PHRASE));
        assert!(doc.pair_in_set(at("along")[0], set::COMPANION_PHRASE));
        assert!(!doc.pair_in_set(at("with")[0], set::COMPANION_PHRASE));
        assert!(!doc.pair_in_set(doc.toks.len() + 3, set::ASIDE_PHRASE));
    }
}
