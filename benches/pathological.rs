//! Adversarial inputs at growing sizes: throughput (MB/s) must stay roughly flat as the input
//! grows, since analysis is meant to be linear in the text whatever it holds.
//!
//! ```text
//! cargo bench --bench pathological
//! cargo bench --bench pathological -- unclosed_quotes   # one kind
//! ```
//!
//! Group `pathological`, ids `KIND/BYTES`, for sizes 16 KiB, 64 KiB, 256 KiB and 1 MiB:
//!
//! | kind | input |
//! |---|---|
//! | `unclosed_quotes` | `“He said ` over and over, no closing mark |
//! | `quote_marks` | `“”`, `"`, `'` alternating, no words |
//! | `giant_paragraph` | one paragraph of words (`said`, `that`, `officials`, `told`, names) without punctuation or line breaks |
//! | `said_said` | `said said said …` |
//! | `nested_open` | `“‘“‘…`: openers only, ever deeper |
//! | `nested_balanced` | openers for half the text, then the matching closers `’”’”…` |
//! | `said_that_chain` | one sentence `John Smith said that Mary Jones said that …` |
//! | `many_attributions` | `Smith said the plan would fail. He declined to comment. …`: a short attributed sentence and a non-response, over and over |
//!
//! A quadratic stage shows as MB/s falling about 4x per size step. So that such a bug cannot
//! hang the run, each input is timed once before it is benchmarked; when one analysis takes
//! longer than [`PROBE_LIMIT`], that size and the larger ones of the kind are skipped, with
//! the measured throughput printed to stderr.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use whosaid::Analyzer;

const KIB: usize = 1024;
const SIZES: [usize; 4] = [16 * KIB, 64 * KIB, 256 * KIB, 1024 * KIB];

/// One analysis slower than this skips the size (and larger ones) of the kind.
const PROBE_LIMIT: Duration = Duration::from_secs(2);

const NAMES: [&str; 6] =
    ["John Smith", "Mary Jones", "Volodymyr Zelensky", "Steve Witkoff", "Ana Lopez", "Li Wei"];

/// `unit` repeated up to `size` bytes, cut on a char boundary.
fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = unit.repeat(size / unit.len() + 1);
    let mut cut = size.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn unclosed_quotes(size: usize) -> String {
    repeat_to("“He said ", size)
}

fn quote_marks(size: usize) -> String {
    repeat_to("“”\"'", size)
}

fn giant_paragraph(size: usize) -> String {
    let mut unit = String::new();
    for (i, name) in NAMES.iter().enumerate() {
        let verb = if i % 2 == 0 { "said" } else { "told" };
        for word in [name, verb, "officials that the plan would fail and senior officials said"] {
            unit.push_str(word);
            unit.push(' ');
        }
        for word in ["that", name, "told reporters the talks"] {
            unit.push_str(word);
            unit.push(' ');
        }
    }
    repeat_to(&unit, size)
}

fn said_said(size: usize) -> String {
    repeat_to("said ", size)
}

fn nested_open(size: usize) -> String {
    repeat_to("“‘", size)
}

fn nested_balanced(size: usize) -> String {
    // “‘ and ’” are 6 bytes each
    let pairs = size / 12;
    let mut s = "“‘".repeat(pairs);
    s += &"’”".repeat(pairs);
    s
}

fn said_that_chain(size: usize) -> String {
    let unit = NAMES.join(" said that ") + " said that ";
    let mut s = repeat_to(&unit, size.saturating_sub(16));
    s += "the war is over.";
    s
}

fn many_attributions(size: usize) -> String {
    repeat_to(
        "Senator Anna Smith said the plan would fail. “It is over,” she said. \
         He declined to comment. Officials, citing the report, said talks continued. ",
        size,
    )
}

type Generator = fn(usize) -> String;

const KINDS: [(&str, Generator); 8] = [
    ("unclosed_quotes", unclosed_quotes),
    ("quote_marks", quote_marks),
    ("giant_paragraph", giant_paragraph),
    ("said_said", said_said),
    ("nested_open", nested_open),
    ("nested_balanced", nested_balanced),
    ("said_that_chain", said_that_chain),
    ("many_attributions", many_attributions),
];

fn pathological(c: &mut Criterion) {
    let analyzer = Analyzer::new();
    // Warm-up: the lazy built-in lexicons are parsed on the first analysis.
    black_box(analyzer.analyze("“Yes,” she said."));

    let mut group = c.benchmark_group("pathological");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    for (kind, generate) in KINDS {
        for size in SIZES {
            let text = generate(size);
            let start = Instant::now();
            black_box(analyzer.analyze(black_box(&text)));
            let once = start.elapsed();
            if once > PROBE_LIMIT {
                let mbs = text.len() as f64 / once.as_secs_f64() / 1e6;
                eprintln!(
                    "pathological/{kind}/{size}: one analysis took {once:.2?} ({mbs:.3} MB/s); \
                     skipping this size and larger ones: non-linear?"
                );
                break;
            }
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_with_input(BenchmarkId::new(kind, size), &text, |b, text| {
                b.iter(|| analyzer.analyze(black_box(text)));
            });
        }
    }
    group.finish();
}

criterion_group!(benches, pathological);
criterion_main!(benches);
