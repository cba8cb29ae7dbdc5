//! Who said what, in news text.
//!
//! `whosaid` reads an article and finds every claim the text attributes to someone: what
//! was said (the content), how (the cue), by whom (the source and the speaker it resolves
//! to), and how strong the sourcing is — from named, identified people down to "people
//! familiar with the matter".
//!
//! ```
//! use whosaid::{AttributionKind, Sourcing};
//!
//! let text = "“There are real problems with this plan,” said Senator Roger Wicker of Mississippi. \
//!             A senior US official told Reuters that the talks had stalled. \
//!             The CIA declined to comment.";
//! let analysis = whosaid::analyze(text);
//! let mut attributions = analysis.attribution_refs();
//! let (Some(wicker), Some(official)) = (attributions.next(), attributions.next()) else {
//!     panic!("two attributions")
//! };
//!
//! assert_eq!(wicker.kind(), AttributionKind::Direct);
//! assert_eq!(wicker.content_text(), "“There are real problems with this plan,”");
//! assert_eq!(wicker.speaker_name().as_deref(), Some("Roger Wicker"));
//! assert_eq!(wicker.sourcing(), Sourcing::NamedIdentified);
//!
//! assert_eq!(official.content_text(), "that the talks had stalled");
//! assert_eq!(official.source_text(), Some("A senior US official"));
//! assert_eq!(official.sourcing(), Sourcing::AnonymousCharacterized);
//! assert_eq!(analysis.non_responses().len(), 1);
//! # Ok::<(), whosaid::Error>(())
//! ```
//!
//! # Concepts
//!
//! In “The talks failed,” **said** **Senator Roger Wicker**, …:
//!
//! * An **attribution** ([`Attribution`], [`AttributionRef`]) is one claim the text
//!   credits to someone. Its **content** is what was said, one span or several for a split
//!   quotation ("“A,” he said, “B.”"); a direct quotation's content includes its marks and
//!   a paraphrase's starts with its complementizer ("said **that** …"). Its **kind** is
//!   [direct, indirect or mixed](AttributionKind): all, none or some of the content's words
//!   in quotation marks.
//! * The **cue** ([`Cue`]) is the reporting verb or phrase: "said", "has vowed", "according
//!   to", "told … that", a bare colon. It carries a lemma, a stance [class](CueClass)
//!   (neutral, assertive, skeptical, denial, belief, …) and a [tense](Tense). Which words
//!   are cues, and in which constructions ([`Frame`]), comes from the cue verb lexicon
//!   ([`Lexicons`]).
//! * The **source** ([`Mention`], [`MentionRef`]) is the phrase next to the cue that names
//!   who speaks, as written: often a pronoun ("he") or a description ("the senator").
//! * The **speaker** ([`Speaker`], [`SpeakerRef`]) is the real-world source behind the
//!   mentions: coreference joins "Senator Roger Wicker", "Wicker", "the senator" and "he"
//!   into one speaker with a [kind](SpeakerKind) (person, organisation, outlet, document,
//!   anonymous), a name, and what the text says of it (title, role, affiliation; for
//!   anonymous sources their count, seniority and basis of knowledge).
//! * The **sourcing level** ([`Sourcing`]) of an attribution is its speaker's, strongest
//!   first: witnessed, named and identified, named, record, anonymous with a role,
//!   anonymous and vague, unattributed. [`Analysis::profile`] sums the levels up for the
//!   document ([`Profile`]).
//! * A **non-response** ([`NonResponse`]) is a source that "declined to comment" or "did
//!   not respond": an event of that source, never content.
//!
//! Every result says where it comes from: byte spans into your text, the grammar
//! [`Pattern`] that produced it, and a confidence.
//!
//! # English only
//!
//! The grammar and the lexicons are English. Text in another language is analysed like any
//! other `&str` — it never fails or panics — but gives few or no attributions: an empty
//! result, not an error. Nothing detects the language for you; if your input mixes
//! languages, filter it before analysing (a language detector such as `whatlang` does
//! that).
//!
//! # Overview
//!
//! An analysis runs seven stages over the whole document, in order (a text longer than
//! [`Config::window`], 256 KiB by default, window by window: see there):
//!
//! 1. **Segmentation**: paragraphs (headings apart), sentences (abbreviations, initials,
//!    decimals and sentence ends inside quotations handled), word tokens with byte spans.
//! 2. **Quotations**: a nom parser over the marks “…” ‘…’ "…" '…' «…» »…« „…“ ''…'', with
//!    nesting, apostrophes told apart, multi-paragraph quotations and recovery from
//!    unbalanced marks at the paragraph end; each classified full, fragment or title.
//! 3. **Cues and mentions**: reporting verbs of the lexicon used as verbs, with their
//!    auxiliaries, class and tense; the noun phrases that speak.
//! 4. **Linking**: the grammar of attribution — `“C,” S V`, `S V that C`, `C, S V`,
//!    `According to S, C`, `S told O that C`, `X reported, citing S`, split and
//!    continuation quotes, participle clauses — and non-responses ("declined to comment").
//! 5. **Coreference**: mentions clustered into speakers (surnames, titles, pronouns,
//!    anonymous back-references).
//! 6. **Sourcing**: each speaker's level (named and identified … anonymous and vague), and the
//!    document's [`Profile`].
//! 7. **Output**: the documented JSON format ([`Analysis::to_json`]), the evaluation JSONL
//!    ([`EvalRecord`]) and BBC Citron's format ([`CitronDocument`]).
//!
//! # Reading the results
//!
//! [`Analysis`] holds plain lists — [`attributions`](Analysis::attributions),
//! [`speakers`](Analysis::speakers), [`mentions`](Analysis::mentions),
//! [`quotes`](Analysis::quotes), [`non_responses`](Analysis::non_responses),
//! [`sentences`](Analysis::sentences), [`paragraphs`](Analysis::paragraphs) — whose items
//! store spans and ids. The `*_refs` methods give the same items as views that resolve
//! them: an [`AttributionRef`] knows its content texts, cue, source, speaker, quotations,
//! sentences and paragraphs; a [`SpeakerRef`] its attributions and non-responses; a
//! [`QuoteRef`] the attributions it belongs to.
//!
//! ```
//! let text = "Senator Jane Doe said the bill would pass. “It is fair,” she added. \
//!             Her office did not respond to requests for comment.";
//! let analysis = whosaid::analyze(text);
//! for speaker in analysis.speaker_refs() {
//!     println!("{} ({}, {})", speaker.name(), speaker.kind(), speaker.sourcing());
//!     for a in speaker.attributions() {
//!         println!("  {} {}", a.cue_text().unwrap_or("…"), a.content_text());
//!     }
//! }
//! let doe = analysis.speaker_refs().find(|s| s.name() == "Jane Doe").expect("Doe speaks");
//! assert_eq!(doe.attributions().count(), 2);
//! ```
//!
//! An analysis borrows the text it was given; [`Analysis::into_owned`] and
//! [`Analyzer::analyze_owned`] give an [`OwnedAnalysis`] that keeps its own copy.
//!
//! # Spans
//!
//! Every position is a [`Span`] of UTF-8 byte offsets into the caller's text, never into a
//! normalised copy; `&text[span]` gives the spanned text. The JSON document format
//! ([`JsonSpan`]) adds character offsets (and, as an option, UTF-16 offsets) for languages
//! that index strings by characters, and Citron's format counts characters.
//!
//! # Errors and panics
//!
//! Analysing text never fails and never panics: any `&str`, empty or malformed, gives an
//! [`Analysis`]. An unclosed quotation is data (a quote flagged unterminated), not an error.
//! [`Error`] only comes from building an analyzer with invalid settings or user lexicons,
//! or from a lexicon file that cannot be read. Internal invariants are checked with
//! `debug_assert!`. The only public function that panics is [`Span::new`] (documented).
//!
//! # API conventions
//!
//! * Result types ([`Attribution`], [`Speaker`], [`Sentence`], …) have private fields and
//!   getters; views (`*Ref`) resolve them.
//! * Output records ([`JsonDocument`], [`EvalRecord`], [`CitronDocument`], [`Profile`]) are
//!   data transfer objects: their public fields are the format, and `#[non_exhaustive]`
//!   lets the format gain fields.
//! * Enums are `#[non_exhaustive]`, except [`AttributionKind`], which is closed by
//!   definition. Field-less enums have `as_str` (the snake_case name of the JSON),
//!   `Display` (the same) and `ALL`.
//! * Everything public is `Send + Sync`.
//!
//! # Performance
//!
//! Time and memory grow linearly with the input, adversarial input included: nesting,
//! noun-phrase length, content length and look-back windows are bounded by named constants.
//! Run `cargo bench` for throughput in MB/s per core, and `cargo bench --features rayon
//! --bench batch` for [`Analyzer::analyze_batch`] on one and two threads: about 26 MiB/s
//! on one thread and 1.7 times that on two, on the articles of PolNeAR train (the README
//! has the figures).
//!
//! # Crate features
//!
//! | feature | default | what |
//! |---|---|---|
//! | `rayon` | no | [`Analyzer::analyze_batch`] and [`Analyzer::analyze_batch_with`]: many documents in parallel, on all cores |
//!
//! The `whosaid` command-line tool is the crate `whosaid-cli` of the same repository.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod analyzer;
#[cfg(feature = "rayon")]
mod batch;
mod catalog;
mod config;
mod coref;
mod cues;
mod document;
mod error;
mod lexicon;
mod link;
mod model;
mod output;
mod parse;
mod phrase;
mod results;
mod rule;
mod sourcing;
mod span;
mod token;
mod view;
mod words;

