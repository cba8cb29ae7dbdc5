//! Reported speech around a cue verb: `S V (that) C`, `S V O (that) C`, `C, S V.`,
//! `C, V S.`, `C1, S V, C2.`, participle clauses (", adding that …") and coordinated verbs
//! ("… and warned that …").

use super::content::{Shape, content_end, content_start, phrase_end, tail_ok, trim};
use super::direct::with_appositive;
use super::{Draft, DraftCue, Linker};
use crate::cues::CueCand;
use crate::document::TokKind;
use crate::lexicon::{class, frame};
use crate::model::{CueClass, Pattern, Resolution};
use crate::phrase::{np_after, subject_before};

/// How sure a pattern is, by the stance class of its cue.
fn confidence(c: &CueCand, lk: &Linker<'_, '_>, with_that: bool) -> f32 {
    let base: f32 = match c.info(lk.doc).class {
        CueClass::Neutral | CueClass::Assertive | CueClass::Skeptical | CueClass::Denial => 0.9,
        CueClass::Inquiry => 0.7,
        CueClass::Belief | CueClass::Intention | CueClass::Evidence => 0.65,
        CueClass::Evaluation => 0.55,
    };
    if with_that { base } else { base - 0.1 }
}

/// The subject shared by a participle or coordinated verb: the source of the sentence's
/// latest attribution before it, or the sentence's own subject.
pub(crate) fn shared_subject(lk: &Linker<'_, '_>, v: usize, ss: usize) -> Option<(usize, usize)> {
    let doc = lk.doc;
    // (a bounded look-back: sourceless drafts in between must not make this quadratic)
    for d in lk.drafts.iter().rev().take(16) {
        match d.source {
            Some((a, _)) if a >= ss && a < v => return d.source,
            Some((a, _)) if a < ss => break,
            _ => {}
        }
    }
    crate::phrase::sentence_subject(doc, ss, v)
}

/// "Asked what might surprise people, he says …", "When asked by a reporter whether …,
/// Clinton said …": the question put to the speaker of the main clause, an attribution whose
/// source is the asker if the text names one.
fn asked_clause(lk: &Linker<'_, '_>, ss: usize, se: usize) -> Option<Draft> {
    let doc = lk.doc;
    let (comma, agent, a) = asked_question(doc, ss, se)?;
    let k = (ss..a).find(|&k| doc.is_word(k, "asked"))?;
    let ci = lk.cand_starting(k).filter(|&ci| !lk.used[ci])?;
    let limit = se.min(a + super::content::MAX_CONTENT);
    // the answering clause (a subject and a cue) starts after the comma
    if comma >= limit
        || !lk.cands_in(comma + 1, se.min(comma + 14)).iter().any(|c| !c.is_participle())
    {
        return None;
    }
    let pattern = if agent.is_some() { Pattern::SourceCueContent } else { Pattern::Sourceless };
    Some(Draft::new(
        vec![doc.span(a, super::content::trim(doc, a, comma + 1))],
        Some(DraftCue::Verb(lk.cands[ci])),
        agent,
        pattern,
        0.6,
    ))
}

/// "“You bet I would,” Christie said when asked whether he would issue a quarantine": a
/// question put to the speaker after the main clause.
fn asked_later(lk: &Linker<'_, '_>, ss: usize, se: usize) -> Option<Draft> {
    let doc = lk.doc;
    // (the sentence's cues, not its words, are searched: most sentences ask nothing)
    let k = lk.cands_in(ss + 1, se).iter().map(|c| c.verb).find(|&k| {
        doc.is_word(k, "asked")
            && (doc.is_word(k - 1, "when") || doc.is_word(k - 1, "if"))
            && !doc.toks[k].in_quote()
    })?;
    if k == ss + 1 {
        return None; // a sentence-initial question: asked_clause
    }
    let ci = lk.cand_starting(k).filter(|&ci| !lk.used[ci])?;
    let (agent, a) = question_after_asked(doc, k, se)?;
    let e = content_end(doc, a, se, &[]);
    if e <= a {
        return None;
    }
    let pattern = if agent.is_some() { Pattern::SourceCueContent } else { Pattern::Sourceless };
    Some(Draft::new(vec![doc.span(a, e)], Some(DraftCue::Verb(lk.cands[ci])), agent, pattern, 0.6))
}

