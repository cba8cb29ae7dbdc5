//! `whosaid`: who said what in news text, from the command line.
//!
//! ```text
//! whosaid article.txt                 # a table of the attributions
//! whosaid --report folder/            # the sourcing report of every .txt file
//! whosaid --eval corpus.jsonl         # the evaluation JSONL, on all cores
//! whosaid --html article.txt -o a.html
//! ```
//!
//! `whosaid --help` explains every option.

#![forbid(unsafe_code)]

mod args;
mod html;
mod input;
mod list;
mod render;

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use whosaid::{Analysis, Analyzer, Config, JsonOptions, Profile};

use args::{Command, Format, Options, Progress};
use input::Documents;

/// Exit status when some input could not be read.
const FAILED: u8 = 1;
/// Exit status for a usage error.
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let command = match args::parse(std::env::args_os().skip(1)) {
        Ok(c) => c,
        Err(message) => {
            warn(&message);
            let _ = writeln!(std::io::stderr(), "Try 'whosaid --help' for more information.");
            return ExitCode::from(USAGE);
        }
    };
    match command {
        Command::Help => print(args::HELP),
        Command::Version => print(&format!("whosaid {}\n", env!("CARGO_PKG_VERSION"))),
        Command::List(what, options) => {
            let listed = analyzer(&options)
                .map_err(|e| e.to_string())
                .and_then(|a| list::list(&a.lexicons(), &what));
            match listed {
                // user lexicons are listed too, and their lines come from outside
                Ok(text) => print(&render::escape_unsafe(&text)),
                Err(message) => {
                    warn(&message);
                    ExitCode::from(USAGE)
                }
            }
        }
        Command::Run(options) => run(&options),
    }
}

/// One message on standard error, after "whosaid: ". File names and corpus lines come
/// from outside, so control characters and terminal escapes in the message are shown
/// escaped, as in the table. A standard error that cannot be written to is no reason to
/// stop.
fn warn(message: &str) {
    let _ = writeln!(std::io::stderr(), "whosaid: {}", render::clean(message));
}

/// Writes to standard output; a closed pipe ends the program quietly.
fn print(s: &str) -> ExitCode {
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            warn(&format!("writing the output: {e}"));
            ExitCode::from(FAILED)
        }
        _ => ExitCode::SUCCESS,
    }
}

fn analyzer(o: &Options) -> Result<Analyzer, whosaid::Error> {
    let mut b = Analyzer::builder();
    if let Some(x) = o.min_confidence {
        b = b.config(Config::default().min_confidence(x));
    }
    for f in &o.cue_verbs {
        b = b.cue_verbs_file(f);
    }
    for f in &o.media_outlets {
        b = b.media_outlets_file(f);
    }
    b.build()
}

/// What one document gives: its output, and its profile for the totals of the report.
struct Rendered {
    out: String,
    profile: Option<(String, Profile)>,
    bytes: usize,
}

/// One document's output in the chosen format. `several`: whether the run can hold more
/// than one document (a heading for the table, an array for JSON).
fn render(o: &Options, doc: usize, id: &str, an: &Analysis<'_>, several: bool) -> String {
    let json = |value: Result<String, serde_json::Error>| {
        value.unwrap_or_else(|e| {
            // serialising plain data to a string cannot fail; say so if it ever does
            format!("{{\"error\": \"cannot serialise {id}: {e}\"}}")
        })
    };
    let options = JsonOptions::default().text(o.text).utf16(o.utf16).id(id);
    match o.format {
        Format::Table => render::table(several.then_some(id), an),
        Format::Report => render::report(id, an),
        Format::Json if several => json(serde_json::to_string(&an.to_json(&options))),
        Format::Json => json(serde_json::to_string_pretty(&an.to_json(&options))) + "\n",
        Format::Jsonl => json(serde_json::to_string(&an.to_json(&options))) + "\n",
        Format::Eval => json(serde_json::to_string(&an.to_eval_record(id, o.continuations))) + "\n",
        Format::Citron if several => json(serde_json::to_string(&an.to_citron())),
        Format::Citron => json(serde_json::to_string_pretty(&an.to_citron())) + "\n",
        Format::Html => html::section(doc, id, an),
    }
}

