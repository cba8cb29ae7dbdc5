//! Stage 7: output records.
//!
//! * [`EvalRecord`]: one line of the attribution JSONL used for evaluation (byte spans, the
//!   format of PolNeAR's converted corpus), with speaker, sourcing and provenance fields.
//! * [`CitronDocument`]: BBC Citron's JSON annotation format (character offsets).
//!
//! Both are plain serde types: serialise them with any serde format (`serde_json` in the
//! examples).

use serde::{Deserialize, Serialize};

use crate::analyzer::Analysis;
use crate::model::{
    Attribution, AttributionKind, Count, MentionId, Pattern, Resolution, Sourcing, SpeakerKind,
};
use crate::span::Span;

/// How continuation quotes are written in an [`EvalRecord`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum Continuations {
    /// A continuation in the same paragraph as its attribution becomes one more content span
    /// of that attribution, as PolNeAR annotates "“A,” he said. “B.”". Continuations in later
    /// paragraphs stay separate.
    #[default]
    Merge,
    /// Every continuation is an attribution of its own with an empty cue.
    Separate,
}

/// One document of the evaluation JSONL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalRecord {
    /// Document id.
    pub id: String,
    /// Attributions.
    pub attributions: Vec<EvalAttribution>,
    /// Non-responses.
    pub responses: Vec<EvalResponse>,
}

/// The sources an outlet cites: "Reuters reported, citing multiple sources familiar with …".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalCiting {
    /// The cited mention as written.
    pub mention: String,
    /// Kind of the cited speaker.
    pub speaker_kind: Option<SpeakerKind>,
    /// Sourcing level of the cited speaker.
    pub sourcing: Option<Sourcing>,
    /// How many sources, for anonymous ones.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub count: Option<Count>,
    /// Stated basis of knowledge.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub basis: Option<String>,
}

/// One attribution of the evaluation JSONL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalAttribution {
    /// Source mention spans (empty when unattributed).
    pub source: Vec<Span>,
    /// Cue spans (empty for a continuation quote).
    pub cue: Vec<Span>,
    /// Content spans.
    pub content: Vec<Span>,
    /// direct / indirect / mixed.
    pub kind: AttributionKind,
    /// The speaker's canonical name or description.
    pub speaker: Option<String>,
    /// The speaker's kind.
    pub speaker_kind: Option<SpeakerKind>,
    /// The sourcing level.
    pub sourcing: Option<Sourcing>,
    /// The pattern that produced the attribution.
    pub pattern: Pattern,
    /// Its confidence.
    pub confidence: f32,
    /// How the speaker was resolved, when the source does not name it.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub resolved_from: Option<Resolution>,
    /// For anonymous speakers: how many.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub count: Option<Count>,
    /// For anonymous speakers: stated basis of knowledge.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub basis: Option<String>,
    /// For "X reported, citing S".
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub citing: Option<EvalCiting>,
}

/// One non-response of the evaluation JSONL.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EvalResponse {
    /// The sources that did not respond.
    pub source: Vec<Span>,
    /// The phrase.
    pub cue: Vec<Span>,
    /// "declined" or "no_response".
    pub response: String,
}

/// A description as a speaker name: a sentence-initial determiner is written in lower case
/// ("A source said" gives "a source").
fn speaker_text(text: &str) -> String {
    for det in [
        "A ",
        "An ",
        "Another ",
        "The ",
        "Two ",
        "Three ",
        "Several ",
        "Multiple ",
        "Some ",
        "Many ",
    ] {
        if let Some(rest) = text.strip_prefix(det) {
            return format!("{}{rest}", det.to_lowercase());
        }
    }
    text.to_string()
}

