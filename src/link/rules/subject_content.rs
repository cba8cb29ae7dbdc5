//! `S V (that) C`, `S V O (that) C`, `S described X as Y`: the content after the cue, with
//! the addressee skipped ("told Reuters that …") and the sources cited before it ("Reuters
//! reported, citing two officials, that …").

use super::{Cx, Verdict};
use crate::cues::CueCand;
use crate::document::TokRange;
use crate::document::{Shape, TokKind};
use crate::lexicon::{class, frame, set};
use crate::link::clause::{
    citing, citing_at, embedded_clause_end, relative_subject, with_appositive,
};
use crate::link::content::{self, content_end, content_start, phrase_end, trim};
use crate::model::{CueClass, Pattern};
use crate::phrase::np_after;
use crate::rule::Rule;

/// The rule.
pub(super) fn apply(cx: &Cx<'_, '_, '_>) -> Verdict {
    let (doc, se) = (cx.doc, cx.se);
    let Some(src) = cx.subj() else { return Verdict::Next };
    let (before_content, cited) = cited_after_cue(cx);
    let Some(start) = content_start(doc, &before_content, se, extra_frames(cx, src)) else {
        return Verdict::Next;
    };
    let (j, object) = (start.at, start.object);
    let mut e = content_end(doc, j, se, cx.later);
    if start.shape == content::Shape::Phrase {
        e = phrase_end(doc, j, e);
        if addresses_people(cx, j, e) {
            return Verdict::Stop;
        }
    }
    let e = clause_content_end(cx, src, j, e);
    // "Experts have also expressed concern.": a feeling with nothing it is about
    if e <= j || (cx.has(frame::FEELING) && e == j + 1) {
        return Verdict::Stop;
    }
    let that = doc.is_word(j, "that") || doc.toks[j].kind == TokKind::QuoteOpen;
    let pattern = if cx.has(frame::AS) && (j..e).any(|k| doc.is_word(k, "as")) {
        Pattern::DescribedAs
    } else if object {
        Pattern::SourceCueObjectContent
    } else {
        Pattern::SourceCueContent
    };
    let mut d = cx.draft(vec![doc.span(j, e)], Some(src), pattern, Rule::SubjectContent);
    d.confidence = cx.confidence(Rule::SubjectContent, that);
    // "… that the bank would cut jobs, citing people familiar with the matter"
    if let Some(cited) =
        cited.or_else(|| citing_at(doc, e + 1).then(|| citing(cx.lk, e, se)).flatten())
    {
        d.citing.push(cited);
    }
    Verdict::Link(d)
}

/// The sources cited between the cue and its content ("Reuters reported, citing multiple
/// sources familiar with the matter, that …"): the cue with them taken in, and their noun
/// phrase.
fn cited_after_cue(cx: &Cx<'_, '_, '_>) -> (CueCand, Option<TokRange>) {
    let (doc, c, se) = (cx.doc, cx.c, cx.se);
    let mut before_content = c;
    let mut cited = None;
    if doc.toks.get(c.end).is_some_and(|t| t.is_punct(','))
        && citing_at(doc, c.end + 1)
        && let Some(e) = np_after(doc, c.end + 2, se)
    {
        let e = with_appositive(cx.lk, e, se);
        if e + 1 < se && doc.toks[e].is_punct(',') {
            cited = Some(TokRange::new(c.end + 2, e));
            before_content.end = e + 1;
        }
    }
    (before_content, cited)
}

/// The end `e` of the content at `j` cut to the clause the cue stands in: a subordinate
/// clause ends at its comma ("Although he acknowledged that the event was tragic, he
/// maintained …"), a relative clause's content before the verb of the sentence it stands in
/// ("Residents who said the water smelled of fuel filed a complaint").
fn clause_content_end(cx: &Cx<'_, '_, '_>, src: TokRange, j: usize, mut e: usize) -> usize {
    let doc = cx.doc;
    if subordinate(cx, src)
        && let Some(comma) = (j..e).find(|&k| doc.toks[k].is_punct(','))
    {
        e = trim(doc, j, comma);
    }
    if relative_subject(doc, src, cx.ss) {
        e = embedded_clause_end(cx.lk, j, e);
    }
    e
}

/// Frames the content may take beyond the verb's own: a record's findings need no "that"
/// ("FEC records show Eksili has donated …", "a poll found Clinton leading"), and the answer
/// to the question a sentence opens with may be a bare noun phrase ("Asked who leads the
/// party, he said Ryan.").
fn extra_frames(cx: &Cx<'_, '_, '_>, src: TokRange) -> u32 {
    let mut extra = 0;
    if is_record(cx, src) && cx.class() == CueClass::Evidence {
        extra |= frame::THAT | frame::NP;
    }
    if cx.answers() {
        extra |= frame::NP;
    }
    extra
}

