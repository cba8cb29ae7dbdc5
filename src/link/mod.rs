//! Stage 4: linking content, cue and source into attributions.
//!
//! The rules of [`rules`] run in their order of precedence, each in its own file; they
//! share what they know about clauses ([`clause`]), quotations ([`quotation`]) and where
//! contents start and end ([`content`]). Non-responses follow. Finally, an attribution whose
//! cue sits inside another's content is dropped: the reported speech inside reported
//! speech belongs to the outer claim.

pub(crate) mod clause;
pub(crate) mod content;
mod kind;
pub(crate) mod quotation;
pub(crate) mod responses;
pub(crate) mod rules;

use std::collections::BTreeMap;

use crate::cues::CueCand;
use crate::document::feat;
use crate::document::{Doc, TokRange};
use crate::model::{
    Attribution, Cue, Mention, MentionId, MentionKind, NonResponse, Pattern, Resolution, Sourcing,
    Tense,
};
use crate::phrase::{Chunks, describe};
use crate::rule::Rule;
use crate::span::Span;

/// The cue of a draft attribution.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum DraftCue {
    Verb(CueCand),
    /// "according to": token range
    Phrase {
        start: usize,
        end: usize,
    },
    /// a colon closing a clause before a quotation ("Trump boomed:"): token range, colon included
    Colon {
        start: usize,
        end: usize,
    },
    /// a noun with a possessor ("Trump's claim that"): token range, preposition included
    Noun {
        start: usize,
        end: usize,
        class: crate::model::CueClass,
    },
}

impl DraftCue {
    fn range(&self) -> TokRange {
        match *self {
            DraftCue::Verb(c) => TokRange::new(c.start, c.end),
            DraftCue::Phrase { start, end } => TokRange::new(start, end),
            DraftCue::Colon { start, end } => TokRange::new(start, end),
            DraftCue::Noun { start, end, .. } => TokRange::new(start, end),
        }
    }
}

/// An attribution before mentions are built: token ranges.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    /// Content pieces: byte spans (direct quotations keep their marks exactly).
    pub content: Vec<Span>,
    pub cue: Option<DraftCue>,
    /// Source mention: token range.
    pub source: Option<TokRange>,
    pub pattern: Pattern,
    /// The rule that made it.
    pub rule: Rule,
    pub confidence: f32,
    pub citing: Vec<TokRange>,
    pub resolution: Option<Resolution>,
    /// For a continuation: the draft it continues.
    pub parent: Option<usize>,
}

impl Draft {
    pub(crate) fn new(
        content: Vec<Span>,
        cue: Option<DraftCue>,
        source: Option<TokRange>,
        pattern: Pattern,
        rule: Rule,
    ) -> Self {
        Draft {
            content,
            cue,
            source,
            pattern,
            rule,
            confidence: rule.base_confidence(),
            citing: Vec::new(),
            resolution: None,
            parent: None,
        }
    }

    fn extent(&self) -> Span {
        match (self.content.first(), self.content.last()) {
            (Some(a), Some(b)) => a.cover(*b),
            _ => Span::default(),
        }
    }
}

/// What the linker found.
pub(crate) struct Linked {
    pub mentions: Vec<Mention>,
    pub attributions: Vec<Attribution>,
    pub non_responses: Vec<NonResponse>,
    /// The rule of each attribution, in the order of `attributions` (for the rules' tests).
    #[cfg(test)]
    pub rules: Vec<Rule>,
}

/// Shared state of one linking run.
pub(crate) struct Linker<'d, 't> {
    pub doc: &'d Doc<'t>,
    /// The phrases of each sentence.
    pub chunks: &'d Chunks,
    pub cands: &'d [CueCand],
    /// Which cue candidates a draft already uses.
    pub used: Vec<bool>,
    pub drafts: Vec<Draft>,
}

impl<'d> Linker<'d, '_> {
    /// Index of the cue candidate whose verb group starts at token `k`.
    pub(crate) fn cand_starting(&self, k: usize) -> Option<usize> {
        let i = self.cands.partition_point(|c| c.start < k);
        (i < self.cands.len() && self.cands[i].start == k).then_some(i)
    }

    /// Cue candidates in tokens `[a, b)`.
    pub(crate) fn cands_in(&self, a: usize, b: usize) -> &'d [CueCand] {
        let i = self.cands.partition_point(|c| c.start < a);
        let j = self.cands.partition_point(|c| c.start < b);
        &self.cands[i..j.max(i)]
    }

    pub(crate) fn push(&mut self, d: Draft) {
        if let Some(DraftCue::Verb(c)) = d.cue
            && let Some(i) = self.cand_starting(c.start)
        {
            self.used[i] = true;
        }
        self.drafts.push(d);
    }

    /// Whether token `k` lies in the content of a draft made so far.
    pub(crate) fn in_content(&self, k: usize) -> bool {
        let Some(t) = self.doc.toks.get(k) else { return false };
        self.drafts.iter().rev().take(8).any(|d| d.content.iter().any(|s| s.contains(t.span())))
    }
}