impl Analysis<'_> {
    fn mention_spans(&self, id: Option<MentionId>) -> Vec<Span> {
        id.and_then(|m| self.mention(m)).map(|m| vec![m.span()]).unwrap_or_default()
    }

    fn eval_attribution(&self, a: &Attribution) -> EvalAttribution {
        let speaker = a.speaker().and_then(|s| self.speaker(s));
        let citing = a.citing().first().and_then(|&m| self.mention(m)).map(|m| {
            let sp = m.speaker().and_then(|s| self.speaker(s));
            EvalCiting {
                mention: self.text(m.span()).to_string(),
                speaker_kind: sp.map(|s| s.kind()),
                sourcing: sp.map(|s| s.sourcing()),
                count: m.count(),
                basis: m.basis().map(|b| self.text(b).to_string()),
            }
        });
        let anon = speaker.is_some_and(|s| s.kind() == SpeakerKind::Anonymous);
        EvalAttribution {
            source: self.mention_spans(a.source()),
            cue: a.cue().map(|c| vec![c.span()]).unwrap_or_default(),
            content: a.content().to_vec(),
            kind: a.kind(),
            speaker: speaker.map(|s| speaker_text(self.text(s.name()))),
            speaker_kind: speaker.map(|s| s.kind()),
            sourcing: Some(a.sourcing()),
            pattern: a.pattern(),
            confidence: a.confidence(),
            resolved_from: a.resolution(),
            count: if anon { speaker.and_then(|s| s.count()) } else { None },
            basis: if anon {
                speaker.and_then(|s| s.basis()).map(|b| self.text(b).to_string())
            } else {
                None
            },
            citing,
        }
    }

    /// The document as one line of the evaluation JSONL.
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::Continuations;
    ///
    /// let text = "“It works,” she said. “It really does.”";
    /// let record = whosaid::analyze(text).to_eval_record("doc-1", Continuations::Merge);
    /// assert_eq!(record.attributions.len(), 1);
    /// assert_eq!(record.attributions[0].content.len(), 2);
    /// ```
    #[must_use]
    pub fn to_eval_record(&self, id: &str, continuations: Continuations) -> EvalRecord {
        let mut atts: Vec<EvalAttribution> = Vec::with_capacity(self.attributions().len());
        // index in `atts` of the latest attribution per source mention
        let mut last_by_source: std::collections::HashMap<MentionId, usize> =
            std::collections::HashMap::new();
        for a in self.attributions() {
            if continuations == Continuations::Merge
                && a.pattern() == Pattern::Continuation
                && let Some(&p) = a.source().and_then(|s| last_by_source.get(&s))
                && self
                    .same_paragraph(atts[p].content.last().copied(), a.content().first().copied())
            {
                atts[p].content.extend_from_slice(a.content());
                atts[p].content.sort();
                atts[p].kind = merge_kind(atts[p].kind, a.kind());
                continue;
            }
            if let Some(s) = a.source()
                && a.pattern() != Pattern::Continuation
            {
                last_by_source.insert(s, atts.len());
            }
            atts.push(self.eval_attribution(a));
        }
        let responses = self
            .non_responses()
            .iter()
            .map(|r| EvalResponse {
                source: r
                    .sources()
                    .iter()
                    .filter_map(|&m| self.mention(m))
                    .map(|m| m.span())
                    .collect(),
                cue: vec![r.cue()],
                response: r.kind().as_eval_str().to_string(),
            })
            .collect();
        EvalRecord { id: id.to_string(), attributions: atts, responses }
    }

    fn same_paragraph(&self, a: Option<Span>, b: Option<Span>) -> bool {
        let (Some(a), Some(b)) = (a, b) else { return false };
        let paras = self.paragraphs();
        let para = |s: Span| paras.partition_point(|p| p.span.end <= s.start);
        para(a) == para(b)
    }

    /// The document in BBC Citron's annotation format (character offsets).
    #[must_use]
    pub fn to_citron(&self) -> CitronDocument {
        let text = self.source_text();
        // byte offsets to convert, sorted, then one walk over the text
        let mut offsets: Vec<usize> = Vec::new();
        for a in self.attributions() {
            if let Some(c) = a.cue() {
                offsets.extend([c.span().start, c.span().end]);
            }
            for s in a.content().iter().chain(self.mention_spans(a.source()).iter()) {
                offsets.extend([s.start, s.end]);
            }
        }
        offsets.sort_unstable();
        offsets.dedup();
        let mut chars = std::collections::HashMap::with_capacity(offsets.len());
        let mut next = 0;
        for (count, (b, _)) in
            text.char_indices().chain(std::iter::once((text.len(), ' '))).enumerate()
        {
            while next < offsets.len() && offsets[next] <= b {
                chars.insert(offsets[next], count);
                next += 1;
            }
        }
        let span = |s: Span| CitronSpan {
            start: chars.get(&s.start).copied().unwrap_or(0),
            end: chars.get(&s.end).copied().unwrap_or(0),
            text: self.text(s).to_string(),
        };
        let quotes = self
            .attributions()
            .iter()
            .filter_map(|a| {
                let cue = a.cue()?;
                Some(CitronQuote {
                    cue: span(cue.span()),
                    sources: self.mention_spans(a.source()).into_iter().map(span).collect(),
                    contents: a.content().iter().map(|&s| span(s)).collect(),
                    confidence: Some(a.confidence()),
                })
            })
            .collect();
        CitronDocument { text: text.to_string(), quotes }
    }
}

fn merge_kind(a: AttributionKind, b: AttributionKind) -> AttributionKind {
    if a == b { a } else { AttributionKind::Mixed }
}

/// A document in BBC Citron's JSON annotation format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitronDocument {
    /// The document text.
    pub text: String,
    /// Quote annotations.
    pub quotes: Vec<CitronQuote>,
}

/// One Citron quote annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CitronQuote {
    /// Cue span.
    pub cue: CitronSpan,
    /// Source spans.
    pub sources: Vec<CitronSpan>,
    /// Content spans.
    pub contents: Vec<CitronSpan>,
    /// Confidence score.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub confidence: Option<f32>,
}

/// A Citron span: character (Unicode scalar) offsets and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CitronSpan {
    /// Start character index.
    pub start: usize,
    /// End character index.
    pub end: usize,
    /// The spanned text.
    pub text: String,
}
