//! The JSON document format against its schema, `schema/analysis.schema.json`: every
//! output of [`Analysis::to_json`] validates, documents broken on purpose do not, the
//! schema's enums are exactly the crate's, and every span's three kinds of offsets slice
//! the same text.
//!
//! The validator below implements the part of JSON Schema (draft 2020-12) the schema uses:
//! `type`, `const`, `enum`, `required`, `properties`, `additionalProperties: false`,
//! `items`, `minItems`, `minimum`, `maximum`, `oneOf` and local `$ref`s. A keyword it does
//! not know fails the test, so the schema cannot silently use more.

use proptest::prelude::*;
use serde_json::{Value, json};
use whosaid::{
    AttributionKind, CueClass, Gender, JsonOptions, MentionKind, Pattern, QuoteKind, QuoteStyle,
    Resolution, ResponseKind, Sourcing, SpeakerKind, Tense, VagueCount,
};

const SCHEMA: &str = include_str!("../schema/analysis.schema.json");
const ARTICLE: &str = include_str!("fixtures/peace-plan-article.txt");

fn schema() -> Value {
    serde_json::from_str(SCHEMA).expect("the schema is JSON")
}

const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "$defs",
    "title",
    "description",
    "type",
    "const",
    "enum",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "minItems",
    "minimum",
    "maximum",
    "oneOf",
    "$ref",
];

/// The errors of `v` against `s`, each with its JSON path.
fn validate(root: &Value, s: &Value, v: &Value, path: &str, errors: &mut Vec<String>) {
    let Some(s) = s.as_object() else {
        errors.push(format!("{path}: schema is not an object"));
        return;
    };
    for k in s.keys() {
        assert!(
            KNOWN.contains(&k.as_str()),
            "the schema uses {k:?}, which this validator does not know"
        );
    }
    if let Some(r) = s.get("$ref").and_then(Value::as_str) {
        let name = r.strip_prefix("#/$defs/").expect("local $ref");
        let target = &root["$defs"][name];
        assert!(!target.is_null(), "no $defs/{name}");
        validate(root, target, v, path, errors);
    }
    if let Some(t) = s.get("type") {
        let types: Vec<&str> = match t {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => panic!("bad type in schema at {path}"),
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "number" => v.is_number(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            other => panic!("unknown type {other}"),
        });
        if !ok {
            errors.push(format!("{path}: {v} is not of type {t}"));
            return;
        }
    }
    if let Some(c) = s.get("const")
        && c != v
    {
        errors.push(format!("{path}: {v} is not {c}"));
    }
    if let Some(e) = s.get("enum").and_then(Value::as_array)
        && !e.contains(v)
    {
        errors.push(format!("{path}: {v} is not one of {}", Value::Array(e.clone())));
    }
    if let (Some(min), Some(x)) = (s.get("minimum").and_then(Value::as_f64), v.as_f64())
        && x < min
    {
        errors.push(format!("{path}: {x} < {min}"));
    }
    if let (Some(max), Some(x)) = (s.get("maximum").and_then(Value::as_f64), v.as_f64())
        && x > max
    {
        errors.push(format!("{path}: {x} > {max}"));
    }
    if let Some(obj) = v.as_object() {
        for r in s.get("required").and_then(Value::as_array).into_iter().flatten() {
            let r = r.as_str().expect("required names are strings");
            if !obj.contains_key(r) {
                errors.push(format!("{path}: missing {r:?}"));
            }
        }
        let props = s.get("properties").and_then(Value::as_object);
        for (k, x) in obj {
            match props.and_then(|p| p.get(k)) {
                Some(ps) => validate(root, ps, x, &format!("{path}.{k}"), errors),
                None if s.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    errors.push(format!("{path}: unknown property {k:?}"));
                }
                None => {}
            }
        }
    }
    if let Some(arr) = v.as_array() {
        if let Some(min) = s.get("minItems").and_then(Value::as_u64)
            && (arr.len() as u64) < min
        {
            errors.push(format!("{path}: fewer than {min} items"));
        }
        if let Some(items) = s.get("items") {
            for (i, x) in arr.iter().enumerate() {
                validate(root, items, x, &format!("{path}[{i}]"), errors);
            }
        }
    }
    if let Some(alts) = s.get("oneOf").and_then(Value::as_array) {
        let passing = alts
            .iter()
            .filter(|alt| {
                let mut e = Vec::new();
                validate(root, alt, v, path, &mut e);
                e.is_empty()
            })
            .count();
        if passing != 1 {
            errors.push(format!("{path}: {v} matches {passing} of the oneOf alternatives, not 1"));
        }
    }
}

fn errors(doc: &Value) -> Vec<String> {
    let root = schema();
    let mut errors = Vec::new();
    validate(&root, &root, doc, "$", &mut errors);
    errors
}

