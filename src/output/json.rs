//! The JSON document format: the whole analysis, with spans every language can slice.
//!
//! The format is specified by the JSON Schema `schema/analysis.schema.json` in the
//! repository; a test checks every field of this module's output against it.

use serde::{Deserialize, Serialize};

use super::{CharIndex, clean_number};
use crate::analyzer::Analysis;
use crate::model::{
    AttributionKind, Count, CueClass, Gender, MentionKind, Pattern, QuoteKind, QuoteStyle,
    Resolution, ResponseKind, Sourcing, SpeakerKind, Tense,
};
use crate::span::Span;

/// What [`Analysis::to_json`] adds to every span beyond its byte and character offsets.
///
/// # Examples
///
/// ```
/// use whosaid::JsonOptions;
///
/// let options = JsonOptions::default().text(true).utf16(true).id("article-7");
/// let doc = whosaid::analyze("“Sí,” said José.").to_json(&options);
/// let content = &doc.attributions[0].content[0];
/// assert_eq!((content.start, content.end), (0, 10)); // bytes
/// assert_eq!((content.char_start, content.char_end), (0, 5)); // characters
/// assert_eq!(content.utf16_start, Some(0));
/// assert_eq!(content.text.as_deref(), Some("“Sí,”"));
/// assert_eq!(doc.id.as_deref(), Some("article-7"));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct JsonOptions {
    /// Write the text of every span, and the whole text as [`JsonDocument::text`].
    pub text: bool,
    /// Write UTF-16 offsets (what JavaScript, Java and C# string indices count) as well.
    pub utf16: bool,
    /// The document's id, written as [`JsonDocument::id`].
    pub id: Option<String>,
}

impl JsonOptions {
    /// Sets [`JsonOptions::text`].
    #[must_use]
    pub fn text(mut self, yes: bool) -> Self {
        self.text = yes;
        self
    }
    /// Sets [`JsonOptions::utf16`].
    #[must_use]
    pub fn utf16(mut self, yes: bool) -> Self {
        self.utf16 = yes;
        self
    }
    /// Sets [`JsonOptions::id`].
    #[must_use]
    pub fn id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }
}

/// A span of the text, with its offsets counted three ways.
///
/// * `start`, `end`: UTF-8 **bytes**, half-open, as [`Span`]: `&text[start..end]` in Rust,
///   `text.encode()[start:end].decode()` in Python.
/// * `char_start`, `char_end`: **characters** (Unicode scalar values): `text[char_start:
///   char_end]` in Python, `Array.from(text).slice(char_start, char_end).join("")` in
///   JavaScript.
/// * `utf16_start`, `utf16_end` (with [`JsonOptions::utf16`]): **UTF-16 code units**:
///   `text.slice(utf16_start, utf16_end)` in JavaScript, `substring` in Java and C#.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First character.
    pub char_start: usize,
    /// One past the last character.
    pub char_end: usize,
    /// First UTF-16 code unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utf16_start: Option<usize>,
    /// One past the last UTF-16 code unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utf16_end: Option<usize>,
    /// The spanned text (with [`JsonOptions::text`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// The whole analysis of one document, in the documented JSON format.
///
/// Lists refer to each other by index: [`JsonAttribution::speaker`] is an index into
/// [`JsonDocument::speakers`], [`JsonSpeaker::attributions`] into
/// [`JsonDocument::attributions`], and so on. Optional values are always present, as
/// `null` when absent; only the span fields that [`JsonOptions`] adds are left out when not
/// asked for.
///
/// # Examples
///
/// ```
/// use whosaid::JsonOptions;
///
/// let text = "“It’s a win-win,” said Ana Pérez, the mayor. The CIA declined to comment.";
/// let doc = whosaid::analyze(text).to_json(&JsonOptions::default());
/// let value = serde_json::to_value(&doc)?;
/// assert_eq!(value["format"], "whosaid-analysis");
/// assert_eq!(value["attributions"][0]["speaker_name"], "Ana Pérez");
/// assert_eq!(value["attributions"][0]["source"]["span"]["char_start"], 23);
/// assert_eq!(value["non_responses"][0]["kind"], "declined");
/// assert_eq!(value["profile"]["by_level"]["named_identified"], 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonDocument {
    /// Always `"whosaid-analysis"`.
    pub format: String,
    /// The format's version, `1`.
    pub version: u32,
    /// The document's id, from [`JsonOptions::id`].
    pub id: Option<String>,
    /// The whole text (with [`JsonOptions::text`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Length of the text in bytes.
    pub bytes: usize,
    /// Length of the text in characters.
    pub chars: usize,
    /// Paragraphs, in order.
    pub paragraphs: Vec<JsonParagraph>,
    /// Sentences, in order, without the whitespace after them.
    pub sentences: Vec<JsonSpan>,
    /// Attributions, in text order of their content.
    pub attributions: Vec<JsonAttribution>,
    /// Speakers: one per real-world source.
    pub speakers: Vec<JsonSpeaker>,
    /// Non-responses.
    pub non_responses: Vec<JsonNonResponse>,
    /// Quotations, in order of their opening marks.
    pub quotes: Vec<JsonQuote>,
    /// The sourcing profile.
    pub profile: JsonProfile,
}

