//! Stage 1: paragraphs, sentences and word tokens.

mod tokens;

pub(crate) use tokens::{MarkToken, NO_QUOTE, Shape, TokKind, Token, word_keys};

use crate::lexicon::{Lexicon, class};
use crate::model::{Paragraph, Sentence};
use crate::span::Span;

/// Longest line, in words, that can be a heading without final punctuation.
const MAX_HEADING_WORDS: usize = 25;

/// Paragraphs: the non-blank lines of the text.
pub(crate) fn paragraphs(text: &str) -> Vec<Paragraph> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let end = start + line.len();
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let s = start + lead;
            let span = Span { start: s, end: s + trimmed.len() };
            out.push(Paragraph { span, heading: is_heading(trimmed, out.is_empty()) });
        }
        start = end;
    }
    out
}

/// A heading is a short line without final punctuation ("Officials out of the loop"), or a
/// first line written in title case ("Only 24 Percent of Clinton’s Donors Are Small").
fn is_heading(line: &str, first: bool) -> bool {
    let last = line.chars().last().unwrap_or('.');
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
    let short = line.split_whitespace().nth(MAX_HEADING_WORDS).is_none();
    if unpunctuated && short {
        return true;
    }
    if first && short {
        let (mut long, mut caps) = (0, 0);
        for w in line.split_whitespace() {
            if w.chars().filter(|c| c.is_alphabetic()).count() >= 4 {
                long += 1;
                if w.chars().next().is_some_and(char::is_uppercase) {
                    caps += 1;
                }
            }
        }
        return long >= 3 && caps * 10 >= long * 8;
    }
    false
}

/// Splits the tokens into sentences, numbers each token by its sentence, and returns
/// sentence spans that tile the text.
pub(crate) fn sentences(text: &str, toks: &mut [Token]) -> Vec<Sentence> {
    let mut starts: Vec<usize> = Vec::new(); // token index where each sentence starts
    let n = toks.len();
    let mut i = 0;
    while i < n {
        starts.push(i);
        let para = toks[i].para;
        let mut j = i;
        loop {
            // j is inside the current sentence
            if j + 1 >= n || toks[j + 1].para != para {
                j += 1;
                break;
            }
            if ends_sentence(text, toks, j) {
                // keep closing quotation marks and brackets glued to the terminal mark
                let mut k = j + 1;
                while k < n
                    && toks[k].para == para
                    && toks[k].span.start == toks[k - 1].span.end
                    && (toks[k].kind == TokKind::QuoteClose
                        || toks[k].is_punct(')')
                        || toks[k].is_punct(']'))
                {
                    k += 1;
                }
                j = k;
                break;
            }
            j += 1;
        }
        i = j;
    }
    let mut out = Vec::with_capacity(starts.len());
    for (k, &s) in starts.iter().enumerate() {
        let e = starts.get(k + 1).copied().unwrap_or(n);
        for t in &mut toks[s..e] {
            t.sent = k as u32;
        }
        let span_start = if k == 0 { 0 } else { toks[s].span.start };
        let span_end = starts.get(k + 1).map_or(text.len(), |&ns| toks[ns].span.start);
        let trimmed = Span { start: toks[s].span.start, end: toks[e - 1].span.end };
        out.push(Sentence {
            span: Span { start: span_start, end: span_end },
            trimmed,
            paragraph: Some(toks[s].para as usize),
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
fn ends_sentence(text: &str, toks: &[Token], j: usize) -> bool {
    let t = &toks[j];
    // "U.S." at the end of a sentence carries the period inside the word.
    let abbrev_word = t.kind == TokKind::Word && text[t.span.range()].ends_with('.');
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
    if next.para != t.para {
        return true;
    }
    let next_starts = match next.kind {
        TokKind::QuoteOpen => true,
        TokKind::Number => true,
        TokKind::Word => next.is_cap(),
        TokKind::Punct => matches!(next.ch, '(' | '[' | '—' | '–' | '-' | '•' | '*'),
        _ => false,
    };
    if !next_starts {
        return false;
    }
    // “How big is that wall?” Pence said. — a cue clause after a quotation continues the sentence
    // (after a full stop inside the marks, "He added: …" starts a new sentence)
    let asks =
        t.kind == TokKind::Ellipsis || (t.kind == TokKind::Punct && matches!(t.ch, '?' | '!'));
    if asks && k > j + 1 && toks[j + 1].kind == TokKind::QuoteClose && cue_clause_follows(toks, k) {
        return false;
    }
    if abbrev_word {
        let w = &text[t.span.range()];
        let initial = w.chars().count() == 2 && w.chars().next().is_some_and(char::is_uppercase);
        // titles and initials never end a sentence ("Sen. Cruz", "Joseph F. Dunford"); other
        // abbreviations do before a sentence starter ("in the U.S. The …", "Inc. The …")
        if t.is(class::TITLE) || initial || next.kind == TokKind::Number {
            return false;
        }
        return (next.is(class::STARTER) && !next.is(class::TITLE))
            || next.kind == TokKind::QuoteOpen;
    }
    if t.kind == TokKind::Punct && t.ch == '.' && j > 0 {
        let prev = &toks[j - 1];
        if prev.span.end == t.span.start && prev.kind == TokKind::Word {
            let w = &text[prev.span.range()];
            // an initial: "Joseph F. Dunford"
            if w.chars().count() == 1 && w.chars().all(char::is_uppercase) {
                return false;
            }
            if prev.is(class::ABBREV) {
                // titles never end a sentence; other abbreviations do before a sentence starter
                let title_like = prev.is(class::TITLE)
                    || matches!(lex_key(w).as_str(), "no" | "nos" | "st" | "mt" | "ft");
                if title_like || next.kind == TokKind::Number {
                    return false;
                }
                // "… in Santa Monica, Calif. “The reality is …”": a quotation opens the next
                return next.is(class::STARTER) || next.kind == TokKind::QuoteOpen;
            }
        }
    }
    true
}

/// Whether a short subject and a reporting verb start at token `k`: "Pence said", "the
/// senator added", "said Mr. Smith".
fn cue_clause_follows(toks: &[Token], k: usize) -> bool {
    let para = toks[k].para;
    for (n, t) in toks[k..].iter().take(6).enumerate() {
        if t.para != para || (t.kind != TokKind::Word && t.kind != TokKind::Clitic) {
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

fn lex_key(w: &str) -> String {
    crate::lexicon::normalize_key(w)
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
        let paras = paragraphs(text);
        let (_, marks) = crate::quotes::run(text, &paras);
        let mut toks = tokenize(text, &marks, &paras, lex);
        sentences(text, &mut toks).iter().map(|s| text[s.trimmed].to_string()).collect()
    }

    #[test]
    fn paragraphs_and_headings() {
        let text = "Title Case Headline For The Story Here\nOfficials out of the loop\n\n  A sentence.  \nend of article\n";
        let p = paragraphs(text);
        assert_eq!(p.len(), 4);
        assert!(p[0].heading && p[1].heading && !p[2].heading && p[3].heading);
        assert_eq!(&text[p[2].span], "A sentence.");
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
        let paras = paragraphs(text);
        let mut toks = tokenize(text, &[], &paras, lex);
        let s = sentences(text, &mut toks);
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
