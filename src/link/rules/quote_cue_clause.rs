//! `“C,” S V.` / `“C,” V S.`: a quotation followed by its cue clause ("“It works,” she
//! said"), with the words before the quotation in its sentence ("… can “take their
//! frustrations,” Sexton said") and split quotes (“C1,” he said, “C2.”).

use super::QuoteCx;
use crate::lexicon::class;
use crate::link::content::trim;
use crate::link::quotation::{
    cue_clause_after, cue_ending_at, quote_at, takes_own_clause, text_before_close_ends,
};
use crate::link::{Draft, DraftCue};
use crate::rule::Rule;
use crate::span::Span;

/// The rule.
pub(super) fn apply(q: &QuoteCx<'_, '_, '_>) -> Option<Draft> {
    let (lk, ss, se, qa, qb) = (q.lk, q.ss, q.se, q.qa, q.qb);
    let doc = lk.doc;
    let quote = &doc.quotes[q.qi];
    // "When someone in the audience shouted, “Cruz,” Beck joked": a cue right before the
    // quotation claims it first
    let led = qa > ss
        && (doc.toks[qa - 1].is_punct(',') || doc.toks[qa - 1].is_punct(':'))
        && cue_ending_at(lk, ss, qa - 1).is_some();
    // "Asked whether Clinton “has the integrity …,” 75 percent said yes": the quotation is
    // part of the question put to the speaker
    let in_question = super::question::asked_lead(doc, ss, se).is_some_and(|c| qb <= c + 1);
    if !quote.is_terminated() || qb <= ss || qb > se || led || in_question {
        return None;
    }
    let mut k = qb;
    if k < se && doc.toks[k].is_punct(',') {
        k += 1;
    }
    // “…, too" Sweeny said — a comma may be missing when the quotation opens the sentence
    let opens_sentence = !doc.words_before(qa);
    let quote_ends_clause = k > qb || text_before_close_ends(doc, qb) || opens_sentence;
    if !quote_ends_clause || k >= se {
        return None;
    }
    let (ci, src, clause_end, pattern) = cue_clause_after(lk, k, se)?;
    if takes_own_clause(lk, ci, clause_end, se) {
        return None;
    }
    // words before the quotation in its sentence belong to the content (after a colon or a
    // comma they belong to the reporter)
    let os = doc.sentence_of(qa).start;
    let lead = doc.words_before(qa) && qa > 0 && doc.toks[qa - 1].is_word();
    let first = if lead { doc.span(os, qa).start } else { quote.span().start };
    let mut content = vec![Span { start: first, end: quote.span().end }];
    if let Some(second) = second_part(q, clause_end) {
        content.push(second);
    }
    let c = lk.cands[ci];
    Some(Draft::new(content, Some(DraftCue::Verb(c)), Some(src), pattern, Rule::QuoteCueClause))
}

/// The second part of a split quote after the cue clause ending at `clause_end`: “C1,” he
/// said, “C2.”; “C1,” Thiel wrote in a statement to Wired …, “but C2.”; Mills “got an
/// immunity deal,” Jordan said, and still “got to sit in …”.
fn second_part(q: &QuoteCx<'_, '_, '_>, clause_end: usize) -> Option<Span> {
    let (lk, se) = (q.lk, q.se);
    let doc = lk.doc;
    let mut j = clause_end;
    while j < se && (doc.toks[j].is_punct(',') || doc.toks[j].is_punct(':')) {
        j += 1;
    }
    if let Some(q2) = quote_at(lk, j)
        && j > clause_end
    {
        return Some(doc.quotes[q2].span());
    }
    if let Some(q2) = (clause_end..se)
        .find(|&x| doc.toks[x].is_punct(',') && quote_at(lk, x + 1).is_some())
        .and_then(|x| quote_at(lk, x + 1))
        .filter(|&q2| doc.quote_range[q2].end >= se)
        // "…,” she said, adding, “…”": the participle has its own quotation
        .filter(|&q2| lk.cands_in(clause_end, doc.quote_range[q2].start).is_empty())
    {
        return Some(doc.quotes[q2].span());
    }
    if j > clause_end && (doc.is_word(j, "and") || doc.is_word(j, "but")) {
        let mut x = j + 1;
        while x < se && doc.toks[x].is(class::ADV) {
            x += 1;
        }
        if let Some(q2) = quote_at(lk, x)
            && doc.quote_range[q2].end >= trim(doc, x, se)
        {
            let end = doc.quotes[q2].span().end;
            return Some(Span { start: doc.toks[j].start(), end });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_quotation_and_its_cue_clause() {
        finds(
            "“The clinic will stay open,” said Dr. Ayumi Tanaka.",
            Rule::QuoteCueClause,
            "“The clinic will stay open,”",
            Some("Dr. Ayumi Tanaka"),
        );
        finds(
            "“We ran out of beds,” the nurse said, “and then out of staff.”",
            Rule::QuoteCueClause,
            "“We ran out of beds,” | “and then out of staff.”",
            Some("the nurse"),
        );
    }

    #[test]
    fn a_quotation_without_a_cue_clause() {
        misses("“The clinic will stay open,” the sign read in red letters.", Rule::QuoteCueClause);
    }
}
