//! Non-responses: "declined to comment", "did not immediately respond to requests for
//! comment", "could not be reached", "refused to discuss". A nom grammar over the tokens.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::{opt, value};
use nom::multi::many0_count;

use crate::lexicon::{Lexicon, set};
use crate::model::ResponseKind;
use crate::parse::{TResult, Toks, in_set, word};

/// The grammar, bound to the document text.
pub(crate) struct Grammar<'a> {
    text: &'a str,
    lex: &'a Lexicon,
}

impl<'a> Grammar<'a> {
    pub(crate) fn new(text: &'a str, lex: &'a Lexicon) -> Self {
        Grammar { text, lex }
    }

    /// Any number of adverbs, counted (nothing is allocated).
    fn adverbs(&self, i: Toks<'a>) -> TResult<'a, usize> {
        many0_count(in_set(self.lex, set::RESPONSE_ADVERB)).parse_complete(i)
    }

    /// declined := decline adv* "to" adv* talk | decline declined_what
    /// (decline: "declined", "refuses" …; declined_what: "comment", "requests", "an" …)
    fn declined(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let verb = in_set(self.lex, set::DECLINE);
        let to_talk = (
            |i| self.adverbs(i),
            word(t, "to"),
            |i| self.adverbs(i),
            in_set(self.lex, set::RESPONSE_TALK),
        );
        let noun = in_set(self.lex, set::DECLINED_WHAT);
        value(ResponseKind::Declined, (verb, alt((value((), to_talk), value((), noun)))))
            .parse_complete(i)
    }

    /// no_response := (negatable_aux "not" | negated_aux) adv* answer request*
    fn did_not(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let aux_not = alt((
            value((), (in_set(self.lex, set::NEGATABLE_AUX), word(t, "not"))),
            value((), in_set(self.lex, set::NEGATED_AUX)),
        ));
        let request = many0_count(in_set(self.lex, set::RESPONSE_REQUEST));
        value(
            ResponseKind::NoResponse,
            (aux_not, |i| self.adverbs(i), in_set(self.lex, set::RESPONSE_ANSWER), request),
        )
        .parse_complete(i)
    }

    /// unreachable := (able_modal "not" | negated_able_modal) adv* "be" adv* "reached"
    ///              | (finite_be "not" | negated_be) adv* "available" ("for" available_for)?
    fn unreachable(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        let reached = (
            alt((
                value((), (in_set(self.lex, set::ABLE_MODAL), word(t, "not"))),
                value((), in_set(self.lex, set::NEGATED_ABLE_MODAL)),
            )),
            |i| self.adverbs(i),
            word(t, "be"),
            |i| self.adverbs(i),
            word(t, "reached"),
        );
        let unavailable = (
            alt((
                value((), (in_set(self.lex, set::FINITE_BE), word(t, "not"))),
                value((), in_set(self.lex, set::NEGATED_BE)),
            )),
            |i| self.adverbs(i),
            word(t, "available"),
            opt((word(t, "for"), in_set(self.lex, set::AVAILABLE_FOR))),
        );
        value(ResponseKind::Unreachable, alt((value((), reached), value((), unavailable))))
            .parse_complete(i)
    }

    /// no_comment := finite_have "no" comment_adjective? "comment"
    fn no_comment(&self, i: Toks<'a>) -> TResult<'a, ResponseKind> {
        let t = self.text;
        value(
            ResponseKind::Declined,
            (
                in_set(self.lex, set::FINITE_HAVE),
                word(t, "no"),
                opt(in_set(self.lex, set::COMMENT_ADJECTIVE)),
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
