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

            /// The id of the item at this position, as the JSON output writes it
            /// (`"speaker": 3`). Looking up an id that is out of range gives `None`.
            #[must_use]
            pub const fn from_index(index: usize) -> Self {
                // positions past u32::MAX hold no item (lists are shorter), so they may
                // share the last id
                $name(if index > u32::MAX as usize { u32::MAX } else { index as u32 })
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
id_type!(
    /// Identifies an [`Attribution`] within one analysis.
    AttributionId
);
id_type!(
    /// Identifies a [`NonResponse`] within one analysis.
    NonResponseId
);

/// `as_str`, `Display` and `ALL` for a field-less enum whose serde names are snake_case: one
/// list of `Variant => "name"` pairs, so the three cannot drift apart (the `enum_names` test
/// checks them against serde).
macro_rules! names {
    ($ty:ident { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: [$ty; [$(stringify!($variant)),+].len()] = [$($ty::$variant),+];

            /// The snake_case name used in JSON and on the command line.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl std::fmt::Display for $ty {
            /// Writes [`as_str`](Self::as_str).
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}

/// A paragraph: a non-blank line of the input.
///
/// # Examples
///
/// ```
/// let text = "Talks stall in Miami\n\nThe plan is dead, officials said.";
/// let analysis = whosaid::analyze(text);
/// let [title, body] = analysis.paragraphs() else { panic!("two paragraphs") };
/// assert!(title.is_heading());
/// assert_eq!(analysis.text(body.span()), "The plan is dead, officials said.");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub(crate) span: Span,
    pub(crate) heading: bool,
}

impl Paragraph {
    /// The paragraph, without surrounding whitespace.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
    /// Whether it is a heading: a line without final punctuation ("28-point peace plan
    /// spreads uneasiness"), or a title-case first line. Headings never hold attributions.
    #[must_use]
    pub fn is_heading(&self) -> bool {
        self.heading
    }
}

/// A sentence.
///
/// Sentence spans tile the text: each one runs up to the start of the next, so the
/// whitespace between sentences belongs to the sentence before it; [`Sentence::trimmed`]
/// gives the sentence without it.
///
/// # Examples
///
/// ```
/// let analysis = whosaid::analyze("Prices rose, he said. Sales fell.");
/// let [first, second] = analysis.sentences() else { panic!("two sentences") };
/// assert_eq!(analysis.text(first.span()), "Prices rose, he said. ");
/// assert_eq!(analysis.text(first.trimmed()), "Prices rose, he said.");
/// assert_eq!(second.paragraph(), Some(0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    pub(crate) span: Span,
    pub(crate) trimmed: Span,
    pub(crate) paragraph: Option<usize>,
}

impl Sentence {
    /// The sentence with the whitespace that follows it.
    #[must_use]
    pub fn span(&self) -> Span {
        self.span
    }
    /// The sentence from its first to its last non-whitespace character.
    #[must_use]
    pub fn trimmed(&self) -> Span {
        self.trimmed
    }
    /// Index of the paragraph it belongs to in
    /// [`Analysis::paragraphs`](crate::Analysis::paragraphs), if it holds any
    /// non-whitespace text.
    #[must_use]
    pub fn paragraph(&self) -> Option<usize> {
        self.paragraph
    }
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

names!(QuoteStyle {
    CurlyDouble => "curly_double",
    CurlySingle => "curly_single",
    StraightDouble => "straight_double",
    StraightSingle => "straight_single",
    Guillemets => "guillemets",
    ReversedGuillemets => "reversed_guillemets",
    SingleGuillemets => "single_guillemets",
    LowHigh => "low_high",
    DoubledApostrophes => "doubled_apostrophes",
});

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

names!(QuoteKind {
    Full => "full",
    Fragment => "fragment",
    Title => "title",
});

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

names!(CueClass {
    Neutral => "neutral",
    Assertive => "assertive",
    Skeptical => "skeptical",
    Denial => "denial",
    Belief => "belief",
    Intention => "intention",
    Inquiry => "inquiry",
    Evaluation => "evaluation",
    Evidence => "evidence",
});

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

names!(Tense {
    Present => "present",
    Past => "past",
    PresentPerfect => "present_perfect",
    PastPerfect => "past_perfect",
    Progressive => "progressive",
    Future => "future",
    NonFinite => "non_finite",
});

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

names!(MentionKind {
    Name => "name",
    Pronoun => "pronoun",
    Description => "description",
    Anonymous => "anonymous",
    Organisation => "organisation",
    Media => "media",
    Document => "document",
});

/// Grammatical gender, where the text tells it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Gender {
    /// she, Ms., spokeswoman, a female given name
    Female,
    /// he, Mr., spokesman, a male given name
    Male,
}

names!(Gender {
    Female => "female",
    Male => "male",
});

/// How many sources an anonymous description counts.
///
/// In JSON a count is always an object with one key: `{"exact": 2}` or
/// `{"vague": "several"}`.
///
/// # Examples
///
/// ```
/// use whosaid::{Count, VagueCount};
///
/// let analysis = whosaid::analyze("Two people familiar with the matter said the talks failed.");
/// let speaker = &analysis.speakers()[0];
/// assert_eq!(speaker.count(), Some(Count::Exact(2)));
/// assert_eq!(Count::Exact(2).to_string(), "2");
/// assert_eq!(Count::Vague(VagueCount::Several).to_string(), "several");
/// assert_eq!(serde_json::to_string(&Count::Exact(2))?, r#"{"exact":2}"#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Count {
    /// A number: "two people" is `Exact(2)`, "a source" `Exact(1)`.
    Exact(u32),
    /// A vague quantity.
    Vague(VagueCount),
}

