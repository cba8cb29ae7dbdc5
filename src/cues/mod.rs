//! Stage 3: cue verbs and speaker mentions.
//!
//! A cue is a reporting verb of the lexicon used as a verb: "said", "has vowed", "did not
//! dispute", "pointed out". Nouns spelled like verbs ("the report", "his claims") and
//! adjectives ("the alleged plot") are not cues. The auxiliaries before the verb belong to
//! the cue span, as the annotation guidelines of PolNeAR have it ("has vowed").

pub(crate) mod nonresponse;

use crate::document::feat;
use crate::document::{Doc, Token};
use crate::lexicon::{CueForm, CueLemma, Entry, VerbForm, class, set};
use crate::model::Tense;
use crate::phrase::is_adverb;

/// A reporting verb used as a verb.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct CueCand {
    /// First token of the cue span (the first auxiliary, if any).
    pub start: usize,
    /// The verb token.
    pub verb: usize,
    /// One past the last token of the cue (the particle, if any).
    pub end: usize,
    pub lemma: u16,
    pub form: VerbForm,
    pub tense: Tense,
    pub negated: bool,
    pub passive: bool,
}

impl CueCand {
    pub(crate) fn frames(&self, doc: &Doc<'_>) -> u32 {
        doc.lex.lemma(self.lemma).frames
    }

    pub(crate) fn info<'a>(&self, doc: &'a Doc<'_>) -> &'a CueLemma {
        doc.lex.lemma(self.lemma)
    }

    pub(crate) fn has(&self, doc: &Doc<'_>, f: u32) -> bool {
        self.frames(doc) & f != 0
    }

    /// A participle clause: ", saying …", ", adding that …".
    pub(crate) fn is_participle(&self) -> bool {
        self.form == VerbForm::Ing && self.start == self.verb
    }
}

/// Finds the cue verbs of the document, outside quotations and headings.
pub(crate) fn run(doc: &Doc<'_>) -> Vec<CueCand> {
    let mut out = Vec::new();
    for (i, t) in doc.toks.iter().enumerate() {
        if !t.is(class::CUE) || t.in_quote() || t.shape == crate::document::Shape::AllCaps {
            continue;
        }
        if doc.is_heading(i) {
            continue;
        }
        // a capitalised cue word inside a sentence belongs to a name: "the United States"
        if t.is_cap() && i > 0 && doc.toks[i - 1].sent == t.sent && doc.toks[i - 1].is_word() {
            continue;
        }
        // phrasal verbs that do not report: "added up to", "backed down", "called off"
        // (unless the lexicon has the phrasal verb: "shrugged off", "talked up")
        if let Some(n) = doc.toks.get(i + 1)
            && n.is_word()
            && doc.lex.entry_sets(n.entry) & set::NO_CUE_PARTICLE != 0
            && !doc.lex.entry(t.entry).is_some_and(|e| {
                e.cues.iter().any(|cf| {
                    doc.lex
                        .lemma(cf.lemma)
                        .particle
                        .as_deref()
                        .is_some_and(|p| doc.text[n.span().range()].eq_ignore_ascii_case(p))
                })
            })
        {
            continue;
        }
        if let Some(c) = cue_at(doc, i) {
            out.push(c);
        }
    }
    out
}