pub use analyzer::{Analysis, Analyzer, OwnedAnalysis, analyze};
pub use catalog::{CueVerb, Frame, Frames, LexiconEntry, LexiconKind, Lexicons};
pub use config::{AnalyzerBuilder, Config};
pub use error::{Error, Result};
pub use model::{
    Attribution, AttributionId, AttributionKind, Count, Cue, CueClass, Gender, Mention, MentionId,
    MentionKind, NonResponse, NonResponseId, Paragraph, Pattern, Quote, QuoteId, QuoteKind,
    QuoteStyle, Resolution, ResponseKind, Sentence, Sourcing, Speaker, SpeakerId, SpeakerKind,
    Tense, VagueCount,
};
pub use output::{
    CitronDocument, CitronQuote, CitronSpan, Continuations, EvalAttribution, EvalCiting,
    EvalRecord, EvalResponse, JsonAttribution, JsonCiting, JsonCue, JsonDocument, JsonNonResponse,
    JsonOptions, JsonParagraph, JsonProfile, JsonQuote, JsonSource, JsonSpan, JsonSpeaker,
};
pub use rule::Rule;
pub use sourcing::Profile;
pub use span::Span;
pub use view::{AttributionRef, MentionRef, NonResponseRef, QuoteRef, SpeakerRef};

