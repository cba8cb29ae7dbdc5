//! Property tests: `analyze` never panics, every span it returns lies on char boundaries of
//! the text, sentences tile the text, the serde types round-trip, and the analysis is
//! deterministic.
//!
//! Failing cases are saved to `proptest-regressions/properties.txt` and re-run first.

use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde::Serialize;
use serde::de::DeserializeOwned;
use whosaid::{
    Analysis, Attribution, CitronDocument, Continuations, EvalRecord, Mention, NonResponse,
    Paragraph, Quote, Sentence, Span, Speaker,
};

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/proptest-regressions/properties.txt"
        )))),
        ..ProptestConfig::default()
    }
}

// ------------------------------------------------------------------- generators --

/// Quotation marks, cue words, abbreviations, line breaks and multibyte characters: the
/// pieces the quotation parser, the segmenter and the linker have to get right.
const QUOTE_FRAGMENTS: &[&str] = &[
    "“",
    "”",
    "‘",
    "’",
    "\"",
    "'",
    "''",
    "``",
    "«",
    "»",
    "‹",
    "›",
    "„",
    "‚",
    " said ",
    " he said.",
    " she said,",
    "said",
    " says ",
    " told Reuters that ",
    ", according to ",
    "According to ",
    " declined to comment.",
    " did not respond to requests for comment",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    " ",
    ".",
    ",",
    ":",
    ";",
    "?",
    "!",
    "(",
    ")",
    "…",
    "Mr.",
    "Dr.",
    "U.S.",
    "Jr.",
    "3.5",
    "Trump",
    "Senator Roger Wicker",
    "officials",
    "a senior official",
    "people familiar with the matter",
    "He",
    "she",
    "they",
    "who",
    "that",
    "the plan",
    "—",
    "–",
    "😡",
    "👩‍⚖️",
    "🇺🇦",
    "€",
    "José",
    "Jose\u{301}",
    "\u{301}",
    "\u{200d}",
    "\u{feff}",
    "\u{a0}",
];

/// Strings made of quote-heavy fragments.
fn quote_heavy() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(QUOTE_FRAGMENTS), 0..80).prop_map(|v| v.concat())
}

/// A small news vocabulary, with names, titles, cue verbs and anonymous-source phrases.
const NEWS_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "The",
    "A",
    "of",
    "to",
    "in",
    "on",
    "and",
    "but",
    "that",
    "who",
    "which",
    "he",
    "she",
    "they",
    "it",
    "He",
    "She",
    "They",
    "It",
    "his",
    "her",
    "said",
    "says",
    "told",
    "added",
    "warned",
    "denied",
    "claimed",
    "has",
    "had",
    "was",
    "is",
    "not",
    "would",
    "declined",
    "comment",
    "respond",
    "requests",
    "for",
    "according",
    "According",
    "reported",
    "citing",
    "official",
    "officials",
    "senior",
    "US",
    "people",
    "familiar",
    "with",
    "matter",
    "source",
    "sources",
    "spokeswoman",
    "spokesman",
    "President",
    "Senator",
    "Mr.",
    "Ms.",
    "Trump",
    "Zelensky",
    "Putin",
    "Rubio",
    "Wicker",
    "Roger",
    "Reuters",
    "CIA",
    "Kremlin",
    "White",
    "House",
    "plan",
    "peace",
    "talks",
    "war",
    "Ukraine",
    "Russia",
    "Moscow",
    "Kyiv",
    "€5",
    "million",
    "2022",
    "28-point",
    "Álvarez",
    "Müller",
];

const NEWS_SEPARATORS: &[&str] =
    &[" ", " ", " ", " ", " ", ", ", ". ", ".\n", "\n\n", ": ", " “", "” ", ",” ", " ‘", "’ "];

/// Word sequences from the news vocabulary, `words` long at most.
fn news(words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(NEWS_WORDS), prop::sample::select(NEWS_SEPARATORS)),
        0..words,
    )
    .prop_map(|v| {
        let mut s = String::new();
        for (w, sep) in v {
            s.push_str(w);
            s.push_str(sep);
        }
        s
    })
}