impl JsonDocument {
    /// The name written in [`JsonDocument::format`].
    pub const FORMAT: &'static str = "whosaid-analysis";
    /// The version written in [`JsonDocument::version`]. It changes when a field changes
    /// meaning or goes away; new fields do not change it.
    pub const VERSION: u32 = 1;
}

/// A paragraph.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonParagraph {
    /// The paragraph without surrounding whitespace.
    pub span: JsonSpan,
    /// Whether it is a heading.
    pub heading: bool,
}

/// One attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonAttribution {
    /// Its position in [`JsonDocument::attributions`].
    pub index: usize,
    /// Direct, indirect or mixed.
    pub kind: AttributionKind,
    /// What was said: one span, or several for a split quotation.
    pub content: Vec<JsonSpan>,
    /// The cue; `null` for a continuation quote.
    pub cue: Option<JsonCue>,
    /// The source mention as written next to the cue; `null` when unattributed.
    pub source: Option<JsonSource>,
    /// Index of the speaker in [`JsonDocument::speakers`].
    pub speaker: Option<usize>,
    /// The speaker's name, as [`JsonSpeaker::name`].
    pub speaker_name: Option<String>,
    /// The sourcing level.
    pub sourcing: Sourcing,
    /// How the speaker was found when the source does not name it.
    pub resolution: Option<Resolution>,
    /// The grammar pattern that produced it.
    pub pattern: Pattern,
    /// From 0 to 1, to three decimals.
    pub confidence: f64,
    /// For "X reported, citing S": the cited sources.
    pub citing: Vec<JsonCiting>,
    /// Indices into [`JsonDocument::quotes`] of the top-level quotations its content
    /// overlaps.
    pub quotes: Vec<usize>,
    /// Indices into [`JsonDocument::sentences`] of the sentences it touches.
    pub sentences: Vec<usize>,
    /// Indices into [`JsonDocument::paragraphs`] of the paragraphs it touches.
    pub paragraphs: Vec<usize>,
}

/// The cue of an attribution.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonCue {
    /// The cue as written, with its auxiliaries.
    pub span: JsonSpan,
    /// The dictionary form: "say", "according to".
    pub lemma: String,
    /// The stance class.
    pub class: CueClass,
    /// The tense as written.
    pub tense: Tense,
}

/// A source mention.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonSource {
    /// The mention as written.
    pub span: JsonSpan,
    /// What kind of phrase it is.
    pub kind: MentionKind,
}

/// A source cited by an outlet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonCiting {
    /// The mention as written.
    pub span: JsonSpan,
    /// Index of its speaker in [`JsonDocument::speakers`].
    pub speaker: Option<usize>,
}

/// One speaker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonSpeaker {
    /// Its position in [`JsonDocument::speakers`].
    pub index: usize,
    /// The name or description, as [`SpeakerRef::name`](crate::SpeakerRef::name) spells
    /// it: a determiner opening it is in lower case ("a source", "the CIA").
    pub name: String,
    /// Where the name is written.
    pub name_span: JsonSpan,
    /// Person, organisation, outlet, document, anonymous source or unknown.
    pub kind: SpeakerKind,
    /// The sourcing level.
    pub sourcing: Sourcing,
    /// A title: "President".
    pub title: Option<JsonSpan>,
    /// A role: "spokeswoman".
    pub role: Option<JsonSpan>,
    /// An affiliation: "White House".
    pub affiliation: Option<JsonSpan>,
    /// For anonymous sources, seniority: "senior".
    pub seniority: Option<JsonSpan>,
    /// For anonymous sources, basis of knowledge: "familiar with the matter".
    pub basis: Option<JsonSpan>,
    /// For anonymous sources, reason for anonymity.
    pub anonymity_reason: Option<JsonSpan>,
    /// Gender, where the text tells it.
    pub gender: Option<Gender>,
    /// For anonymous sources, how many: `{"exact": 2}` or `{"vague": "several"}`.
    pub count: Option<Count>,
    /// Every mention of it, in text order.
    pub mentions: Vec<JsonSpan>,
    /// Indices of its attributions.
    pub attributions: Vec<usize>,
    /// Indices of its non-responses.
    pub non_responses: Vec<usize>,
    /// Indices of the attributions that cite it.
    pub cited_in: Vec<usize>,
}