/// Whether the subject is a record: its head (before any prepositional phrase: "A survey of
/// 500 renters found …") a document noun. Pictures are the reporter's evidence, not a
/// record's claim ("Photos showed Luna …"), unless an outlet verified them ("Footage
/// verified by Reuters shows …").
fn is_record(cx: &Cx<'_, '_, '_>, TokRange { start: s, end: e }: TokRange) -> bool {
    let doc = cx.doc;
    let head_end = (s + 1..e)
        .find(|&k| {
            doc.toks[k].is(class::PREP)
                || doc.toks[k].is_punct(',')
                || crate::phrase::participle_after_noun(doc, k)
        })
        .unwrap_or(e);
    (s..head_end).rev().find(|&k| doc.toks[k].is_word()).is_some_and(|h| {
        doc.toks[h].is(class::DOC)
            && (!doc.toks[h].is(class::VISUAL)
                || (s..e).any(|k| doc.in_set(k, set::VERIFIED) && doc.is_word(k + 1, "by")))
    })
}

/// "acknowledged the crowd", "noted the audience": people are whom a plain or assertive cue
/// addresses, not what it says. The noun phrase `[j, e)` is the whole content; its head
/// stands before any preposition (not an addressee asked to do something: "urged supporters
/// to vote").
fn addresses_people(cx: &Cx<'_, '_, '_>, j: usize, e: usize) -> bool {
    let doc = cx.doc;
    let head = np_after(doc, j, e).filter(|&x| !doc.in_set(x, set::ADDRESSEE_CUT)).and_then(|x| {
        let x = (j + 1..x).find(|&k| doc.toks[k].is(class::PREP)).unwrap_or(x);
        (j..x).rev().find(|&k| doc.toks[k].is_word())
    });
    head.is_some_and(|h| doc.toks[h].is(class::VAGUE) && doc.toks[h].shape == Shape::Lower)
        && matches!(cx.class(), CueClass::Neutral | CueClass::Assertive)
}

/// Whether the cue clause is subordinate ("Although he acknowledged …, he maintained …";
/// adverbials may stand between: "Although in September she said …, …").
fn subordinate(cx: &Cx<'_, '_, '_>, src: TokRange) -> bool {
    let (doc, ss) = (cx.doc, cx.ss);
    let mut lead = ss;
    while lead < src.start && doc.toks[lead].is(class::CONJ) {
        lead += 1;
    }
    (src.start > ss
        && doc.toks[src.start - 1].is(class::SUBORD)
        && !doc.is_word(src.start - 1, "that"))
        || (lead < src.start
            && doc.toks[lead].is(class::SUBORD)
            && !doc.toks[lead].is(class::PREP)
            && !doc.is_word(lead, "that")
            && !doc.toks[lead..cx.c.start].iter().any(|t| t.is_punct(',')))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, found, misses};
    use crate::rule::Rule;

    #[test]
    fn the_content_after_the_cue() {
        finds(
            "Nguyen Thi Lan said the clinic would close in May.",
            Rule::SubjectContent,
            "the clinic would close in May",
            Some("Nguyen Thi Lan"),
        );
        finds(
            "The landlord told tenants that rents would rise.",
            Rule::SubjectContent,
            "that rents would rise",
            Some("The landlord"),
        );
        finds(
            "A spokesman for the district described the cuts as painful.",
            Rule::SubjectContent,
            "the cuts as painful",
            Some("A spokesman for the district"),
        );
    }

    #[test]
    fn the_sources_of_a_report_before_its_content() {
        let all = found("Reuters reported, citing two officials, that the mine would close.");
        assert_eq!(all.len(), 1, "{all:?}");
        assert_eq!(all[0].content, ["that the mine would close"]);
    }

    #[test]
    fn people_addressed_and_feelings_alone_are_no_content() {
        misses("The senator acknowledged the crowd.", Rule::SubjectContent);
        misses("Experts have also expressed concern.", Rule::SubjectContent);
    }

    #[test]
    fn a_relative_clause_in_the_subject_ends_before_the_sentence_verb() {
        for (text, content) in [
            (
                "Residents who said the water smelled of fuel filed a complaint.",
                "the water smelled of fuel",
            ),
            (
                "Residents, who said the water smelled of fuel, filed a complaint.",
                "the water smelled of fuel",
            ),
            (
                "Tenants who said rents had been raised twice moved out.",
                "rents had been raised twice",
            ),
            (
                "Officials who said the plan would not have worked resigned.",
                "the plan would not have worked",
            ),
            (
                "Workers who said they were owed wages, including overtime, sued the firm.",
                "they were owed wages, including overtime",
            ),
        ] {
            let all = found(text);
            assert_eq!(all.len(), 1, "{text}: {all:?}");
            assert_eq!(all[0].content, [content], "{text}");
        }
        // an object's relative clause runs to the sentence end
        finds(
            "The mayor met residents who said the water that leaked smelled of fuel.",
            Rule::SubjectContent,
            "the water that leaked smelled of fuel",
            Some("who"),
        );
    }

    #[test]
    fn a_subordinate_clause_ends_at_its_comma() {
        finds(
            "Although she said the event was tragic, the mayor defended the police.",
            Rule::SubjectContent,
            "the event was tragic",
            Some("she"),
        );
    }
}
