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
//! let [wicker, official] = analysis.attributions() else { panic!("two attributions") };
//!
//! assert_eq!(wicker.kind(), AttributionKind::Direct);
//! assert_eq!(analysis.text(wicker.content()[0]), "“There are real problems with this plan,”");
//! assert_eq!(analysis.speaker_name(wicker), Some("Roger Wicker"));
//! assert_eq!(wicker.sourcing(), Sourcing::NamedIdentified);
//!
//! assert_eq!(analysis.text(official.content()[0]), "that the talks had stalled");
//! assert_eq!(official.sourcing(), Sourcing::AnonymousCharacterized);
//! assert_eq!(analysis.non_responses().len(), 1);
//! # Ok::<(), whosaid::Error>(())
//! ```
//!
//! # Overview
//!
//! An analysis runs seven stages over the whole document, in order:
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
//! 7. **Output**: serde types, the evaluation JSONL ([`EvalRecord`]) and BBC Citron's format.
//!
//! # Spans
//!
//! Every position is a [`Span`] of UTF-8 byte offsets into the caller's text, never into a
//! normalised copy; `&text[span]` gives the spanned text.
//!
//! # Errors and panics
//!
//! Analysing text never fails and never panics: any `&str`, empty or malformed, gives an
//! [`Analysis`]. An unclosed quotation is data (a quote flagged unterminated), not an error.
//! [`Error`] only comes from building an analyzer with invalid settings or user lexicons.
//! Internal invariants are checked with `debug_assert!`.
//!
//! # Performance
//!
//! Time and memory grow linearly with the input, adversarial input included: nesting,
//! noun-phrase length, content length and look-back windows are bounded by named constants.
//! Run `cargo bench` for throughput in MB/s per core.
//!
//! # Crate features
//!
//! | feature | default | what |
//! |---|---|---|
//! | (none) | | the crate has no optional features |

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod analyzer;
mod config;
mod coref;
mod cues;
mod error;
mod lexicon;
mod link;
mod model;
mod output;
mod parse;
mod quotes;
mod segment;
mod sourcing;
mod span;

pub use analyzer::{Analysis, Analyzer, analyze};
pub use config::{AnalyzerBuilder, Config};
pub use error::{Error, Result};
pub use model::{
    Attribution, AttributionKind, Count, Cue, CueClass, Gender, Mention, MentionId, MentionKind,
    NonResponse, Paragraph, Pattern, Quote, QuoteId, QuoteKind, QuoteStyle, Resolution,
    ResponseKind, Sentence, Sourcing, Speaker, SpeakerId, SpeakerKind, Tense, VagueCount,
};
pub use output::{
    CitronDocument, CitronQuote, CitronSpan, Continuations, EvalAttribution, EvalCiting,
    EvalRecord, EvalResponse,
};
pub use sourcing::Profile;
pub use span::Span;

/// The README's examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
