//! Paragraphs, sentences and the shapes of words in capitals.

use super::tokens;
use crate::token::{MarkToken, Shape, TokKind, Token};

use crate::lexicon::{Lexicon, class, set};
use crate::model::{Paragraph, Sentence};
use crate::span::Span;

/// Longest line, in words, that can be a heading without final punctuation.
const MAX_HEADING_WORDS: usize = 25;
/// Widest line, in characters, of text hard-wrapped at a fixed width.
const MAX_WRAP_WIDTH: usize = 100;

/// A non-blank line: its trimmed span, its width in characters, and whether a blank line
/// stands before it.
#[derive(Clone, Copy)]
struct Line {
    span: Span,
    width: usize,
    after_blank: bool,
}

/// Paragraphs: the non-blank lines of the text, with the lines of hard-wrapped text (one
/// paragraph over several lines) joined into their paragraph.
pub(crate) fn paragraphs(text: &str, lex: &Lexicon) -> Vec<Paragraph> {
    let mut lines: Vec<Line> = Vec::new();
    let mut start = 0;
    let mut blank = false;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank = true;
        } else {
            let s = start + lead;
            lines.push(Line {
                span: Span { start: s, end: s + trimmed.len() },
                width: trimmed.chars().count(),
                after_blank: blank && !lines.is_empty(),
            });
            blank = false;
        }
        start += line.len();
    }
    let wrap = Wrapping::of(text, &lines);
    let mut spans: Vec<Span> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        match spans.last_mut() {
            Some(last) if i > 0 && wrap.joins(text, lex, &lines[i - 1], l) => last.end = l.span.end,
            _ => spans.push(l.span),
        }
    }
    let n = spans.len();
    spans
        .iter()
        .enumerate()
        .map(|(i, &span)| Paragraph {
            span,
            heading: is_heading(&text[span.range()], i == 0, i + 1 < n, lex),
        })
        .collect()
}

/// How the text's lines break: at paragraph ends only, or also inside paragraphs at a fixed
/// width (hard-wrapped at 72 columns, say).
struct Wrapping {
    /// the width of the widest line, if the text is hard-wrapped
    width: Option<usize>,
    /// whether blank lines separate the paragraphs
    blank_paragraphs: bool,
    /// where the first line starts
    first_line: usize,
}

impl Wrapping {
    fn of(text: &str, lines: &[Line]) -> Wrapping {
        let blank_paragraphs = lines.iter().any(|l| l.after_blank);
        let widest = lines.iter().map(|l| l.width).max().unwrap_or(0);
        // the lines that go on in the next line: all but each paragraph's last
        let inner: Vec<&Line> = lines
            .windows(2)
            .filter(|w| !w[1].after_blank)
            .map(|w| &w[0])
            .filter(|l| !ends_sentence_mark(&text[l.span.range()]))
            .collect();
        // wrapped text fills its lines: the lines that break inside a sentence are nearly as
        // wide as the widest
        let full = inner.iter().filter(|l| fills(l.width, widest)).count();
        // (one such line is no evidence: a headline is often wider than a short paragraph)
        let wrapped = widest <= MAX_WRAP_WIDTH && full >= 2 && full * 2 >= inner.len();
        let first_line = lines.first().map_or(0, |l| l.span.start);
        Wrapping { width: wrapped.then_some(widest), blank_paragraphs, first_line }
    }