/// Links the document's cues, quotations and mentions into attributions.
pub(crate) fn run(doc: &Doc<'_>, chunks: &Chunks, cands: &[CueCand]) -> Linked {
    // "declined to comment", "refused to say whether …": a non-response is never content
    let phrases = responses::phrases(doc);
    let mut next = 0;
    let used = cands
        .iter()
        .map(|c| {
            // (by the verb: "and then declined to comment", the adverb in the cue's group)
            while next < phrases.len() && phrases[next].1 <= c.verb {
                next += 1;
            }
            phrases.get(next).is_some_and(|&(a, b, _)| a <= c.verb && c.verb < b)
        })
        .collect();
    let mut lk = Linker { doc, chunks, cands, used, drafts: Vec::new() };
    rules::run(&mut lk);
    let drafts = resolve_nesting(doc, std::mem::take(&mut lk.drafts));
    let responses = responses::run(doc, chunks, &drafts, &phrases);
    build(doc, drafts, responses)
}

/// Drops drafts whose cue lies inside another draft's content (speech inside speech),
/// and drafts that repeat the content of an earlier one.
fn resolve_nesting(doc: &Doc<'_>, drafts: Vec<Draft>) -> Vec<Draft> {
    let cue_span = |d: &Draft| {
        d.cue.map(|c| {
            let TokRange { start: a, end: b } = c.range();
            doc.span(a, b)
        })
    };
    let mut keep = vec![true; drafts.len()];
    // sort indices by extent so that the check only looks at drafts that can overlap
    let mut order: Vec<usize> = (0..drafts.len()).collect();
    order.sort_by_key(|&i| drafts[i].extent().start);
    for (oi, &i) in order.iter().enumerate() {
        let Some(cs) = cue_span(&drafts[i]) else { continue };
        // any draft whose content holds this cue; drafts are local, so look nearby
        for &j in order[oi.saturating_sub(16)..(oi + 16).min(order.len())].iter() {
            if i == j || !keep[j] {
                continue;
            }
            let holds = drafts[j].content.iter().any(|s| s.contains(cs));
            if !holds {
                continue;
            }
            // mutual nesting: keep the draft whose cue comes last (the main clause)
            let mutual = cue_span(&drafts[j])
                .is_some_and(|cj| drafts[i].content.iter().any(|s| s.contains(cj)));
            if mutual && cue_span(&drafts[j]).is_some_and(|cj| cj.start < cs.start) {
                keep[j] = false;
                continue;
            }
            keep[i] = false;
            break;
        }
    }
    // re-point continuation parents after removal
    let mut new_index = vec![usize::MAX; drafts.len()];
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        if keep[i] {
            new_index[i] = out.len();
            out.push(d);
        }
    }
    for d in &mut out {
        if let Some(p) = d.parent {
            d.parent = new_index.get(p).copied().filter(|&n| n != usize::MAX);
        }
    }
    out
}

/// Builds mentions and attributions from the drafts.
fn build(doc: &Doc<'_>, drafts: Vec<Draft>, responses: Vec<responses::DraftResponse>) -> Linked {
    let mut ms = Mentions { doc, mentions: Vec::new(), by_range: BTreeMap::new() };
    let source_ids: Vec<Option<MentionId>> = drafts.iter().map(|d| ms.source_of(d)).collect();
    let mut atts: Vec<(Span, Attribution, Rule)> = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.iter().enumerate() {
        // a continuation speaks with its parent's source
        let source = match (source_ids[i], d.parent) {
            (None, Some(p)) => source_ids.get(p).copied().flatten(),
            (s, _) => s,
        };
        atts.push(ms.attribution(d, source));
    }
    atts.sort_by_key(|(e, _, _)| (e.start, e.end));
    let mut non_responses = Vec::with_capacity(responses.len());
    for r in responses {
        let sources: Vec<MentionId> = r.sources.iter().filter_map(|&s| ms.id(s)).collect();
        if !sources.is_empty() {
            non_responses.push(NonResponse { sources, cue: r.cue, kind: r.kind });
        }
    }
    #[cfg(test)]
    let rules = atts.iter().map(|&(_, _, r)| r).collect();
    let attributions = atts.into_iter().map(|(_, a, _)| a).collect();
    Linked {
        mentions: ms.mentions,
        attributions,
        non_responses,
        #[cfg(test)]
        rules,
    }
}

/// The mentions [`build`] makes, one per token range.
struct Mentions<'d, 't> {
    doc: &'d Doc<'t>,
    mentions: Vec<Mention>,
    by_range: BTreeMap<TokRange, MentionId>,
}

