//! Fuzz target `analyze`: any bytes, read as text, analysed; the invariants of
//! `tests/properties.rs` checked on the result.
//!
//! Input layout: the first byte selects options, the rest is the text (invalid UTF-8 is
//! replaced with U+FFFD, `String::from_utf8_lossy`).
//!
//! * bit 0: also analyse with `min_confidence(0.5)`: the same document layer, mentions and
//!   speakers as the default analyzer, and the default's attributions of confidence >= 0.5
//!   in the same order.
//! * bit 1: also analyse with a user lexicon (a cue verb, an outlet, a first name) and
//!   `pronoun_window(1)`: the generic invariants only.
//! * bit 2: the JSON document with texts and UTF-16 offsets (otherwise bytes and chars).
//! * bit 3: no serde checks (below), for speed: about half the inputs the fuzzer makes
//!   run them.
//! * bits 4 and 5 = 1 and 0: also analyse the text repeated, paragraph after paragraph,
//!   to over 2 KiB, with a window of 1 KiB (`Config::window`): the windowed analysis and
//!   its joined speakers, with the generic invariants.
//!
//! Checked on every analysis: every span (paragraph, sentence, quotation, mention and its
//! parts, attribution content and cue, speaker and its parts, non-response cue) lies in the
//! text, on char boundaries, start <= end; sentences tile the text; paragraphs are ordered;
//! every id (source, speaker, citing, mention, non-response source) points into its list,
//! and so do the views' sentence and paragraph ranges; a mention's speaker lists the
//! mention; analysing twice gives the same results. Unless bit 3 is set, the serde checks:
//! JSON round trips (the result lists, `OwnedAnalysis`, `JsonDocument`, `EvalRecord`,
//! `CitronDocument`) give equal values, and the JSON document's byte, char and UTF-16
//! offsets slice the same text.

#![no_main]

use std::fmt::Debug;
use std::sync::LazyLock;

use libfuzzer_sys::fuzz_target;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use whosaid::{
    Analysis, Analyzer, Attribution, CitronDocument, Config, Continuations, EvalRecord,
    JsonDocument, JsonOptions, Mention, NonResponse, OwnedAnalysis, Paragraph, Quote, Sentence,
    Span, Speaker,
};

static DEFAULT: LazyLock<Analyzer> = LazyLock::new(Analyzer::new);

static STRICT: LazyLock<Analyzer> = LazyLock::new(|| {
    Analyzer::builder()
        .config(Config::default().min_confidence(0.5))
        .build()
        .expect("a valid configuration")
});

static CUSTOM: LazyLock<Analyzer> = LazyLock::new(|| {
    Analyzer::builder()
        .config(Config::default().pronoun_window(1))
        .cue_verbs("opine neutral inv,that opine opines opined opined opining")
        .media_outlets("The Daily Planet | Daily Planet | Planet")
        .first_name("Zorba", whosaid::Gender::Male)
        .build()
        .expect("a valid user lexicon")
});

static WINDOWED: LazyLock<Analyzer> = LazyLock::new(|| {
    Analyzer::builder()
        .config(Config::default().window(1024))
        .build()
        .expect("a valid configuration")
});

fuzz_target!(|data: &[u8]| {
    let Some((&flags, rest)) = data.split_first() else {
        check(&DEFAULT, "", true, JsonOptions::default());
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let text: &str = &text;
    let json = if flags & 4 != 0 {
        JsonOptions::default().text(true).utf16(true).id("fuzz")
    } else {
        JsonOptions::default()
    };
    let serde = flags & 8 == 0;
    let default = check(&DEFAULT, text, serde, json.clone());
    if flags & 1 != 0 {
        let strict = check(&STRICT, text, serde, json.clone());
        compare_strict(&default, &strict);
    }
    if flags & 2 != 0 {
        check(&CUSTOM, text, serde, json.clone());
    }
    if flags & 0x30 == 0x10 && !text.is_empty() {
        let mut long = String::with_capacity(2100 + text.len());
        while long.len() <= 2048 {
            long.push_str(text);
            long.push_str("\n\n");
        }
        check(&WINDOWED, &long, serde, json);
    }
});

/// Analyses `text` twice with `analyzer`, checks every invariant, returns the analysis.
fn check<'t>(analyzer: &Analyzer, text: &'t str, serde: bool, json: JsonOptions) -> Analysis<'t> {
    let analysis = analyzer.analyze(text);
    check_spans(text, &analysis);
    check_sentences(text, &analysis);
    check_ids(&analysis);
    check_views(&analysis);
    if serde {
        check_serde(&analysis);
        check_json_document(text, &analysis, &json);
    }
    let again = analyzer.analyze(text);
    assert_eq!(analysis.paragraphs(), again.paragraphs(), "paragraphs differ between two runs");
    assert_eq!(analysis.sentences(), again.sentences(), "sentences differ between two runs");
    assert_eq!(analysis.quotes(), again.quotes(), "quotes differ between two runs");
    assert_eq!(analysis.mentions(), again.mentions(), "mentions differ between two runs");
    assert_eq!(
        analysis.attributions(),
        again.attributions(),
        "attributions differ between two runs"
    );
    assert_eq!(analysis.speakers(), again.speakers(), "speakers differ between two runs");
    assert_eq!(
        analysis.non_responses(),
        again.non_responses(),
        "non-responses differ between two runs"
    );
    analysis
}