    /// Whether line `b` goes on the paragraph of line `a` before it.
    fn joins(&self, text: &str, lex: &Lexicon, a: &Line, b: &Line) -> bool {
        if b.after_blank {
            return false;
        }
        let prev = &text[a.span.range()];
        let next = &text[b.span.range()];
        // a bullet or a dash opens a paragraph of its own
        if next.starts_with(['•', '*', '–', '—', '-', '·', '▪']) {
            return false;
        }
        let continues = next.chars().next().is_some_and(char::is_lowercase);
        let last = prev.rsplit(char::is_whitespace).next().unwrap_or("");
        let classes = |w: &str| lex.lookup(w).0;
        // "said Gov.\nJürgen Baumann": a title or an initial never ends a paragraph
        let title_end = last.strip_suffix('.').is_some_and(|w| {
            classes(w) & class::TITLE != 0
                || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        });
        if title_end {
            return true;
        }
        // "Kestrel Robotics Inc.\ndeclined …": an abbreviation's period before a line that goes
        // on in lower case ends no paragraph
        let abbreviation = last.strip_suffix('.').is_some_and(|w| classes(w) & class::ABBREV != 0);
        let Some(width) = self.width else {
            if abbreviation && continues {
                return true;
            }
            return !ends_sentence_mark(prev)
                && !prev.ends_with(':')
                && (continues || broken(prev, next, last, lex));
        };
        let full = fills(a.width, width);
        if ends_sentence_mark(prev) {
            // a full stop at the end of a short line ends a paragraph (unless blank lines mark
            // them); at the end of a full one, or after an abbreviation ("St.\nLuke's"), the
            // paragraph may go on
            return self.blank_paragraphs || full || abbreviation;
        }
        // inside wrapped text a line without final punctuation goes on, unless it is a short
        // first line in title case or capitals: a headline
        let headline = a.span.start == self.first_line && !full && title_case(prev);
        !headline || continues || self.blank_paragraphs
    }
}

/// Whether a line of `width` characters fills a text wrapped at `widest`: it stops short of
/// it by less than a long word (or a fifth of the width).
fn fills(width: usize, widest: usize) -> bool {
    width + (widest / 5).max(8) >= widest
}

/// Whether a line that is no hard-wrapped text's breaks a sentence in two: it ends on a comma,
/// a function word or a reporting verb ("“…,” said\nKofi Mensah."), holds a quotation closed on
/// a comma (whose cue clause goes on: "“…,” Kofi\nMensah said."), or a name runs over the break
/// ("…, Marisol\nYbarra said.", "said TJ\nKing.").
fn broken(prev: &str, next: &str, last: &str, lex: &Lexicon) -> bool {
    let classes = |w: &str| lex.lookup(w).0;
    let quote_comma = [",”", ",\"", ",’", ",'"].iter().any(|q| prev.contains(q));
    let comma_end = prev.trim_end_matches(['”', '"', '’', '\'']).ends_with(',');
    let lower_end = last.starts_with(char::is_lowercase)
        && classes(last) & (class::FUNCTION | class::DET | class::CUE | class::PARTICLE) != 0;
    // (after a comma or a reporting verb in the line, or right after a function word:
    // "According to Ioana\nPopescu, …")
    let before_last = prev.split_whitespace().rev().nth(1).unwrap_or("");
    let cue_or_comma = prev.contains(',')
        || prev
            .split_whitespace()
            .any(|w| w.starts_with(char::is_lowercase) && classes(w) & class::CUE != 0)
        || (before_last.starts_with(char::is_lowercase)
            && classes(before_last) & class::FUNCTION != 0);
    let name_split = last.starts_with(char::is_uppercase)
        && last.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '’')
        && next.starts_with(char::is_uppercase)
        && (cue_or_comma || classes(last) & class::FIRST_NAME != 0);
    // ("… - TJ\nKing said …": a name over the break, then its cue)
    let name_then_cue = last.starts_with(char::is_uppercase)
        && last.chars().all(char::is_alphabetic)
        // (a dateline in capitals before it is no headline: "MEXICO CITY (AP) — Priya\nRaman said")
        && !title_case(&prev.split_whitespace().filter(|w| w.chars().any(char::is_lowercase)).collect::<Vec<_>>().join(" "))
        && next
            .split_whitespace()
            .find(|w| !w.starts_with(char::is_uppercase))
            .is_some_and(|w| classes(w) & class::CUE != 0)
        && next.starts_with(char::is_uppercase);
    quote_comma || comma_end || lower_end || name_split || name_then_cue
}

