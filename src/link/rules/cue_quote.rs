//! `S V, “C”` / `S V: “C”`: a cue clause before a quotation ("She said: “It works.”",
//! "The New York Times reports:" closing the paragraph before). A verb with no subject of
//! its own ("…, saying: “…”") takes the sentence's, with the confidence of the
//! shared-subject rule.

use super::QuoteCx;
use crate::document::TokKind;
use crate::lexicon::class;
use crate::link::clause::shared_subject;
use crate::link::content::{MAX_CONTENT, content_end};
use crate::link::quotation::{cue_before_colon, cue_ending_at, quote_starts_paragraph};
use crate::link::{Draft, DraftCue, Linker};
use crate::model::{Pattern, Resolution};
use crate::phrase::subject_before;
use crate::rule::Rule;

/// The cue candidate before the quotation of `q`, if a cue clause ends right before it.
pub(super) fn cue_before(q: &QuoteCx<'_, '_, '_>) -> Option<usize> {
    let (lk, ss, qa) = (q.lk, q.ss, q.qa);
    let doc = lk.doc;
    if qa < ss || qa == 0 {
        return None;
    }
    if qa == ss && quote_starts_paragraph(lk, qa) {
        // "The New York Times reports:" closing the previous paragraph
        return cue_before_colon(lk, ss);
    }
    let mut p = qa;
    if p > ss && (doc.toks[p - 1].is_punct(',') || doc.toks[p - 1].is_punct(':')) {
        p -= 1;
    }
    cue_ending_at(lk, ss, p)
}

/// The rule.
pub(super) fn apply(q: &QuoteCx<'_, '_, '_>) -> Option<Draft> {
    let lk: &Linker<'_, '_> = q.lk;
    let doc = lk.doc;
    let ci = cue_before(q)?;
    let c = lk.cands[ci];
    let cs = doc.sentence_of(c.start).start;
    let source = subject_before(doc, c.start, cs)
        .filter(|r| !doc.toks[r.start].is(class::WH) || doc.toks[r.start].is(class::PRON));
    // "Trump issued a statement Tuesday saying “…”": the statement is the object of the
    // sentence's verb, and its author the speaker
    let object_document = c.is_participle()
        && source.is_some_and(|r| {
            r.start > cs
                && !doc.toks[r.start - 1].is(class::PREP)
                && doc.toks[r.start - 1].kind == TokKind::Word
                && r.indices().any(|k| doc.toks[k].is(class::DOC))
        });
    let source = if object_document { None } else { source };
    // a fragment or a quotation the sentence goes on after: the content runs on
    let (qa, qb, se) = (q.qa, q.qb, q.se);
    let later = lk.cands_in(qb, se.min(qb + MAX_CONTENT));
    let end = content_end(doc, qa, se, later);
    let span = if end > qb { doc.span(qa, end) } else { doc.quotes[q.qi].span() };
    let cue = Some(DraftCue::Verb(c));
    let mut d = Draft::new(vec![span], cue, source, Pattern::SourceCueQuote, Rule::CueQuote);
    if source.is_none() {
        d.confidence = Rule::SharedSubject.base_confidence();
        d.resolution = Some(Resolution::Subject);
        d.source = shared_subject(lk, c.start, cs);
    }
    Some(d)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_cue_clause_before_the_quotation() {
        finds(
            "Olusegun Bello said: “We will rebuild.”",
            Rule::CueQuote,
            "“We will rebuild.”",
            Some("Olusegun Bello"),
        );
        finds(
            "The mayor told reporters, “The budget is short.”",
            Rule::CueQuote,
            "“The budget is short.”",
            Some("The mayor"),
        );
    }

    #[test]
    fn a_quotation_after_no_cue() {
        misses("The mayor walked in, “The budget is short.”", Rule::CueQuote);
    }
}