fn in_text(text: &str, what: &str, s: Span) {
    assert!(s.start <= s.end, "{what}: backwards span {s:?}");
    assert!(
        text.get(s.range()).is_some(),
        "{what}: {s:?} is out of bounds or off a char boundary (text is {} bytes)",
        text.len()
    );
}

fn check_spans(text: &str, analysis: &Analysis<'_>) {
    for (i, p) in analysis.paragraphs().iter().enumerate() {
        in_text(text, &format!("paragraph {i}"), p.span());
    }
    for (i, s) in analysis.sentences().iter().enumerate() {
        in_text(text, &format!("sentence {i} span"), s.span());
        in_text(text, &format!("sentence {i} trimmed"), s.trimmed());
        assert!(s.span().contains(s.trimmed()), "sentence {i}: trimmed outside its span");
    }
    for (i, q) in analysis.quotes().iter().enumerate() {
        in_text(text, &format!("quote {i} span"), q.span());
        in_text(text, &format!("quote {i} inner"), q.inner());
        assert!(
            q.span().contains(q.inner()),
            "quote {i}: inner {:?} outside {:?}",
            q.inner(),
            q.span()
        );
    }
    for (i, m) in analysis.mentions().iter().enumerate() {
        in_text(text, &format!("mention {i} span"), m.span());
        in_text(text, &format!("mention {i} head"), m.head());
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
                in_text(text, &format!("mention {i} {what}"), s);
            }
        }
    }
    for (i, a) in analysis.attributions().iter().enumerate() {
        assert!(!a.content().is_empty(), "attribution {i} has no content");
        for (j, &c) in a.content().iter().enumerate() {
            in_text(text, &format!("attribution {i} content {j}"), c);
            assert!(!c.is_empty(), "attribution {i}: empty content span {c:?}");
        }
        if let Some(cue) = a.cue() {
            in_text(text, &format!("attribution {i} cue"), cue.span());
        }
        in_text(text, &format!("attribution {i} content extent"), a.content_extent());
        let confidence = a.confidence();
        assert!((0.0..=1.0).contains(&confidence), "attribution {i}: confidence {confidence}");
    }
    for (i, s) in analysis.speakers().iter().enumerate() {
        in_text(text, &format!("speaker {i} name"), s.name());
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
                in_text(text, &format!("speaker {i} {what}"), sp);
            }
        }
    }
    for (i, r) in analysis.non_responses().iter().enumerate() {
        in_text(text, &format!("non-response {i} cue"), r.cue());
    }
}

fn check_sentences(text: &str, analysis: &Analysis<'_>) {
    let sentences = analysis.sentences();
    let paragraphs = analysis.paragraphs();
    if text.is_empty() {
        assert!(sentences.is_empty(), "empty text has sentences");
        return;
    }
    assert!(!sentences.is_empty(), "non-empty text has no sentences");
    assert_eq!(sentences[0].span().start, 0, "first sentence does not start at 0");
    for (i, w) in sentences.windows(2).enumerate() {
        assert_eq!(w[0].span().end, w[1].span().start, "gap or overlap after sentence {i}");
    }
    assert_eq!(sentences[sentences.len() - 1].span().end, text.len(), "last sentence ends early");
    for (i, s) in sentences.iter().enumerate() {
        assert!(!s.span().is_empty(), "sentence {i} is empty");
        if let Some(p) = s.paragraph() {
            assert!(p < paragraphs.len(), "sentence {i}: paragraph {p} of {}", paragraphs.len());
        }
    }
    for (i, w) in paragraphs.windows(2).enumerate() {
        assert!(
            w[0].span().end <= w[1].span().start,
            "paragraphs {i} and {} unsorted or overlapping: {:?} {:?}",
            i + 1,
            w[0].span(),
            w[1].span()
        );
    }
}