/// Whether a line ends like a sentence: a full stop, question or exclamation mark, perhaps
/// inside closing quotation marks or brackets.
fn ends_sentence_mark(line: &str) -> bool {
    let t = line.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '?', '!', '…'])
}

/// A heading is a short line without final punctuation before more text ("Officials out of
/// the loop"), or a first line written in title case ("Only 24 Percent of Clinton’s Donors
/// Are Small"). The last paragraph is never a heading for want of a full stop: text often
/// arrives without its final one.
fn is_heading(line: &str, first: bool, more: bool, lex: &Lexicon) -> bool {
    let last = line.chars().next_back().unwrap_or('.');
    let unpunctuated = !matches!(
        last,
        '.' | '?'
            | '!'
            | ':'
            | ';'
            | ','
            | '…'
            | '”'
            | '"'
            | '’'
            | '\''
            | ')'
            | '»'
            | '–'
            | '—'
            | '-'
    );
    // only the first MAX_HEADING_WORDS + 1 words matter
    let short = || line.split_whitespace().nth(MAX_HEADING_WORDS).is_none();
    if unpunctuated && more && short() {
        return true;
    }
    // a title-case first line, unless it ends as a sentence does
    // (a title may end with a full stop, but then every longer word is capitalised: "Old
    // Hands Help Russia Navigate U.S. Media.", not "According to Maria Lopez, Chen Wei won the
    // election.")
    first
        && more
        && short()
        && if ends_sentence_mark(line) { all_capitalised(line, lex) } else { title_case(line) }
}

/// Whether a line is capitalised as a title is: every word of three letters or more, but the
/// short words titles leave in lower case (the `title_lower` set: "and", "the", "for"), at
/// least three of them.
fn all_capitalised(line: &str, lex: &Lexicon) -> bool {
    let title_lower = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w.chars().all(|c| c.is_lowercase()) && lex.sets_of(w) & set::TITLE_LOWER != 0
    };
    let long: Vec<&str> = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 3)
        .filter(|w| !title_lower(w))
        .collect();
    long.len() >= 3
        && long
            .iter()
            .all(|w| w.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase))
}

/// Whether a line is written in title case or capitals: most of its longer words capitalised.
fn title_case(line: &str) -> bool {
    let (mut long, mut caps) = (0, 0);
    for w in line.split_whitespace() {
        if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
            long += 1;
            if w.chars().next().is_some_and(char::is_uppercase) {
                caps += 1;
            }
        }
    }
    long >= 3 && caps * 10 >= long * 8
}

/// The paragraph of a text position, for positions that only move forward: a cursor
/// over the paragraphs, as the tokenizer numbers them.
#[derive(Default)]
struct ParaCursor {
    i: usize,
}

impl ParaCursor {
    /// Index of the paragraph holding byte `at` (the last one that does not end at or
    /// before it).
    fn at(&mut self, paras: &[Paragraph], at: usize) -> usize {
        while self.i + 1 < paras.len() && paras[self.i].span.end <= at {
            self.i += 1;
        }
        self.i
    }
}

/// Splits the tokens into sentences, numbers each token by its sentence, and returns
/// sentence spans that tile the text.
pub(crate) fn sentences(
    text: &str,
    paras: &[Paragraph],
    toks: &mut [Token],
    lex: &Lexicon,
) -> Vec<Sentence> {
    let mut starts: Vec<usize> = Vec::new(); // token index where each sentence starts
    let mut i = 0;
    while i < toks.len() {
        starts.push(i);
        i = sentence_end(text, toks, lex, i);
    }
    number_sentences(text, paras, toks, &starts)
}

