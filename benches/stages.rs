//! The cost of the stages, as far as the public API can separate them.
//!
//! ```text
//! cargo bench --bench stages
//! ```
//!
//! The stages are private, so each benchmark runs the whole [`Analyzer::analyze`] on a text
//! that leaves the later stages (almost) nothing to do. Group `stages`, MB/s of input:
//!
//! - `segment_and_scan`: the reference article with every quotation mark (and apostrophe)
//!   removed and the words `said`, `told`, `according`, `reported` and `says` replaced by
//!   `ran`. No quotations and few cues, so this is mostly stage 1 (paragraphs, sentences,
//!   tokens, lexicon look-ups), the quotation scan finding nothing and the cue scan rejecting
//!   almost every word. The article's other reporting verbs (vowed, described, warned,
//!   disputed, …) are left, so about a third of its attributions remain (7 of 23 when this
//!   was written): linking, coreference and sourcing still run, on a third of the work.
//! - `quotations_only`: paragraphs of “…” sentences with no reporting verb: stages 1-2 with
//!   many quotations (parse, nesting, classification), then linking looking for speakers
//!   it does not find.
//! - `full_article`: the reference article unchanged, all seven stages; the difference from
//!   `segment_and_scan` is roughly the cost of stages 3-7 (cues, mentions, linking,
//!   coreference, sourcing).
//!
//! The three texts are about the same size (6-7 KB), so the MB/s compare directly.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::Analyzer;

const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

const QUOTE_MARKS: &[char] = &['“', '”', '„', '‘', '’', '«', '»', '"', '\''];
const CUE_WORDS: [&str; 5] = ["said", "told", "according", "reported", "says"];

/// The article with no quotation marks and the common reporting verbs replaced by "ran".
fn without_quotes_and_cues(text: &str) -> String {
    let unquoted: String = text.chars().filter(|c| !QUOTE_MARKS.contains(c)).collect();
    let mut out = String::with_capacity(unquoted.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if CUE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            out.push_str("ran");
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in unquoted.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// Paragraphs of quoted sentences, no attribution anywhere, about `size` bytes.
fn quotations_only(size: usize) -> String {
    const QUOTES: [&str; 6] = [
        "“There are real problems with this plan.”",
        "“We will not back down, and we will not betray our interests.”",
        "“The talks in Miami were productive.”",
        "“It is a starting point, not a final offer.”",
        "“Nobody in Washington saw the 28 points before this week.”",
        "“Peace is possible, but not at any price.”",
    ];
    let mut out = String::new();
    let mut i = 0;
    while out.len() < size {
        out.push_str(QUOTES[i % QUOTES.len()]);
        i += 1;
        out.push_str(if i % 4 == 0 { "\n\n" } else { " " });
    }
    out
}

fn stages(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    // Warm-up: the lazy built-in lexicons are parsed on the first analysis.
    black_box(analyzer.analyze(ARTICLE));

    let plain = without_quotes_and_cues(ARTICLE);
    let quoted = quotations_only(ARTICLE.len());

    let mut group = c.benchmark_group("stages");
    for (name, text) in [
        ("segment_and_scan", plain.as_str()),
        ("quotations_only", &quoted),
        ("full_article", ARTICLE),
    ] {
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(name, |b| b.iter(|| analyzer.analyze(black_box(text))));
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