fn document(text: &str, options: &JsonOptions) -> Value {
    serde_json::to_value(whosaid::analyze(text).to_json(options)).expect("serialises")
}

/// Every object with `char_start` in the document, as (start, end, char_start, char_end,
/// utf16 start and end, text).
fn spans(v: &Value, out: &mut Vec<Value>) {
    match v {
        Value::Object(o) => {
            if o.contains_key("char_start") {
                out.push(v.clone());
            }
            o.values().for_each(|x| spans(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| spans(x, out)),
        _ => {}
    }
}

/// The three kinds of offsets of every span give the same text, and the text option's.
fn check_offsets(text: &str, doc: &Value) {
    let chars: Vec<char> = text.chars().collect();
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut all = Vec::new();
    spans(doc, &mut all);
    // (text of whitespace only still has its one sentence, with an empty trimmed span)
    let non_empty = all.iter().filter(|s| s["start"] != s["end"]).count();
    assert_eq!(text.trim().is_empty(), non_empty == 0, "spans of {text:?}");
    for s in all {
        let n = |k: &str| s[k].as_u64().map(|x| x as usize);
        let by_bytes = &text[n("start").unwrap_or(0)..n("end").unwrap_or(0)];
        let by_chars: String =
            chars[n("char_start").unwrap_or(0)..n("char_end").unwrap_or(0)].iter().collect();
        assert_eq!(by_bytes, by_chars, "{s}");
        if let (Some(a), Some(b)) = (n("utf16_start"), n("utf16_end")) {
            assert_eq!(String::from_utf16_lossy(&units[a..b]), by_bytes, "{s}");
        }
        if let Some(t) = s.get("text").and_then(Value::as_str) {
            assert_eq!(t, by_bytes, "{s}");
        }
    }
}

const MULTIBYTE: &str = "„Das ist gut“, sagte Jürgen Müller, the mayor of Köln. \
    “Justice 👩‍⚖️ was served,” said Seán O’Brien. A senior official said the 中文 memo \
    was “entirely legal” 😀. Two people familiar with the matter said talks stalled. \
    The ministry declined to comment.";

#[test]
fn the_reference_article_validates() {
    for options in [
        JsonOptions::default(),
        JsonOptions::default().text(true),
        JsonOptions::default().text(true).utf16(true).id("peace-plan"),
    ] {
        let doc = document(ARTICLE, &options);
        assert_eq!(errors(&doc), Vec::<String>::new(), "{options:?}");
        check_offsets(ARTICLE, &doc);
        assert_eq!(doc["attributions"].as_array().map(Vec::len), Some(23));
    }
}

#[test]
fn multibyte_text_validates_and_slices() {
    let doc = document(MULTIBYTE, &JsonOptions::default().text(true).utf16(true));
    assert_eq!(errors(&doc), Vec::<String>::new());
    check_offsets(MULTIBYTE, &doc);
    assert_ne!(doc["bytes"], doc["chars"]);
}

#[test]
fn empty_and_foreign_text_validates() {
    for text in
        ["", "   \n\n", "Der Minister sagte, die Gespräche seien gescheitert.", "他说会谈失败了。"]
    {
        let doc = document(text, &JsonOptions::default());
        assert_eq!(errors(&doc), Vec::<String>::new(), "{text:?}");
        assert_eq!(doc["attributions"], json!([]), "{text:?}");
    }
}

#[test]
fn broken_documents_do_not_validate() {
    let good = document(ARTICLE, &JsonOptions::default());
    assert!(errors(&good).is_empty());
    let mut cases: Vec<(&str, Value)> = Vec::new();
    let mut v = good.clone();
    v.as_object_mut().map(|o| o.remove("profile"));
    cases.push(("missing field", v));
    let mut v = good.clone();
    v["surprise"] = json!(1);
    cases.push(("unknown field", v));
    let mut v = good.clone();
    v["attributions"][0]["sourcing"] = json!("very_good");
    cases.push(("bad enum value", v));
    let mut v = good.clone();
    v["attributions"][0]["confidence"] = json!("0.9");
    cases.push(("string for a number", v));
    let mut v = good.clone();
    v["attributions"][0]["confidence"] = json!(1.5);
    cases.push(("number out of range", v));
    let mut v = good.clone();
    v["attributions"][0]["content"] = json!([]);
    cases.push(("empty content", v));
    let mut v = good.clone();
    v["attributions"][0]["content"][0]["char_start"] = json!(-1);
    cases.push(("negative offset", v));
    let mut v = good.clone();
    v["speakers"][3]["count"] = json!(2);
    cases.push(("a bare number for a count", v));
    let mut v = good.clone();
    v["speakers"][3]["count"] = json!({"exact": 2, "vague": "several"});
    cases.push(("a count of both shapes", v));
    let mut v = good.clone();
    v["version"] = json!(2);
    cases.push(("another version", v));
    for (what, doc) in cases {
        assert!(!errors(&doc).is_empty(), "{what}: validates, but should not");
    }
}

/// The schema's enums are the crate's: a new variant without a schema change fails here.
#[test]
fn schema_enums_are_the_crates() {
    let root = schema();
    let names = |def: &str| -> Vec<String> {
        let mut v: Vec<String> = root["$defs"][def]["enum"]
            .as_array()
            .unwrap_or_else(|| panic!("no enum {def}"))
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect();
        v.sort();
        v
    };
    fn sorted<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<String> {
        let mut v: Vec<String> = all.iter().map(|&x| f(x).to_string()).collect();
        v.sort();
        v
    }
    assert_eq!(names("sourcing"), sorted(&Sourcing::ALL, Sourcing::as_str));
    assert_eq!(names("attribution_kind"), sorted(&AttributionKind::ALL, AttributionKind::as_str));
    assert_eq!(names("cue_class"), sorted(&CueClass::ALL, CueClass::as_str));
    assert_eq!(names("tense"), sorted(&Tense::ALL, Tense::as_str));
    assert_eq!(names("mention_kind"), sorted(&MentionKind::ALL, MentionKind::as_str));
    assert_eq!(names("speaker_kind"), sorted(&SpeakerKind::ALL, SpeakerKind::as_str));
    assert_eq!(names("gender"), sorted(&Gender::ALL, Gender::as_str));
    assert_eq!(names("resolution"), sorted(&Resolution::ALL, Resolution::as_str));
    assert_eq!(names("pattern"), sorted(&Pattern::ALL, Pattern::as_str));
    assert_eq!(names("response_kind"), sorted(&ResponseKind::ALL, ResponseKind::as_str));
    assert_eq!(names("quote_style"), sorted(&QuoteStyle::ALL, QuoteStyle::as_str));
    assert_eq!(names("quote_kind"), sorted(&QuoteKind::ALL, QuoteKind::as_str));
    let mut vague: Vec<String> = root["$defs"]["count"]["oneOf"][1]["properties"]["vague"]["enum"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    vague.sort();
    assert_eq!(vague, sorted(&VagueCount::ALL, VagueCount::as_str));
}

/// `as_str` and `Display` are the serde names.
#[test]
fn enum_names_are_the_serde_names() {
    fn check<T: serde::Serialize + std::fmt::Display + Copy>(all: &[T], f: fn(T) -> &'static str) {
        for &x in all {
            assert_eq!(serde_json::to_value(x).ok(), Some(json!(f(x))));
            assert_eq!(x.to_string(), f(x));
        }
    }
    check(&Sourcing::ALL, Sourcing::as_str);
    check(&AttributionKind::ALL, AttributionKind::as_str);
    check(&CueClass::ALL, CueClass::as_str);
    check(&Tense::ALL, Tense::as_str);
    check(&MentionKind::ALL, MentionKind::as_str);
    check(&SpeakerKind::ALL, SpeakerKind::as_str);
    check(&Gender::ALL, Gender::as_str);
    check(&Resolution::ALL, Resolution::as_str);
    check(&Pattern::ALL, Pattern::as_str);
    check(&ResponseKind::ALL, ResponseKind::as_str);
    check(&QuoteStyle::ALL, QuoteStyle::as_str);
    check(&QuoteKind::ALL, QuoteKind::as_str);
    check(&VagueCount::ALL, VagueCount::as_str);
}

#[test]
fn a_json_document_round_trips() {
    let doc = whosaid::analyze(MULTIBYTE).to_json(&JsonOptions::default().text(true));
    let json = serde_json::to_string(&doc).expect("serialises");
    let back: whosaid::JsonDocument = serde_json::from_str(&json).expect("deserialises");
    assert_eq!(back, doc);
}

const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "'",
    "‘",
    "’",
    "said",
    " said ",
    "told Reuters that ",
    "according to ",
    "Senator Ana Ruiz",
    " he ",
    "Two officials",
    "declined to comment",
    ". ",
    ", ",
    "\n\n",
    "é",
    "😀",
    "中文",
    "\u{1b}[31m",
    " the plan failed",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn every_output_validates(parts in proptest::collection::vec(proptest::sample::select(PIECES), 0..40)) {
        let text: String = parts.concat();
        let doc = document(&text, &JsonOptions::default().text(true).utf16(true));
        let errs = errors(&doc);
        prop_assert!(errs.is_empty(), "{:?}: {:?}", text, errs);
        check_offsets(&text, &doc);
    }
}
