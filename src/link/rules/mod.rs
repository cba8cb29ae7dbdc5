//! The rules of the attribution grammar, one per file, and the order they run in.
//!
//! A rule is one pattern of attribution ("“C,” S V.", "According to S, C.", "C, S V.") or
//! one guard that keeps a cue from being an attribution ("who asked not to be identified").
//! Each has a [`Rule`] name, a base confidence ([`Rule::base_confidence`]), its own
//! positive and negative sentences as unit tests, and can be switched off through
//! [`Config::disable`](crate::Config::disable).
//!
//! Rules come in five levels, by what they look at; within a level they run in the order of
//! the tables below, which is the order of [`Rule::ALL`]:
//!
//! | level | runs on | signature | when a rule applies |
//! |---|---|---|---|
//! | [`QUOTATION`] | each quotation of a sentence | [`QuoteRule`] | the first draft wins |
//! | [`SENTENCE`] | each sentence that holds what the rule [`Needs`] | [`SentenceRule`] | every rule runs, pushing drafts |
//! | [`CUE`] | each unused cue verb of a sentence, of the [`Cues`] the rule applies to | [`CueRule`] | the first [`Verdict`] other than `Next` decides |
//! | [`NOUN`] | each sentence that holds what the rule [`Needs`], after the cues | [`SentenceRule`] | every rule runs |
//! | [`PARAGRAPH`], [`DOCUMENT`] | each paragraph, then the whole document | [`ParagraphRule`], [`DocumentRule`] | every rule runs |
//!
//! The registries dispatch: a sentence rule is given only the sentences with a word it
//! cannot do without (a reporting noun, a poll noun, a cue verb), read from the sentence's
//! summary; a cue rule only the cues of its voice, form, stance class and frames ("is
//! expected to" for the passive belief, "said yes" for the yes-or-no answer). The rules do
//! not test these again.
//!
//! A rule never sees the drafts of a later level of its own sentence, and a draft's cue or
//! content makes the words it covers unavailable to the rules after it.

mod according_to;
mod anonymity_condition;
mod as_source;
mod cited_sources;
mod colon_quote;
mod content_first;
mod continuation;
mod cue_quote;
mod generic_you;
mod introduced_paragraph;
mod inverted;
mod inverted_parenthetical;
mod it_was_reported;
mod modifying_participle;
mod nominal;
mod other_passive;
mod parenthetical;
mod passive_belief;
mod passive_question;
mod poll_first;
mod poll_last;
pub(crate) mod question;
mod quote_cue_clause;
mod regard;
mod relative_description;
mod relative_gap;
mod seem;
mod shared_subject;
mod signed;
mod subject_content;
mod transcript;
mod yes_no;

use std::cell::OnceCell;

use super::{Draft, DraftCue, Linker};
use crate::cues::CueCand;
use crate::document::{Doc, TokRange};
use crate::lexicon::{Sets, class, frame, set};
use crate::model::{CueClass, Pattern};
use crate::rule::Rule;
use crate::span::Span;