/// One past the last token of the sentence that starts at token `i`, with the closing
/// quotation marks and brackets glued to its terminal mark.
fn sentence_end(text: &str, toks: &[Token], lex: &Lexicon, i: usize) -> usize {
    let n = toks.len();
    let mut j = i;
    loop {
        // j is inside the current sentence
        if j + 1 >= n || toks[j + 1].para_start() {
            return j + 1;
        }
        if ends_sentence(text, toks, lex, j) {
            let mut k = j + 1;
            while k < n
                && !toks[k].para_start()
                && toks[k].start() == toks[k - 1].end()
                && (toks[k].kind == TokKind::QuoteClose
                    || toks[k].is_punct(')')
                    || toks[k].is_punct(']'))
            {
                k += 1;
            }
            return k;
        }
        j += 1;
    }
}

/// Numbers each token by its sentence, the sentences starting at `starts`, and returns the
/// sentence spans, which tile the text.
fn number_sentences(
    text: &str,
    paras: &[Paragraph],
    toks: &mut [Token],
    starts: &[usize],
) -> Vec<Sentence> {
    let n = toks.len();
    let mut out = Vec::with_capacity(starts.len());
    let mut para = ParaCursor::default();
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(n);
        for t in &mut toks[s..e] {
            t.sent = k as u32;
        }
        let span_start = if k == 0 { 0 } else { toks[s].start() };
        let span_end = starts.get(k + 1).map_or(text.len(), |&ns| toks[ns].start());
        let trimmed = Span { start: toks[s].start(), end: toks[e - 1].end() };
        out.push(Sentence {
            span: Span { start: span_start, end: span_end },
            trimmed,
            paragraph: Some(para.at(paras, toks[s].start())),
        });
    }
    if out.is_empty() && !text.is_empty() {
        out.push(Sentence {
            span: Span { start: 0, end: text.len() },
            trimmed: Span { start: 0, end: 0 },
            paragraph: None,
        });
    }
    out
}

/// Whether token `j` ends a sentence (the next token is in the same paragraph).
fn ends_sentence(text: &str, toks: &[Token], lex: &Lexicon, j: usize) -> bool {
    let t = &toks[j];
    // "U.S." at the end of a sentence carries the period inside the word.
    let abbrev_word = t.kind == TokKind::Word && text[t.span().range()].ends_with('.');
    if !t.is_terminal() && !abbrev_word {
        return false;
    }
    // the first token after the terminal mark and any closing marks
    let mut k = j + 1;
    while k < toks.len()
        && (toks[k].kind == TokKind::QuoteClose || toks[k].is_punct(')') || toks[k].is_punct(']'))
    {
        k += 1;
    }
    let Some(next) = toks.get(k) else { return true };
    if toks[j + 1..=k].iter().any(|t| t.para_start()) {
        return true;
    }
    if !may_start_sentence(next) {
        return false;
    }
    // “How big is that wall?” Pence said. — a cue clause after a quotation continues the sentence
    // (after a full stop inside the marks, "He added: …" starts a new sentence)
    let asks =
        t.kind == TokKind::Ellipsis || (t.kind == TokKind::Punct && matches!(t.ch(), '?' | '!'));
    if asks && k > j + 1 && toks[j + 1].kind == TokKind::QuoteClose && cue_clause_follows(toks, k) {
        return false;
    }
    if abbrev_word {
        return abbreviation_ends(&text[t.span().range()], t, next);
    }
    period_ends(text, toks, lex, j, next).unwrap_or(true)
}

/// Whether token `next` may open a sentence: a quotation, a number, a capitalised word, a
/// bracket, a dash or a bullet.
fn may_start_sentence(next: &Token) -> bool {
    match next.kind {
        TokKind::QuoteOpen => true,
        TokKind::Number => true,
        TokKind::Word => next.is_cap(),
        TokKind::Punct => matches!(next.ch(), '(' | '[' | '—' | '–' | '-' | '•' | '*'),
        _ => false,
    }
}

