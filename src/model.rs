//! The results of an analysis: quotations, cues, mentions, attributions, speakers.
//!
//! Every type here stores [`Span`]s into the analysed text, never the text itself, so they
//! carry no lifetime and serialise to the same shape as the evaluation JSONL. Use
//! [`Analysis::text`](crate::Analysis::text) to read the text of a span.

use serde::{Deserialize, Serialize};

use crate::span::Span;

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub(crate) u32);

        impl $name {
            /// The position of the item in its list in the [`Analysis`](crate::Analysis).
            #[must_use]
            pub const fn index(self) -> usize {
                self.0 as usize
            }
        }
    };
}

id_type!(
    /// Identifies a [`Mention`] within one analysis.
    MentionId
);
id_type!(
    /// Identifies a [`Speaker`] within one analysis.
    SpeakerId
);
id_type!(
    /// Identifies a [`Quote`] within one analysis.
    QuoteId
);

/// A paragraph: a non-blank line of the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    /// The paragraph, without surrounding whitespace.
    pub span: Span,
    /// A heading: a line without final punctuation ("28-point peace plan spreads uneasiness"),
    /// or a title-case first line. Headings never hold attributions.
    pub heading: bool,
}

/// A sentence.
///
/// Sentence spans tile the text: each one runs up to the start of the next, so the
/// whitespace between sentences belongs to the sentence before it; [`Sentence::trimmed`]
/// gives the sentence without it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// The sentence with the whitespace that follows it.
    pub span: Span,
    /// The sentence from its first to its last non-whitespace character.
    pub trimmed: Span,
    /// Index of the paragraph it belongs to, if it holds any non-whitespace text.
    pub paragraph: Option<usize>,
}

/// The marks a quotation is written with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteStyle {
    /// “…”
    CurlyDouble,
    /// ‘…’
    CurlySingle,
    /// "…"
    StraightDouble,
    /// '…'
    StraightSingle,
    /// «…»
    Guillemets,
    /// »…«
    ReversedGuillemets,
    /// ‹…›
    SingleGuillemets,
    /// „…“ or „…”
    LowHigh,
    /// ''…'' (doubled apostrophes, used by some archives) or ``…''
    DoubledApostrophes,
}

/// What a quotation is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum QuoteKind {
    /// A whole utterance: “There was no coordination,” another official said.
    Full,
    /// A partial or scare quote inside a sentence: described his role as “technical”.
    Fragment,
    /// A title or nickname in quotes, which is not speech: the ad, titled “Arrogant,” …
    Title,
}

/// A quotation found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub(crate) span: Span,
    pub(crate) inner: Span,
    pub(crate) style: QuoteStyle,
    pub(crate) kind: QuoteKind,
    pub(crate) depth: u8,
    pub(crate) terminated: bool,
    pub(crate) paragraphs: u16,
}

impl Quote {
    /// The quotation with its marks. An unterminated quotation ends at its paragraph's end.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
    /// The quoted text without the outer marks.
    #[must_use]
    pub fn inner(&self) -> Span {
        self.inner
    }
    /// The marks used.
    #[must_use]
    pub fn style(&self) -> QuoteStyle {
        self.style
    }
    /// Full utterance, fragment or title.
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.kind
    }
    /// Nesting depth: 0 for a top-level quotation, 1 for one inside another, …
    #[must_use]
    pub fn depth(&self) -> u8 {
        self.depth
    }
    /// Whether a closing mark was found. Unbalanced quotations end at the paragraph end.
    #[must_use]
    pub fn is_terminated(&self) -> bool {
        self.terminated
    }
    /// Number of paragraphs the quotation runs over (1 for most).
    #[must_use]
    pub fn paragraphs(&self) -> u16 {
        self.paragraphs
    }
}