/// Every public type can be shared between threads: checked when the crate compiles.
const _: () = {
    const fn send_sync<T: Send + Sync>() {}
    send_sync::<Analyzer>();
    send_sync::<AnalyzerBuilder>();
    send_sync::<Config>();
    send_sync::<Analysis<'static>>();
    send_sync::<OwnedAnalysis>();
    send_sync::<AttributionRef<'static, 'static>>();
    send_sync::<SpeakerRef<'static, 'static>>();
    send_sync::<MentionRef<'static, 'static>>();
    send_sync::<NonResponseRef<'static, 'static>>();
    send_sync::<QuoteRef<'static, 'static>>();
    send_sync::<Attribution>();
    send_sync::<Cue>();
    send_sync::<Mention>();
    send_sync::<NonResponse>();
    send_sync::<Paragraph>();
    send_sync::<Quote>();
    send_sync::<Sentence>();
    send_sync::<Speaker>();
    send_sync::<Span>();
    send_sync::<Profile>();
    send_sync::<Error>();
    send_sync::<EvalRecord>();
    send_sync::<CitronDocument>();
    send_sync::<JsonDocument>();
    send_sync::<JsonOptions>();
    send_sync::<Lexicons<'static>>();
    send_sync::<CueVerb<'static>>();
    send_sync::<Frame>();
};

/// The README's examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