/// Attribution-shaped sentences: the grammar patterns the linker knows, filled with
/// sources and clauses drawn at random, so that linking and coreference get exercised too.
const TEMPLATES: &[&str] = &[
    "“{C},” {S} said.",
    "“{C},” said {S}.",
    "“{C},” said {S}. “{D}.”",
    "“{C},” {S} said, “{D}.”",
    "{S} said {C}.",
    "{S} said that {C}.",
    "{S} told Reuters that {C}.",
    "According to {S}, {C}.",
    "{C}, according to {S}.",
    "{C}, {S} said.",
    "{S} said: “{C}.”",
    "{S} said, “{C}.” He said {D}.",
    "{S} declined to comment.",
    "{S} did not immediately respond to requests for comment.",
    "He said {C}.",
    "She added that {C}, saying {D}.",
    "{S} has described {C} as “{D}”.",
    "{S}, who {C}, said {D}.",
    "Reuters reported, citing {S}, that {C}.",
    "{C}.",
    "“{C}",
];

const SOURCES: &[&str] = &[
    "Senator Roger Wicker of Mississippi",
    "a senior US official",
    "Another official",
    "two people familiar with the matter",
    "White House spokeswoman Carolyn Levitt",
    "José Álvarez, the mayor",
    "Ms. Núñez",
    "the CIA",
    "Reuters",
    "they",
    "he",
    "she",
    "Mr. Trump",
    "Officials",
    "Luna’s office",
    "Mueller’s investigation",
];

fn clause() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(NEWS_WORDS), 1..10).prop_map(|v| v.join(" "))
}

/// Up to `sentences` attribution-shaped sentences, in paragraphs.
fn news_sentences(sentences: usize) -> impl Strategy<Value = String> {
    let sentence = (
        prop::sample::select(TEMPLATES),
        prop::sample::select(SOURCES),
        clause(),
        clause(),
        prop::sample::select(&[" ", " ", " ", "\n", "\n\n"][..]),
    );
    prop::collection::vec(sentence, 0..sentences).prop_map(|v| {
        let mut s = String::new();
        for (template, source, c, d, sep) in v {
            s.push_str(&template.replace("{S}", source).replace("{C}", &c).replace("{D}", &d));
            s.push_str(sep);
        }
        s
    })
}

/// Any of the above, kept short.
fn texts() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC*", any::<String>(), quote_heavy(), news(120), news_sentences(12)]
}

// ----------------------------------------------------------------------- checks --

/// Every span of the analysis, named for the failure message.
fn all_spans(analysis: &Analysis<'_>) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (i, p) in analysis.paragraphs().iter().enumerate() {
        out.push((format!("paragraph {i}"), p.span()));
    }
    for (i, s) in analysis.sentences().iter().enumerate() {
        out.push((format!("sentence {i} span"), s.span()));
        out.push((format!("sentence {i} trimmed"), s.trimmed()));
    }
    for (i, q) in analysis.quotes().iter().enumerate() {
        out.push((format!("quote {i} span"), q.span()));
        out.push((format!("quote {i} inner"), q.inner()));
    }
    for (i, m) in analysis.mentions().iter().enumerate() {
        out.push((format!("mention {i} span"), m.span()));
        out.push((format!("mention {i} head"), m.head()));
        let optional = [
            ("name", m.name()),
            ("title", m.title()),
            ("role", m.role()),
            ("affiliation", m.affiliation()),
            ("seniority", m.seniority()),
            ("basis", m.basis()),
            ("anonymity_reason", m.anonymity_reason()),
        ];
        for (what, s) in optional {
            if let Some(s) = s {
                out.push((format!("mention {i} {what}"), s));
            }
        }
    }
    for (i, a) in analysis.attributions().iter().enumerate() {
        for (j, &c) in a.content().iter().enumerate() {
            out.push((format!("attribution {i} content {j}"), c));
        }
        if let Some(cue) = a.cue() {
            out.push((format!("attribution {i} cue"), cue.span()));
        }
    }
    for (i, s) in analysis.speakers().iter().enumerate() {
        out.push((format!("speaker {i} name"), s.name()));
        let optional = [
            ("title", s.title()),
            ("role", s.role()),
            ("affiliation", s.affiliation()),
            ("seniority", s.seniority()),
            ("basis", s.basis()),
            ("anonymity_reason", s.anonymity_reason()),
        ];
        for (what, sp) in optional {
            if let Some(sp) = sp {
                out.push((format!("speaker {i} {what}"), sp));
            }
        }
    }
    for (i, r) in analysis.non_responses().iter().enumerate() {
        out.push((format!("non-response {i} cue"), r.cue()));
    }
    out
}