/// Whether a plural noun heads a subject that ends at token `b` with a modifier after its
/// head: "Proponents of the bill", "Executives who have worked with him", "activists
/// clamoring to block Trump", "Fields, along with a Post reporter,".
fn plural_head_before(doc: &Doc<'_>, b: usize) -> bool {
    let ss = doc.sentence_of(b).start;
    let floor = ss.max(b.saturating_sub(16));
    let mut k = b;
    while k > floor {
        k -= 1;
        let t = &doc.toks[k];
        if t.is_terminal() || t.is_quote_mark() || t.is_punct(';') || t.is_punct(':') {
            return false;
        }
        if t.kind != crate::document::TokKind::Word || t.is(class::FUNCTION | class::DET) {
            continue;
        }
        let n = &doc.toks[k + 1];
        let modified = n.is(class::PREP | class::WH)
            || n.is_punct(',')
            || (n.kind == crate::document::TokKind::Word
                && n.shape == crate::document::Shape::Lower
                && doc.has(k + 1, feat::ING));
        if !modified {
            continue;
        }
        let plural = t.is(class::PLURAL)
            || (t.has(feat::S)
                && !doc.word(k).ends_with("'s")
                && !doc.word(k).ends_with("’s")
                && t.shape != crate::document::Shape::AllCaps
                && !t.is(class::PRON | class::POSSPRON | class::ADV | class::TIME | class::CUE));
        // the first modified noun from the start decides
        let starts_subject = k == ss
            || doc.toks[k - 1].is(class::DET | class::QUANT | class::NUM | class::POSSPRON)
            || doc.toks[k - 1].is(class::CONJ)
            || doc.toks[k - 1].is_punct(',')
            || (k > ss && !doc.words_before(k - 1));
        if starts_subject {
            return plural;
        }
    }
    false
}

/// The cue at token `i`: its verb group, lemma, tense and voice, if the reporting verb there
/// is used as a verb.
fn cue_at(doc: &Doc<'_>, i: usize) -> Option<CueCand> {
    let entry = doc.lex.entry(doc.toks[i].entry)?;
    let sent = doc.toks[i].sent;
    let (cf, end) = choose_lemma(doc, entry, i, sent)?;
    let g = Group::read(doc, i, sent, cf, end);
    if noun_or_possessive(doc, &g) {
        return None;
    }
    let (tense, passive) = tense_and_voice(doc, &g)?;
    if g.homograph
        && cf.form == VerbForm::Base
        && g.first_aux.is_none()
        && !g.to_before
        && !g.before.is_some_and(|(b, _)| subject_like(doc, b))
    {
        return None;
    }
    let start = g.start;
    let negated = g.negated;
    Some(CueCand { start, verb: i, end, lemma: cf.lemma, form: cf.form, tense, negated, passive })
}

/// Token `k`, if it is in sentence `sent`.
#[inline]
fn same<'d>(doc: &'d Doc<'_>, sent: u32, k: usize) -> Option<&'d Token> {
    doc.toks.get(k).filter(|t| t.sent == sent)
}

/// The cue form of `entry` at token `i` of sentence `sent`, and one past the cue's last token.
fn choose_lemma(doc: &Doc<'_>, entry: &Entry, i: usize, sent: u32) -> Option<(CueForm, usize)> {
    // pick the lemma: one whose particle follows, else one without a particle
    let mut chosen = None;
    for cf in &entry.cues {
        let l = doc.lex.lemma(cf.lemma);
        match &l.particle {
            Some(p) => {
                if same(doc, sent, i + 1).is_some() && doc.is_word(i + 1, p) {
                    chosen = Some((*cf, i + 2));
                    break;
                }
            }
            None => {
                if chosen.is_none() {
                    chosen = Some((*cf, i + 1));
                }
            }
        }
    }
    chosen
}

/// The verb group of a cue verb: its lemma form and the auxiliaries, negation and adverbs
/// before it.
struct Group<'d> {
    /// the verb token
    i: usize,
    /// the verb's sentence
    sent: u32,
    /// the form of the lemma chosen
    cf: CueForm,
    /// one past the cue's last token (the particle, if any)
    end: usize,
    /// the first token of the cue span
    start: usize,
    first_aux: Option<usize>,
    auxes: Vec<usize>,
    negated: bool,
    /// the token before the verb group
    before: Option<(usize, &'d Token)>,
    /// whether the verb's word is also a noun or adjective
    homograph: bool,
    /// whether the token before the verb group is "to"
    to_before: bool,
}

