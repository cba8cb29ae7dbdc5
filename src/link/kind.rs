//! Direct, indirect or mixed: which words of the content are inside quotation marks.

use crate::document::Doc;
use crate::model::AttributionKind;
use crate::span::Span;

/// The kind of a content: direct when every word is quoted, indirect when none is.
pub(crate) fn of(doc: &Doc<'_>, content: &[Span]) -> AttributionKind {
    let mut quoted = 0usize;
    let mut plain = 0usize;
    for s in content {
        let a = doc.toks.partition_point(|t| t.start() < s.start);
        for t in doc.toks[a..].iter().take_while(|t| t.end() <= s.end) {
            if !t.is_word() {
                continue;
            }
            if t.in_quote() {
                quoted += 1;
            } else {
                plain += 1;
            }
        }
    }
    match (quoted, plain) {
        (0, _) => AttributionKind::Indirect,
        (_, 0) => AttributionKind::Direct,
        _ => AttributionKind::Mixed,
    }
}