/// Whether the abbreviation `w` (token `t`, its period inside the word) ends a sentence
/// before `next`: titles and initials never do ("Sen. Cruz", "Joseph F. Dunford"); other
/// abbreviations do before a sentence starter ("in the U.S. The …", "Inc. The …").
fn abbreviation_ends(w: &str, t: &Token, next: &Token) -> bool {
    let initial = w.chars().count() == 2 && w.chars().next().is_some_and(char::is_uppercase);
    if t.is(class::TITLE) || initial || next.kind == TokKind::Number {
        return false;
    }
    (next.is(class::STARTER) && !next.is(class::TITLE)) || next.kind == TokKind::QuoteOpen
}

/// Whether the full stop at `j`, after a word it is glued to, ends a sentence before `next`:
/// not after an initial ("Joseph F. Dunford") or a title; after another abbreviation only
/// before a sentence starter. `None` when no such word stands before it.
fn period_ends(text: &str, toks: &[Token], lex: &Lexicon, j: usize, next: &Token) -> Option<bool> {
    let t = &toks[j];
    if !(t.kind == TokKind::Punct && t.ch() == '.' && j > 0) {
        return None;
    }
    let prev = &toks[j - 1];
    if !(prev.end() == t.start() && prev.kind == TokKind::Word) {
        return None;
    }
    let w = &text[prev.span().range()];
    // an initial: "Joseph F. Dunford"
    if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
        return Some(false);
    }
    if !prev.is(class::ABBREV) {
        return None;
    }
    // titles never end a sentence; other abbreviations do before a sentence starter
    let title_like = prev.is(class::TITLE) || lex.entry_sets(prev.entry) & set::OPEN_ABBREV != 0;
    if title_like || next.kind == TokKind::Number {
        return Some(false);
    }
    // "… in Santa Monica, Calif. “The reality is …”": a quotation opens the next
    Some(next.is(class::STARTER) || next.kind == TokKind::QuoteOpen)
}

/// Whether a short subject and a reporting verb start at token `k`: "Pence said", "the
/// senator added", "said Mr. Smith".
fn cue_clause_follows(toks: &[Token], k: usize) -> bool {
    for (n, t) in toks[k..].iter().take(6).enumerate() {
        if (n > 0 && t.para_start()) || (t.kind != TokKind::Word && t.kind != TokKind::Clitic) {
            return false;
        }
        if t.is(class::CUE) && t.shape == Shape::Lower {
            return true;
        }
        // the subject: names, titles, determiners and role nouns only
        let subject_word =
            t.is_cap() || t.is(class::DET | class::ROLE | class::VAGUE | class::PRON | class::ADV);
        if !subject_word || n == 5 {
            return false;
        }
    }
    false
}

/// Gives the words of paragraphs written wholly in capitals ("JANE SMITH SAID THE CUTS
/// HURT.") the shapes they would have in ordinary text, so that the grammar can tell names
/// from other words: a word the lexicon knows as a function word, a reporting verb, a role or
/// any other common word is lower case; a given name, an outlet's first word, a title before a
/// name and a word the lexicon does not know are capitalised. Headlines in capitals are
/// headings and keep their shapes.
pub(crate) fn truecase_capitals(text: &str, paras: &[Paragraph], toks: &mut [Token]) {
    // only paragraphs with at least this many words in capitals and none in lower case
    const MIN_WORDS: usize = 3;
    let mut para = ParaCursor::default();
    let mut a = 0;
    while a < toks.len() {
        let mut b = a + 1;
        while b < toks.len() && !toks[b].para_start() {
            b += 1;
        }
        let heading = paras.get(para.at(paras, toks[a].start())).is_some_and(|p| p.heading);
        let words = toks[a..b].iter().filter(|t| t.kind == TokKind::Word);
        let capitals = words.clone().filter(|t| t.shape == Shape::AllCaps).count();
        let lower = words.clone().any(|t| t.shape == Shape::Lower);
        if !heading && !lower && capitals >= MIN_WORDS {
            for k in a..b {
                if toks[k].kind == TokKind::Word && toks[k].shape == Shape::AllCaps {
                    toks[k].shape = true_shape(text, toks, a, k);
                }
            }
        }
        a = b;
    }
}