/// One non-response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonNonResponse {
    /// Its position in [`JsonDocument::non_responses`].
    pub index: usize,
    /// Declined, did not respond, or could not be reached.
    pub kind: ResponseKind,
    /// The phrase.
    pub cue: JsonSpan,
    /// The sources that did not respond.
    pub sources: Vec<JsonCiting>,
}

/// One quotation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonQuote {
    /// Its position in [`JsonDocument::quotes`].
    pub index: usize,
    /// With its marks.
    pub span: JsonSpan,
    /// Without the outer marks.
    pub inner: JsonSpan,
    /// The marks.
    pub style: QuoteStyle,
    /// Full utterance, fragment or title.
    pub kind: QuoteKind,
    /// Nesting depth, 0 at the top.
    pub depth: u8,
    /// Whether a closing mark was found.
    pub terminated: bool,
    /// Indices of the attributions whose content overlaps it (or the top-level quotation
    /// holding it).
    pub attributions: Vec<usize>,
}

/// The sourcing profile, with every level present.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct JsonProfile {
    /// Number of attributions.
    pub attributions: usize,
    /// Attributions per sourcing level; every level is a key, with 0 where there is none.
    pub by_level: std::collections::BTreeMap<Sourcing, usize>,
    /// Direct quotations.
    pub direct: usize,
    /// Paraphrases.
    pub indirect: usize,
    /// Paraphrases with a quoted part.
    pub mixed: usize,
    /// Share of attributions whose speaker is anonymous, from 0 to 1, to four decimals.
    pub share_anonymous: f64,
    /// Distinct named speakers: people and organisations.
    pub named_speakers: usize,
    /// Distinct anonymous speakers.
    pub anonymous_speakers: usize,
    /// Distinct outlets and documents cited.
    pub record_speakers: usize,
    /// Non-responses.
    pub non_responses: usize,
}

impl<'t> Analysis<'t> {
    /// The whole analysis in the documented JSON format, with byte and character offsets
    /// on every span (see [`JsonSpan`] and `schema/analysis.schema.json`).
    #[must_use]
    pub fn to_json(&self, options: &JsonOptions) -> JsonDocument {
        let js = Spans { an: self, options, index: CharIndex::new(self.input()) };
        let attributions = self.attribution_refs().map(|a| js.attribution(&a)).collect();
        let speakers = self.speaker_refs().map(|s| js.speaker(&s)).collect();
        let non_responses = self.non_response_refs().map(|r| js.non_response(&r)).collect();
        let quotes = self.quote_refs().map(|q| js.quote(&q)).collect();
        JsonDocument {
            format: JsonDocument::FORMAT.to_string(),
            version: JsonDocument::VERSION,
            id: options.id.clone(),
            text: options.text.then(|| self.input().to_string()),
            bytes: self.input().len(),
            chars: js.index.at(self.input().len()).0,
            paragraphs: self
                .paragraphs()
                .iter()
                .map(|p| JsonParagraph { span: js.span(p.span()), heading: p.is_heading() })
                .collect(),
            sentences: self.sentences().iter().map(|s| js.span(s.trimmed())).collect(),
            attributions,
            speakers,
            non_responses,
            quotes,
            profile: json_profile(&self.profile()),
        }
    }
}

/// What the parts of [`Analysis::to_json`] share: the analysis, the options and the
/// character offsets of its text.
struct Spans<'a, 't> {
    an: &'a Analysis<'t>,
    options: &'a JsonOptions,
    index: CharIndex<'t>,
}

