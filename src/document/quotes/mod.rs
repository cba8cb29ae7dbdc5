//! Stage 2: quotations.
//!
//! A scanning loop finds the characters that can be quotation marks and runs the nom mark
//! parser there ([`marks::mark`]); each mark's role (open, close, apostrophe) comes from the
//! characters around it and from what is open. Unbalanced marks never spill over: whatever
//! is still open at a paragraph's end closes there, unless the next paragraph reopens the
//! quotation with an opening mark, the convention for quotations that run over several
//! paragraphs.

mod classify;
mod marks;

pub(crate) use classify::classify;

use marks::{Family, Mark, Role};

use crate::document::MarkToken;
use crate::model::{Paragraph, QuoteStyle};
use crate::span::Span;

/// How deep quotations may nest; marks beyond this depth are ignored (keeps the scan linear).
pub(crate) const MAX_QUOTE_NESTING: usize = 8;

/// A quotation before classification.
#[derive(Debug, Clone)]
pub(crate) struct RawQuote {
    pub span: Span,
    pub inner: Span,
    pub style: QuoteStyle,
    pub depth: u8,
    pub terminated: bool,
    pub paragraphs: u16,
}

#[derive(Debug, Clone)]
struct Open {
    family: Family,
    style: QuoteStyle,
    mark: Span,
    reopen: Vec<Span>,
    paragraphs: u16,
}

struct Scanner<'t> {
    text: &'t str,
    stack: Vec<Open>,
    quotes: Vec<RawQuote>,
    marks: Vec<MarkToken>,
}

