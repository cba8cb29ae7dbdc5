//! Scaling of [`Analyzer::analyze_batch`] (feature `rayon`): the same documents analysed in
//! a plain loop and on rayon pools of 1 and 2 threads.
//!
//! ```text
//! cargo bench --features rayon --bench batch
//! WHOSAID_CORPUS=../shared/corpus/polnear-train.jsonl cargo bench --features rayon --bench batch
//! ```
//!
//! Group `batch` (MB/s of input, all documents per iteration):
//!
//! - `sequential`: `analyze` on each document in turn, the baseline;
//! - `threads/1`, `threads/2`: `analyze_batch` inside a pool of that many threads (more
//!   only when the machine has more cores).
//!
//! The documents are the texts of `WHOSAID_CORPUS` (a JSONL file with a `"text"` per line)
//! when it is set and readable, else 96 copies of the bundled article, each a document of
//! its own. Speed-up is `threads/N` over `threads/1`; on a machine shared with other work,
//! the second core may not be free.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use whosaid::Analyzer;

const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

fn documents() -> Vec<String> {
    let corpus = std::env::var_os("WHOSAID_CORPUS")
        .and_then(|path| std::fs::read_to_string(path).ok())
        .map(|data| {
            data.lines()
                .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
                .filter_map(|doc| doc.get("text").and_then(|t| t.as_str()).map(str::to_owned))
                .collect::<Vec<_>>()
        })
        .filter(|texts| !texts.is_empty());
    corpus.unwrap_or_else(|| vec![ARTICLE.to_string(); 96])
}

fn batch(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    // warm the lazy lexicons
    black_box(analyzer.analyze(ARTICLE));

    let mut group = c.benchmark_group("batch");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(15);
    group.measurement_time(Duration::from_secs(12));
    group.bench_function("sequential", |b| {
        b.iter(|| {
            for d in &docs {
                black_box(analyzer.analyze(black_box(d)));
            }
        });
    });
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    for threads in [1, 2, 4, 8].into_iter().filter(|&t| t == 1 || t <= cores) {
        let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
            Ok(pool) => pool,
            Err(e) => {
                eprintln!("cannot build a pool of {threads} threads: {e}");
                continue;
            }
        };
        group.bench_with_input(BenchmarkId::new("threads", threads), &docs, |b, docs| {
            b.iter(|| pool.install(|| black_box(analyzer.analyze_batch(black_box(docs)))));
        });
    }
    group.finish();
}

criterion_group!(benches, batch);
criterion_main!(benches);
