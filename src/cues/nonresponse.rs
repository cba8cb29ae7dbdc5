//! Non-responses: "declined to comment", "did not immediately respond to requests for
//! comment", "could not be reached", "refused to discuss". A nom grammar over the tokens.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::{opt, value};
use nom::multi::many0;

use crate::lexicon::{Lexicon, set};
use crate::model::ResponseKind;
use crate::parse::{TResult, Toks, any_word, in_set, word};

/// The grammar, bound to the document text.
pub(crate) struct Grammar<'a> {
    text: &'a str,
    lex: &'a Lexicon,
}

impl<'a> Grammar<'a> {
    pub(crate) fn new(text: &'a str, lex: &'a Lexicon) -> Self {
        Grammar { text, lex }
    }

    fn adverbs(&self, i: Toks<'a>) -> TResult<'a, Vec<usize>> {
        many0(in_set(self.lex, set::RESPONSE_ADVERB)).parse_complete(i)
    }

    /// declined := ("declined" | "refused" | "declines" | "refuses") adv* "to" adv* talk
    ///           | ("declined" | "refused") ("comment" | "requests" | "a" "request" | "an" "interview" …)
    fn declined(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let verb = any_word(
            t,
            &[
                "declined",
                "declines",
                "decline",
                "declining",
                "refused",
                "refuses",
                "refuse",
                "refusing",
            ],
        );
        let to_talk = (
            |i| self.adverbs(i),
            word(t, "to"),
            |i| self.adverbs(i),
            in_set(self.lex, set::RESPONSE_TALK),
        );
        let noun = any_word(
            t,
            &[
                "comment",
                "requests",
                "request",
                "interview",
                "interviews",
                "repeated",
                "multiple",
                "several",
                "a",
                "an",
            ],
        );
        value(ResponseKind::Declined, (verb, alt((value((), to_talk), value((), noun)))))
            .parse_complete(i)
    }

    /// no_response := (aux "not" | negated-aux) adv* answer request*
    fn did_not(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let aux_not = alt((
            value(
                (),
                (
                    any_word(t, &["did", "does", "do", "has", "have", "had", "would", "will"]),
                    word(t, "not"),
                ),
            ),
            value((), in_set(self.lex, set::NEGATED_AUX)),
        ));
        let request = many0(in_set(self.lex, set::RESPONSE_REQUEST));
        value(
            ResponseKind::NoResponse,
            (aux_not, |i| self.adverbs(i), in_set(self.lex, set::RESPONSE_ANSWER), request),
        )
        .parse_complete(i)
    }

    /// unreachable := ("could" | "can" | "couldn't" …) "not"? adv* "be" adv* "reached"
    ///              | be "not" adv* "available" ("for" "comment")?
    fn unreachable(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let reached = (
            alt((
                value((), (any_word(t, &["could", "can", "would"]), word(t, "not"))),
                value((), any_word(t, &["couldn't", "can't", "cannot", "wouldn't"])),
            )),
            |i| self.adverbs(i),
            word(t, "be"),
            |i| self.adverbs(i),
            word(t, "reached"),
        );
        let unavailable = (
            alt((
                value((), (any_word(t, &["was", "were", "is", "are"]), word(t, "not"))),
                value((), any_word(t, &["wasn't", "weren't", "isn't", "aren't"])),
            )),
            |i| self.adverbs(i),
            word(t, "available"),
            opt((word(t, "for"), any_word(t, &["comment", "an"]))),
        );
        value(ResponseKind::Unreachable, alt((value((), reached), value((), unavailable))))
            .parse_complete(i)
    }

    /// no_comment := ("had" | "has" | "have") "no" ("immediate" | "further")? "comment"
    fn no_comment(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        value(
            ResponseKind::Declined,
            (
                any_word(t, &["had", "has", "have"]),
                word(t, "no"),
                opt(any_word(t, &["immediate", "further"])),
                word(t, "comment"),
            ),
        )
        .parse_complete(i)
    }

    /// nonresponse := declined | no_response | unreachable | no_comment
    pub(crate) fn nonresponse(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        alt((
            |i| self.declined(i),
            |i| self.did_not(i),
            |i| self.unreachable(i),
            |i| self.no_comment(i),
        ))
        .parse_complete(i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::document::Doc;
    use crate::lexicon::Lexicon;

    fn parse(text: &str) -> Option<(ResponseKind, String)> {
        let config = Config::default();
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        let g = Grammar::new(text, doc.lex);
        let (rest, kind) = g.nonresponse(Toks::new(&doc.toks, 0, doc.toks.len())).ok()?;
        Some((kind, text[doc.span(0, rest.pos()).range()].to_string()))
    }

    #[test]
    fn recognises_each_form() {
        assert_eq!(parse("declined to comment.").map(|p| p.0), Some(ResponseKind::Declined));
        assert_eq!(
            parse("did not immediately respond to requests for comment").map(|p| p.1),
            Some("did not immediately respond to requests for comment".into())
        );
        assert_eq!(parse("didn’t return messages").map(|p| p.0), Some(ResponseKind::NoResponse));
        assert_eq!(
            parse("did not return a phone call seeking comment on Friday"),
            Some((
                ResponseKind::NoResponse,
                "did not return a phone call seeking comment".to_string()
            ))
        );
        assert_eq!(
            parse("could not be reached for comment").map(|p| p.0),
            Some(ResponseKind::Unreachable)
        );
        assert_eq!(
            parse("was not immediately available for comment").map(|p| p.0),
            Some(ResponseKind::Unreachable)
        );
        assert_eq!(parse("refused to discuss the plan").map(|p| p.0), Some(ResponseKind::Declined));
        assert_eq!(parse("had no immediate comment").map(|p| p.0), Some(ResponseKind::Declined));
    }

    #[test]
    fn other_verbs_are_not_non_responses() {
        assert_eq!(parse("did not say whether"), None);
        assert_eq!(parse("declined sharply in 2020"), None);
        assert_eq!(parse("responded quickly"), None);
    }
}