/// Ids stored in the results point into the analysis' lists.
fn check_ids(analysis: &Analysis<'_>) {
    let mentions = analysis.mentions().len();
    let speakers = analysis.speakers().len();
    for (i, a) in analysis.attributions().iter().enumerate() {
        if let Some(m) = a.source() {
            assert!(m.index() < mentions, "attribution {i}: source {m:?} of {mentions}");
        }
        if let Some(s) = a.speaker() {
            assert!(s.index() < speakers, "attribution {i}: speaker {s:?} of {speakers}");
        }
        for m in a.citing() {
            assert!(m.index() < mentions, "attribution {i}: citing {m:?} of {mentions}");
        }
    }
    for (i, m) in analysis.mentions().iter().enumerate() {
        if let Some(s) = m.speaker() {
            assert!(s.index() < speakers, "mention {i}: speaker {s:?} of {speakers}");
            let listed =
                analysis.speakers()[s.index()].mentions().iter().any(|x| x.index() == i);
            assert!(listed, "mention {i}: its speaker {s:?} does not list it");
        }
    }
    for (i, s) in analysis.speakers().iter().enumerate() {
        for m in s.mentions() {
            assert!(m.index() < mentions, "speaker {i}: mention {m:?} of {mentions}");
        }
    }
    for (i, r) in analysis.non_responses().iter().enumerate() {
        for m in r.sources() {
            assert!(m.index() < mentions, "non-response {i}: source {m:?} of {mentions}");
        }
    }
}

/// The views: every id they hand out is in range, and the ranges they compute too.
fn check_views(analysis: &Analysis<'_>) {
    let sentences = analysis.sentences().len();
    let paragraphs = analysis.paragraphs().len();
    let quotes = analysis.quotes().len();
    let attributions = analysis.attributions().len();
    for a in analysis.attribution_refs() {
        let i = a.id().index();
        assert!(i < attributions);
        let sr = a.sentence_range();
        assert!(
            sr.start <= sr.end && sr.end <= sentences,
            "attribution {i}: sentences {sr:?} of {sentences}"
        );
        let pr = a.paragraph_range();
        assert!(
            pr.start <= pr.end && pr.end <= paragraphs,
            "attribution {i}: paragraphs {pr:?} of {paragraphs}"
        );
        in_text(analysis.input(), &format!("attribution {i} extent"), a.extent());
        for q in a.quotes() {
            assert!(q.id().index() < quotes, "attribution {i}: quote {:?} of {quotes}", q.id());
        }
        let _ = (a.content_text(), a.label(), a.speaker_name(), a.source_text(), a.cue_text());
    }
    for s in analysis.speaker_refs() {
        let _ = s.name();
        for a in s.attributions() {
            assert!(a.id().index() < attributions);
            assert_eq!(
                a.speaker().map(|x| x.id()),
                Some(s.id()),
                "speaker {:?} lists an attribution of another",
                s.id()
            );
        }
        for a in s.cited_in() {
            assert!(a.id().index() < attributions);
        }
        for r in s.non_responses() {
            assert!(r.id().index() < analysis.non_responses().len());
        }
    }
    for q in analysis.quote_refs() {
        for a in q.attributions() {
            assert!(a.id().index() < attributions, "quote {:?}: attribution {:?}", q.id(), a.id());
        }
        let _ = (q.text(), q.inner_text());
    }
    for r in analysis.non_response_refs() {
        let _ = (r.cue_text(), r.labels().count(), r.speakers().count());
    }
    let _ = analysis.profile();
}

fn round_trip<T>(what: &str, value: &T) -> String
where
    T: Serialize + DeserializeOwned + PartialEq + Debug,
{
    let json = serde_json::to_string(value).unwrap_or_else(|e| panic!("{what}: serialise: {e}"));
    let back: T =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{what}: deserialise: {e}\n{json}"));
    assert_eq!(&back, value, "{what} changed in the round trip through {json}");
    json
}

