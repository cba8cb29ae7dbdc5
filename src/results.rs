//! What an analysis found, as plain lists, and the links between them (speaker →
//! attributions, quotation → attributions, …) that the views resolve.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::model::{
    Attribution, AttributionId, Mention, MentionId, NonResponse, NonResponseId, Paragraph, Quote,
    QuoteId, Sentence, Speaker,
};

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