impl<'d> Group<'d> {
    /// The verb group of the verb at `i` of sentence `sent`, of form `cf`, with the cue
    /// ending before `end`.
    fn read(doc: &'d Doc<'_>, i: usize, sent: u32, cf: CueForm, end: usize) -> Self {
        // the verb group before the verb: auxiliaries, negation and adverbs
        let mut start = i;
        let mut k = i;
        let mut first_aux = None;
        let mut auxes: Vec<usize> = Vec::new();
        let mut negated = false;
        while k > 0 {
            let p = k - 1;
            let Some(pt) = same(doc, sent, p) else { break };
            if pt.is(class::AUX) || pt.is(class::MODAL) {
                first_aux = Some(p);
                auxes.push(p);
                if pt.is(class::NEG) {
                    negated = true;
                }
            } else if pt.is(class::NEG) {
                negated = true;
            } else if !is_adverb(doc, p) {
                break;
            }
            k = p;
            if i - k > 5 {
                break;
            }
        }
        // "who was not authorized to speak publicly said": adverbs after another verb modify
        // that verb, not the cue
        if first_aux.is_none()
            && k < i
            && k >= 2
            && same(doc, sent, k - 1).is_some_and(|t| {
                t.kind == crate::document::TokKind::Word
                    && t.shape == crate::document::Shape::Lower
                    && !t.is(class::FUNCTION)
            })
            && doc.is_word(k - 2, "to")
        {
            k = i;
        }
        // the cue span takes the auxiliaries and adverbs of the verb group: "has also said"
        if first_aux.is_some() || k < i {
            start = k;
        }
        // the token before the verb group
        let before = start.checked_sub(1).and_then(|b| same(doc, sent, b).map(|t| (b, t)));
        let homograph = doc.toks[i].is(class::NOUNISH);
        let to_before = before.is_some_and(|(b, _)| doc.is_word(b, "to"));
        Group { i, sent, cf, end, start, first_aux, auxes, negated, before, homograph, to_before }
    }

    /// Whether one of the auxiliaries is a word of one of the grammar sets `sets`.
    fn has_aux(&self, doc: &Doc<'_>, sets: crate::lexicon::Sets) -> bool {
        self.auxes
            .iter()
            .any(|&a| doc.toks.get(a).is_some_and(|t| doc.lex.entry_sets(t.entry) & sets != 0))
    }
}

/// Whether the verb of group `g` is a noun or adjective by its context, or a possessive's
/// clitic stands before it.
fn noun_or_possessive(doc: &Doc<'_>, g: &Group<'_>) -> bool {
    let cf = g.cf;
    // Nouns and adjectives: "the report", "his claims", "the alleged plot", "of reports".
    // Quantifiers are subjects of a verb ("many said", "some say") but not of a noun
    // homograph ("some reports").
    if g.first_aux.is_none()
        && let Some((b, bt)) = g.before
        && !(bt.is(class::PRON) || bt.is(class::WH))
    {
        let to = cf.form == VerbForm::Base && doc.word(b).eq_ignore_ascii_case("to");
        let noun_context = bt.is(class::DET | class::POSSPRON)
            // ("by saying", "before adding": a gerund after a preposition is still a verb)
            || (bt.is(class::PREP) && !to && cf.form != VerbForm::Ing)
            || (g.homograph && bt.is(class::NUM | class::QUANT))
            || (bt.kind == crate::document::TokKind::Clitic && bt.has(feat::S | feat::SS));
        if noun_context {
            return true;
        }
    }
    // "Trump’s claims", "the campaign’s plans": a possessive, not "Trump is/has"
    matches!(cf.form, VerbForm::Base | VerbForm::Third)
        && g.auxes.len() == 1
        && doc.toks[g.auxes[0]].kind == crate::document::TokKind::Clitic
}

/// Whether token `b` can be the subject of a verb after it: a pronoun, a name, a person, an
/// organisation, a record or a plural.
fn subject_like(doc: &Doc<'_>, b: usize) -> bool {
    let t = &doc.toks[b];
    t.is(class::PRON | class::WH)
        || (t.is_word() && t.is_cap() && !t.is(class::STARTER))
        || t.is(class::ROLE | class::VAGUE | class::ORG | class::DOC)
        || (t.kind == crate::document::TokKind::Word && t.has(feat::S))
}

