//! "Rubio is seen as the candidate with the best chance", "Pigs are considered unclean",
//! "Arpaio, who is known for his tough stance": how a subject is regarded, by no one in
//! particular, or by the agent the text names ("are considered unclean by some groups").
//! Verbs of the `regard` frame (with "as" or an infinitive), of the `known` frame (with
//! "for" or "as") and of the `bare` frame (a bare complement).

use super::{Cx, Verdict};
use crate::document::TokRange;
use crate::lexicon::{class, frame};
use crate::link::content::{content_end, phrase_end, trim};
use crate::model::Pattern;
use crate::phrase::np_after;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, c, se) = (cx.doc, cx.c, cx.se);
    if cx.subj_is("it") {
        return Verdict::Next;
    }
    let Some(TokRange { start: s, end: e }) = cx.subj() else { return Verdict::Next };
    let mut j = c.end;
    while j < se && doc.toks[j].is(class::ADV) && !doc.is_word(j, "as") {
        j += 1;
    }
    let known = cx.has(frame::KNOWN);
    let marker = doc.is_word(j, "as")
        || (known && doc.is_word(j, "for"))
        || (!known && doc.is_word(j, "to"));
    // "are considered unclean", "is considered an asset": a bare complement
    let bare = cx.has(frame::BARE)
        && j < se
        && doc.toks[j].is_word()
        && !doc.toks[j].is(class::PREP | class::CONJ | class::SUBORD | class::WH);
    if !(marker || bare) || j >= se {
        return Verdict::Next;
    }
    let from = if marker && !doc.is_word(j, "to") { j + 1 } else { j };
    let mut ce = phrase_end(doc, from, content_end(doc, from, se, cx.later));
    // "are considered unclean by some groups": the agent is the source
    let agent = (from + 1..ce).find(|&k| doc.is_word(k, "by") && !doc.toks[k].in_quote());
    let source = agent.and_then(|k| np_after(doc, k + 1, se).map(|e2| TokRange::new(k + 1, e2)));
    if let (Some(k), Some(_)) = (agent, source) {
        ce = trim(doc, from, k);
    }
    if ce <= from {
        return Verdict::Next;
    }
    let content = vec![doc.span(s, e), doc.span(from, ce)];
    let pattern = if source.is_some() { Pattern::SourceCueContent } else { Pattern::Sourceless };
    Verdict::Link(cx.draft(content, source, pattern, Rule::Regard))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn how_a_subject_is_regarded() {
        finds(
            "Tomasz Wiśniewski is seen as the frontrunner.",
            Rule::Regard,
            "Tomasz Wiśniewski | the frontrunner",
            None,
        );
        finds(
            "The sheriff is known for his tough stance on immigration.",
            Rule::Regard,
            "The sheriff | his tough stance on immigration",
            None,
        );
        finds(
            "Pigs are considered unclean by some groups.",
            Rule::Regard,
            "Pigs | unclean",
            Some("some groups"),
        );
    }

    #[test]
    fn other_passives_are_not_regard() {
        misses("The sheriff was seen at the rally.", Rule::Regard);
        misses("It is considered unwise.", Rule::Regard);
    }
}