/// What a cue says about the speaker's stance towards the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueClass {
    /// Plain reporting: said, told, added, wrote, according to.
    Neutral,
    /// Emphatic or committed: insisted, warned, vowed, confirmed, argued.
    Assertive,
    /// Casts doubt on the content: claimed, alleged.
    Skeptical,
    /// Rejection or dispute: denied, disputed, rejected.
    Denial,
    /// A mental state, belief or expectation: believes, thinks, expects, fears.
    Belief,
    /// A plan or wish: wants, hopes, plans, intends, seeks.
    Intention,
    /// A question: asked, wondered.
    Inquiry,
    /// Praise or criticism: praised, criticized, accused.
    Evaluation,
    /// What a record shows: showed, found, revealed, concluded.
    Evidence,
}

/// Grammatical tense of a cue, as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Tense {
    /// says, say
    Present,
    /// said
    Past,
    /// has said
    PresentPerfect,
    /// had said
    PastPerfect,
    /// is saying, was saying
    Progressive,
    /// will say, would say
    Future,
    /// saying, adding (a participle clause), according to
    NonFinite,
}

/// The reporting verb or phrase that marks an attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    pub(crate) span: Span,
    pub(crate) lemma: String,
    pub(crate) class: CueClass,
    pub(crate) tense: Tense,
}

impl Cue {
    /// The cue as written, with its auxiliaries ("has vowed", "did not dispute").
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
    /// The dictionary form: "say", "according to", ":" for a bare colon.
    #[must_use]
    pub fn lemma(&self) -> &str {
        &self.lemma
    }
    /// The stance class of the cue.
    #[must_use]
    pub fn class(&self) -> CueClass {
        self.class
    }
    /// The tense as written.
    #[must_use]
    pub fn tense(&self) -> Tense {
        self.tense
    }
}

/// The kind of noun phrase a mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MentionKind {
    /// A person's name, with any titles: "Senator Roger Wicker", "Dmitriev".
    Name,
    /// he, she, they, it, who …
    Pronoun,
    /// A definite description of a known speaker: "the senator", "the spokeswoman".
    Description,
    /// An unnamed source: "a senior US official", "two people familiar with the matter".
    Anonymous,
    /// An organisation: "the CIA", "the Ukrainian Embassy in Washington", "Luna’s office".
    Organisation,
    /// A news outlet: "Reuters", "The Post".
    Media,
    /// A document or record: "Mueller’s investigation", "a court filing", "the poll".
    Document,
}

/// Grammatical gender, where the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Gender {
    /// she, Ms., spokeswoman, a female given name
    Female,
    /// he, Mr., spokesman, a male given name
    Male,
}

/// How many sources an anonymous description counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Count {
    /// A number: "two people" is `Exact(2)`, "a source" `Exact(1)`.
    Exact(u32),
    /// A vague quantity.
    Vague(VagueCount),
}

/// A count given as a word rather than a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum VagueCount {
    /// several
    Several,
    /// multiple
    Multiple,
    /// many, numerous
    Many,
    /// some
    Some,
    /// a few
    Few,
    /// a plural with no count: "officials said"
    Plural,
}

/// A noun phrase that speaks, or may be referred back to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mention {
    pub(crate) span: Span,
    pub(crate) kind: MentionKind,
    pub(crate) head: Span,
    pub(crate) name: Option<Span>,
    pub(crate) title: Option<Span>,
    pub(crate) role: Option<Span>,
    pub(crate) affiliation: Option<Span>,
    pub(crate) count: Option<Count>,
    pub(crate) seniority: Option<Span>,
    pub(crate) basis: Option<Span>,
    pub(crate) anonymity_reason: Option<Span>,
    pub(crate) gender: Option<Gender>,
    pub(crate) plural: bool,
    pub(crate) speaker: Option<SpeakerId>,
}