/// After "asked" at token `k`: the asker ("by a reporter") and where the question starts,
/// past a place or occasion ("on Fox News", "at the conference"). `None` if no question
/// follows.
fn question_after_asked(
    doc: &crate::document::Doc<'_>,
    k: usize,
    limit: usize,
) -> Option<(Option<(usize, usize)>, usize)> {
    let mut a = k + 1;
    let mut agent = None;
    if doc.is_word(a, "by")
        && let Some(e) = np_after(doc, a + 1, limit)
        && !doc.toks[a + 1].is(class::WH)
    {
        agent = Some((a + 1, e));
        a = e;
    }
    let asks = |x: usize| {
        doc.toks.get(x).is_some_and(|t| t.is(class::WH) && !t.in_quote())
            || doc.is_word(x, "whether")
            || doc.is_word(x, "if")
    };
    for _ in 0..3 {
        if a >= limit || asks(a) || doc.is_word(a, "about") {
            break;
        }
        let t = &doc.toks[a];
        if t.is(class::DAY | class::TIME | class::ADV) && !t.is(class::DET) {
            a += 1;
        } else if t.is(class::PREP)
            && let Some(e) = np_after(doc, a + 1, limit)
        {
            a = e;
        } else {
            break;
        }
    }
    let question = a < limit
        && (asks(a)
            || doc.is_word(a, "about")
            || doc.is_word(a, "to")
            || (a == k + 1 && doc.toks[a].is(class::DET)));
    question.then_some((agent, a))
}

/// A sentence opening with the question put to its speaker ("Asked what might surprise
/// people, he says …", "When asked whether …, Clinton said …"): the comma closing the
/// question.
pub(crate) fn asked_lead(doc: &crate::document::Doc<'_>, ss: usize, se: usize) -> Option<usize> {
    asked_question(doc, ss, se).map(|(comma, _, _)| comma)
}

/// A token range `[start, end)`.
type Range = (usize, usize);

/// The question a sentence opens with: the comma closing it, the asker if named, and where
/// the question itself starts.
fn asked_question(
    doc: &crate::document::Doc<'_>,
    ss: usize,
    se: usize,
) -> Option<(usize, Option<Range>, usize)> {
    let mut k = ss;
    while k < se && (doc.toks[k].is(class::CONJ) || doc.is_word(k, "when") || doc.is_word(k, "if"))
    {
        k += 1;
    }
    if !doc.is_word(k, "asked") || doc.toks[k].in_quote() {
        return None;
    }
    let a = k + 1;
    if a >= se {
        return None;
    }
    let limit = se.min(a + super::content::MAX_CONTENT);
    // the first comma outside quotation marks with a cue after it (or closing a quotation:
    // "Asked whether she “has the integrity,” voters said …")
    let comma = (a + 1..limit).find_map(|x| {
        let t = &doc.toks[x];
        let x = if t.is_punct(',')
            && t.in_quote()
            && doc.toks.get(x + 1).is_some_and(|n| n.kind == TokKind::QuoteClose)
        {
            x + 1
        } else if t.is_punct(',') && !t.in_quote() {
            x
        } else {
            return None;
        };
        doc.toks[x + 1..se.min(x + 14)].iter().any(|t| t.is(class::CUE)).then_some(x)
    })?;
    // "Asked whether …", "Asked about …", "Asked the question …", "Asked on Fox News who …",
    // "Asked by Matt Lauer whether …"
    question_after_asked(doc, k, comma).map(|(agent, a)| (comma, agent, a))
}

/// "…, citing multiple sources familiar with the matter": the cited sources after a cue.
fn citing(lk: &Linker<'_, '_>, from: usize, se: usize) -> Option<(usize, usize)> {
    let doc = lk.doc;
    let k = (from..se.min(from + 12)).find(|&k| doc.is_word(k, "citing"))?;
    let e = np_after(doc, k + 1, se)?;
    Some((k + 1, with_appositive(lk, e, se)))
}

/// Runs the verb patterns on the unused cues of sentence `[ss, se)`.
pub(crate) fn run(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    if let Some(d) = asked_clause(lk, ss, se).or_else(|| asked_later(lk, ss, se)) {
        lk.push(d);
    }
    let first = lk.cands.partition_point(|c| c.start < ss);
    let cands: &[CueCand] = lk.cands_in(ss, se);
    for (n, &c) in cands.iter().enumerate() {
        if lk.used[first + n] || lk.in_content(c.verb) {
            continue;
        }
        // the cues a content may reach: bounded, so that a sentence full of cues stays linear
        let upper = cands.partition_point(|x| x.start < c.end + super::content::MAX_CONTENT);
        if let Some(d) = link_verb(lk, c, ss, se, &cands[n + 1..upper.max(n + 1)]) {
            lk.push(d);
        }
    }
}

