//! Throughput against document size: is the analysis linear on real news text?
//!
//! ```text
//! cargo bench --bench scaling
//! ```
//!
//! Group `scaling` (MB/s of input): one document of 1 KiB, 64 KiB, 1 MiB and 16 MiB, made
//! of the bundled reference article (`tests/fixtures/peace-plan-article.txt`, 6.5 KB)
//! repeated as paragraphs and cut to the size on a char boundary (the 1 KiB one is the
//! article's start). Linear time shows as the same MB/s at every size. The 16 MiB document
//! takes most of a second per analysis, so it gets 10 samples, flat sampling and a longer
//! measurement time; the whole bench takes about a minute.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use whosaid::Analyzer;

const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

/// The article repeated (one copy per line of paragraphs), cut to at most `bytes` on a char
/// boundary.
fn document(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + ARTICLE.len());
    while text.len() < bytes {
        text.push_str(ARTICLE.trim_end());
        text.push('\n');
    }
    let mut end = bytes.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn scaling(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    black_box(analyzer.analyze("“Yes,” she said.")); // the lexicons, parsed once
    let mut group = c.benchmark_group("scaling");
    for (label, bytes) in
        [("1KiB", 1 << 10), ("64KiB", 64 << 10), ("1MiB", 1 << 20), ("16MiB", 16 << 20)]
    {
        let text = document(bytes);
        if bytes >= 16 << 20 {
            group
                .sample_size(10)
                .sampling_mode(SamplingMode::Flat)
                .warm_up_time(Duration::from_secs(2))
                .measurement_time(Duration::from_secs(20));
        } else if bytes >= 1 << 20 {
            group.sample_size(20).measurement_time(Duration::from_secs(10));
        }
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label), &text, |b, text| {
            b.iter(|| black_box(analyzer.analyze(black_box(text))));
        });
    }
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