impl Scanner<'_> {
    fn emit(&mut self, open: Open, depth: usize, close: Option<Span>, end: usize) {
        let close_start = close.map_or(end, |c| c.start);
        let end = close.map_or(end, |c| c.end).max(open.mark.end);
        self.marks.push(MarkToken { span: open.mark, open: true });
        for r in &open.reopen {
            self.marks.push(MarkToken { span: *r, open: true });
        }
        if let Some(c) = close {
            self.marks.push(MarkToken { span: c, open: false });
        }
        self.quotes.push(RawQuote {
            span: Span { start: open.mark.start, end },
            inner: Span { start: open.mark.end, end: close_start.max(open.mark.end) },
            style: open.style,
            depth: depth.min(usize::from(u8::MAX)) as u8,
            terminated: close.is_some(),
            paragraphs: open.paragraphs,
        });
    }

    /// Closes the innermost open quotation of `family`, dropping unpaired single marks above it.
    fn close(&mut self, family: Family, style: Option<QuoteStyle>, mark: Span) -> bool {
        let Some(pos) = self
            .stack
            .iter()
            .rposition(|o| o.family == family && style.is_none_or(|s| s == o.style))
        else {
            return false;
        };
        if self.stack[pos + 1..].iter().any(|o| o.family == Family::Double) {
            // a double quotation still open inside: close it unterminated where this one ends
            while self.stack.len() > pos + 1 {
                let Some(o) = self.stack.pop() else { break };
                if o.family == Family::Double {
                    let depth = self.stack.len();
                    self.emit(o, depth, None, trim_end(self.text, mark.start));
                }
            }
        } else {
            self.stack.truncate(pos + 1);
        }
        if let Some(o) = self.stack.pop() {
            // rock 'n' roll, ’n’: a "quotation" of one or two letters is a pair of apostrophes
            let inner = &self.text[o.mark.end..mark.start];
            if o.family == Family::Single
                && inner.chars().filter(|c| c.is_alphanumeric()).count() <= 2
            {
                return true;
            }
            self.emit(o, pos, Some(mark), mark.end);
        }
        true
    }

    fn open(&mut self, family: Family, style: QuoteStyle, mark: Span) {
        if family == Family::Double
            && let Some(top) = self.stack.last()
            && top.family == Family::Double
            && top.style == style
        {
            // “A, he said. “B.” — a missing closing mark: the first quotation ends here.
            if let Some(o) = self.stack.pop() {
                let depth = self.stack.len();
                self.emit(o, depth, None, trim_end(self.text, mark.start));
            }
        }
        if self.stack.len() < MAX_QUOTE_NESTING {
            self.stack.push(Open { family, style, mark, reopen: Vec::new(), paragraphs: 1 });
        }
    }

    fn has_open(&self, family: Family, style: QuoteStyle) -> bool {
        self.stack.iter().any(|o| o.family == family && o.style == style)
    }

    /// Scans one paragraph, starting at byte `from`.
    fn scan(&mut self, para: Span, from: usize) {
        let text = self.text;
        let bytes = text.as_bytes();
        let mut k = from;
        while k < para.end {
            // quotation marks are ASCII (" ' `) or start with one of three lead bytes: skip
            // everything else without decoding it
            let Some(rel) = bytes[k..para.end]
                .iter()
                .position(|&b| matches!(b, b'"' | b'\'' | b'`' | 0xE2 | 0xC2 | 0xEF))
            else {
                break;
            };
            k += rel;
            let Some(c) = text[k..para.end].chars().next() else { break };
            if !marks::may_start_mark(c) {
                k += c.len_utf8();
                continue;
            }
            let Ok((rest, m)) = marks::mark(&text[k..para.end]) else {
                k += c.len_utf8();
                continue;
            };
            let mut len = para.end - k - rest.len();
            let mut m = m;
            let mut rest = rest;
            // "… 'We'll bomb them,''' said McCain": the single quotation closes first
            if m == Mark::DoubledApostrophe
                && rest.starts_with('\'')
                && self.stack.last().is_some_and(|o| o.family == Family::Single)
            {
                m = Mark::StraightSingle;
                len = 1;
                rest = &text[k + 1..para.end];
            }
            let span = Span { start: k, end: k + len };
            let prev = text[para.start..k].chars().next_back();
            let next = rest.chars().next();
            self.apply(m, marks::role(m, prev, next), span, prev, next);
            k += len.max(1);
        }
    }

    fn apply(&mut self, m: Mark, role: Role, span: Span, prev: Option<char>, next: Option<char>) {
        let spaced_before = prev.is_none_or(char::is_whitespace);
        let word_after = next.is_some_and(char::is_alphanumeric);
        match role {
            Role::Open(family, style) => self.opening(m, family, style, span, prev, next),
            Role::Close(Family::Double) => {
                let closed = self.close(Family::Double, None, span);
                if !closed && spaced_before && word_after {
                    // ”…” or »…«, written with the closing mark as opener
                    let style = if m == Mark::RightGuillemet {
                        QuoteStyle::ReversedGuillemets
                    } else {
                        QuoteStyle::CurlyDouble
                    };
                    self.open(Family::Double, style, span);
                }
            }
            Role::Close(Family::Single) | Role::CloseOrApostrophe => {
                if self.stack.last().is_some_and(|o| o.family == Family::Single) {
                    self.close(Family::Single, None, span);
                }
            }
            Role::Toggle(family, style) => self.toggle(family, style, span, prev, next),
            Role::Apostrophe => {}
        }
    }

    /// An opening mark: opens a quotation, or closes the open one whose closing mark it
    /// stands for.
    fn opening(
        &mut self,
        m: Mark,
        family: Family,
        style: QuoteStyle,
        span: Span,
        prev: Option<char>,
        next: Option<char>,
    ) {
        let spaced_before = prev.is_none_or(char::is_whitespace);
        match (family, style) {
            (Family::Double, QuoteStyle::CurlyDouble)
                if m == Mark::LeftDouble && self.has_open(Family::Double, QuoteStyle::LowHigh) =>
            {
                // „…“: the German-style pair closes with a left double mark.
                self.close(Family::Double, Some(QuoteStyle::LowHigh), span);
            }
            (Family::Double, QuoteStyle::Guillemets)
                if self.has_open(Family::Double, QuoteStyle::ReversedGuillemets)
                    && !spaced_before =>
            {
                self.close(Family::Double, Some(QuoteStyle::ReversedGuillemets), span);
            }
            (Family::Double, QuoteStyle::CurlyDouble)
                if m == Mark::LeftDouble
                    && prev.is_some_and(|p| p.is_alphanumeric() || ",.?!;:".contains(p))
                    && next.is_none_or(char::is_whitespace)
                    && self.has_open(Family::Double, QuoteStyle::CurlyDouble) =>
            {
                // “…,“ said Clyburn — an opening mark typed where the closing one belongs
                self.close(Family::Double, Some(QuoteStyle::CurlyDouble), span);
            }
            _ => self.open(family, style, span),
        }
    }

    /// A straight mark: closes the open quotation it can close, or opens one.
    fn toggle(
        &mut self,
        family: Family,
        style: QuoteStyle,
        span: Span,
        prev: Option<char>,
        next: Option<char>,
    ) {
        let spaced_before = prev.is_none_or(char::is_whitespace);
        let word_after = next.is_some_and(char::is_alphanumeric);
        let closing_position = !spaced_before && !word_after;
        if self.has_open(family, style) && (!spaced_before || !word_after) {
            self.close(family, Some(style), span);
        } else if family == Family::Double
            && closing_position
            && self.stack.iter().any(|o| o.family == Family::Double)
        {
            // “…," — a curly quotation closed with a straight mark
            self.close(Family::Double, None, span);
        } else if !next.is_none_or(char::is_whitespace)
            && (family == Family::Double || !self.has_open(family, style))
        {
            self.open(family, style, span);
        }
    }

    /// End of a paragraph: unpaired single marks were apostrophes; an open double quotation
    /// either continues into `next` (which reopens it) or ends here, unterminated.
    /// Returns the quotation carried over and the reopening mark.
    fn end_paragraph(&mut self, para: Span, next: Option<Span>) -> Option<(Open, Span)> {
        self.stack.retain(|o| o.family == Family::Double);
        if self.stack.is_empty() {
            return None;
        }
        let reopen = next.and_then(|n| {
            let t = &self.text[n.range()];
            let (rest, m) = marks::mark(t).ok()?;
            let outer = &self.stack[0];
            let compatible = match m {
                Mark::LeftDouble | Mark::ReversedDouble | Mark::LowDouble => {
                    matches!(outer.style, QuoteStyle::CurlyDouble | QuoteStyle::LowHigh)
                }
                Mark::LeftGuillemet => outer.style == QuoteStyle::Guillemets,
                Mark::RightGuillemet => outer.style == QuoteStyle::ReversedGuillemets,
                Mark::Straight => outer.style == QuoteStyle::StraightDouble,
                Mark::DoubledApostrophe | Mark::DoubledBacktick => {
                    outer.style == QuoteStyle::DoubledApostrophes
                }
                _ => false,
            };
            // “…,” she said. — a quotation attributed on its own line starts afresh, unless
            // the open one filled its whole paragraph (the usual multi-paragraph quotation)
            let whole_paragraph = outer.mark.start == para.start;
            (compatible && (whole_paragraph || !attributed_restart(rest)))
                .then(|| Span { start: n.start, end: n.start + (t.len() - rest.len()) })
        });
        // inner quotations close here, unterminated
        while self.stack.len() > 1 {
            if let Some(o) = self.stack.pop() {
                let depth = self.stack.len();
                self.emit(o, depth, None, para.end);
            }
        }
        let outer = self.stack.pop()?;
        match reopen {
            Some(mark) => Some((outer, mark)),
            None => {
                self.emit(outer, 0, None, para.end);
                None
            }
        }
    }
}

