//! Byte spans into the analysed text, and token-index spans.

use std::ops::{Index, Range};

use serde::{Deserialize, Serialize};

/// A half-open range of UTF-8 **byte** offsets into the analysed text.
///
/// # Numbering
///
/// Every `Span` the crate returns counts bytes of the caller's own `&str`, never of a
/// normalised copy: `start` is the offset of the first byte, `end` the offset one past the
/// last byte, so `&text[span.start..span.end]` (or `&text[span]`) is the spanned text and
/// `text.encode()[start:end].decode()` gives the same in Python. Both offsets lie on `char`
/// boundaries and `start <= end <= text.len()`. This is the convention of the evaluation
/// JSONL format, where a span is written `{"start": 1102, "end": 1116}`.
///
/// # Examples
///
/// ```
/// use whosaid::Span;
///
/// let text = "“Yes,” she said.";
/// let quote = Span::new(0, 10); // the curly marks are 3 bytes each
/// assert_eq!(&text[quote], "“Yes,”");
/// assert_eq!(quote.len(), 10);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize,
)]
pub struct Span {
    /// Offset of the first byte.
    pub start: usize,
    /// Offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// Creates a span.
    ///
    /// # Panics
    ///
    /// Panics if `start > end`.
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        assert!(start <= end, "span start after end");
        Span { start, end }
    }

    /// The span as a `Range<usize>`, for slicing.
    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Number of bytes spanned.
    #[must_use]
    pub const fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    #[must_use]
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[must_use]
    pub const fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    #[must_use]
    pub fn cover(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

impl From<Range<usize>> for Span {
    /// # Panics
    ///
    /// Panics if the range runs backwards.
    fn from(r: Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

impl From<Span> for Range<usize> {
    fn from(s: Span) -> Self {
        s.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

/// The bytes a set of spans covers, for "is this inside any of them" in logarithmic time
/// (a scan over all the spans for every question would make long documents quadratic).
#[derive(Debug, Clone, Default)]
pub(crate) struct Coverage {
    /// disjoint, sorted, overlapping spans merged
    spans: Vec<Span>,
}

impl Coverage {
    pub(crate) fn new(spans: impl IntoIterator<Item = Span>) -> Self {
        let mut all: Vec<Span> = spans.into_iter().filter(|s| !s.is_empty()).collect();
        all.sort_unstable_by_key(|s| s.start);
        let mut merged: Vec<Span> = Vec::with_capacity(all.len());
        for s in all {
            match merged.last_mut() {
                Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
                _ => merged.push(s),
            }
        }
        Coverage { spans: merged }
    }

    /// Whether `span` lies entirely inside the covered bytes.
    pub(crate) fn contains(&self, span: Span) -> bool {
        let i = self.spans.partition_point(|s| s.start <= span.start);
        i > 0 && self.spans[i - 1].contains(span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_str_by_bytes() {
        let text = "«Da», a dit Poutine.";
        let s = Span::new(0, 6);
        assert_eq!(&text[s], "«Da»");
        assert_eq!(s.range(), 0..6);
        assert!(!s.is_empty());
        assert_eq!(Span::from(3..5).len(), 2);
    }

    #[test]
    fn containment_and_overlap() {
        let a = Span::new(2, 10);
        assert!(a.contains(Span::new(2, 10)));
        assert!(a.contains(Span::new(4, 5)));
        assert!(!a.contains(Span::new(1, 5)));
        assert!(a.overlaps(Span::new(9, 12)));
        assert!(!a.overlaps(Span::new(10, 12)));
        assert_eq!(a.cover(Span::new(0, 3)), Span::new(0, 10));
    }

    #[test]
    #[should_panic(expected = "span start after end")]
    fn backwards_span_panics() {
        let _ = Span::new(3, 2);
    }

    #[test]
    fn coverage_merges_overlaps_and_answers_containment() {
        let sp = |start, end| Span { start, end };
        let c = Coverage::new([sp(10, 20), sp(0, 5), sp(15, 30), sp(40, 40)]);
        assert!(c.contains(sp(0, 5)));
        assert!(c.contains(sp(12, 28)), "inside the merged 10..30");
        assert!(!c.contains(sp(4, 11)), "across a gap");
        assert!(!c.contains(sp(30, 31)));
        assert!(!c.contains(sp(40, 40)), "empty spans cover nothing");
        assert!(!Coverage::new([]).contains(sp(0, 0)));
    }
}
