//! What an analysis found, as plain lists, and the links between them (speaker →
//! attributions, quotation → attributions, …) that the views resolve.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use std::collections::HashMap;

use crate::model::{
    Attribution, AttributionId, Mention, MentionId, NonResponse, NonResponseId, Paragraph, Quote,
    QuoteId, Sentence, Speaker, SpeakerId, SpeakerKind,
};
use crate::span::Span;

/// What an analysis found, without the text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Results {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) quotes: Vec<Quote>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) attributions: Vec<Attribution>,
    pub(crate) speakers: Vec<Speaker>,
    pub(crate) non_responses: Vec<NonResponse>,
    /// Links between the lists (speaker → attributions, quotation → attributions, …),
    /// built on first use by the views.
    #[serde(skip)]
    pub(crate) index: OnceLock<Index>,
}

/// Links between the lists of one analysis.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    pub(crate) speaker_attributions: Vec<Vec<AttributionId>>,
    pub(crate) speaker_non_responses: Vec<Vec<NonResponseId>>,
    pub(crate) speaker_cited_in: Vec<Vec<AttributionId>>,
    /// For each quotation, the attributions whose content overlaps its outermost quotation.
    pub(crate) quote_attributions: Vec<Vec<AttributionId>>,
    /// For each attribution, the top-level quotations its content overlaps.
    pub(crate) attribution_quotes: Vec<Vec<QuoteId>>,
}