fn check_spans(text: &str) -> Result<(), TestCaseError> {
    let analysis = whosaid::analyze(text);
    for (what, s) in all_spans(&analysis) {
        prop_assert!(s.start <= s.end, "{what}: backwards span {s:?}");
        prop_assert!(
            text.get(s.range()).is_some(),
            "{what}: {s:?} is out of bounds or off a char boundary (text is {} bytes)",
            text.len()
        );
    }
    for (i, q) in analysis.quotes().iter().enumerate() {
        prop_assert!(
            q.span().contains(q.inner()),
            "quote {i}: inner {:?} outside {:?}",
            q.inner(),
            q.span()
        );
    }
    Ok(())
}

fn check_sentences(text: &str) -> Result<(), TestCaseError> {
    let analysis = whosaid::analyze(text);
    let sentences = analysis.sentences();
    if text.is_empty() {
        prop_assert!(sentences.is_empty(), "empty text has sentences: {sentences:?}");
        return Ok(());
    }
    prop_assert!(!sentences.is_empty(), "non-empty text has no sentences");
    prop_assert_eq!(sentences[0].span().start, 0, "first sentence does not start at 0");
    for (i, w) in sentences.windows(2).enumerate() {
        prop_assert_eq!(w[0].span().end, w[1].span().start, "gap or overlap after sentence {}", i);
    }
    prop_assert_eq!(
        sentences[sentences.len() - 1].span().end,
        text.len(),
        "last sentence ends early"
    );
    for (i, s) in sentences.iter().enumerate() {
        prop_assert!(!s.span().is_empty(), "sentence {i} is empty: {:?}", s.span());
        prop_assert!(
            s.span().contains(s.trimmed()),
            "sentence {i}: trimmed {:?} outside {:?}",
            s.trimmed(),
            s.span()
        );
    }
    Ok(())
}

fn check_paragraphs_and_contents(text: &str) -> Result<(), TestCaseError> {
    let analysis = whosaid::analyze(text);
    let paragraphs = analysis.paragraphs();
    for (i, w) in paragraphs.windows(2).enumerate() {
        prop_assert!(
            w[0].span().end <= w[1].span().start,
            "paragraphs {i} and {} unsorted or overlapping: {:?} {:?}",
            i + 1,
            w[0].span(),
            w[1].span()
        );
    }
    for (i, a) in analysis.attributions().iter().enumerate() {
        prop_assert!(!a.content().is_empty(), "attribution {i} has no content");
        for &c in a.content() {
            prop_assert!(!c.is_empty(), "attribution {i} has an empty content span {c:?}");
        }
    }
    Ok(())
}

/// Ids stored in the results point into the analysis' lists.
fn check_ids(text: &str) -> Result<(), TestCaseError> {
    let analysis = whosaid::analyze(text);
    let mentions = analysis.mentions().len();
    let speakers = analysis.speakers().len();
    for (i, a) in analysis.attributions().iter().enumerate() {
        if let Some(m) = a.source() {
            prop_assert!(m.index() < mentions, "attribution {i}: source {m:?} of {mentions}");
        }
        if let Some(s) = a.speaker() {
            prop_assert!(s.index() < speakers, "attribution {i}: speaker {s:?} of {speakers}");
        }
        for m in a.citing() {
            prop_assert!(m.index() < mentions, "attribution {i}: citing {m:?} of {mentions}");
        }
    }
    for (i, m) in analysis.mentions().iter().enumerate() {
        if let Some(s) = m.speaker() {
            prop_assert!(s.index() < speakers, "mention {i}: speaker {s:?} of {speakers}");
        }
    }
    for (i, s) in analysis.speakers().iter().enumerate() {
        for m in s.mentions() {
            prop_assert!(m.index() < mentions, "speaker {i}: mention {m:?} of {mentions}");
        }
    }
    for (i, r) in analysis.non_responses().iter().enumerate() {
        for m in r.sources() {
            prop_assert!(m.index() < mentions, "non-response {i}: source {m:?} of {mentions}");
        }
    }
    Ok(())
}

fn round_trip<T>(what: &str, value: &T) -> Result<(), TestCaseError>
where
    T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug,
{
    let json = serde_json::to_string(value)
        .map_err(|e| TestCaseError::fail(format!("{what}: serialise: {e}")))?;
    let back: T = serde_json::from_str(&json)
        .map_err(|e| TestCaseError::fail(format!("{what}: deserialise: {e}\n{json}")))?;
    prop_assert_eq!(&back, value, "{} changed in the round trip through {}", what, json);
    Ok(())
}