impl Mention {
    /// The whole mention as written next to the cue, appositives included.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
    /// What kind of phrase it is.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.kind
    }
    /// The head: the surname, the pronoun, or the head noun ("official", "office").
    #[must_use]
    pub fn head(&self) -> Span {
        self.head
    }
    /// The personal or proper name without titles: "Roger Wicker".
    #[must_use]
    pub fn name(&self) -> Option<Span> {
        self.name
    }
    /// An honorific or title before the name: "Senator", "Ukrainian Defense Minister".
    #[must_use]
    pub fn title(&self) -> Option<Span> {
        self.title
    }
    /// A role given in the mention: "spokeswoman", "Republican chairman of the Senate …".
    #[must_use]
    pub fn role(&self) -> Option<Span> {
        self.role
    }
    /// An affiliation: "of the Carnegie Endowment for International Peace", "US", "White House".
    #[must_use]
    pub fn affiliation(&self) -> Option<Span> {
        self.affiliation
    }
    /// For anonymous and plural mentions, how many sources.
    #[must_use]
    pub fn count(&self) -> Option<Count> {
        self.count
    }
    /// Seniority of an anonymous source: "senior", "top", "high-ranking".
    #[must_use]
    pub fn seniority(&self) -> Option<Span> {
        self.seniority
    }
    /// Stated basis of knowledge: "familiar with the matter", "briefed on the talks".
    #[must_use]
    pub fn basis(&self) -> Option<Span> {
        self.basis
    }
    /// Stated reason for anonymity: "because they were not authorized to speak publicly".
    #[must_use]
    pub fn anonymity_reason(&self) -> Option<Span> {
        self.anonymity_reason
    }
    /// Gender, if the mention tells it.
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }
    /// Whether the mention is plural ("officials", "they").
    #[must_use]
    pub fn is_plural(&self) -> bool {
        self.plural
    }
    /// The speaker this mention was resolved to.
    #[must_use]
    pub fn speaker(&self) -> Option<SpeakerId> {
        self.speaker
    }
}

/// Direct, indirect or mixed speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AttributionKind {
    /// Every word of the content is inside quotation marks.
    Direct,
    /// Paraphrase: no word of the content is quoted.
    Indirect,
    /// Paraphrase carrying a quoted part.
    Mixed,
}

/// Which grammar pattern produced an attribution (its provenance).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Pattern {
    /// “C,” S V.
    QuoteSourceCue,
    /// “C,” V S.
    QuoteCueSource,
    /// S V, “C” / S V: “C”
    SourceCueQuote,
    /// A quote sentence with no cue after an attributed quote.
    Continuation,
    /// S V (that) C
    SourceCueContent,
    /// S V O (that) C: told Reuters that …
    SourceCueObjectContent,
    /// C, S V.
    ContentSourceCue,
    /// C, V S.
    ContentCueSource,
    /// C1, S V, C2.
    Parenthetical,
    /// According to S, C. / C, according to S.
    AccordingTo,
    /// As S V, C. ("As Menendez pointed out, …")
    AsSourceCue,
    /// …, V-ing C: a participle clause sharing the sentence's subject ("…, adding that …").
    Participle,
    /// S: C (a colon as the cue).
    Colon,
    /// S V … as “fragment” (described X as “Y”).
    DescribedAs,
    /// A cue with no stated source: "It was reported that …".
    Sourceless,
    /// S's N that C / S's N to C / S's N on C: a noun with a possessor ("Trump's claim that
    /// …", "his attacks on Clinton").
    Nominal,
    /// which S V C: a relative pronoun filling a gap in what was said ("moves that he said
    /// improved the economy", "what he calls corruption").
    RelativeClause,
}

/// How the speaker of an attribution was found when the source mention does not name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Resolution {
    /// he, she, they
    Pronoun,
    /// A surname or short name: "Dmitriev" for "Kirill Dmitriev".
    ShortName,
    /// A description: "the senator", "the source".
    Description,
    /// A continuation quote, which has no source of its own.
    Continuation,
    /// The subject of a participle or coordinated clause.
    Subject,
}

/// The strength of the sourcing behind an attribution, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Sourcing {
    /// The reporter's own observation: "Footage shows …".
    Witnessed,
    /// Named, with role or affiliation: "White House spokeswoman Carolyn Levitt said".
    NamedIdentified,
    /// Named without role, or an organisation: "the ministry said".
    NamedBare,
    /// A document, report or another outlet: "according to Mueller's investigation".
    Record,
    /// Unnamed, with role or affiliation: "a senior US official said".
    AnonymousCharacterized,
    /// Unnamed, no role: "a source said", "people familiar with the matter said".
    AnonymousVague,
    /// No source at all.
    Unattributed,
}