pub(crate) fn id32(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

/// Pushes `v` unless it is the last value already (lists are built in order, so this
/// keeps them free of repeats).
fn push_once<T: PartialEq + Copy>(list: &mut Vec<T>, v: T) {
    if list.last() != Some(&v) {
        list.push(v);
    }
}

impl Index {
    pub(crate) fn new(r: &Results) -> Index {
        let n = r.speakers.len();
        let mut ix = Index {
            speaker_attributions: vec![Vec::new(); n],
            speaker_non_responses: vec![Vec::new(); n],
            speaker_cited_in: vec![Vec::new(); n],
            quote_attributions: vec![Vec::new(); r.quotes.len()],
            attribution_quotes: vec![Vec::new(); r.attributions.len()],
        };
        ix.link_speakers(r);
        ix.link_quotes(r);
        ix
    }

    /// Links each speaker to the attributions and non-responses it speaks or is cited in.
    fn link_speakers(&mut self, r: &Results) {
        let speaker_of = |m: MentionId| r.mentions.get(m.index()).and_then(|m| m.speaker);
        for (i, a) in r.attributions.iter().enumerate() {
            let id = AttributionId(id32(i));
            if let Some(list) = a.speaker.and_then(|s| self.speaker_attributions.get_mut(s.index()))
            {
                list.push(id);
            }
            for &m in &a.citing {
                if let Some(list) =
                    speaker_of(m).and_then(|s| self.speaker_cited_in.get_mut(s.index()))
                {
                    push_once(list, id);
                }
            }
        }
        for (i, nr) in r.non_responses.iter().enumerate() {
            let id = NonResponseId(id32(i));
            for &m in &nr.sources {
                if let Some(list) =
                    speaker_of(m).and_then(|s| self.speaker_non_responses.get_mut(s.index()))
                {
                    push_once(list, id);
                }
            }
        }
    }

    /// Links each quotation to the attributions whose content overlaps it, and each
    /// attribution to the quotations.
    fn link_quotes(&mut self, r: &Results) {
        // Top-level quotations are disjoint and sorted, so those a content span overlaps
        // are one run found by binary search; nested ones go with their outermost.
        let top: Vec<usize> = (0..r.quotes.len()).filter(|&q| r.quotes[q].depth == 0).collect();
        for (i, a) in r.attributions.iter().enumerate() {
            let id = AttributionId(id32(i));
            for c in &a.content {
                let first = top.partition_point(|&q| r.quotes[q].span.end <= c.start);
                let last = top.partition_point(|&q| r.quotes[q].span.start < c.end);
                for &q in top.get(first..last).unwrap_or(&[]) {
                    if r.quotes[q].span.overlaps(*c) {
                        push_once(&mut self.attribution_quotes[i], QuoteId(id32(q)));
                        push_once(&mut self.quote_attributions[q], id);
                    }
                }
            }
        }
        let mut outer = None;
        for q in 0..r.quotes.len() {
            if r.quotes[q].depth == 0 {
                outer = Some(q);
            } else if let Some(o) = outer
                && r.quotes[o].span.contains(r.quotes[q].span)
            {
                self.quote_attributions[q] = self.quote_attributions[o].clone();
            }
        }
    }
}

/// Moves a span of a piece of the text to where the piece starts in the whole.
fn shift(span: &mut Span, by: usize) {
    span.start += by;
    span.end += by;
}

fn shift_opt(span: &mut Option<Span>, by: usize) {
    if let Some(s) = span {
        shift(s, by);
    }
}

/// The results of a text analysed window by window, joined in text order.
#[derive(Default)]
pub(crate) struct Joined {
    results: Results,
    /// the speakers with a name so far, by kind and lower-cased name
    named: HashMap<(SpeakerKind, String), SpeakerId>,
    /// the people with a full name so far, by lower-cased surname (`None`: two or more)
    surnames: HashMap<String, Option<SpeakerId>>,
}

impl Joined {
    /// Appends the results of the next window, which starts at byte `at` of `text` and
    /// whose ids count from zero. Spans move by `at`, ids by the lengths of the lists so
    /// far; a named speaker that an earlier window has (same kind, same name) is that
    /// speaker.
    pub(crate) fn push(&mut self, mut piece: Results, at: usize, text: &str) {
        let r = &mut self.results;
        let (paragraphs, mentions) = (r.paragraphs.len(), id32(r.mentions.len()));
        let speaker_ids = self.speaker_ids(&mut piece, at, text);
        let speaker = |s: &mut SpeakerId| *s = speaker_ids.get(s.index()).copied().unwrap_or(*s);
        let mention = |m: &mut MentionId| m.0 = m.0.saturating_add(mentions);
        let r = &mut self.results;
        for p in &mut piece.paragraphs {
            shift(&mut p.span, at);
        }
        for s in &mut piece.sentences {
            shift(&mut s.span, at);
            shift(&mut s.trimmed, at);
            s.paragraph = s.paragraph.map(|p| p + paragraphs);
        }
        for q in &mut piece.quotes {
            shift(&mut q.span, at);
            shift(&mut q.inner, at);
        }
        for m in &mut piece.mentions {
            shift(&mut m.span, at);
            shift(&mut m.head, at);
            for s in [
                &mut m.name,
                &mut m.title,
                &mut m.role,
                &mut m.affiliation,
                &mut m.seniority,
                &mut m.basis,
                &mut m.anonymity_reason,
            ] {
                shift_opt(s, at);
            }
            m.speaker.as_mut().map(speaker);
        }
        for a in &mut piece.attributions {
            a.content.iter_mut().for_each(|c| shift(c, at));
            if let Some(cue) = &mut a.cue {
                shift(&mut cue.span, at);
            }
            a.source.as_mut().map(mention);
            a.citing.iter_mut().for_each(mention);
            a.speaker.as_mut().map(speaker);
        }
        for nr in &mut piece.non_responses {
            shift(&mut nr.cue, at);
            nr.sources.iter_mut().for_each(mention);
        }
        let earlier = r.speakers.len();
        for (mut sp, &id) in piece.speakers.into_iter().zip(&speaker_ids) {
            sp.mentions.iter_mut().for_each(mention);
            match r.speakers.get_mut(id.index()).filter(|_| id.index() < earlier) {
                Some(e) => join_speaker(e, sp),
                None => r.speakers.push(sp),
            }
        }
        r.paragraphs.append(&mut piece.paragraphs);
        r.sentences.append(&mut piece.sentences);
        r.quotes.append(&mut piece.quotes);
        r.mentions.append(&mut piece.mentions);
        r.attributions.append(&mut piece.attributions);
        r.non_responses.append(&mut piece.non_responses);
    }

    /// The id each speaker of `piece` takes in the joined results: that of an earlier
    /// window's speaker with its kind and name, or the next new one (the speakers of one
    /// window stay as coreference made them). Shifts the speakers' spans by `at`.
    fn speaker_ids(&mut self, piece: &mut Results, at: usize, text: &str) -> Vec<SpeakerId> {
        let mut next = self.results.speakers.len();
        let mut ids = Vec::with_capacity(piece.speakers.len());
        let mut new_names = Vec::new();
        for sp in &mut piece.speakers {
            shift(&mut sp.name, at);
            for s in details(sp) {
                shift_opt(s, at);
            }
            // (a document is named by a description, "a new poll", which may be another)
            let named = matches!(
                sp.kind,
                SpeakerKind::Person | SpeakerKind::Organisation | SpeakerKind::Media
            );
            let name = text.get(sp.name.range()).unwrap_or("");
            let lower = name.to_lowercase();
            let words = name.split_whitespace().count();
            // a speaker the window names by one word ("Okafor": a person, or of a kind the
            // window cannot tell) is the one person of that surname an earlier window named
            // in full ("Nadia Okafor")
            let by_surname = matches!(sp.kind, SpeakerKind::Person | SpeakerKind::Unknown)
                && words == 1
                && name.starts_with(char::is_uppercase);
            let earlier = self.named.get(&(sp.kind, lower.clone())).copied().filter(|_| named);
            let surname = || self.surnames.get(&lower).copied().flatten().filter(|_| by_surname);
            if let Some(id) = earlier.or_else(surname) {
                ids.push(id);
                continue;
            }
            let id = SpeakerId::from_index(next);
            next += 1;
            ids.push(id);
            if named && !name.is_empty() {
                new_names.push(((sp.kind, lower), id, words));
            }
        }
        for ((kind, name), id, words) in new_names {
            if kind == SpeakerKind::Person
                && words > 1
                && let Some(last) = name.split_whitespace().next_back()
            {
                self.surnames
                    .entry(last.to_string())
                    .and_modify(|s| *s = s.filter(|&s| s == id))
                    .or_insert(Some(id));
            }
            self.named.entry((kind, name)).or_insert(id);
        }
        ids
    }

    /// The joined results; each attribution's sourcing level is its speaker's, which a
    /// speaker found in several windows takes from all its mentions.
    pub(crate) fn finish(self) -> Results {
        let mut r = self.results;
        for a in &mut r.attributions {
            if let Some(sp) = a.speaker.and_then(|s| r.speakers.get(s.index())) {
                a.sourcing = sp.sourcing;
            }
        }
        r
    }
}

/// What the text says of a speaker besides its name: title, role, affiliation, seniority,
/// basis of knowledge and reason for anonymity.
fn details(sp: &mut Speaker) -> [&mut Option<Span>; 6] {
    [
        &mut sp.title,
        &mut sp.role,
        &mut sp.affiliation,
        &mut sp.seniority,
        &mut sp.basis,
        &mut sp.anonymity_reason,
    ]
}

/// Joins a later window's speaker into an earlier one with the same name: its mentions
/// follow, what the earlier one lacks it takes, and its sourcing level is the higher.
fn join_speaker(earlier: &mut Speaker, mut later: Speaker) {
    earlier.mentions.append(&mut later.mentions);
    for (e, l) in details(earlier).into_iter().zip(details(&mut later)) {
        if e.is_none() {
            *e = *l;
        }
    }
    earlier.gender = earlier.gender.or(later.gender);
    earlier.count = earlier.count.or(later.count);
    earlier.sourcing = earlier.sourcing.joined(later.sourcing);
}

/// Where `text` is cut into pieces of at most `max` bytes (`max` ≥ 4): after the last blank
/// line that leaves a piece of at most `max` bytes, else after the last line break, else at
/// the last character boundary. The starts of the pieces, the first 0.
pub(crate) fn window_starts(text: &str, max: usize) -> Vec<usize> {
    let max = max.max(4);
    let mut starts = vec![0];
    let mut at = 0;
    while text.len() - at > max {
        let window = &text.as_bytes()[at..at + max];
        let blank = window.windows(2).rposition(|w| w == b"\n\n").map(|k| k + 1);
        let cut = match blank.or_else(|| window.iter().rposition(|&b| b == b'\n')) {
            Some(nl) if nl > 0 => at + nl + 1,
            _ => (at + 1..=at + max).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(at + max),
        };
        starts.push(cut);
        at = cut;
    }
    starts
}