impl Mentions<'_, '_> {
    /// The mention of the token range `r`, made on its first use; none for an empty range
    /// (which has no words to name anyone, and whose span would be another's).
    fn id(&mut self, r: TokRange) -> Option<MentionId> {
        if r.is_empty() {
            return None;
        }
        let (doc, mentions) = (self.doc, &mut self.mentions);
        Some(*self.by_range.entry(r).or_insert_with(|| {
            let id = MentionId(mentions.len() as u32);
            mentions.push(describe(doc, r.start, r.end));
            id
        }))
    }

    /// The mention of the draft's own source, with the reason it gives for its anonymity
    /// ("…, said the official, who spoke on condition of anonymity because …").
    fn source_of(&mut self, d: &Draft) -> Option<MentionId> {
        let source = d.source.and_then(|r| self.id(r));
        if let (Some(m), Some(r)) = (source, d.source)
            && self.mentions[m.index()].anonymity_reason.is_none()
            && matches!(
                self.mentions[m.index()].kind,
                MentionKind::Anonymous | MentionKind::Description | MentionKind::Pronoun
            )
        {
            let TokRange { start: ss, end: se } = self.doc.sentence_of(r.start);
            self.mentions[m.index()].anonymity_reason = anonymity_reason(self.doc, ss, se, r);
        }
        source
    }

    /// The attribution of the draft, spoken by `source`, with its extent and rule.
    fn attribution(&mut self, d: &Draft, source: Option<MentionId>) -> (Span, Attribution, Rule) {
        let doc = self.doc;
        let citing = d.citing.iter().filter_map(|&r| self.id(r)).collect();
        let cue = d.cue.map(|c| to_cue(doc, c));
        let kind = kind::of(doc, &d.content);
        let attribution = Attribution {
            content: d.content.clone(),
            cue,
            source,
            kind,
            speaker: None,
            sourcing: Sourcing::Unattributed,
            resolution: d.resolution,
            citing,
            pattern: d.pattern,
            confidence: d.confidence,
        };
        (d.extent(), attribution, d.rule)
    }
}

fn to_cue(doc: &Doc<'_>, c: DraftCue) -> Cue {
    match c {
        DraftCue::Verb(v) => {
            let l = v.info(doc);
            let lemma = match &l.particle {
                Some(p) => format!("{} {p}", l.lemma),
                None => l.lemma.clone(),
            };
            Cue { span: doc.span(v.start, v.end), lemma, class: l.class, tense: v.tense }
        }
        DraftCue::Phrase { start, end } => Cue {
            span: doc.span(start, end),
            lemma: "according to".to_string(),
            class: crate::model::CueClass::Neutral,
            tense: Tense::NonFinite,
        },
        DraftCue::Colon { start, end } => Cue {
            span: doc.span(start, end),
            lemma: ":".to_string(),
            class: crate::model::CueClass::Neutral,
            tense: Tense::NonFinite,
        },
        DraftCue::Noun { start, end, class } => Cue {
            span: doc.span(start, end),
            lemma: doc.lower(start).to_string(),
            class,
            tense: Tense::NonFinite,
        },
    }
}

/// The clause of sentence `[ss, se)` that gives a source's reason for anonymity, from the
/// relative pronoun or participle that opens it to the end of the clause.
fn anonymity_reason(doc: &Doc<'_>, ss: usize, se: usize, source: TokRange) -> Option<Span> {
    let k = (ss..se.min(ss + content::MAX_CONTENT)).find(|&k| {
        // "speaking on the condition that their name not be used"
        (doc.is_word(k, "condition") && doc.is_word(k + 1, "that"))
            || doc.in_set(k, crate::lexicon::set::ANONYMITY)
                && (doc.is_word(k, "anonymity")
                    || doc.is_word(k, "anonymously")
                    || (k > ss + 1
                        && (doc.is_word(k - 1, "be")
                            || doc.is_word(k - 1, "not")
                            || doc.is_word(k - 2, "not")
                            || doc.has(k - 1, feat::NT))))
    })?;
    // the clause starts after the nearest comma (or at the sentence start)
    let start = (ss..k)
        .rev()
        .find(|&x| {
            doc.toks[x].is_punct(',')
                || doc.toks[x].is_punct('(')
                || doc.toks[x].is_punct('—')
                || doc.is_word(x + 1, "who")
                || (doc.is_word(x, "and") && x + 1 < k)
        })
        .map_or(ss, |x| x + 1);
    // "A senior official who was not authorized to speak publicly said …": a reason inside
    // the source ends with it
    let se = if source.contains(k) { source.end } else { se };
    let end = (k..se)
        .find(|&x| {
            doc.toks[x].is_punct(',')
                || doc.toks[x].is_punct(')')
                || doc.toks[x].is_punct('—')
                || doc.toks[x].is_terminal()
        })
        .unwrap_or(se);
    (end > start).then(|| doc.span(start, end))
}
