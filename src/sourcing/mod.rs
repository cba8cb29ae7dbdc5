//! Stage 6: sourcing strength, per speaker and per document.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::document::Doc;
use crate::lexicon::class;
use crate::model::{
    Attribution, AttributionKind, Mention, MentionKind, Sourcing, Speaker, SpeakerKind,
};

/// Whether a mention is a news outlet's own observation: its witness, reporter or
/// photographer ("a Reuters witness", "AP reporters"), or pictures it verified ("footage
/// verified by the BBC").
fn witnessed(doc: &Doc<'_>, m: &Mention) -> bool {
    let a = doc.toks.partition_point(|t| t.start() < m.span().start);
    let b = doc.toks.partition_point(|t| t.start() < m.span().end);
    let head = doc.toks.partition_point(|t| t.start() < m.head().start);
    let Some(h) = doc.toks.get(head).filter(|_| head < b) else { return false };
    // the observer belongs to an outlet: "Reuters witnesses", "a witness for Reuters", "a
    // Bernama journalist" (a name before the observer is its outlet's)
    let observer = h.is(class::WITNESS)
        && h.shape != crate::document::Shape::AllCaps
        && (crate::phrase::find_outlet(doc, a, b).is_some()
            || (a..head).any(|k| {
                doc.toks[k].is_cap()
                    && doc.words_before(k)
                    && !doc.toks[k].is(class::ORG | class::PORTFOLIO)
            }));
    // pictures verified by an outlet: "footage verified by The Hindu"
    let verified = h.is(class::VISUAL)
        && (head + 1..b).any(|k| {
            (doc.is_word(k, "verified") || doc.is_word(k, "authenticated"))
                && doc.is_word(k + 1, "by")
                && doc.toks.get(k + 2).is_some_and(|t| t.is_cap() || t.is(class::DET))
        });
    observer || verified
}

/// The sourcing level of a speaker, from everything its mentions say.
fn level_of(doc: &Doc<'_>, sp: &Speaker, mentions: &[Mention]) -> Sourcing {
    let ms = || sp.mentions().iter().filter_map(|m| mentions.get(m.index()));
    if ms().any(|m| witnessed(doc, m)) {
        return Sourcing::Witnessed;
    }
    match sp.kind() {
        SpeakerKind::Person => {
            let described = sp.title().is_some()
                || sp.role().is_some()
                || sp.affiliation().is_some()
                || ms().any(|m| {
                    m.title().is_some() || m.role().is_some() || m.affiliation().is_some()
                });
            if described { Sourcing::NamedIdentified } else { Sourcing::NamedBare }
        }
        SpeakerKind::Organisation => Sourcing::NamedBare,
        SpeakerKind::Media | SpeakerKind::Document => Sourcing::Record,
        SpeakerKind::Anonymous => {
            let role = ms().any(|m| {
                let (c, _) = doc.lex.lookup(&doc.text[m.head().range()]);
                (c & class::ROLE != 0 && c & class::VAGUE == 0)
                    || m.affiliation().is_some()
                    || m.role().is_some()
            });
            if role { Sourcing::AnonymousCharacterized } else { Sourcing::AnonymousVague }
        }
        SpeakerKind::Unknown => {
            if ms().any(|m| m.kind() == MentionKind::Description) {
                Sourcing::AnonymousCharacterized
            } else {
                Sourcing::NamedBare
            }
        }
    }
}

/// The sourcing level of every speaker and of every attribution (an attribution takes its
/// speaker's).
pub(crate) fn run(
    doc: &Doc<'_>,
    mentions: &[Mention],
    speakers: &[Speaker],
    attributions: &[Attribution],
) -> (Vec<Sourcing>, Vec<Sourcing>) {
    let of_speakers: Vec<Sourcing> =
        speakers.iter().map(|sp| level_of(doc, sp, mentions)).collect();
    let of_attributions = attributions
        .iter()
        .map(|a| match (a.speaker, a.source) {
            (Some(s), _) => of_speakers.get(s.index()).copied().unwrap_or(Sourcing::Unattributed),
            // an unresolved pronoun still stands for someone the text has named
            (None, Some(_)) => Sourcing::NamedBare,
            (None, None) => Sourcing::Unattributed,
        })
        .collect();
    (of_speakers, of_attributions)
}

/// How well sourced a document is.
///
/// # Examples
///
/// ```
/// let text = "A senior US official said the talks failed. Two people familiar with the matter \
///             said the plan was dead. The CIA declined to comment.";
/// let profile = whosaid::analyze(text).profile();
/// assert_eq!(profile.attributions, 2);
/// assert_eq!(profile.share_anonymous, 1.0);
/// assert_eq!(profile.non_responses, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Profile {
    /// Number of attributions.
    pub attributions: usize,
    /// Attributions per sourcing level (levels with none are left out).
    pub by_level: BTreeMap<Sourcing, usize>,
    /// Attributions by kind: direct, indirect, mixed.
    pub direct: usize,
    /// Paraphrases.
    pub indirect: usize,
    /// Paraphrases with a quoted part.
    pub mixed: usize,
    /// Share of attributions whose speaker is anonymous (0 when there are none).
    pub share_anonymous: f64,
    /// Distinct named speakers: people and organisations.
    pub named_speakers: usize,
    /// Distinct anonymous speakers.
    pub anonymous_speakers: usize,
    /// Distinct outlets and documents cited.
    pub record_speakers: usize,
    /// Non-responses: declined to comment, did not respond, could not be reached.
    pub non_responses: usize,
}

impl Profile {
    /// Attributions at one level.
    #[must_use]
    pub fn count(&self, level: Sourcing) -> usize {
        self.by_level.get(&level).copied().unwrap_or(0)
    }
}

/// Computes the profile of what an analysis found.
pub(crate) fn profile(r: &crate::results::Results) -> Profile {
    let atts = &r.attributions[..];
    let mut by_level = BTreeMap::new();
    let (mut direct, mut indirect, mut mixed, mut anon) = (0, 0, 0, 0);
    for a in atts {
        *by_level.entry(a.sourcing()).or_insert(0) += 1;
        match a.kind() {
            AttributionKind::Direct => direct += 1,
            AttributionKind::Indirect => indirect += 1,
            AttributionKind::Mixed => mixed += 1,
        }
        if a.sourcing().is_anonymous() {
            anon += 1;
        }
    }
    // only speakers that speak (an attribution or a non-response) count
    let speaking: std::collections::BTreeSet<usize> = atts
        .iter()
        .filter_map(|a| a.speaker())
        .chain(r.non_responses.iter().flat_map(|n| {
            n.sources().iter().filter_map(|m| r.mentions.get(m.index()).and_then(|m| m.speaker()))
        }))
        .map(|s| s.index())
        .collect();
    let count = |f: &dyn Fn(&Speaker) -> bool| {
        speaking.iter().filter(|&&s| r.speakers.get(s).is_some_and(f)).count()
    };
    Profile {
        attributions: atts.len(),
        by_level,
        direct,
        indirect,
        mixed,
        share_anonymous: if atts.is_empty() { 0.0 } else { anon as f64 / atts.len() as f64 },
        named_speakers: count(&|s| {
            matches!(s.kind(), SpeakerKind::Person | SpeakerKind::Organisation)
        }),
        anonymous_speakers: count(&|s| s.kind() == SpeakerKind::Anonymous),
        record_speakers: count(&|s| matches!(s.kind(), SpeakerKind::Media | SpeakerKind::Document)),
        non_responses: r.non_responses.len(),
    }
}