/// Progress on standard error: counts and speed, redrawn in place on a terminal.
struct Meter {
    mode: Progress,
    terminal: bool,
    start: Instant,
    last: Option<Instant>,
    docs: usize,
    bytes: usize,
    shown: bool,
}

impl Meter {
    fn new(mode: Progress) -> Self {
        let terminal = std::io::stderr().is_terminal();
        Meter { mode, terminal, start: Instant::now(), last: None, docs: 0, bytes: 0, shown: false }
    }

    fn line(&self) -> String {
        let secs = self.start.elapsed().as_secs_f64().max(1e-9);
        let mb = self.bytes as f64 / 1e6;
        format!("whosaid: {} documents, {mb:.1} MB, {:.1} MB/s", self.docs, mb / secs)
    }

    fn add(&mut self, docs: usize, bytes: usize) {
        self.docs += docs;
        self.bytes += bytes;
        let due = match self.mode {
            Progress::Never => false,
            Progress::Auto => self.terminal && self.start.elapsed() > Duration::from_secs(1),
            Progress::Always => true,
        };
        let every = if self.terminal { Duration::from_millis(100) } else { Duration::from_secs(1) };
        if !due || self.last.is_some_and(|t| t.elapsed() < every) {
            return;
        }
        self.last = Some(Instant::now());
        self.shown = true;
        let mut err = std::io::stderr().lock();
        let _ = if self.terminal {
            write!(err, "\r\x1b[K{}", self.line())
        } else {
            writeln!(err, "{}", self.line())
        };
    }

    fn finish(&mut self) {
        if self.shown || self.mode == Progress::Always {
            let mut err = std::io::stderr().lock();
            let _ = if self.terminal {
                writeln!(err, "\r\x1b[K{}, done", self.line())
            } else {
                writeln!(err, "{}, done", self.line())
            };
        }
    }
}

/// How a run ended.
enum End {
    Done,
    /// The reader of the output went away (`whosaid … | head -1`).
    ClosedPipe,
    WriteError(std::io::Error),
}

fn run(o: &Options) -> ExitCode {
    let analyzer = match analyzer(o) {
        Ok(a) => a,
        Err(e) => {
            warn(&e.to_string());
            return ExitCode::from(USAGE);
        }
    };
    let sink: Box<dyn Write> = match &o.output {
        Some(path) => match std::fs::File::create(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                warn(&format!("cannot write {}: {e}", path.display()));
                return ExitCode::from(FAILED);
            }
        },
        None => Box::new(std::io::stdout().lock()),
    };
    let mut out = std::io::BufWriter::with_capacity(1 << 16, sink);
    let jobs =
        o.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(jobs).build() {
        Ok(p) => p,
        Err(e) => {
            warn(&format!("cannot start {jobs} threads: {e}"));
            return ExitCode::from(FAILED);
        }
    };
    let mut docs = Documents::new(&o.inputs, o.jsonl_input);
    let mut failures = 0usize;
    let end = write_all(o, &analyzer, &pool, &mut docs, &mut out, &mut failures);
    let end = match end {
        Ok(()) => out.flush().map_or_else(classify, |()| End::Done),
        Err(e) => classify(e),
    };
    match end {
        End::Done | End::ClosedPipe => {}
        End::WriteError(e) => {
            warn(&format!("writing the output: {e}"));
            return ExitCode::from(FAILED);
        }
    }
    if failures > 0 {
        warn(&format!(
            "{failures} input{} could not be read (reported above)",
            if failures == 1 { "" } else { "s" }
        ));
        return ExitCode::from(FAILED);
    }
    ExitCode::SUCCESS
}

fn classify(e: std::io::Error) -> End {
    if e.kind() == std::io::ErrorKind::BrokenPipe { End::ClosedPipe } else { End::WriteError(e) }
}