fn link_verb(
    lk: &Linker<'_, '_>,
    c: CueCand,
    ss: usize,
    se: usize,
    later: &[CueCand],
) -> Option<Draft> {
    let doc = lk.doc;
    let cue = Some(DraftCue::Verb(c));
    // a participle or gerund ("…, saying", "released a statement insisting") takes the
    // sentence's subject, not the noun phrase right before it
    let gerund = c.is_participle();
    // "who asked not to be identified": a condition of anonymity, not a claim
    if doc.is_word(c.end, "not")
        && doc.is_word(c.end + 1, "to")
        && doc.is_word(c.end + 2, "be")
        && ["identified", "named", "quoted"].iter().any(|w| doc.is_word(c.end + 3, w))
    {
        return None;
    }
    // "who requested anonymity because …", "asked for anonymity": a condition of anonymity,
    // not a claim
    let mut a = c.end;
    while doc.is_word(a, "for") || doc.toks.get(a).is_some_and(|t| t.is(class::DET)) {
        a += 1;
    }
    if doc.is_word(a, "anonymity") {
        return None;
    }
    // "not authorized to discuss the talks": a reason for anonymity, not a claim
    if c.start >= 2
        && doc.is_word(c.start - 1, "to")
        && ["authorized", "allowed", "permitted", "cleared", "empowered"]
            .iter()
            .any(|w| doc.is_word(c.start - 2, w))
    {
        return None;
    }
    // ", citing multiple sources": the sources a report relies on, linked by the report's
    // own attribution (a reason cited by someone who acts is a claim of theirs: "He banned
    // the Post, citing his anger at its articles")
    if gerund
        && c.has(doc, frame::CITE)
        && (lk.drafts.iter().rev().take(4).any(|d| d.citing.iter().any(|&(a, _)| a == c.end))
            || doc.toks[c.start].is_cap())
    {
        return None;
    }
    let subj = subject_before(doc, c.start, ss)
        .filter(|&(s, e)| {
            !doc.toks[s].in_quote()
                && (e != s + 1 || !doc.toks[s].is(class::OBJPRON))
                // "when asked", "how said": adverbs, not speakers
                && (e != s + 1
                    || !["when", "where", "how", "why", "what", "whether", "if"]
                        .iter()
                        .any(|w| doc.is_word(s, w)))
        })
        .filter(|_| !gerund);
    if c.passive {
        // "Clinton was asked about the loan", "he was asked whether …": the question, put by
        // someone the text does not name
        if c.info(doc).class == CueClass::Inquiry
            && let Some(start) = content_start(doc, &c, se, frame::NP | frame::WH)
        {
            let j = start.at;
            let e = content_end(doc, j, se, later);
            if e > j {
                return Some(Draft::new(vec![doc.span(j, e)], cue, None, Pattern::Sourceless, 0.5));
            }
        }
        // "It was reported that …": no source
        let it = subj.is_some_and(|(s, e)| e == s + 1 && doc.is_word(s, "it"));
        if let Some(start) = content_start(doc, &c, se, 0)
            && it
            && doc.is_word(start.at, "that")
        {
            let j = start.at;
            let e = content_end(doc, j, se, later);
            return Some(Draft::new(vec![doc.span(j, e)], cue, None, Pattern::Sourceless, 0.5));
        }
        // "Trump is expected to focus on …": the subject and the infinitive are the content
        let believed = c.has(doc, frame::PINF);
        if believed
            && doc.is_word(c.end, "to")
            && let Some((s, e)) = subj
        {
            let ce = content_end(doc, c.end, se, later);
            if ce > c.end + 1 {
                // ("It is expected to rise": the dummy subject is no part of it)
                let content = if e == s + 1 && doc.is_word(s, "it") {
                    vec![doc.span(c.end, ce)]
                } else {
                    vec![doc.span(s, e), doc.span(c.end, ce)]
                };
                return Some(Draft::new(content, cue, None, Pattern::Sourceless, 0.5));
            }
        }
        // "Rubio is seen as the candidate with the best chance", "Pigs are considered unclean",
        // "Arpaio, who is known for his tough stance": how a subject is regarded, by no one
        // in particular
        let regarded = c.has(doc, frame::REGARD | frame::KNOWN);
        if regarded
            && let Some((s, e)) = subj
            && !(e == s + 1 && doc.is_word(s, "it"))
        {
            let mut j = c.end;
            while j < se && doc.toks[j].is(class::ADV) && !doc.is_word(j, "as") {
                j += 1;
            }
            let known = c.has(doc, frame::KNOWN);
            let marker = doc.is_word(j, "as")
                || (known && doc.is_word(j, "for"))
                || (!known && doc.is_word(j, "to"));
            // "are considered unclean", "is considered an asset": a bare complement
            let bare = c.has(doc, frame::BARE)
                && j < se
                && doc.toks[j].is_word()
                && !doc.toks[j].is(class::PREP | class::CONJ | class::SUBORD | class::WH);
            if (marker || bare) && j < se {
                let from = if marker && !doc.is_word(j, "to") { j + 1 } else { j };
                let mut ce = phrase_end(doc, from, content_end(doc, from, se, later));
                // "are considered unclean by some groups": the agent is the source
                let agent =
                    (from + 1..ce).find(|&k| doc.is_word(k, "by") && !doc.toks[k].in_quote());
                let source = agent.and_then(|k| np_after(doc, k + 1, se).map(|e2| (k + 1, e2)));
                if let (Some(k), Some(_)) = (agent, source) {
                    ce = trim(doc, from, k);
                }
                if ce > from {
                    let content = vec![doc.span(s, e), doc.span(from, ce)];
                    let pattern = if source.is_some() {
                        Pattern::SourceCueContent
                    } else {
                        Pattern::Sourceless
                    };
                    return Some(Draft::new(content, cue, source, pattern, 0.5));
                }
            }
        }
        return None;
    }
    // "who have endorsed Trump", "who does not support him": a relative clause describes
    // its antecedent; only reporting and thinking verbs make it an attribution
    if subj.is_some_and(|(s, e)| e == s + 1 && doc.toks[s].is(class::WH))
        && !c.has(doc, frame::QUOTE | frame::THAT)
        && !matches!(c.info(doc).class, CueClass::Evaluation | CueClass::Denial)
    {
        return None;
    }
    // generic "you": "If you don’t believe your federal government, …"
    if subj.is_some_and(|(s, e)| e == s + 1 && doc.is_word(s, "you")) {
        return None;
    }
    // "appears to", "seems to": only a speaker can seem to think something; "the document
    // appears to contrast with …" is not an attribution
    if c.has(doc, frame::SEEM) && !subj.is_some_and(|(s, e)| person_like(doc, s, e)) {
        // "The politician seemed to be shrinking in stature": how things seem, to no one in
        // particular — the subject and the infinitive are the content
        if let Some((s, e)) = subj
            && doc.is_word(c.end, "to")
        {
            let ce = content_end(doc, c.end, se, later);
            if ce > c.end + 1 {
                let content = vec![doc.span(s, e), doc.span(c.end, ce)];
                return Some(Draft::new(content, cue, None, Pattern::Sourceless, 0.5));
            }
        }
        return None;
    }
    // "FEC records show Eksili has donated …", "a poll found Clinton leading": a record's
    // findings need no "that"
    // (pictures are the reporter's evidence, not a record's claim: "Photos showed Luna …")
    // (the head before any prepositional phrase: "A survey of 500 renters found …")
    // (footage an outlet verified is its observation: "Footage verified by Reuters shows …")
    let record = subj.is_some_and(|(s, e)| {
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
                    || (s..e).any(|k| {
                        (doc.is_word(k, "verified") || doc.is_word(k, "authenticated"))
                            && doc.is_word(k + 1, "by")
                    }))
        })
    });
    let mut extra = if record && c.info(doc).class == crate::model::CueClass::Evidence {
        frame::THAT | frame::NP
    } else {
        0
    };
    // "Asked who leads the party, he said Ryan.": the answer to the question may be a bare
    // noun phrase
    let answers = subj.is_some_and(|(s, _)| asked_lead(doc, ss, se).is_some_and(|k| k + 1 == s));
    if answers {
        extra |= frame::NP;
    }
    // "75 percent of Democrats said yes": an answer
    let j = c.end;
    if subj.is_some()
        && c.has(doc, frame::YESNO)
        && (doc.is_word(j, "yes") || doc.is_word(j, "no"))
        && doc.toks.get(j + 1).is_none_or(|t| t.kind == TokKind::Punct && !t.is_quote_mark())
    {
        let d = Draft::new(vec![doc.span(j, j + 1)], cue, subj, Pattern::SourceCueContent, 0.8);
        return Some(d);
    }
    // "C, whom he has alienated, said Larry Sabato, director of the center.": a cue right
    // after a comma with a noun phrase closing the sentence is inverted, whatever noun phrase
    // stands before the comma
    let inverted = inverted_cue(lk, c, ss, se);
    // "Jane Smith, the clinic's director, said the cuts hurt": when everything before the cue
    // is its subject with appositives (and perhaps an introductory phrase), that stretch is a
    // mention, not a clause, and so the source rather than a content — whatever follows the cue
    let lead_is_subject = subj.is_some_and(|(s, _)| {
        let cstart = content_begin(doc, ss, s);
        // only conjunctions, adverbs or an introductory phrase closed by a comma before it
        let intro = (cstart..s).all(|k| doc.toks[k].is(class::CONJ | class::ADV))
            || (s > cstart && doc.toks[s - 1].is_punct(','));
        // and the subject's core, up to its first comma, a noun phrase ("The governor lacks
        // allies in the legislature, which …" is a clause)
        let comma = (s..c.start).find(|&k| doc.toks[k].is_punct(',')).unwrap_or(c.start);
        // (with its prepositional phrases: "A spokesman for the school district")
        let mut e = np_after(doc, s, comma).unwrap_or(s);
        while e > s && e + 1 < comma && doc.toks[e].is(class::PREP) {
            match np_after(doc, e + 1, comma) {
                Some(x) => e = x,
                None => break,
            }
        }
        let core_np = e >= comma || (comma == s + 1 && doc.toks[s].is(class::PRON | class::WH));
        // and every appositive an appositive, not a verb phrase ("The bridge, which opened in
        // 1998, needs new cables, said …")
        let segments_np = (s..c.start).filter(|&k| doc.toks[k].is_punct(',')).all(|k| {
            let n = k + 1;
            n >= c.start
                || doc.toks[n].is_cap()
                || doc.toks[n].kind == TokKind::Number
                || doc.toks[n].is(class::DET
                    | class::POSSPRON
                    | class::NUM
                    | class::QUANT
                    | class::WH
                    | class::ROLE
                    | class::TITLE
                    | class::SENIOR
                    | class::VAGUE)
                // (a participle is an aside: "…, speaking at a news conference, said")
                || doc.lower(n).ends_with("ing")
                || !(finite_like(doc, n)
                    || (doc.lower(n).ends_with('s') && !doc.lower(n).ends_with("ss")))
        });
        intro && core_np && segments_np && !(cstart..s).any(|k| finite_like(doc, k))
    });
    if let Some((p, e)) = inverted
        && p > ss
        && !lead_is_subject
        && tail_ok(doc, e, se, later)
        && (e >= se || doc.toks[e].kind == TokKind::Punct || doc.is_word(e, "who"))
        && let Some(d) = content_cue_source(lk, c, ss, se, p, e)
    {
        return Some(d);
    }
    if let Some(src) = subj {
        if let Some(d) = relative_gap(lk, c, src, ss, se, later) {
            return Some(d);
        }
        // "Reuters reported, citing multiple sources familiar with the matter, that …"
        let mut before_content = c;
        let mut cited = None;
        if doc.toks.get(c.end).is_some_and(|t| t.is_punct(','))
            && doc.is_word(c.end + 1, "citing")
            && let Some(e) = np_after(doc, c.end + 2, se)
        {
            let e = with_appositive(lk, e, se);
            if e + 1 < se && doc.toks[e].is_punct(',') {
                cited = Some((c.end + 2, e));
                before_content.end = e + 1;
            }
        }
        if let Some(start) = content_start(doc, &before_content, se, extra) {
            let (j, object) = (start.at, start.object);
            let mut e = content_end(doc, j, se, later);
            if start.shape == Shape::Phrase {
                e = phrase_end(doc, j, e);
                // "acknowledged the crowd", "noted the audience": people are whom a neutral cue
                // addresses, not what it says
                // (the noun phrase is the whole content; its head stands before any preposition)
                // (not an addressee asked to do something: "urged supporters to vote")
                let head = np_after(doc, j, e)
                    .filter(|&x| !["to", "as", "that"].iter().any(|w| doc.is_word(x, w)))
                    .and_then(|x| {
                        let x = (j + 1..x).find(|&k| doc.toks[k].is(class::PREP)).unwrap_or(x);
                        (j..x).rev().find(|&k| doc.toks[k].is_word())
                    });
                if head.is_some_and(|h| {
                    doc.toks[h].is(class::VAGUE)
                        && doc.toks[h].shape == crate::document::Shape::Lower
                }) && matches!(c.info(doc).class, CueClass::Neutral | CueClass::Assertive)
                {
                    return None;
                }
            }
            // "Although he acknowledged that the event was tragic, he maintained …": a
            // subordinate clause ends at its comma
            // ("Although in September she said …, …": adverbials may stand between)
            let mut lead = ss;
            while lead < src.0 && doc.toks[lead].is(class::CONJ) {
                lead += 1;
            }
            let subordinate = (src.0 > ss
                && doc.toks[src.0 - 1].is(class::SUBORD)
                && !doc.is_word(src.0 - 1, "that"))
                || (lead < src.0
                    && doc.toks[lead].is(class::SUBORD)
                    && !doc.toks[lead].is(class::PREP)
                    && !doc.is_word(lead, "that")
                    && !doc.toks[lead..c.start].iter().any(|t| t.is_punct(',')));
            if subordinate && let Some(comma) = (j..e).find(|&k| doc.toks[k].is_punct(',')) {
                e = trim(doc, j, comma);
            }
            // "Experts have also expressed concern.": a feeling with nothing it is about
            if e <= j || (c.has(doc, frame::FEELING) && e == j + 1) {
                return None;
            }
            let that = doc.is_word(j, "that") || doc.toks[j].kind == TokKind::QuoteOpen;
            let pattern = if c.has(doc, frame::AS) && (j..e).any(|k| doc.is_word(k, "as")) {
                Pattern::DescribedAs
            } else if object {
                Pattern::SourceCueObjectContent
            } else {
                Pattern::SourceCueContent
            };
            let mut d =
                Draft::new(vec![doc.span(j, e)], cue, Some(src), pattern, confidence(&c, lk, that));
            // "… that the bank would cut jobs, citing people familiar with the matter"
            if let Some(cited) =
                cited.or_else(|| doc.is_word(e + 1, "citing").then(|| citing(lk, e, se)).flatten())
            {
                d.citing.push(cited);
            }
            return Some(d);
        }
        // "As Menendez pointed out, SCOTUS rulings …" / "As Clinton told the Daily News, …"
        if src.0 > ss && doc.is_word(src.0 - 1, "as") {
            let mut after = crate::phrase::skip_adverbials(doc, c.end, se);
            if after < se
                && !doc.toks[after].is_punct(',')
                && let Some(e) = np_after(doc, after, se)
            {
                after = crate::phrase::skip_adverbials(doc, e, se);
            }
            if after + 1 < se && doc.toks[after].is_punct(',') {
                let e2 = content_end(doc, after + 1, se, later);
                if e2 > after + 1 {
                    return Some(Draft::new(
                        vec![doc.span(after + 1, e2)],
                        cue,
                        Some(src),
                        Pattern::AsSourceCue,
                        confidence(&c, lk, true),
                    ));
                }
            }
        }
        // "C, S V." — the cue clause closes the sentence and the content comes first
        if src.0 > ss
            && doc.toks[src.0 - 1].is_punct(',')
            && c.has(doc, frame::INV | frame::THAT)
            && !answers
        {
            let ce = trim(doc, ss, src.0 - 1);
            let cstart = content_begin(doc, ss, ce);
            if ce <= cstart {
                return None;
            }
            // "In the early 1990s, Ms. Ripert said …": an introductory adverbial is no content
            // (though it may open one around a parenthetical cue: "In the end, he said, …")
            // ("After the court refused to reconsider, Schuette asked …": so is a single
            // subordinate clause)
            let mut lead = cstart;
            while lead < ce && doc.toks[lead].is(class::ADV) {
                lead += 1;
            }
            let subordinate = lead < ce
                && doc.toks[lead].is(class::SUBORD)
                && !doc.is_word(lead, "that")
                && !doc.toks[lead..ce].iter().any(|t| t.is_punct(',') && !t.in_quote());
            let adverbial = crate::phrase::skip_adverbials(doc, cstart, ce) >= ce || subordinate;
            if tail_ok(doc, c.end, se, later) && !adverbial {
                let mut d = Draft::new(
                    vec![doc.span(cstart, ce)],
                    cue,
                    Some(src),
                    Pattern::ContentSourceCue,
                    confidence(&c, lk, true),
                );
                if let Some(cited) = citing(lk, c.end, se) {
                    d.citing.push(cited);
                }
                return Some(d);
            }
            // "C1, S V, C2." — a parenthetical cue clause
            let mut after = crate::phrase::skip_adverbials(doc, c.end, se);
            // "…, the former HP executive told The Washington Post, Fiorina would …"
            if c.has(doc, frame::OBJ)
                && after < se
                && !doc.toks[after].is_punct(',')
                && let Some(e) = np_after(doc, after, se)
            {
                after = crate::phrase::skip_adverbials(doc, e, se);
            }
            if after + 1 < se
                && doc.toks[after].is_punct(',')
                && !later.iter().any(|l| l.start == after + 1)
            {
                let e2 = content_end(doc, after + 1, se, later);
                if e2 > after + 1 {
                    let content = vec![doc.span(cstart, ce), doc.span(after + 1, e2)];
                    return Some(Draft::new(
                        content,
                        cue,
                        Some(src),
                        Pattern::Parenthetical,
                        confidence(&c, lk, true) - 0.1,
                    ));
                }
            }
        }
        return None;
    }
    // "C, said S." / "C, V S."
    let prev = c.start.checked_sub(1).filter(|&p| p >= ss);
    if let Some((p, e)) = inverted {
        if tail_ok(doc, e, se, later)
            && let Some(d) = content_cue_source(lk, c, ss, se, p, e)
        {
            return Some(d);
        }
        // "C1, said Michael Kofman, an expert on Russia, C2."
        if e + 1 < se && doc.toks[e].is_punct(',') && !later.iter().any(|l| l.start == e + 1) {
            let ce = trim(doc, ss, p);
            let cstart = content_begin(doc, ss, ce);
            let e2 = content_end(doc, e + 1, se, later);
            if ce > cstart && e2 > e + 1 {
                let content = vec![doc.span(cstart, ce), doc.span(e + 1, e2)];
                return Some(Draft::new(
                    content,
                    cue,
                    Some((c.end, e)),
                    Pattern::Parenthetical,
                    confidence(&c, lk, true) - 0.1,
                ));
            }
        }
        return None;
    }
    // "outside groups supporting Christie", "voters backing Clinton": a participle of an
    // evaluation verb right after the noun it modifies takes that noun as its source
    if gerund
        && !after_comma_tok(doc, prev)
        && c.info(doc).class == CueClass::Evaluation
        && doc.lower(c.verb).ends_with("ing")
        && let Some(p) = prev
        && doc.toks[p].kind == TokKind::Word
        && !doc.toks[p].is(class::FUNCTION | class::DET | class::ADV | class::QUANT)
        && let Some(a) = crate::phrase::np_before(doc, c.start, ss)
        && a < c.start
        && (person_like(doc, a, c.start) || doc.toks[p].is(class::ORG | class::ROLE | class::VAGUE))
        && let Some(start) = content_start(doc, &c, se, 0)
    {
        let j = start.at;
        let mut e = content_end(doc, j, se, later);
        // the phrase modifies the subject of the sentence: the content ends before the
        // sentence's verb ("groups supporting the governor spent heavily")
        if let Some(v) = (j + 1..e).find(|&x| {
            let t = &doc.toks[x];
            let w = doc.lower(x);
            !t.in_quote()
                && t.kind == TokKind::Word
                && t.shape == crate::document::Shape::Lower
                && (t.is(class::AUX | class::MODAL | class::PAST)
                    || (w.ends_with("ed") && !doc.toks[x - 1].is(class::DET)))
        }) {
            e = trim(doc, j, v);
            while e > j && doc.toks[e - 1].is(class::ADV) {
                e -= 1;
            }
        }
        if e > j {
            return Some(Draft::new(
                vec![doc.span(j, e)],
                cue,
                Some((a, c.start)),
                Pattern::Participle,
                confidence(&c, lk, false) - 0.1,
            ));
        }
    }
    // ", adding that …", "… and warned that …": the subject is shared
    // participles of reporting verbs ("…, saying", "…, adding") report speech; those of
    // other verbs ("supporting the party's candidates", "seeking to prove") mostly do not
    let speech = c.has(doc, frame::QUOTE);
    let after_comma = prev.is_some_and(|p| doc.toks[p].kind == TokKind::Punct);
    let shared = (gerund
        && (speech || after_comma || c.info(doc).class != crate::model::CueClass::Evaluation))
        || prev.is_some_and(|p| {
            (doc.is_word(p, "and") || doc.is_word(p, "but")) && !c.is_participle()
        })
        // "He suggested her tone was aggressive, called her “third-rate” and …": a finite
        // verb after a comma, in a sentence whose subject has already spoken
        || (prev.is_some_and(|p| doc.toks[p].is_punct(','))
            && matches!(c.form, crate::lexicon::VerbForm::Past | crate::lexicon::VerbForm::PastOrParticiple | crate::lexicon::VerbForm::Third)
            && c.start == c.verb
            && doc.toks[c.verb].shape == crate::document::Shape::Lower
            && lk.drafts.last().is_some_and(|d| {
                d.source.is_some_and(|(a, _)| a >= ss && a < c.start)
                    && d.resolution.is_none()
                    && d.content.last().is_some_and(|s| s.end <= doc.toks[c.start].span.start)
            }));
    if shared && let Some(start) = content_start(doc, &c, se, 0) {
        let j = start.at;
        let mut e = content_end(doc, j, se, later);
        if start.shape == Shape::Phrase {
            e = phrase_end(doc, j, e);
        }
        let src = shared_subject(lk, c.start, ss);
        // the sentence's subject must be able to speak: "The document reflects Russian
        // demands – including …, recognizing Crimea as Russian" has no speaker
        let speaker = src.is_some_and(|(a, b)| {
            (a..b)
                .rev()
                .find(|&k| doc.toks[k].is_word())
                .is_some_and(|h| !doc.toks[h].is(class::DOC))
        });
        if e > j && (speaker || c.has(doc, frame::QUOTE)) {
            let mut d = Draft::new(
                vec![doc.span(j, e)],
                cue,
                src,
                Pattern::Participle,
                confidence(&c, lk, false) - 0.1,
            );
            d.resolution = Some(Resolution::Subject);
            return Some(d);
        }
    }
    None
}