/// The tense of the cue of group `g` and whether it is passive, if its form is used as a
/// finite or non-finite verb there.
fn tense_and_voice(doc: &Doc<'_>, g: &Group<'_>) -> Option<(Tense, bool)> {
    match g.cf.form {
        VerbForm::Base => base_tense(doc, g),
        VerbForm::Third => third_person_verb(doc, g).then_some((Tense::Present, false)),
        VerbForm::Past => Some((Tense::Past, false)),
        VerbForm::PastParticiple | VerbForm::PastOrParticiple => participle_tense(doc, g),
        VerbForm::Ing => {
            // "he's saying" but not "Breitbart’s reporting team"
            let clitic_after_pronoun = g.auxes.iter().any(|&a| {
                doc.toks[a].kind == crate::document::TokKind::Clitic
                    && a > 0
                    && doc.toks[a - 1].is(class::PRON | class::WH | class::THERE)
            });
            let be = g.has_aux(doc, set::PROGRESSIVE_BE) || clitic_after_pronoun;
            Some(if be { (Tense::Progressive, false) } else { (Tense::NonFinite, false) })
        }
    }
}

/// The tense of a base form: after "will", "did" or another auxiliary, after "to", or, with
/// no auxiliary, present after a plural or first or second person subject.
fn base_tense(doc: &Doc<'_>, g: &Group<'_>) -> Option<(Tense, bool)> {
    if g.has_aux(doc, set::FUTURE_AUX) {
        Some((Tense::Future, false))
    } else if g.has_aux(doc, set::DO_PAST) {
        Some((Tense::Past, false))
    } else if g.first_aux.is_some() {
        Some((Tense::Present, false))
    } else if g.to_before {
        Some((Tense::NonFinite, false))
    } else {
        // "officials say", "they believe": a plural or first/second-person subject
        let (b, bt) = g.before?;
        if !plural_subject(doc, b, bt) {
            return None;
        }
        Some((Tense::Present, false))
    }
}

/// Whether token `b` (`bt`) before a base form is a plural or first or second person subject.
fn plural_subject(doc: &Doc<'_>, b: usize, bt: &Token) -> bool {
    bt.is(class::PLURAL)
        || doc.in_set(b, set::PLURAL_AGREEMENT)
        || (bt.kind == crate::document::TokKind::Word
            && bt.has(feat::S)
            && !bt.is(class::PRON | class::POSSPRON))
        || bt.is(class::QUANT | class::NUM | class::ORG | class::ROLE | class::VAGUE | class::DOC)
        // "Those close to him say"
        || (bt.is(class::OBJPRON) && b > 0 && doc.toks[b - 1].is(class::PREP))
        || doc.word(b) == "%"
        // "A mere 9 percent say", "Nearly a third say", "those surveyed say"
        || bt.kind == crate::document::TokKind::Number
        || doc.in_set(b, set::QUANTITY_NOUN | set::SURVEYED)
        // "Carson, Fiorina and Huckabee say"
        || (bt.is_cap() && (b.saturating_sub(3)..b).any(|x| doc.is_word(x, "and")))
        || plural_head_before(doc, b)
}

/// Whether the third-person form of group `g` is a verb, not a plural noun.
fn third_person_verb(doc: &Doc<'_>, g: &Group<'_>) -> bool {
    let (i, end, sent, homograph) = (g.i, g.end, g.sent, g.homograph);
    // "Inspection reports show …", "Police reports say …": a noun before the verb
    if (homograph || doc.toks[i].is(class::DOC))
        && g.first_aux.is_none()
        && same(doc, sent, end).is_some_and(|t| {
            t.shape == crate::document::Shape::Lower
                && t.is(class::CUE)
                && doc.lex.entry(t.entry).is_some_and(|e| {
                    e.cues.iter().any(|f| {
                        matches!(
                            f.form,
                            VerbForm::Base | VerbForm::Past | VerbForm::PastOrParticiple
                        )
                    })
                })
        })
        // ("… shows demand fell": the next word is the subject of a clause)
        && !same(doc, sent, end + 1).is_some_and(|t| t.is(class::PAST | class::AUX | class::MODAL))
    {
        return false;
    }
    // "The accord calls on all nations", "Brewer, an early supporter, calls the
    // issue …": after a common noun or an appositive's comma, a determiner or
    // preposition after the word makes it a verb
    let verb_after = same(doc, sent, end).is_some_and(|t| {
        t.is(class::DET | class::POSSPRON | class::OBJPRON | class::PREP | class::QUANT)
            && !doc.is_word(end, "that")
    }) && !doc.toks[i].is_cap();
    // (a determined noun, not an adjective: "the accord calls", not "coastal states")
    let noun_before = |b: usize| {
        let t = &doc.toks[b];
        (t.kind == crate::document::TokKind::Word
            && t.shape == crate::document::Shape::Lower
            && !t.is(class::FUNCTION)
            && !(t.has(feat::ED | feat::ING) || doc.lower(b).ends_with("al"))
            && b > 0
            && doc.toks[b - 1].is(class::DET | class::POSSPRON))
            || t.is_punct(',')
            // "says he respects Clinton and calls her …"
            || ((doc.is_word(b, "and") || doc.is_word(b, "but"))
                && same(doc, sent, end)
                    .is_some_and(|n| n.is(class::DET | class::POSSPRON | class::OBJPRON)))
    };
    !(homograph
        && g.first_aux.is_none()
        && !g.before.is_some_and(|(b, _)| subject_like(doc, b) || (verb_after && noun_before(b))))
}