/// The shape word `k` (in capitals, in a paragraph starting at token `a`) would have in
/// ordinary text; the words before it have theirs already.
fn true_shape(text: &str, toks: &[Token], a: usize, k: usize) -> Shape {
    let t = &toks[k];
    // "U.S.", "D.C.": abbreviations with periods stay capitals
    if text[t.span().range()].contains('.') && !t.is(class::TITLE) {
        return Shape::AllCaps;
    }
    let known = t.classes & !(class::FIRST_NAME | class::OUTLET_START | class::ABBREV) != 0;
    let prev = (k > a).then(|| &toks[k - 1]);
    // an unknown word is a name, unless a determiner or a common word before it makes it a
    // common noun ("SAID THE CUTS HURT")
    let common_before = prev.is_some_and(|p| {
        p.kind == TokKind::Number
            || (p.kind == TokKind::Word
                && (p.is(class::DET | class::POSSPRON | class::NUM | class::QUANT)
                    || (p.shape == Shape::Lower
                        && !p.is(class::CUE | class::PREP | class::CONJ | class::PARTICLE))))
    });
    let name_like =
        |n: &Token| n.kind == TokKind::Word && (n.classes == 0 || n.is(class::FIRST_NAME));
    let name = (t.classes == 0 && !common_before)
        || t.is(class::FIRST_NAME)
        || (t.is(class::OUTLET_START | class::ABBREV) && !known);
    // "SEN. JANE HOLT": a title before a name; "TJ KING": a title word ending a name
    let before_name = t.is(class::TITLE) && toks.get(k + 1).is_some_and(name_like);
    let after_name = t.is(class::TITLE)
        && prev.is_some_and(|p| p.shape == Shape::Capitalized && name_like(p))
        && !toks.get(k + 1).is_some_and(|n| n.kind == TokKind::Word && n.is(class::TITLE));
    if name || before_name || after_name { Shape::Capitalized } else { Shape::Lower }
}