impl Count {
    /// The number, when the text gives one.
    #[must_use]
    pub const fn exact(self) -> Option<u32> {
        match self {
            Count::Exact(n) => Some(n),
            Count::Vague(_) => None,
        }
    }
}

impl std::fmt::Display for Count {
    /// Writes the number ("2") or the vague count's name ("several").
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Count::Exact(n) => write!(f, "{n}"),
            Count::Vague(v) => f.pad(v.as_str()),
        }
    }
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

names!(VagueCount {
    Several => "several",
    Multiple => "multiple",
    Many => "many",
    Some => "some",
    Few => "few",
    Plural => "plural",
});

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
///
/// Unlike the other enums this one is exhaustive: by definition every content has all, some
/// or none of its words inside quotation marks.
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

names!(AttributionKind {
    Direct => "direct",
    Indirect => "indirect",
    Mixed => "mixed",
});

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

names!(Pattern {
    QuoteSourceCue => "quote_source_cue",
    QuoteCueSource => "quote_cue_source",
    SourceCueQuote => "source_cue_quote",
    Continuation => "continuation",
    SourceCueContent => "source_cue_content",
    SourceCueObjectContent => "source_cue_object_content",
    ContentSourceCue => "content_source_cue",
    ContentCueSource => "content_cue_source",
    Parenthetical => "parenthetical",
    AccordingTo => "according_to",
    AsSourceCue => "as_source_cue",
    Participle => "participle",
    Colon => "colon",
    DescribedAs => "described_as",
    Sourceless => "sourceless",
    Nominal => "nominal",
    RelativeClause => "relative_clause",
});

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

names!(Resolution {
    Pronoun => "pronoun",
    ShortName => "short_name",
    Description => "description",
    Continuation => "continuation",
    Subject => "subject",
});

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

names!(Sourcing {
    Witnessed => "witnessed",
    NamedIdentified => "named_identified",
    NamedBare => "named_bare",
    Record => "record",
    AnonymousCharacterized => "anonymous_characterized",
    AnonymousVague => "anonymous_vague",
    Unattributed => "unattributed",
});

impl Sourcing {
    /// The level of one speaker whose mentions are those of two speakers of levels `self`
    /// and `other` (of one kind): witnessed if either is, else named and identified if
    /// either is, else `self`.
    pub(crate) fn joined(self, other: Sourcing) -> Sourcing {
        if self == Sourcing::Witnessed || other == Sourcing::Witnessed {
            Sourcing::Witnessed
        } else if self == Sourcing::NamedIdentified || other == Sourcing::NamedIdentified {
            Sourcing::NamedIdentified
        } else {
            self
        }
    }

    /// What the level means, in a few words: "named, with a role or affiliation", …
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::Sourcing;
    ///
    /// assert_eq!(Sourcing::AnonymousVague.as_str(), "anonymous_vague");
    /// assert_eq!(Sourcing::AnonymousVague.to_string(), "anonymous_vague");
    /// assert_eq!(Sourcing::AnonymousVague.description(), "unnamed, with no role");
    /// assert!(Sourcing::ALL.iter().all(|l| !l.description().is_empty()));
    /// ```
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Sourcing::Witnessed => "the reporter's own outlet observed it",
            Sourcing::NamedIdentified => "named, with a role or affiliation",
            Sourcing::NamedBare => "named without a role, or an organisation",
            Sourcing::Record => "a document, a record or another outlet",
            Sourcing::AnonymousCharacterized => "unnamed, with a role or affiliation",
            Sourcing::AnonymousVague => "unnamed, with no role",
            Sourcing::Unattributed => "no source",
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

names!(SpeakerKind {
    Person => "person",
    Organisation => "organisation",
    Media => "media",
    Document => "document",
    Anonymous => "anonymous",
    Unknown => "unknown",
});

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

names!(ResponseKind {
    Declined => "declined",
    NoResponse => "no_response",
    Unreachable => "unreachable",
});

impl ResponseKind {
    /// "declined" or "no_response": an unreachable source did not respond either.
    #[deprecated(
        since = "0.1.0",
        note = "use `as_str`; the evaluation JSONL now writes every kind with its own name"
    )]
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