/// A rule over one quotation: the draft that attributes it, if the rule applies.
pub(crate) type QuoteRule = fn(&QuoteCx<'_, '_, '_>) -> Option<Draft>;
/// A rule over one sentence `[ss, se)`: pushes the drafts it finds.
pub(crate) type SentenceRule = fn(&mut Linker<'_, '_>, usize, usize);
/// A rule over one cue verb.
pub(crate) type CueRule = fn(&Cx<'_, '_, '_>) -> Verdict;
/// A rule over one paragraph: its token range and the previous paragraph's.
pub(crate) type ParagraphRule = fn(&mut Linker<'_, '_>, TokRange, Option<TokRange>);
/// A rule over the whole document, after every other.
pub(crate) type DocumentRule = fn(&mut Linker<'_, '_>);

/// The quotation rules, in order.
pub(crate) const QUOTATION: &[(Rule, QuoteRule)] = &[
    (Rule::QuoteCueClause, quote_cue_clause::apply),
    (Rule::CueQuote, cue_quote::apply),
    (Rule::ColonQuote, colon_quote::apply),
];

/// The sentence rules, in order, with what a sentence must hold for each to look at it.
pub(crate) const SENTENCE: &[(Rule, Needs, SentenceRule)] = &[
    (Rule::PollFirst, Needs::set(set::POLL_NOUN), poll_first::apply),
    (Rule::PollLast, Needs::set(set::POLL_NOUN), poll_last::apply),
    (Rule::AccordingTo, Needs::class(class::PREP), according_to::apply),
    (Rule::Question, Needs::CUE, question::apply),
];

/// The rules of a cue verb, in order, with the cues each applies to: the guards and the
/// passive before the active patterns, the inverted clause before the subject's.
pub(crate) const CUE: &[(Rule, Cues, CueRule)] = &[
    (Rule::AnonymityCondition, Cues::ANY, anonymity_condition::apply),
    (Rule::CitedSources, Cues::GERUND.frames(frame::CITE), cited_sources::apply),
    (Rule::PassiveQuestion, Cues::PASSIVE.class(CueClass::Inquiry), passive_question::apply),
    (Rule::ItWasReported, Cues::PASSIVE, it_was_reported::apply),
    (Rule::PassiveBelief, Cues::PASSIVE.frames(frame::PINF), passive_belief::apply),
    (Rule::Regard, Cues::PASSIVE.frames(frame::REGARD | frame::KNOWN), regard::apply),
    (Rule::OtherPassive, Cues::PASSIVE, other_passive::apply),
    (Rule::RelativeDescription, Cues::ANY, relative_description::apply),
    (Rule::GenericYou, Cues::ANY, generic_you::apply),
    (Rule::Seem, Cues::ANY.frames(frame::SEEM), seem::apply),
    (Rule::YesNo, Cues::ANY.frames(frame::YESNO), yes_no::apply),
    (Rule::Inverted, Cues::ANY, inverted::apply),
    (Rule::InvertedParenthetical, Cues::ANY, inverted_parenthetical::apply),
    (Rule::RelativeGap, Cues::ANY, relative_gap::apply),
    (Rule::SubjectContent, Cues::ANY, subject_content::apply),
    (Rule::AsSource, Cues::ANY, as_source::apply),
    (Rule::ContentFirst, Cues::ANY, content_first::apply),
    (Rule::Parenthetical, Cues::ANY, parenthetical::apply),
    (
        Rule::ModifyingParticiple,
        Cues::GERUND.class(CueClass::Evaluation),
        modifying_participle::apply,
    ),
    (Rule::SharedSubject, Cues::ANY, shared_subject::apply),
];

/// The rules of reporting nouns, after the cue verbs of the sentence.
pub(crate) const NOUN: &[(Rule, Needs, SentenceRule)] =
    &[(Rule::Nominal, Needs::class(class::NOMINAL), nominal::apply)];

/// What a sentence must hold for a sentence rule to look at it: a token of one of the
/// lexicon classes `classes`, a word of one of the grammar sets `sets`, a cue verb. Each is
/// a condition without which the rule finds nothing, tested once per sentence on its
/// [`Summary`](crate::document::Summary) rather than by the rule on each token.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Needs {
    classes: u64,
    sets: Sets,
    cue: bool,
}

impl Needs {
    /// A cue verb of the sentence.
    pub(crate) const CUE: Needs = Needs { classes: 0, sets: 0, cue: true };

    /// A token of one of the classes of `classes`.
    pub(crate) const fn class(classes: u64) -> Needs {
        Needs { classes, sets: 0, cue: false }
    }

    /// A word of one of the grammar sets of `sets`.
    pub(crate) const fn set(sets: Sets) -> Needs {
        Needs { classes: 0, sets, cue: false }
    }

    /// Whether sentence `s`, its tokens `[ss, se)`, holds what is needed.
    fn met(&self, lk: &Linker<'_, '_>, s: usize, ss: usize, se: usize) -> bool {
        let Some(sum) = lk.doc.sent_summary.get(s) else { return false };
        (self.classes == 0 || sum.classes & self.classes != 0)
            && (self.sets == 0 || sum.sets & self.sets != 0)
            && (!self.cue || !lk.cands_in(ss, se).is_empty())
    }
}

/// The cues a cue rule applies to: passive ones only ("was told"), participles and gerunds
/// only ("…, saying"), of one stance class, with one of some frames. The registry runs a
/// rule only on the cues it admits, so that its table states where each pattern applies.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Cues {
    passive: bool,
    gerund: bool,
    class: Option<CueClass>,
    frames: u32,
}