impl Sourcing {
    /// All levels, strongest first.
    pub const ALL: [Sourcing; 7] = [
        Sourcing::Witnessed,
        Sourcing::NamedIdentified,
        Sourcing::NamedBare,
        Sourcing::Record,
        Sourcing::AnonymousCharacterized,
        Sourcing::AnonymousVague,
        Sourcing::Unattributed,
    ];

    /// The snake_case name used in JSON: "named_identified", "anonymous_vague", …
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Sourcing::Witnessed => "witnessed",
            Sourcing::NamedIdentified => "named_identified",
            Sourcing::NamedBare => "named_bare",
            Sourcing::Record => "record",
            Sourcing::AnonymousCharacterized => "anonymous_characterized",
            Sourcing::AnonymousVague => "anonymous_vague",
            Sourcing::Unattributed => "unattributed",
        }
    }

    /// Whether the level is one of the two anonymous ones.
    #[must_use]
    pub fn is_anonymous(self) -> bool {
        matches!(self, Sourcing::AnonymousCharacterized | Sourcing::AnonymousVague)
    }
}

/// One attributed claim: what was said (content), how (cue) and by whom (source).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Attribution {
    pub(crate) content: Vec<Span>,
    pub(crate) cue: Option<Cue>,
    pub(crate) source: Option<MentionId>,
    pub(crate) kind: AttributionKind,
    pub(crate) speaker: Option<SpeakerId>,
    pub(crate) sourcing: Sourcing,
    pub(crate) resolution: Option<Resolution>,
    pub(crate) citing: Vec<MentionId>,
    pub(crate) pattern: Pattern,
    pub(crate) confidence: f32,
}

impl Attribution {
    /// What was said: one span, or several for a split quotation ("“A,” he said, “B.”").
    /// Direct quotations include their marks; paraphrases start with their
    /// complementizer ("that …").
    #[must_use]
    pub fn content(&self) -> &[Span] {
        &self.content
    }
    /// The reporting verb or phrase; `None` for a continuation quote.
    #[must_use]
    pub fn cue(&self) -> Option<&Cue> {
        self.cue.as_ref()
    }
    /// The source mention as written next to the cue (a pronoun stays "he").
    #[must_use]
    pub fn source(&self) -> Option<MentionId> {
        self.source
    }
    /// Direct, indirect or mixed.
    #[must_use]
    pub fn kind(&self) -> AttributionKind {
        self.kind
    }
    /// Who the source resolves to.
    #[must_use]
    pub fn speaker(&self) -> Option<SpeakerId> {
        self.speaker
    }
    /// The sourcing level of the speaker.
    #[must_use]
    pub fn sourcing(&self) -> Sourcing {
        self.sourcing
    }
    /// How the speaker was found when the source mention does not name it.
    #[must_use]
    pub fn resolution(&self) -> Option<Resolution> {
        self.resolution
    }
    /// For "X reported, citing S": the mentions of the sources the outlet cites.
    #[must_use]
    pub fn citing(&self) -> &[MentionId] {
        &self.citing
    }
    /// The grammar pattern that produced it.
    #[must_use]
    pub fn pattern(&self) -> Pattern {
        self.pattern
    }
    /// How sure the pattern is, from 0 to 1.
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.confidence
    }
    /// The byte range from the first to the last content span.
    #[must_use]
    pub fn content_extent(&self) -> Span {
        match (self.content.first(), self.content.last()) {
            (Some(a), Some(b)) => a.cover(*b),
            _ => Span::default(),
        }
    }
}

/// The kind of a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SpeakerKind {
    /// A named person.
    Person,
    /// An organisation, institution or government body.
    Organisation,
    /// A news outlet.
    Media,
    /// A document or record: a report, an investigation, a poll, a filing.
    Document,
    /// An unnamed source, one or several.
    Anonymous,
    /// Only a pronoun or description refers to it.
    Unknown,
}