fn check_serde(text: &str) -> Result<(), TestCaseError> {
    let analysis = whosaid::analyze(text);
    for continuations in [Continuations::Merge, Continuations::Separate] {
        let record: EvalRecord = analysis.to_eval_record("doc", continuations);
        round_trip("EvalRecord", &record)?;
    }
    let citron: CitronDocument = analysis.to_citron();
    round_trip("CitronDocument", &citron)?;
    round_trip::<Vec<Attribution>>("attributions", &analysis.attributions().to_vec())?;
    round_trip::<Vec<Quote>>("quotes", &analysis.quotes().to_vec())?;
    round_trip::<Vec<Speaker>>("speakers", &analysis.speakers().to_vec())?;
    round_trip::<Vec<Mention>>("mentions", &analysis.mentions().to_vec())?;
    round_trip::<Vec<NonResponse>>("non-responses", &analysis.non_responses().to_vec())?;
    round_trip::<Vec<Sentence>>("sentences", &analysis.sentences().to_vec())?;
    round_trip::<Vec<Paragraph>>("paragraphs", &analysis.paragraphs().to_vec())?;
    Ok(())
}

fn check_deterministic(text: &str) -> Result<(), TestCaseError> {
    let first = serde_json::to_string(&whosaid::analyze(text)).expect("an analysis serialises");
    let second = serde_json::to_string(&whosaid::analyze(text)).expect("an analysis serialises");
    prop_assert_eq!(&first, &second, "two analyses of the same text differ");
    let own = serde_json::to_string(&whosaid::Analyzer::new().analyze(text))
        .expect("an analysis serialises");
    prop_assert_eq!(&first, &own, "a fresh Analyzer differs from whosaid::analyze");
    let a =
        serde_json::to_string(&whosaid::analyze(text).to_eval_record("d", Continuations::Merge));
    let b =
        serde_json::to_string(&whosaid::analyze(text).to_eval_record("d", Continuations::Merge));
    prop_assert_eq!(a.ok(), b.ok(), "two eval records of the same text differ");
    Ok(())
}

// ------------------------------------------------------------------- properties --

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn never_panics_on_printable_strings(text in "\\PC*") {
        let _ = whosaid::analyze(&text);
    }

    #[test]
    fn never_panics_on_any_string(text in any::<String>()) {
        let _ = whosaid::analyze(&text);
    }

    #[test]
    fn never_panics_on_quote_heavy_strings(text in quote_heavy()) {
        let _ = whosaid::analyze(&text);
    }

    #[test]
    fn spans_lie_on_char_boundaries(text in texts()) {
        check_spans(&text)?;
    }

    #[test]
    fn sentences_tile_the_text(text in texts()) {
        check_sentences(&text)?;
    }

    #[test]
    fn paragraphs_are_ordered_and_contents_non_empty(text in texts()) {
        check_paragraphs_and_contents(&text)?;
    }

    #[test]
    fn ids_point_into_the_analysis(text in texts()) {
        check_ids(&text)?;
    }

    #[test]
    fn serde_round_trips(text in texts()) {
        check_serde(&text)?;
    }

    #[test]
    fn analysis_is_deterministic(text in texts()) {
        check_deterministic(&text)?;
    }
}

proptest! {
    #![proptest_config(config(32))]

    /// Long documents (up to 1500 words, ~10 KB): never panics, and the span and tiling
    /// invariants hold there too.
    #[test]
    fn never_panics_on_long_news_text(text in news(1500)) {
        check_spans(&text)?;
        check_sentences(&text)?;
        check_paragraphs_and_contents(&text)?;
        check_ids(&text)?;
    }

    /// Long attribution-shaped documents (up to 150 sentences).
    #[test]
    fn never_panics_on_long_attribution_text(text in news_sentences(150)) {
        check_spans(&text)?;
        check_sentences(&text)?;
        check_paragraphs_and_contents(&text)?;
        check_ids(&text)?;
    }
}

#[test]
fn empty_text_has_no_sentences() {
    let analysis = whosaid::analyze("");
    assert!(analysis.sentences().is_empty());
    assert!(analysis.paragraphs().is_empty());
    assert!(analysis.attributions().is_empty());
}