impl<'t> Spans<'_, 't> {
    /// The span with its character offsets (and UTF-16 offsets and text if asked for).
    fn span(&self, s: Span) -> JsonSpan {
        let (cs, us) = self.index.at(s.start);
        let (ce, ue) = self.index.at(s.end);
        JsonSpan {
            start: s.start,
            end: s.end,
            char_start: cs,
            char_end: ce,
            utf16_start: self.options.utf16.then_some(us),
            utf16_end: self.options.utf16.then_some(ue),
            text: self.options.text.then(|| self.an.text(s).to_string()),
        }
    }

    /// The span, if there is one.
    fn opt(&self, s: Option<Span>) -> Option<JsonSpan> {
        s.map(|s| self.span(s))
    }

    /// A mention cited or answering for a non-response, with its speaker.
    fn citing(&self, m: &crate::view::MentionRef<'_, 't>) -> JsonCiting {
        JsonCiting { span: self.span(m.span()), speaker: m.speaker().map(|s| s.id().index()) }
    }

    /// One attribution.
    fn attribution(&self, a: &crate::view::AttributionRef<'_, 't>) -> JsonAttribution {
        JsonAttribution {
            index: a.id().index(),
            kind: a.kind(),
            content: a.content().iter().map(|&s| self.span(s)).collect(),
            cue: a.cue().map(|c| JsonCue {
                span: self.span(c.span()),
                lemma: c.lemma().to_string(),
                class: c.class(),
                tense: c.tense(),
            }),
            source: a.source().map(|m| JsonSource { span: self.span(m.span()), kind: m.kind() }),
            speaker: a.speaker().map(|s| s.id().index()),
            speaker_name: a.speaker_name().map(|n| n.into_owned()),
            sourcing: a.sourcing(),
            resolution: a.resolution(),
            pattern: a.pattern(),
            confidence: clean_number(f64::from(a.confidence()), 3),
            citing: a.citing().map(|m| self.citing(&m)).collect(),
            quotes: a.quotes().map(|q| q.id().index()).collect(),
            sentences: a.sentence_range().collect(),
            paragraphs: a.paragraph_range().collect(),
        }
    }

    /// One speaker.
    fn speaker(&self, s: &crate::view::SpeakerRef<'_, 't>) -> JsonSpeaker {
        let sp = s.speaker();
        JsonSpeaker {
            index: s.id().index(),
            name: s.name().into_owned(),
            name_span: self.span(s.name_span()),
            kind: s.kind(),
            sourcing: s.sourcing(),
            title: self.opt(sp.title()),
            role: self.opt(sp.role()),
            affiliation: self.opt(sp.affiliation()),
            seniority: self.opt(sp.seniority()),
            basis: self.opt(sp.basis()),
            anonymity_reason: self.opt(sp.anonymity_reason()),
            gender: s.gender(),
            count: s.count(),
            mentions: s.mentions().map(|m| self.span(m.span())).collect(),
            attributions: s.attributions().map(|a| a.id().index()).collect(),
            non_responses: s.non_responses().map(|r| r.id().index()).collect(),
            cited_in: s.cited_in().map(|a| a.id().index()).collect(),
        }
    }

    /// One non-response.
    fn non_response(&self, r: &crate::view::NonResponseRef<'_, 't>) -> JsonNonResponse {
        JsonNonResponse {
            index: r.id().index(),
            kind: r.kind(),
            cue: self.span(r.non_response().cue()),
            sources: r.sources().map(|m| self.citing(&m)).collect(),
        }
    }

    /// One quotation.
    fn quote(&self, q: &crate::view::QuoteRef<'_, 't>) -> JsonQuote {
        let raw = q.quote();
        JsonQuote {
            index: q.id().index(),
            span: self.span(raw.span()),
            inner: self.span(raw.inner()),
            style: raw.style(),
            kind: raw.kind(),
            depth: raw.depth(),
            terminated: raw.is_terminated(),
            attributions: q.attributions().map(|a| a.id().index()).collect(),
        }
    }
}

/// The sourcing profile, with every level present.
fn json_profile(p: &crate::sourcing::Profile) -> JsonProfile {
    JsonProfile {
        attributions: p.attributions,
        by_level: Sourcing::ALL.into_iter().map(|l| (l, p.count(l))).collect(),
        direct: p.direct,
        indirect: p.indirect,
        mixed: p.mixed,
        share_anonymous: clean_number(p.share_anonymous, 4),
        named_speakers: p.named_speakers,
        anonymous_speakers: p.anonymous_speakers,
        record_speakers: p.record_speakers,
        non_responses: p.non_responses,
    }
}