/// "moves that he said improved the economy", "which Democrats say could be aiding him",
/// "what he calls corruption": a relative clause whose pronoun fills a gap in what was said
/// (the subject of the reported clause, or the object of a naming verb). The content is the
/// pronoun and the words after the cue.
fn relative_gap(
    lk: &Linker<'_, '_>,
    c: CueCand,
    src: (usize, usize),
    ss: usize,
    se: usize,
    later: &[CueCand],
) -> Option<Draft> {
    let doc = lk.doc;
    let rel = src.0.checked_sub(1).filter(|&r| r >= ss && !doc.toks[r].in_quote())?;
    let pronoun = ["which", "that", "who", "whom", "what"].iter().find(|w| doc.is_word(rel, w))?;
    // (the subject is a speaker, not the start of a clause: "which it says" is fine, "that
    // there is" is not)
    if doc.toks[src.0].is(class::THERE | class::WH) {
        return None;
    }
    let j = crate::phrase::skip_adverbials(doc, c.end, se);
    let t = doc.toks.get(j).filter(|_| j < se && !doc.toks[j].in_quote())?;
    let w = doc.lower(j);
    // the gap is the reported clause's subject: a finite verb follows the cue
    let finite = t.shape == crate::document::Shape::Lower
        && (t.is(class::AUX | class::MODAL | class::PAST)
            || (w.ends_with("ed") && w.len() > 4 && !t.is(class::ADV)))
        && *pronoun != "what"
        && c.has(doc, frame::THAT);
    // the gap is the object of a verb that regards something as something (the lexicon's
    // `as` frame): "which he describes as his second home", "what she sees as a threat",
    // and with "call" a bare complement: "what he calls corruption"
    let naming = c.has(doc, frame::AS)
        && (w == "as"
            || (c.has(doc, frame::NAMING)
                && (t.kind == TokKind::QuoteOpen || np_after(doc, j, se).is_some())
                && !t.is(class::CONJ | class::PREP | class::AUX | class::MODAL)));
    if !(finite || naming) {
        return None;
    }
    let mut e = content_end(doc, j, se, later);
    // "The plan, which officials said was flawed, was shelved": a relative clause between
    // commas ends at its closing comma
    if rel > ss
        && doc.toks[rel - 1].is_punct(',')
        && let Some(k) = (j..e).find(|&k| doc.toks[k].is_punct(',') && !doc.toks[k].in_quote())
    {
        e = super::content::trim(doc, j, k);
    }
    if e <= j {
        return None;
    }
    Some(Draft::new(
        vec![doc.span(rel, rel + 1), doc.span(j, e)],
        Some(DraftCue::Verb(c)),
        Some(src),
        Pattern::RelativeClause,
        confidence(&c, lk, false),
    ))
}

