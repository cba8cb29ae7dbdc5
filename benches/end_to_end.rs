//! End-to-end throughput: text in, [`whosaid::Analysis`] out.
//!
//! ```text
//! cargo bench --bench end_to_end
//! WHOSAID_CORPUS=../shared/corpus/polnear-dev.jsonl cargo bench --bench end_to_end
//! ```
//!
//! Group `end_to_end` (MB/s of input):
//!
//! - `article`: the bundled reference article (`tests/fixtures/peace-plan-article.txt`,
//!   6.5 KB) with a prebuilt, warmed [`Analyzer`];
//! - `larger_document`: the article 50 times over, separated by blank lines (one document
//!   of about 330 KB, so coreference and look-back windows see a long text);
//! - `corpus`: only when `WHOSAID_CORPUS` names a JSONL file whose lines have a `"text"`
//!   field (such as the `PolNeAR` dev corpus): every text analysed once per iteration.
//!   Skipped silently when the variable is unset or the file cannot be read.
//!
//! Group `end_to_end_fixed` (time per call):
//!
//! - `analyzer_new`: [`Analyzer::new`] alone. The built-in lexicons are a process-wide lazy
//!   static, parsed on the first analysis whatever the analyzer, so this is the cost of the
//!   settings only. The one-off lexicon parse cannot be repeated in one process; it is timed
//!   once (`first analysis in this process`) and printed before the benchmarks run.
//! - `analyzer_custom_lexicon`: [`Analyzer::builder`] with one user first name, which copies
//!   the built-in lexicon.
//! - `to_eval_record`: [`whosaid::Analysis::to_eval_record`] on the article's analysis.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use whosaid::{Analyzer, Continuations, Gender};

const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

/// How many copies of the article make the larger document.
const COPIES: usize = 50;

/// Times the first analysis of the process (lexicon parse included) and prints it.
///
/// Must run before anything else touches the lexicons: it is the group's first target.
fn cold_start(_: &mut Criterion) {
    let start = Instant::now();
    let analysis = whosaid::analyze(black_box("“Yes,” she said."));
    let elapsed = start.elapsed();
    black_box(analysis);
    eprintln!("first analysis in this process (built-in lexicons parsed): {elapsed:.2?}");
}

/// The texts of a JSONL corpus, or `None` if `WHOSAID_CORPUS` is unset or unreadable.
fn corpus() -> Option<Vec<String>> {
    let path = std::env::var_os("WHOSAID_CORPUS")?;
    let data = std::fs::read_to_string(path).ok()?;
    let texts: Vec<String> = data
        .lines()
        .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
        .filter_map(|doc| doc.get("text").and_then(|t| t.as_str()).map(str::to_owned))
        .collect();
    (!texts.is_empty()).then_some(texts)
}

fn throughput(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    // Warm-up: the lazy built-in lexicons are parsed on the first analysis.
    black_box(analyzer.analyze(ARTICLE));

    let larger = vec![ARTICLE.trim_end(); COPIES].join("\n\n");

    let mut group = c.benchmark_group("end_to_end");
    group.throughput(Throughput::Bytes(ARTICLE.len() as u64));
    group.bench_function("article", |b| b.iter(|| analyzer.analyze(black_box(ARTICLE))));

    group.throughput(Throughput::Bytes(larger.len() as u64));
    group.measurement_time(Duration::from_secs(10));
    group.sample_size(20);
    group.bench_function("larger_document", |b| b.iter(|| analyzer.analyze(black_box(&larger))));

    if let Some(texts) = corpus() {
        let bytes: usize = texts.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function("corpus", |b| {
            b.iter(|| {
                for text in &texts {
                    black_box(analyzer.analyze(black_box(text)));
                }
            });
        });
    }
    group.finish();
}

fn fixed_costs(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let analysis = analyzer.analyze(ARTICLE);

    let mut group = c.benchmark_group("end_to_end_fixed");
    group.bench_function("analyzer_new", |b| b.iter(Analyzer::new));
    group.bench_function("analyzer_custom_lexicon", |b| {
        b.iter(|| Analyzer::builder().first_name(black_box("Zelenska"), Gender::Female).build());
    });
    group.bench_function("to_eval_record", |b| {
        b.iter(|| black_box(&analysis).to_eval_record("peace-plan-article", Continuations::Merge));
    });
    group.finish();
}

criterion_group!(benches, cold_start, throughput, fixed_costs);
criterion_main!(benches);