impl Cues {
    /// Every cue.
    pub(crate) const ANY: Cues = Cues { passive: false, gerund: false, class: None, frames: 0 };
    /// Passive cues: "was told", "is expected to".
    pub(crate) const PASSIVE: Cues = Cues { passive: true, ..Cues::ANY };
    /// Participles and gerunds: "…, saying", "Citing two officials, …".
    pub(crate) const GERUND: Cues = Cues { gerund: true, ..Cues::ANY };

    /// These cues, of stance class `class` only.
    pub(crate) const fn class(self, class: CueClass) -> Cues {
        Cues { class: Some(class), ..self }
    }

    /// These cues, with one of the frames of `frames` only (`lexicon::frame`).
    pub(crate) const fn frames(self, frames: u32) -> Cues {
        Cues { frames, ..self }
    }

    /// Whether the cue of `cx` is one of these.
    fn admits(&self, cx: &Cx<'_, '_, '_>) -> bool {
        (!self.passive || cx.c.passive)
            && (!self.gerund || cx.gerund)
            && self.class.is_none_or(|k| cx.class() == k)
            && (self.frames == 0 || cx.has(self.frames))
    }
}

/// The paragraph rules, in order.
pub(crate) const PARAGRAPH: &[(Rule, ParagraphRule)] = &[
    (Rule::IntroducedParagraph, introduced_paragraph::apply),
    (Rule::Signed, signed::apply),
    (Rule::Transcript, transcript::apply),
];

/// The document rules, in order.
pub(crate) const DOCUMENT: &[(Rule, DocumentRule)] = &[(Rule::Continuation, continuation::apply)];

/// What a cue rule makes of a cue.
pub(crate) enum Verdict {
    /// The rule does not apply; the next one may.
    Next,
    /// The cue is this attribution.
    Link(Draft),
    /// The cue is no attribution, whatever the rules after this one say.
    Stop,
}

/// Runs the rules of every level over the document.
pub(crate) fn run(lk: &mut Linker<'_, '_>) {
    let doc = lk.doc;
    let on = |r: Rule| doc.config.is_enabled(r);
    for s in 0..doc.sent_range.len() {
        let TokRange { start: ss, end: se } = doc.sent_range[s];
        if ss >= se || doc.is_heading(ss) {
            continue;
        }
        // "HUẾ, Vietnam (AP) — …": the dateline is no part of any phrase of the sentence
        let ss = crate::phrase::dateline_end(doc, ss, se);
        quotations(lk, ss, se);
        for &(rule, needs, apply) in SENTENCE {
            if on(rule) && needs.met(lk, s, ss, se) {
                apply(lk, ss, se);
            }
        }
        cues(lk, ss, se);
        for &(rule, needs, apply) in NOUN {
            if on(rule) && needs.met(lk, s, ss, se) {
                apply(lk, ss, se);
            }
        }
    }
    paragraphs(lk);
    for &(rule, apply) in DOCUMENT {
        if on(rule) {
            apply(lk);
        }
    }
}

/// Runs the quotation rules on the top-level quotations that end (or start) in sentence
/// `[ss, se)`.
fn quotations(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let doc = lk.doc;
    // the first quotation starting in the sentence, or the outer one it opens inside (the
    // ends of nested quotations are not in order, their starts are)
    let mut first_q = doc.quote_range.partition_point(|r| r.start < ss);
    if let Some(&outer) = first_q.checked_sub(1).and_then(|p| doc.quote_outer.get(p))
        && doc.quote_range[outer].end > ss
    {
        first_q = outer;
    }
    for qi in first_q..doc.quotes.len() {
        let TokRange { start: qa, end: qb } = doc.quote_range[qi];
        if qa >= se {
            break;
        }
        let q = &doc.quotes[qi];
        if q.depth() != 0 || q.kind() == crate::model::QuoteKind::Title || lk.in_content(qa) {
            continue;
        }
        let cx = QuoteCx { lk, ss, se, qi, qa, qb };
        let draft = QUOTATION
            .iter()
            .filter(|(rule, _)| doc.config.is_enabled(*rule))
            .find_map(|(_, apply)| apply(&cx));
        if let Some(d) = draft {
            lk.push(d);
        }
    }
}