/// A cue right after a comma with a noun phrase after it, as in `C, said S`: the comma and
/// the end of the noun phrase (its appositive included).
fn inverted_cue(lk: &Linker<'_, '_>, c: CueCand, ss: usize, se: usize) -> Option<(usize, usize)> {
    let doc = lk.doc;
    let p = c.start.checked_sub(1).filter(|&p| p >= ss && doc.toks[p].is_punct(','))?;
    if !c.has(doc, frame::INV) || c.is_participle() {
        return None;
    }
    let e = np_after(doc, c.end, se)?;
    Some((p, with_appositive(lk, e, se)))
}

/// `C, said S.`: the content runs from the sentence start to the comma at `p`, the source
/// is `[c.end, e)`. `None` when nothing stands before the comma.
fn content_cue_source(
    lk: &Linker<'_, '_>,
    c: CueCand,
    ss: usize,
    se: usize,
    p: usize,
    e: usize,
) -> Option<Draft> {
    let doc = lk.doc;
    let ce = trim(doc, ss, p);
    let cstart = content_begin(doc, ss, ce);
    if ce <= cstart {
        return None;
    }
    // "…, said an American official who was briefed on the talks": the relative clause closing
    // the sentence describes the source (its basis of knowledge, its reason for anonymity)
    let e = if doc.is_word(e, "who") && !(e..se).any(|k| doc.toks[k].is_quote_mark()) {
        trim(doc, e, se)
    } else {
        e
    };
    let mut d = Draft::new(
        vec![doc.span(cstart, ce)],
        Some(DraftCue::Verb(c)),
        Some((c.end, e)),
        Pattern::ContentCueSource,
        confidence(&c, lk, true),
    );
    if let Some(cited) = citing(lk, e, se) {
        d.citing.push(cited);
    }
    Some(d)
}