impl SpeakerKind {
    /// The snake_case name used in JSON.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Organisation => "organisation",
            SpeakerKind::Media => "media",
            SpeakerKind::Document => "document",
            SpeakerKind::Anonymous => "anonymous",
            SpeakerKind::Unknown => "unknown",
        }
    }
}

/// One real-world source in the document, with all the mentions that refer to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub(crate) kind: SpeakerKind,
    pub(crate) name: Span,
    pub(crate) mentions: Vec<MentionId>,
    pub(crate) title: Option<Span>,
    pub(crate) role: Option<Span>,
    pub(crate) affiliation: Option<Span>,
    pub(crate) gender: Option<Gender>,
    pub(crate) count: Option<Count>,
    pub(crate) seniority: Option<Span>,
    pub(crate) basis: Option<Span>,
    pub(crate) anonymity_reason: Option<Span>,
    pub(crate) sourcing: Sourcing,
}

impl Speaker {
    /// Person, organisation, outlet, document or anonymous source.
    #[must_use]
    pub fn kind(&self) -> SpeakerKind {
        self.kind
    }
    /// The canonical name ("Donald Trump") or, for anonymous sources, the description
    /// ("two people familiar with the discussions").
    #[must_use]
    pub fn name(&self) -> Span {
        self.name
    }
    /// Every mention that refers to this speaker, in text order.
    #[must_use]
    pub fn mentions(&self) -> &[MentionId] {
        &self.mentions
    }
    /// A title the text gives the speaker: "President", "Senator".
    #[must_use]
    pub fn title(&self) -> Option<Span> {
        self.title
    }
    /// A role the text gives the speaker: "spokeswoman", "special envoy".
    #[must_use]
    pub fn role(&self) -> Option<Span> {
        self.role
    }
    /// An affiliation the text gives the speaker.
    #[must_use]
    pub fn affiliation(&self) -> Option<Span> {
        self.affiliation
    }
    /// Gender, where the text tells it.
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.gender
    }
    /// For anonymous sources, how many.
    #[must_use]
    pub fn count(&self) -> Option<Count> {
        self.count
    }
    /// For anonymous sources, stated seniority.
    #[must_use]
    pub fn seniority(&self) -> Option<Span> {
        self.seniority
    }
    /// For anonymous sources, stated basis of knowledge.
    #[must_use]
    pub fn basis(&self) -> Option<Span> {
        self.basis
    }
    /// For anonymous sources, stated reason for anonymity.
    #[must_use]
    pub fn anonymity_reason(&self) -> Option<Span> {
        self.anonymity_reason
    }
    /// The sourcing level, from everything the document says about the speaker.
    #[must_use]
    pub fn sourcing(&self) -> Sourcing {
        self.sourcing
    }
}

/// How a source answered (or did not answer) a request for comment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ResponseKind {
    /// declined to comment, refused to discuss, had no comment
    Declined,
    /// did not (immediately) respond to requests for comment, did not return messages
    NoResponse,
    /// could not be reached for comment
    Unreachable,
}

impl ResponseKind {
    /// The value used in the evaluation JSONL: "declined" or "no_response" (an unreachable
    /// source did not respond either).
    #[must_use]
    pub fn as_eval_str(self) -> &'static str {
        match self {
            ResponseKind::Declined => "declined",
            ResponseKind::NoResponse | ResponseKind::Unreachable => "no_response",
        }
    }
}

/// A non-response: a source that declined to comment or did not answer. Recorded as an
/// event of its sources, never as content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NonResponse {
    pub(crate) sources: Vec<MentionId>,
    pub(crate) cue: Span,
    pub(crate) kind: ResponseKind,
}

impl NonResponse {
    /// The sources that did not respond ("Dmitriev and the Ukrainian Embassy …" gives two).
    #[must_use]
    pub fn sources(&self) -> &[MentionId] {
        &self.sources
    }
    /// The phrase: "did not immediately respond to requests for comment".
    #[must_use]
    pub fn cue(&self) -> Span {
        self.cue
    }
    /// Declined, did not respond, or could not be reached.
    #[must_use]
    pub fn kind(&self) -> ResponseKind {
        self.kind
    }
}