/// Runs the cue rules on the unused cues of sentence `[ss, se)`.
fn cues(lk: &mut Linker<'_, '_>, ss: usize, se: usize) {
    let first = lk.cands.partition_point(|c| c.start < ss);
    let cands: &[CueCand] = lk.cands_in(ss, se);
    for (n, &c) in cands.iter().enumerate() {
        if lk.used[first + n] || lk.in_content(c.verb) {
            continue;
        }
        // the cues a content may reach: bounded, so that a sentence full of cues stays linear
        let upper = cands.partition_point(|x| x.start < c.end + super::content::MAX_CONTENT);
        let cx = Cx::new(lk, c, ss, se, &cands[n + 1..upper.max(n + 1)]);
        if let Some(d) = decide(&cx) {
            lk.push(d);
        }
    }
}

/// The first decisive verdict of the enabled cue rules that apply to the cue.
fn decide(cx: &Cx<'_, '_, '_>) -> Option<Draft> {
    for &(rule, cues, apply) in CUE {
        if !cx.doc.config.is_enabled(rule) || !cues.admits(cx) {
            continue;
        }
        match apply(cx) {
            Verdict::Next => {}
            Verdict::Link(d) => return Some(d),
            Verdict::Stop => return None,
        }
    }
    None
}

/// Runs the paragraph rules on every paragraph outside headings.
fn paragraphs(lk: &mut Linker<'_, '_>) {
    let doc = lk.doc;
    let mut k = 0;
    let mut prev: Option<TokRange> = None;
    while k < doc.toks.len() {
        let start = k;
        while k < doc.toks.len() && (k == start || !doc.toks[k].para_start()) {
            k += 1;
        }
        let before = prev.replace(TokRange::new(start, k));
        if doc.is_heading(start) {
            continue;
        }
        for &(rule, apply) in PARAGRAPH {
            if doc.config.is_enabled(rule) {
                apply(lk, TokRange::new(start, k), before);
            }
        }
    }
}

/// What a quotation rule sees: the quotation and its sentence.
pub(crate) struct QuoteCx<'a, 'd, 't> {
    pub lk: &'a Linker<'d, 't>,
    /// The sentence `[ss, se)` the quotation ends or starts in.
    pub ss: usize,
    pub se: usize,
    /// The quotation's index and token range, marks included.
    pub qi: usize,
    pub qa: usize,
    pub qb: usize,
}

/// What a cue rule sees: the cue, its sentence, and what the rules share about them,
/// computed when a rule first asks.
pub(crate) struct Cx<'a, 'd, 't> {
    pub lk: &'a Linker<'d, 't>,
    pub doc: &'d Doc<'t>,
    pub c: CueCand,
    /// The sentence `[ss, se)`, its dateline left out.
    pub ss: usize,
    pub se: usize,
    /// The cues after this one that its content may reach.
    pub later: &'a [CueCand],
    /// A participle or gerund ("…, saying", "released a statement insisting"): it takes the
    /// sentence's subject, not the noun phrase right before it.
    pub gerund: bool,
    subj: OnceCell<Option<TokRange>>,
    inverted: OnceCell<Option<TokRange>>,
    answers: OnceCell<bool>,
}

impl<'a, 'd, 't> Cx<'a, 'd, 't> {
    pub(crate) fn new(
        lk: &'a Linker<'d, 't>,
        c: CueCand,
        ss: usize,
        se: usize,
        later: &'a [CueCand],
    ) -> Self {
        Cx {
            lk,
            doc: lk.doc,
            c,
            ss,
            se,
            later,
            gerund: c.is_participle(),
            subj: OnceCell::new(),
            inverted: OnceCell::new(),
            answers: OnceCell::new(),
        }
    }

    /// The cue as a draft's cue.
    pub(crate) fn cue(&self) -> Option<DraftCue> {
        Some(DraftCue::Verb(self.c))
    }