/// Serde round trips.
fn check_serde(analysis: &Analysis<'_>) {
    round_trip::<Vec<Attribution>>("attributions", &analysis.attributions().to_vec());
    round_trip::<Vec<Quote>>("quotes", &analysis.quotes().to_vec());
    round_trip::<Vec<Speaker>>("speakers", &analysis.speakers().to_vec());
    round_trip::<Vec<Mention>>("mentions", &analysis.mentions().to_vec());
    round_trip::<Vec<NonResponse>>("non-responses", &analysis.non_responses().to_vec());
    round_trip::<Vec<Sentence>>("sentences", &analysis.sentences().to_vec());
    round_trip::<Vec<Paragraph>>("paragraphs", &analysis.paragraphs().to_vec());
    for continuations in [Continuations::Merge, Continuations::Separate] {
        round_trip::<EvalRecord>("EvalRecord", &analysis.to_eval_record("fuzz", continuations));
    }
    round_trip::<CitronDocument>("CitronDocument", &analysis.to_citron());

    // OwnedAnalysis has no PartialEq: serialise, parse, serialise again, compare the JSON
    let serialised = serde_json::to_string(analysis).expect("an analysis serialises");
    let owned = analysis.clone().into_owned();
    let json = serde_json::to_string(&owned).expect("an owned analysis serialises");
    let back: OwnedAnalysis =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("OwnedAnalysis: {e}\n{json}"));
    assert_eq!(back.text(), analysis.input(), "OwnedAnalysis: the text changed");
    let again = serde_json::to_string(&back).expect("an owned analysis serialises");
    assert_eq!(json, again, "OwnedAnalysis changed in the round trip");
    let reborrowed = serde_json::to_string(&back.analysis()).expect("an analysis serialises");
    assert_eq!(serialised, reborrowed, "the analysis of a parsed OwnedAnalysis differs");
}

/// The JSON document round trips, and its three kinds of offsets slice the same text.
fn check_json_document(text: &str, analysis: &Analysis<'_>, options: &JsonOptions) {
    let doc: JsonDocument = analysis.to_json(options);
    let json = round_trip::<JsonDocument>("JsonDocument", &doc);
    let value: Value = serde_json::from_str(&json).expect("JSON");
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut spans = Vec::new();
    collect_spans(&value, &mut spans);
    for s in spans {
        let n = |k: &str| s[k].as_u64().and_then(|x| usize::try_from(x).ok());
        let (Some(start), Some(end), Some(cs), Some(ce)) =
            (n("start"), n("end"), n("char_start"), n("char_end"))
        else {
            panic!("a JSON span without its offsets: {s}");
        };
        let by_bytes = text.get(start..end).unwrap_or_else(|| panic!("bad byte offsets: {s}"));
        let by_chars: String =
            chars.get(cs..ce).unwrap_or_else(|| panic!("bad char offsets: {s}")).iter().collect();
        assert_eq!(by_bytes, by_chars, "byte and char offsets differ: {s}");
        if let (Some(a), Some(b)) = (n("utf16_start"), n("utf16_end")) {
            let piece = units.get(a..b).unwrap_or_else(|| panic!("bad UTF-16 offsets: {s}"));
            assert_eq!(String::from_utf16_lossy(piece), by_bytes, "UTF-16 offsets differ: {s}");
        }
        if let Some(t) = s.get("text").and_then(Value::as_str) {
            assert_eq!(t, by_bytes, "the span's text differs: {s}");
        }
    }
}

fn collect_spans<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
    match v {
        Value::Object(o) => {
            if o.contains_key("char_start") {
                out.push(v);
            }
            o.values().for_each(|x| collect_spans(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_spans(x, out)),
        _ => {}
    }
}

/// `min_confidence` drops attributions after everything else is decided: the document
/// layer, mentions and speakers are the default's, and the attributions those of the
/// default's that reach the threshold, in order.
fn compare_strict(default: &Analysis<'_>, strict: &Analysis<'_>) {
    assert_eq!(default.paragraphs(), strict.paragraphs());
    assert_eq!(default.sentences(), strict.sentences());
    assert_eq!(default.quotes(), strict.quotes());
    assert_eq!(default.mentions(), strict.mentions());
    assert_eq!(default.speakers(), strict.speakers());
    assert_eq!(default.non_responses(), strict.non_responses());
    let strict = strict.attributions();
    let mut kept = 0;
    for d in default.attributions() {
        if strict.get(kept) == Some(d) {
            // kept below the threshold only by rounding to three decimals
            assert!(d.confidence() >= 0.4995, "kept at confidence {}: {d:?}", d.confidence());
            kept += 1;
        } else {
            assert!(d.confidence() < 0.5005, "dropped at confidence {}: {d:?}", d.confidence());
        }
    }
    assert_eq!(kept, strict.len(), "strict attributions that are not the default's, in order");
}