/// Whether token `k` looks like a finite verb: an auxiliary, a modal, a past tense, or a
/// reporting verb in lower case.
fn finite_like(doc: &crate::document::Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && (t.is(class::AUX | class::MODAL | class::PAST | class::CUE) || {
            let w = doc.lower(k);
            w.len() > 4 && w.ends_with("ed")
        })
}

/// Whether token `prev` (the one before a cue) is punctuation.
fn after_comma_tok(doc: &crate::document::Doc<'_>, prev: Option<usize>) -> bool {
    prev.is_some_and(|p| doc.toks[p].kind == TokKind::Punct)
}

/// Whether the subject `[s, e)` can be a speaker: a pronoun, a name, a role or a group.
fn person_like(doc: &crate::document::Doc<'_>, s: usize, e: usize) -> bool {
    let Some(head) = (s..e).rev().find(|&k| doc.toks[k].is_word()) else { return false };
    let t = &doc.toks[head];
    (t.is(class::PRON) && !doc.is_word(head, "it"))
        || t.is(class::ROLE | class::VAGUE | class::WH)
        || (t.is_cap() && !t.is(class::DOC | class::ORG))
}

/// Where a sentence-initial content starts: after a leading dash or bullet.
fn content_begin(doc: &crate::document::Doc<'_>, ss: usize, ce: usize) -> usize {
    // "Cruz’s allies bristle at … — it’s a two-way street, they insist.": after a dash,
    // colon or semicolon (looking back a bounded way keeps long sentences linear)
    let ss = crate::phrase::dateline_end(doc, ss, ce)
        .max(ce.saturating_sub(super::content::MAX_CONTENT));
    let mut k = (ss..ce)
        .rev()
        .find(|&x| {
            let t = &doc.toks[x];
            (t.is_punct('—') || t.is_punct('–') || t.is_punct(';') || t.is_punct(':'))
                && !t.in_quote()
        })
        .map_or(ss, |x| x + 1);
    while k < ce && doc.toks[k].kind == TokKind::Punct && !doc.toks[k].is_quote_mark() {
        k += 1;
    }
    k
}
