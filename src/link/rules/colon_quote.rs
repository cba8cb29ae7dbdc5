//! `S …: “C”`: a clause closed by a colon before a quotation, the colon as the cue ("Trump
//! boomed: “…”", "Clinton issued the following statement: “…”"), where no cue verb ends
//! right before the colon.

use super::QuoteCx;
use crate::link::quotation::colon_clause;
use crate::link::{Draft, DraftCue};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(q: &QuoteCx<'_, '_, '_>) -> Option<Draft> {
    let (lk, ss, qa) = (q.lk, q.ss, q.qa);
    let doc = lk.doc;
    if qa <= ss || !doc.toks[qa - 1].is_punct(':') || super::cue_quote::cue_before(q).is_some() {
        return None;
    }
    let p = qa - 1;
    let (src, start) = colon_clause(lk, ss, p)?;
    let cue = Some(DraftCue::Colon { start, end: p + 1 });
    Some(Draft::new(
        vec![doc.quotes[q.qi].span()],
        cue,
        Some(src),
        Pattern::Colon,
        Rule::ColonQuote,
    ))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_clause_closed_by_a_colon() {
        finds(
            "Ximena Quispe fired back: “We are out of money.”",
            Rule::ColonQuote,
            "“We are out of money.”",
            Some("Ximena Quispe"),
        );
    }

    #[test]
    fn a_cue_verb_before_the_colon_is_the_cue() {
        misses("Ximena Quispe said: “We are out of money.”", Rule::ColonQuote);
    }
}