/// Whether a paragraph (after its opening mark) closes its quotation with a comma and goes
/// on: “…,” she said — the sign of a new quotation rather than the continuation of one.
fn attributed_restart(rest: &str) -> bool {
    let Some(close) = rest.find(['”', '"', '»']) else { return false };
    let before = rest[..close].trim_end();
    let after = rest[close..].chars().nth(1);
    before.ends_with(',') && after.is_some_and(char::is_whitespace)
}

fn trim_end(text: &str, end: usize) -> usize {
    end - text[..end].len() + text[..end].trim_end().len()
}

/// Finds the quotations of the text and the marks that delimit them.
pub(crate) fn run(text: &str, paras: &[Paragraph]) -> (Vec<RawQuote>, Vec<MarkToken>) {
    let mut sc = Scanner { text, stack: Vec::new(), quotes: Vec::new(), marks: Vec::new() };
    let mut carry: Option<(Open, Span)> = None;
    for (i, p) in paras.iter().enumerate() {
        let mut from = p.span.start;
        if let Some((mut open, mark)) = carry.take() {
            open.reopen.push(mark);
            open.paragraphs = open.paragraphs.saturating_add(1);
            sc.stack.push(open);
            from = mark.end;
        }
        sc.scan(p.span, from);
        carry = sc.end_paragraph(p.span, paras.get(i + 1).map(|n| n.span));
    }
    if let Some((open, _)) = carry {
        // cannot happen (a carry needs a next paragraph), but never lose a quotation
        let end = paras.last().map_or(open.mark.end, |p| p.span.end);
        sc.emit(open, 0, None, end);
    }
    sc.quotes.sort_by_key(|q| (q.span.start, std::cmp::Reverse(q.span.end)));
    sc.marks.sort_by_key(|m| m.span.start);
    sc.marks.dedup_by_key(|m| m.span.start);
    (sc.quotes, sc.marks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::segment::paragraphs;

    fn quotes(text: &str) -> Vec<(String, bool, u8)> {
        let paras = paragraphs(text, crate::lexicon::Lexicon::builtin());
        run(text, &paras)
            .0
            .iter()
            .map(|q| (text[q.span].to_string(), q.terminated, q.depth))
            .collect()
    }

    #[test]
    fn curly_and_nested() {
        let text = "“There are real problems with this so-called ‘peace plan,’ and I doubt it,” said Wicker.";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(
            q[0].0,
            "“There are real problems with this so-called ‘peace plan,’ and I doubt it,”"
        );
        assert_eq!(q[1], ("‘peace plan,’".to_string(), true, 1));
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(
            quotes("The world’s worst, don't, the '90s, rock 'n' roll and Jones’ book.").is_empty()
        );
        assert_eq!(quotes("He said 'no way' today.").len(), 1);
    }

    #[test]
    fn straight_guillemets_and_low_high() {
        assert_eq!(quotes("He said \"yes\" and \"no.\"").len(), 2);
        assert_eq!(quotes("Il a dit «non» hier.")[0].0, "«non»");
        assert_eq!(quotes("Er sagte „nein“ gestern.")[0].0, "„nein“");
        assert_eq!(quotes("Er sagte »nein« gestern.")[0].0, "»nein«");
        assert_eq!(quotes("''It's hard,'' he said.")[0].0, "''It's hard,''");
    }

    #[test]
    fn multi_paragraph_quotation() {
        let text = "“First paragraph of the speech.\n\n“Second paragraph,” she said.\nNext.";
        let q = quotes(text);
        assert_eq!(q.len(), 1);
        assert!(q[0].1);
        let paras = paragraphs(text, crate::lexicon::Lexicon::builtin());
        assert_eq!(run(text, &paras).0[0].paragraphs, 2);
    }

    #[test]
    fn unbalanced_marks_recover_at_paragraph_end() {
        let text = "He said “this never closes.\nThe next “paragraph” is fine.";
        let q = quotes(text);
        assert_eq!(q.len(), 2);
        assert_eq!(q[0], ("“this never closes.".to_string(), false, 0));
        assert_eq!(q[1].0, "“paragraph”");
    }

    #[test]
    fn missing_close_before_a_new_open() {
        let q = quotes("“First part, he said. “Second part.”");
        assert_eq!(q.len(), 2);
        assert_eq!(q[0], ("“First part, he said.".to_string(), false, 0));
    }
}
