//! BBC Citron's JSON annotation format: character offsets and the text of every span, the
//! resolved speaker of each quote as its `coreferences`, and each speaker's mentions as a
//! coreference group.

use serde::{Deserialize, Serialize};

use super::{CharIndex, clean_number};
use crate::analyzer::Analysis;
use crate::model::Sourcing;
use crate::span::Span;

/// A document in BBC Citron's JSON annotation format.
///
/// Offsets count characters (Unicode scalar values), as Citron does. The fields `speaker`
/// and `sourcing` of a quote are extensions of this crate; Citron's readers ignore them.
///
/// # Examples
///
/// ```
/// let text = "“Mañana,” said Seán O’Brien. “We’ll see,” he added.";
/// let citron = whosaid::analyze(text).to_citron();
/// let second = &citron.quotes[1];
/// assert_eq!(second.sources[0].text, "he");
/// assert_eq!(second.coreferences[0].text, "Seán O’Brien");
/// assert_eq!(second.speaker.as_deref(), Some("Seán O’Brien"));
/// let chars: Vec<char> = text.chars().collect();
/// let cue = &second.cue;
/// assert_eq!(chars[cue.start..cue.end].iter().collect::<String>(), "added");
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CitronDocument {
    /// The document text.
    pub text: String,
    /// Quote annotations: the attributions that have a cue (continuation quotes have
    /// none, and Citron requires one).
    pub quotes: Vec<CitronQuote>,
    /// One group per speaker: the spans of all its mentions, in text order.
    #[serde(default)]
    pub coreference_groups: Vec<Vec<CitronSpan>>,
}

/// One Citron quote annotation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CitronQuote {
    /// Cue span.
    pub cue: CitronSpan,
    /// Source spans: the mention as written next to the cue.
    pub sources: Vec<CitronSpan>,
    /// Content spans.
    pub contents: Vec<CitronSpan>,
    /// For a source that does not name its speaker (a pronoun, "the senator"), the mention
    /// that does: where the speaker's name is written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub coreferences: Vec<CitronSpan>,
    /// Confidence score, from 0 to 1, to three decimals.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub confidence: Option<f64>,
    /// The speaker's name, as [`SpeakerRef::name`](crate::SpeakerRef::name) spells it (an
    /// extension of this crate).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub speaker: Option<String>,
    /// The sourcing level (an extension of this crate).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub sourcing: Option<Sourcing>,
}

/// A Citron span: character (Unicode scalar value) offsets and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CitronSpan {
    /// Start character index.
    pub start: usize,
    /// End character index.
    pub end: usize,
    /// The spanned text.
    pub text: String,
}

impl Analysis<'_> {
    /// The document in BBC Citron's annotation format (character offsets, the text of
    /// every span, the resolved speaker).
    #[must_use]
    pub fn to_citron(&self) -> CitronDocument {
        let index = CharIndex::new(self.input());
        let span = |s: Span| CitronSpan {
            start: index.at(s.start).0,
            end: index.at(s.end).0,
            text: self.text(s).to_string(),
        };
        let quotes = self
            .attribution_refs()
            .filter_map(|a| {
                let cue = a.cue()?;
                let speaker = a.speaker();
                let source = a.source();
                // the source names the speaker itself unless it was resolved from it
                let coreferences = match (speaker, source) {
                    (Some(sp), Some(m)) if !m.span().contains(sp.name_span()) => {
                        vec![span(sp.name_span())]
                    }
                    _ => Vec::new(),
                };
                Some(CitronQuote {
                    cue: span(cue.span()),
                    sources: source.map(|m| vec![span(m.span())]).unwrap_or_default(),
                    contents: a.content().iter().map(|&s| span(s)).collect(),
                    coreferences,
                    confidence: Some(clean_number(f64::from(a.confidence()), 3)),
                    speaker: a.speaker_name().map(|n| n.into_owned()),
                    sourcing: Some(a.sourcing()),
                })
            })
            .collect();
        let coreference_groups = self
            .speaker_refs()
            .map(|s| s.mentions().map(|m| span(m.span())).collect::<Vec<_>>())
            .filter(|g| !g.is_empty())
            .collect();
        CitronDocument { text: self.input().to_string(), quotes, coreference_groups }
    }
}