    /// The cue's lexicon class.
    pub(crate) fn class(&self) -> CueClass {
        self.c.info(self.doc).class
    }

    /// Whether the cue's verb has one of the frames of `f`.
    pub(crate) fn has(&self, f: u32) -> bool {
        self.c.has(self.doc, f)
    }

    /// The subject right before the cue: not for a participle, not inside a quotation, not
    /// an object pronoun or a question word ("when asked", "how said").
    pub(crate) fn subj(&self) -> Option<TokRange> {
        *self.subj.get_or_init(|| {
            let doc = self.doc;
            if self.gerund {
                return None;
            }
            crate::phrase::subject_before(doc, self.c.start, self.ss).filter(|r| {
                let s = r.start;
                let one_word_not_subject = r.len() == 1
                    && (doc.toks[s].is(crate::lexicon::class::OBJPRON)
                        || doc.in_set(s, crate::lexicon::set::QUESTION_ADVERB));
                !doc.toks[s].in_quote() && !one_word_not_subject
            })
        })
    }

    /// An inverted cue clause `, V S` ("…, said a senior official"): the comma before the
    /// cue and the end of the noun phrase after it, its appositive included.
    pub(crate) fn inverted(&self) -> Option<TokRange> {
        *self.inverted.get_or_init(|| inverted::inverted_cue(self))
    }

    /// Whether the subject is the one word `w` ("it", "you").
    pub(crate) fn subj_is(&self, w: &str) -> bool {
        self.subj().is_some_and(|r| r.len() == 1 && self.doc.is_word(r.start, w))
    }

    /// "Asked who leads the party, he said Ryan.": the subject answers the question the
    /// sentence opens with.
    pub(crate) fn answers(&self) -> bool {
        *self.answers.get_or_init(|| {
            self.subj().is_some_and(|r| {
                question::asked_lead(self.doc, self.ss, self.se).is_some_and(|k| k + 1 == r.start)
            })
        })
    }

    /// The confidence of a pattern of `rule` with this cue: the rule's base confidence,
    /// less for the cue's stance class (0.2 for questions, 0.25 for beliefs, intentions and
    /// evidence, 0.35 for evaluations) and 0.1 less when the content has no "that".
    pub(crate) fn confidence(&self, rule: Rule, that: bool) -> f32 {
        let class = match self.class() {
            CueClass::Neutral | CueClass::Assertive | CueClass::Skeptical | CueClass::Denial => 0.0,
            CueClass::Inquiry => 0.2,
            CueClass::Belief | CueClass::Intention | CueClass::Evidence => 0.25,
            CueClass::Evaluation => 0.35,
        };
        let that = if that { 0.0 } else { 0.1 };
        round(rule.base_confidence() - class - that)
    }

    /// A draft of this cue, with the base confidence of `rule`.
    pub(crate) fn draft(
        &self,
        content: Vec<Span>,
        source: Option<TokRange>,
        pattern: Pattern,
        rule: Rule,
    ) -> Draft {
        Draft::new(content, self.cue(), source, pattern, rule)
    }
}