/// Tokenizes with quotation marks and paragraphs known.
pub(crate) fn tokenize(
    text: &str,
    marks: &[MarkToken],
    paras: &[Paragraph],
    lex: &Lexicon,
) -> Vec<Token> {
    let spans: Vec<Span> = paras.iter().map(|p| p.span).collect();
    tokens::run(text, marks, &spans, lex)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let lex = Lexicon::builtin();
        let paras = paragraphs(text, Lexicon::builtin());
        let (_, marks) = crate::document::quotes::run(text, &paras);
        let mut toks = tokenize(text, &marks, &paras, lex);
        sentences(text, &paras, &mut toks, lex)
            .iter()
            .map(|s| text[s.trimmed].to_string())
            .collect()
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "Title Case Headline For The Story Here\nOfficials out of the loop\n\n  A sentence.  \nlast line without a stop\n";
        let p = paragraphs(text, Lexicon::builtin());
        assert_eq!(p.len(), 4);
        assert!(p[0].heading && p[1].heading && !p[2].heading);
        assert!(!p[3].heading, "the last line is text that lost its full stop, not a heading");
        assert_eq!(&text[p[2].span], "A sentence.");
    }

    #[test]
    fn hard_wrapped_lines_join_their_paragraph() {
        let text = "The city council voted on Monday to close the\nclinic, and Nadia Okafor, a nurse there for\ntwenty years, objected.\nResidents plan to appeal the vote next month.\n";
        let p = paragraphs(text, Lexicon::builtin());
        assert_eq!(
            p.len(),
            2,
            "three wrapped lines are one paragraph; a short line after a full stop ends it"
        );
        assert!(text[p[0].span].ends_with("objected."));
        assert!(p.iter().all(|p| !p.heading));
        // with blank lines between paragraphs, every single line break is a wrap
        let text = "Officials said the bridge\nwas safe.\n\n“It will hold,” said\nKofi Mensah.";
        let p = paragraphs(text, Lexicon::builtin());
        assert_eq!(p.len(), 2);
        assert_eq!(&text[p[1].span], "“It will hold,” said\nKofi Mensah.");
        // a sentence broken in the middle goes on, whatever the widths
        let p = paragraphs(
            "Jane Smith, the clinic's director, said\nthe cuts hurt.",
            Lexicon::builtin(),
        );
        assert_eq!(p.len(), 1);
    }

    #[test]
    fn lines_that_are_paragraphs_stay_apart() {
        // a headline, then text: not wrapped
        let text = "Kenya Power to cut jobs\nKenya Power said the cuts hurt.\n";
        let p = paragraphs(text, Lexicon::builtin());
        assert_eq!(p.len(), 2);
        assert!(p[0].heading && !p[1].heading);
        // long one-line paragraphs are no wrapped text, and a bullet opens its own paragraph
        let long = "A sentence that is long enough to be no wrapped line at all, since it runs on and on past a hundred characters.";
        let text = format!("{long}\n{long}\n• a bullet\n");
        assert_eq!(paragraphs(&text, Lexicon::builtin()).len(), 3);
        // a first line in title case is a headline, but not when it ends as a sentence does
        assert!(
            paragraphs("Only Small Donors Count Now\nThe text.", Lexicon::builtin())[0].heading
        );
        assert!(
            !paragraphs("According to Maria Lopez, Chen Wei won.\nThe text.", Lexicon::builtin())
                [0]
            .heading
        );
    }

    #[test]
    fn abbreviations_do_not_split() {
        assert_eq!(
            split(
                "Sen. Ted Cruz met Mr. Trump on Jan. 5 in Washington, D.C. and left. He said No. 2 was fine."
            ),
            [
                "Sen. Ted Cruz met Mr. Trump on Jan. 5 in Washington, D.C. and left.",
                "He said No. 2 was fine."
            ]
        );
        assert_eq!(
            split("Gen. Joseph F. Dunford Jr. spoke. It rained."),
            ["Gen. Joseph F. Dunford Jr. spoke.", "It rained."]
        );
        assert_eq!(
            split("It grew 4.9 percent in the U.S. The rest fell."),
            ["It grew 4.9 percent in the U.S.", "The rest fell."]
        );
        // a quotation after a state's abbreviation opens the next sentence; after a title not
        assert_eq!(
            split("He spoke in Santa Monica, Calif. “The race goes on.”"),
            ["He spoke in Santa Monica, Calif.", "“The race goes on.”"]
        );
        assert_eq!(split("It was Sen. “Tex” Smith."), ["It was Sen. “Tex” Smith."]);
    }

    #[test]
    fn ellipsis_and_question_marks() {
        assert_eq!(
            split("He paused ... and went on. Why? Because."),
            ["He paused ... and went on.", "Why?", "Because."]
        );
    }

    #[test]
    fn sentences_tile_the_text() {
        let text = "  One. Two!\n\nThree?  ";
        let lex = Lexicon::builtin();
        let paras = paragraphs(text, Lexicon::builtin());
        let mut toks = tokenize(text, &[], &paras, lex);
        let s = sentences(text, &paras, &mut toks, lex);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].span.start, 0);
        assert_eq!(s.last().map(|s| s.span.end), Some(text.len()));
        for w in s.windows(2) {
            assert_eq!(w[0].span.end, w[1].span.start);
        }
    }

    #[test]
    fn sentences_never_cross_paragraphs() {
        assert_eq!(split("No final stop\nNext line."), ["No final stop", "Next line."]);
    }
}
