//! The evaluation JSONL: one [`EvalRecord`] per document, in the format of
//! `../shared/corpus/FORMAT.md` (UTF-8 byte offsets, span lists), with speaker, sourcing
//! and provenance fields that the scorer ignores.

use serde::{Deserialize, Serialize};

use super::clean_number;
use crate::analyzer::Analysis;
use crate::model::{
    Attribution, AttributionKind, Count, MentionId, Pattern, Resolution, ResponseKind, Sourcing,
    SpeakerKind,
};
use crate::span::Span;
use crate::view::speaker_display_name;

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
///
/// Spans are UTF-8 byte offsets, as FORMAT.md defines them: in Python,
/// `text.encode()[start:end].decode()` is the spanned text. For character offsets, use the
/// JSON document format ([`Analysis::to_json`]).
///
/// # Examples
///
/// ```
/// use whosaid::{Continuations, ResponseKind};
///
/// let text = "“It works,” she said. The CIA declined to comment.";
/// let record = whosaid::analyze(text).to_eval_record("doc-1", Continuations::Merge);
/// assert_eq!(record.id, "doc-1");
/// assert_eq!(record.attributions[0].content[0].range(), 0..15);
/// assert_eq!(record.responses[0].response, ResponseKind::Declined);
/// let line = serde_json::to_string(&record)?;
/// assert!(line.starts_with(r#"{"id":"doc-1","attributions":[{"source":[{"start":16,"end":19}]"#));
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
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
#[non_exhaustive]
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
#[non_exhaustive]
pub struct EvalAttribution {
    /// Source mention spans (empty when unattributed).
    pub source: Vec<Span>,
    /// Cue spans (empty for a continuation quote).
    pub cue: Vec<Span>,
    /// Content spans.
    pub content: Vec<Span>,
    /// direct / indirect / mixed.
    pub kind: AttributionKind,
    /// The speaker's name, as [`SpeakerRef::name`](crate::SpeakerRef::name) spells it.
    pub speaker: Option<String>,
    /// The speaker's kind.
    pub speaker_kind: Option<SpeakerKind>,
    /// The sourcing level.
    pub sourcing: Option<Sourcing>,
    /// The pattern that produced the attribution.
    pub pattern: Pattern,
    /// Its confidence, from 0 to 1, to three decimals.
    pub confidence: f64,
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
#[non_exhaustive]
pub struct EvalResponse {
    /// The sources that did not respond.
    pub source: Vec<Span>,
    /// The phrase.
    pub cue: Vec<Span>,
    /// Declined, did not respond, or could not be reached: `"declined"`,
    /// `"no_response"`, `"unreachable"`.
    pub response: ResponseKind,
}

impl Analysis<'_> {
    pub(super) fn mention_spans(&self, id: Option<MentionId>) -> Vec<Span> {
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
            speaker: speaker.map(|s| speaker_display_name(self.text(s.name())).into_owned()),
            speaker_kind: speaker.map(|s| s.kind()),
            sourcing: Some(a.sourcing()),
            pattern: a.pattern(),
            confidence: clean_number(f64::from(a.confidence()), 3),
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
                response: r.kind(),
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
}

fn merge_kind(a: AttributionKind, b: AttributionKind) -> AttributionKind {
    if a == b { a } else { AttributionKind::Mixed }
}
