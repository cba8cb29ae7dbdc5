//! Guard: "who asked not to be identified", "who requested anonymity", "not authorized to
//! discuss the talks" state a condition of anonymity, not a claim.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::value;
use nom::multi::many0_count;

use super::{Cx, Verdict};
use crate::lexicon::{class, set};
use crate::parse::{Toks, class as of_class, in_set, word};

/// The guard.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let doc = cx.doc;
    let text = doc.text;
    let lex = doc.lex;
    // cue "not" "to" "be" identified|named|quoted  |  cue ("for" | det)* "anonymity"
    let unnamed =
        (word(text, "not"), word(text, "to"), word(text, "be"), in_set(lex, set::UNNAMED));
    let anonymity =
        (many0_count(alt((word(text, "for"), of_class(class::DET)))), word(text, "anonymity"));
    let after = alt((value((), unnamed), value((), anonymity)))
        .parse_complete(Toks::new(&doc.toks, cx.c.end, cx.se));
    // authorized|allowed|… "to" cue
    let before = cx.c.start >= cx.ss + 2
        && (in_set(lex, set::AUTHORIZED), word(text, "to"))
            .parse_complete(Toks::new(&doc.toks, cx.c.start - 2, cx.c.start))
            .is_ok();
    if after.is_ok() || before { Verdict::Stop } else { Verdict::Next }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, guards};
    use crate::rule::Rule;

    #[test]
    fn conditions_of_anonymity_are_no_claims() {
        for text in [
            "Two officials, who asked not to be identified, attended the meeting.",
            "An aide who asked not to be named attended the meeting.",
            "A diplomat who requested anonymity attended the talks.",
            "Officials not authorized to describe the talks were there.",
        ] {
            guards(text, Rule::AnonymityCondition);
        }
    }

    #[test]
    fn other_requests_still_report() {
        finds(
            "The mayor asked that the council vote again.",
            Rule::SubjectContent,
            "that the council vote again",
            Some("The mayor"),
        );
    }
}