/// Reads, analyses (a batch at a time, in parallel) and writes every document in order.
fn write_all(
    o: &Options,
    analyzer: &Analyzer,
    pool: &rayon::ThreadPool,
    docs: &mut Documents,
    out: &mut impl Write,
    failures: &mut usize,
) -> std::io::Result<()> {
    let several = docs.several;
    let threads = pool.current_num_threads();
    let mut meter = Meter::new(o.progress);
    let mut written = Written {
        array: several && matches!(o.format, Format::Json | Format::Citron),
        count: 0,
        totals: render::Totals::default(),
        html_sections: Vec::new(),
    };
    if written.array {
        out.write_all(b"[")?;
    }
    loop {
        let batch = docs.next_batch(16 * threads.max(4), 8 << 20);
        if batch.is_empty() {
            break;
        }
        let ok = readable(batch, failures);
        let base = written.html_sections.len();
        let rendered = render_batch(o, analyzer, pool, &ok, base, several);
        let bytes: usize = rendered.iter().map(|r| r.bytes).sum();
        for r in rendered {
            written.add(o, out, r)?;
        }
        out.flush()?;
        meter.add(ok.len(), bytes);
    }
    written.finish(o, several, out)?;
    meter.finish();
    Ok(())
}

/// The documents of a batch that could be read; the others are reported and counted.
fn readable(batch: Vec<input::Item>, failures: &mut usize) -> Vec<input::Doc> {
    let mut ok = Vec::with_capacity(batch.len());
    for item in batch {
        match item {
            Ok(doc) => ok.push(doc),
            Err(message) => {
                *failures += 1;
                warn(&message);
            }
        }
    }
    ok
}

/// Analyses and renders a batch of documents in parallel, numbered from `base`.
fn render_batch(
    o: &Options,
    analyzer: &Analyzer,
    pool: &rayon::ThreadPool,
    ok: &[input::Doc],
    base: usize,
    several: bool,
) -> Vec<Rendered> {
    let texts: Vec<&str> = ok.iter().map(|d| d.text.as_str()).collect();
    let keep_profile = (o.format == Format::Report && several) || o.format == Format::Html;
    pool.install(|| {
        analyzer.analyze_batch_with(&texts, |i, an| Rendered {
            out: render(o, base + i, &ok[i].id, &an, several),
            profile: keep_profile.then(|| (ok[i].id.clone(), an.profile())),
            bytes: ok[i].text.len(),
        })
    })
}

/// What [`write_all`] keeps between batches: the documents written, the report's totals
/// and the sections of the HTML page.
struct Written {
    /// Whether the documents are written as one JSON array.
    array: bool,
    count: usize,
    totals: render::Totals,
    html_sections: Vec<(String, String, Profile)>,
}

impl Written {
    /// Writes one rendered document, or keeps it for the HTML page.
    fn add(&mut self, o: &Options, out: &mut impl Write, r: Rendered) -> std::io::Result<()> {
        if o.format == Format::Html {
            if let Some((id, p)) = r.profile {
                self.html_sections.push((id, r.out, p));
            }
            return Ok(());
        }
        if let Some((id, p)) = &r.profile {
            self.totals.add(id, p);
        }
        if self.array {
            out.write_all(if self.count == 0 { b"\n" } else { b",\n" })?;
        } else if self.count > 0 && matches!(o.format, Format::Table | Format::Report) {
            out.write_all(b"\n")?;
        }
        out.write_all(r.out.as_bytes())?;
        self.count += 1;
        Ok(())
    }

    /// Ends the output: the JSON array's close, the report's totals, the HTML page.
    fn finish(&self, o: &Options, several: bool, out: &mut impl Write) -> std::io::Result<()> {
        if self.array {
            out.write_all(b"\n]\n")?;
        }
        if o.format == Format::Report && several {
            out.write_all(b"\n")?;
            out.write_all(self.totals.render().as_bytes())?;
        }
        if o.format == Format::Html {
            out.write_all(html::page(&self.html_sections).as_bytes())?;
        }
        Ok(())
    }
}