/// A confidence to two decimals, so that sums of tenths compare as written.
pub(crate) fn round(x: f32) -> f32 {
    ((x * 100.0).round() / 100.0).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_registries_hold_every_rule_once_in_the_order_of_rule_all() {
        let mut order: Vec<Rule> = QUOTATION.iter().map(|r| r.0).collect();
        order.extend(SENTENCE.iter().map(|r| r.0));
        order.extend(CUE.iter().map(|r| r.0));
        order.extend(NOUN.iter().map(|r| r.0));
        order.extend(PARAGRAPH.iter().map(|r| r.0));
        order.extend(DOCUMENT.iter().map(|r| r.0));
        assert_eq!(order, Rule::ALL);
    }

    /// Sentences of every sentence and noun rule, each with names, roles and contents of
    /// other kinds, and sentences of none.
    fn sentence_rule_texts() -> Vec<String> {
        let mut texts = Vec::new();
        for (name, role) in [
            ("Siobhán Ní Bhriain", "the county's transport office"),
            ("Kwame Asante-Boateng", "a spokeswoman for the clinic"),
            ("Nguyễn Thị Lan", "court records"),
        ] {
            for t in [
                "According to {N}, the ferry will stop in March.",
                "The ferry will stop in March, according to {R}.",
                "Rents rose, according to {R}, and wages fell.",
                "In a survey released Monday, {N} leads by five points.",
                "{N} leads by five points in the latest Gallup poll.",
                "Asked whether the clinic would close, {N} said no decision had been made.",
                "When asked by a reporter whether she would run, {N} said she was undecided.",
                "Then came {N}'s claim that the budget is balanced.",
                "{N}'s warning that the bridge could fail went unheeded.",
                "{N} went to the market on Tuesday.",
                "The launch went according to plan, {N} wrote.",
                "She gained ground in the polls.",
            ] {
                texts.push(t.replace("{N}", name).replace("{R}", role));
            }
        }
        texts
    }

    #[test]
    fn sentence_rules_find_nothing_in_sentences_without_what_they_need() {
        use crate::link::Linker;
        let lex = crate::lexicon::Lexicon::builtin();
        let config = crate::Config::default();
        let mut found = vec![0usize; SENTENCE.len() + NOUN.len()];
        for text in sentence_rule_texts() {
            let doc = Doc::new(&text, lex, &config);
            let cands = crate::cues::run(&doc);
            let chunks = crate::phrase::Chunks::new(&doc);
            for (n, &(rule, needs, apply)) in SENTENCE.iter().chain(NOUN).enumerate() {
                for (s, r) in doc.sent_range.iter().enumerate() {
                    // the rule on every sentence, as if it needed nothing
                    let used = vec![false; cands.len()];
                    let mut lk = Linker {
                        doc: &doc,
                        chunks: &chunks,
                        cands: &cands,
                        used,
                        drafts: Vec::new(),
                    };
                    apply(&mut lk, r.start, r.end);
                    if !lk.drafts.is_empty() {
                        found[n] += 1;
                        assert!(needs.met(&lk, s, r.start, r.end), "{rule} in {text:?}");
                    }
                }
            }
        }
        // (each rule found something, so the test holds of every rule)
        for (n, &(rule, _, _)) in SENTENCE.iter().chain(NOUN).enumerate() {
            assert!(found[n] >= 3, "{rule} found {} in the test sentences", found[n]);
        }
    }

    #[test]
    fn a_sentence_without_what_a_rule_needs_is_not_given_to_it() {
        let lex = crate::lexicon::Lexicon::builtin();
        let config = crate::Config::default();
        let doc = Doc::new("The launch went well. Prices rose in the polls.", lex, &config);
        let cands = crate::cues::run(&doc);
        let chunks = crate::phrase::Chunks::new(&doc);
        let lk = crate::link::Linker {
            doc: &doc,
            chunks: &chunks,
            cands: &cands,
            used: vec![],
            drafts: vec![],
        };
        let r0 = doc.sent_range[0];
        let r1 = doc.sent_range[1];
        assert!(!Needs::class(class::PREP).met(&lk, 0, r0.start, r0.end));
        assert!(Needs::class(class::PREP).met(&lk, 1, r1.start, r1.end));
        assert!(!Needs::set(set::POLL_NOUN).met(&lk, 0, r0.start, r0.end));
        assert!(Needs::set(set::POLL_NOUN).met(&lk, 1, r1.start, r1.end));
        assert!(!Needs::CUE.met(&lk, 0, r0.start, r0.end));
        // (a sentence that is not there needs nothing met)
        assert!(!Needs::class(0).met(&lk, 2, 0, 0));
    }

    #[test]
    fn cue_rules_see_only_the_cues_they_apply_to() {
        use super::testing::found;
        let with = |text: &str, rule: Rule| found(text).iter().any(|f| f.rule == rule);
        for name in ["Dr. Amara Okafor", "Jens Møller-Hansen", "the clinic's director"] {
            // passive rules on the passive, not the active voice of the same verb
            let cap = |s: &str| {
                let mut c = s.chars();
                c.next().map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            };
            let n = cap(name);
            assert!(with(&format!("{n} is expected to resign."), Rule::PassiveBelief));
            assert!(!with(&format!("{n} expected to resign."), Rule::PassiveBelief));
            assert!(with(&format!("{n} is seen as a likely successor."), Rule::Regard));
            assert!(!with(&format!("{n} sees the plan as a failure."), Rule::Regard));
            assert!(with(&format!("{n} was asked about the loan."), Rule::PassiveQuestion));
            // frames: "said yes", not "wrote yes"
            assert!(with(&format!("{n} said yes."), Rule::YesNo));
            assert!(!with(&format!("{n} wrote yes."), Rule::YesNo));
        }
        assert!(with("The plan seemed to be failing.", Rule::Seem));
        assert!(!with("The plan was said to be failing.", Rule::Seem));
    }

    #[test]
    fn confidences_scale_by_stance_and_stay_in_range() {
        for &r in Rule::ALL {
            assert!((0.0..=1.0).contains(&r.base_confidence()), "{r}");
        }
        assert_eq!(round(0.9 - 0.1), 0.8);
        assert_eq!(round(0.7 - 0.35), 0.35);
        assert_eq!(round(-0.2), 0.0);
    }
}