/// The tense and voice of a past participle: passive after "be", perfect after "have"; with
/// no auxiliary, a simple past unless a reduced relative ("revealed by Axios").
fn participle_tense(doc: &Doc<'_>, g: &Group<'_>) -> Option<(Tense, bool)> {
    let cf = g.cf;
    if g.has_aux(doc, set::BE_FORM) {
        Some((Tense::Past, true))
    } else if g.has_aux(doc, set::HAD_FORM) {
        Some((Tense::PastPerfect, false))
    } else if g.has_aux(doc, set::HAVE_FORM) {
        Some((Tense::PresentPerfect, false))
    } else if cf.form == VerbForm::PastParticiple {
        None // "written by", "shown in": a participle, not a finite verb
    } else {
        // "revealed by Axios": a reduced relative, not a cue
        // ("Asked by Matt Lauer whether …", "when asked by a reporter" is a verb)
        let question_lead = doc.lex.lemma(cf.lemma).class == crate::model::CueClass::Inquiry
            && g.before.is_none_or(|(b, _)| {
                doc.is_word(b, "when") || doc.is_word(b, "if") || doc.toks[b].is_punct(',')
            });
        if same(doc, g.sent, g.end).is_some() && doc.is_word(g.end, "by") && !question_lead {
            return None;
        }
        Some((Tense::Past, false))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lexicon::Lexicon;

    fn cues(text: &str) -> Vec<String> {
        let config = Config::default();
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        run(&doc).iter().map(|c| doc.text[doc.span(c.start, c.end).range()].to_string()).collect()
    }

    #[test]
    fn finds_verbs_with_auxiliaries() {
        assert_eq!(cues("Zelensky has vowed not to betray Ukraine."), ["has vowed"]);
        assert_eq!(cues("He has also said that it is fine."), ["has also said"]);
        assert_eq!(cues("Officials say the plan works."), ["say"]);
        assert_eq!(cues("She pointed out that it rained."), ["pointed out"]);
    }

    #[test]
    fn nouns_and_adjectives_are_not_cues() {
        assert!(cues("The report was long.").is_empty());
        assert!(cues("His claims were false.").is_empty());
        assert!(cues("The alleged plot failed.").is_empty());
        assert!(
            cues("The proposal, revealed by Axios earlier this week, surprised officials.")
                .is_empty()
        );
        assert!(cues("the so-called peace plan").is_empty());
    }

    #[test]
    fn cues_inside_quotations_are_skipped() {
        assert_eq!(cues("“Trump said no,” she said."), ["said"]);
    }

    #[test]
    fn tense_from_auxiliaries() {
        let config = Config::default();
        let text = "He had said it. She will say more. They are saying it. It was reported that X.";
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        let c = run(&doc);
        let tenses: Vec<Tense> = c.iter().map(|c| c.tense).collect();
        assert_eq!(tenses, [Tense::PastPerfect, Tense::Future, Tense::Progressive, Tense::Past]);
        assert!(c[3].passive);
    }
}
