//! The phrases of each sentence that more than one stage reads, computed at most once per
//! sentence, when a stage first asks: the subject at the sentence's start ("In a
//! statement, Sanders …"). The linker asks for it when a cue shares the sentence's
//! subject, a non-response follows "and", or a colon closes the sentence's clause;
//! coreference reads every sentence's subject for its pronouns.

use std::cell::OnceCell;

use super::{dateline_end, sentence_subject};
use crate::document::{Doc, TokRange};

/// The sentence-level phrases of a document, each computed when a stage first asks for it.
#[derive(Debug, Default)]
pub(crate) struct Chunks {
    /// For each sentence: the subject at its start ([`sentence_subject`] over the whole
    /// sentence), and where its words start after a dateline ("WASHINGTON (AP) —").
    sentences: Vec<OnceCell<(Option<TokRange>, usize)>>,
}

impl Chunks {
    /// The phrases of the sentences of `doc`, none computed yet.
    pub(crate) fn new(doc: &Doc<'_>) -> Self {
        Chunks { sentences: (0..doc.sent_range.len()).map(|_| OnceCell::new()).collect() }
    }

    /// Sentence `s`'s subject and the start of its words after a dateline.
    fn sentence(&self, doc: &Doc<'_>, s: usize) -> Option<(Option<TokRange>, usize)> {
        let TokRange { start: ss, end: se } = *doc.sent_range.get(s)?;
        let cell = self.sentences.get(s)?;
        Some(*cell.get_or_init(|| {
            let subject = if ss < se { sentence_subject(doc, ss, se) } else { None };
            (subject, dateline_end(doc, ss, se))
        }))
    }

    /// The subject at the start of sentence `s`, if it has one.
    pub(crate) fn subject(&self, doc: &Doc<'_>, s: usize) -> Option<TokRange> {
        self.sentence(doc, s)?.0
    }

    /// The subject of the clause starting at token `ss` that ends before token `limit`,
    /// [`sentence_subject`]`(doc, ss, limit)`. When `ss` starts a sentence (or its words
    /// after a dateline) and the sentence's subject ends before `limit`, past the dateline,
    /// that subject is the answer, read from the table: a noun phrase that ends before the
    /// limit is the same up to any limit after it (the tests check every limit). Else it
    /// is computed: up to a limit inside the phrase, a shorter phrase may be a subject.
    pub(crate) fn subject_from(&self, doc: &Doc<'_>, ss: usize, limit: usize) -> Option<TokRange> {
        let s = doc.toks.get(ss)?.sent as usize;
        let r = *doc.sent_range.get(s)?;
        if let Some((subject, body)) = self.sentence(doc, s)
            && (ss == r.start || ss == body)
            && body < limit
            && limit <= r.end
            && let Some(x) = subject.filter(|x| x.end < limit)
        {
            return Some(x);
        }
        sentence_subject(doc, ss, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lexicon::Lexicon;

    /// The subject from `ss` up to `limit` both ways: from the table and computed.
    fn both(doc: &Doc<'_>, chunks: &Chunks, ss: usize, limit: usize) -> [Option<String>; 2] {
        let text =
            |r: Option<TokRange>| r.map(|r| doc.text[doc.span(r.start, r.end).range()].to_string());
        [text(chunks.subject_from(doc, ss, limit)), text(sentence_subject(doc, ss, limit))]
    }

    #[test]
    fn a_sentence_subject_from_the_table_is_the_one_computed_up_to_any_limit() {
        let config = Config::default();
        let mut seen = 0;
        for name in ["Siobhán Ní Bhriain", "the clinic's director", "Kwame Asante-Boateng"] {
            for t in [
                "{N} held a rally and said the plan would fail.",
                "In a statement, {N} said the cuts hurt.",
                "WASHINGTON (AP) — {N}, a close ally of the mayor, declined to comment.",
                "Last year {N} boomed: the tax is a theft.",
                "And then {N} left.",
            ] {
                let text = t.replace("{N}", name);
                let doc = Doc::new(&text, Lexicon::builtin(), &config);
                let chunks = Chunks::new(&doc);
                for (s, r) in doc.sent_range.iter().enumerate() {
                    seen += usize::from(chunks.subject(&doc, s).is_some());
                    for ss in [r.start, chunks.sentence(&doc, s).map_or(r.start, |x| x.1)] {
                        for limit in ss..=r.end {
                            let [table, computed] = both(&doc, &chunks, ss, limit);
                            assert_eq!(table, computed, "{text:?} from {ss} to {limit}");
                        }
                    }
                }
            }
        }
        assert!(seen >= 12, "subjects found: {seen}");
    }

    #[test]
    fn on_real_news_the_table_agrees_with_the_computed_subject_at_every_limit() {
        // PolNeAR dev, when the shared corpus is beside the repository
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/polnear-dev.jsonl");
        let Ok(data) = std::fs::read_to_string(path) else { return };
        let config = Config::default();
        let mut checked = 0;
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else { continue };
            let Some(text) = v["text"].as_str() else { continue };
            let doc = Doc::new(text, Lexicon::builtin(), &config);
            let chunks = Chunks::new(&doc);
            for (s, r) in doc.sent_range.iter().enumerate() {
                for ss in [r.start, chunks.sentence(&doc, s).map_or(r.start, |x| x.1)] {
                    for limit in ss..=r.end {
                        checked += 1;
                        let computed = sentence_subject(&doc, ss, limit);
                        assert_eq!(chunks.subject_from(&doc, ss, limit), computed, "{ss} {limit}");
                    }
                }
            }
        }
        assert!(checked > 10_000, "{checked} limits checked");
    }

    #[test]
    fn the_subject_is_the_sentences_own() {
        let config = Config::default();
        let text = "In a statement, Ama Owusu said the cuts hurt. They did.";
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        let chunks = Chunks::new(&doc);
        let r = chunks.subject(&doc, 0).map(|r| &text[doc.span(r.start, r.end).range()]);
        assert_eq!(r, Some("Ama Owusu"));
        assert_eq!(chunks.subject(&doc, 7), None);
        // a clause start inside the sentence is computed, not read from the table
        let k = doc.toks.iter().position(|t| &text[t.span().range()] == "Ama").unwrap_or(0);
        let from = chunks.subject_from(&doc, k, doc.sent_range[0].end);
        assert_eq!(from.map(|r| &text[doc.span(r.start, r.end).range()]), Some("Ama Owusu"));
    }
}