#[cfg(test)]
pub(crate) mod testing {
    //! What the rule tests share: the drafts of a text, as text.

    use crate::config::Config;
    use crate::rule::Rule;

    /// One attribution as the linker found it: the rule, the content pieces and the source.
    #[derive(Debug, Clone, PartialEq)]
    pub(crate) struct Found {
        pub rule: Rule,
        pub content: Vec<String>,
        pub source: Option<String>,
        pub confidence: f32,
    }

    /// The attributions of `text` with `config`.
    pub(crate) fn found_with(text: &str, config: &Config) -> Vec<Found> {
        let lex = crate::lexicon::Lexicon::builtin();
        let doc = crate::document::Doc::new(text, lex, config);
        let cands = crate::cues::run(&doc);
        let chunks = crate::phrase::Chunks::new(&doc);
        let linked = crate::link::run(&doc, &chunks, &cands);
        linked
            .attributions
            .iter()
            .zip(&linked.rules)
            .map(|(a, &rule)| Found {
                rule,
                content: a.content().iter().map(|s| text[s.range()].to_string()).collect(),
                source: a
                    .source()
                    .map(|m| text[linked.mentions[m.index()].span().range()].to_string()),
                confidence: a.confidence(),
            })
            .collect()
    }

    /// The attributions of `text` with every rule on.
    pub(crate) fn found(text: &str) -> Vec<Found> {
        found_with(text, &Config::default())
    }

    /// The attributions of `text` with `rule` off.
    pub(crate) fn found_without(text: &str, rule: Rule) -> Vec<Found> {
        found_with(text, &Config::default().disable(rule))
    }

    /// Asserts that `rule` attributes `content` (its pieces joined by " | ") to `source` in
    /// `text`, and that with the rule off no attribution of that rule is found.
    pub(crate) fn finds(text: &str, rule: Rule, content: &str, source: Option<&str>) {
        let all = found(text);
        let hit = all.iter().find(|f| f.rule == rule);
        let Some(f) = hit else { panic!("{rule} finds nothing in {text:?}: {all:?}") };
        assert_eq!(f.content.join(" | "), content, "{rule} in {text:?}");
        assert_eq!(f.source.as_deref(), source, "{rule} in {text:?}");
        let off = found_without(text, rule);
        assert!(off.iter().all(|f| f.rule != rule), "{rule} is off in {text:?}: {off:?}");
    }

    /// Asserts that `rule` finds nothing in `text`.
    pub(crate) fn misses(text: &str, rule: Rule) {
        let all = found(text);
        assert!(all.iter().all(|f| f.rule != rule), "{rule} in {text:?}: {all:?}");
    }

    /// Asserts that no attribution at all is found in `text` (a guard holds), and that one
    /// is with `rule` off (the guard is what holds).
    pub(crate) fn guards(text: &str, rule: Rule) {
        let all = found(text);
        assert!(all.is_empty(), "{rule} lets through in {text:?}: {all:?}");
        assert!(!found_without(text, rule).is_empty(), "{rule} guards nothing in {text:?}");
    }
}
