//! The command line: options, their values, and the help that explains each.

use std::ffi::OsString;
use std::path::PathBuf;

use whosaid::Continuations;

pub const HELP: &str = "\
whosaid: who said what in news text, and how strong the sourcing is.

Usage: whosaid [OPTIONS] [INPUT]...

Each INPUT is a text file (one article), a folder (every .txt file in it and in its
subfolders, in name order), a JSONL corpus (a .jsonl file: one JSON object per line
with a \"text\" and an \"id\", a string or a number), or - for standard input.
Without INPUT, whosaid reads one article from standard input. The text must be
UTF-8 (a byte order mark is skipped) and English: other languages give no
attributions.

Output (choose one; the default is the table):
  -f, --format FORMAT    table, report, json, jsonl, eval, citron or html
      --table            one line per attribution: speaker, cue, kind, sourcing level,
                         content; then the non-responses
      --report           the sourcing report: profile, speakers, non-responses (and a
                         totals table for several documents)
      --json             the JSON document format (schema/analysis.schema.json): every
                         span with byte and character offsets; several documents make
                         a JSON array
      --jsonl            the same, one document per line
      --eval             the evaluation JSONL of PolNeAR (FORMAT.md), one document per
                         line, for score.py
      --citron           BBC Citron's JSON (character offsets, resolved speakers);
                         several documents make a JSON array
      --html             one self-contained HTML page (no network): the article with
                         every attribution highlighted by sourcing level, the speakers
                         with their attributions and non-responses, the profile as a
                         chart
  -o, --output FILE      write to FILE instead of standard output

JSON options:
      --text             also write the text of every span, and the whole text
      --utf16            also write UTF-16 offsets (JavaScript, Java and C# indices)
      --continuations HOW  for --eval: merge (default: a continuation quote in the same
                         paragraph becomes one more content span of its attribution,
                         as PolNeAR annotates) or separate (an attribution of its own)

Input options:
      --jsonl-input      read every INPUT, standard input included, as a JSONL corpus
                         whatever its name

Analysis options:
      --cue-verbs FILE   add the reporting verbs of FILE (the format of whosaid
                         --list cue-verbs; see --list frames); may be repeated
      --media-outlets FILE  add the news outlets of FILE (CANONICAL | alias | ...)
      --min-confidence X drop attributions below confidence X (0 to 1)

Running:
  -j, --jobs N           analyse on N threads (default: one per core)
      --progress         show progress on standard error (default: when standard
                         error is a terminal and the run takes more than a second)
  -q, --quiet            no progress
  -h, --help             this help
  -V, --version          the version

Lexicons:
      --list WHAT        print a built-in list and exit; WHAT is one of
                           lexicons   every lexicon with its size and contents
                           cue-verbs  the reporting verbs: class, frames, forms
                           frames     what may follow a cue verb, with examples
                           classes    the stance classes of cues
                           levels     the sourcing levels
                           LEXICON    the entries of one lexicon (a name from
                                      --list lexicons, such as media-outlets)
                         verbs and outlets added with --cue-verbs and --media-outlets
                         are listed too, marked +

Exit status: 0 when every input was read, 1 when some input could not be read (each
is reported on standard error with its file and line, and skipped), 2 for a usage
error. Control characters and terminal escapes in the text are shown escaped
(\\u{1b}) in the table and the report.

Examples:
  whosaid article.txt
  whosaid --report articles/
  whosaid --eval corpus.jsonl > predictions.jsonl
  whosaid --json --text < story.txt
  whosaid --html article.txt -o article.html
";

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Report,
    Json,
    Jsonl,
    Eval,
    Citron,
    Html,
}

impl Format {
    fn from_name(name: &str) -> Option<Format> {
        Some(match name {
            "table" => Format::Table,
            "report" => Format::Report,
            "json" => Format::Json,
            "jsonl" => Format::Jsonl,
            "eval" => Format::Eval,
            "citron" => Format::Citron,
            "html" => Format::Html,
            _ => return None,
        })
    }
}

/// When to show progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    Auto,
    Always,
    Never,
}

/// What to do.
#[derive(Debug)]
pub enum Command {
    Help,
    Version,
    List(String, Options),
    Run(Options),
}

/// The options of a run.
#[derive(Debug)]
pub struct Options {
    pub format: Format,
    pub output: Option<PathBuf>,
    pub text: bool,
    pub utf16: bool,
    pub continuations: Continuations,
    pub jsonl_input: bool,
    pub cue_verbs: Vec<PathBuf>,
    pub media_outlets: Vec<PathBuf>,
    pub min_confidence: Option<f32>,
    pub jobs: Option<usize>,
    pub progress: Progress,
    pub inputs: Vec<PathBuf>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            format: Format::Table,
            output: None,
            text: false,
            utf16: false,
            continuations: Continuations::Merge,
            jsonl_input: false,
            cue_verbs: Vec::new(),
            media_outlets: Vec::new(),
            min_confidence: None,
            jobs: None,
            progress: Progress::Auto,
            inputs: Vec::new(),
        }
    }
}

/// Options that take a value.
const WITH_VALUE: &[&str] = &[
    "--format",
    "-f",
    "--output",
    "-o",
    "--continuations",
    "--cue-verbs",
    "--media-outlets",
    "--min-confidence",
    "--jobs",
    "-j",
    "--list",
];

/// An option's value as text; one that is not UTF-8 keeps its replacement characters, and
/// the option rejects it.
fn text(v: OsString) -> String {
    v.to_string_lossy().into_owned()
}

/// Reads the command line (without the program name). The error is the message to print,
/// a usage error. Arguments need not be UTF-8: a file name may be any bytes.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, String> {
    let mut p = Parser { o: Options::default(), format: None, list: None };
    let mut args = args.into_iter();
    let mut only_inputs = false;
    while let Some(arg) = args.next() {
        if only_inputs || arg == "-" || !arg.as_encoded_bytes().starts_with(b"-") {
            p.o.inputs.push(PathBuf::from(arg));
            continue;
        }
        let Some(arg) = arg.to_str().map(str::to_string) else {
            return Err(format!("unknown option {}", arg.to_string_lossy()));
        };
        if arg == "--" {
            only_inputs = true;
            continue;
        }
        let (name, inline) = split_option(&arg);
        let takes_value = WITH_VALUE.contains(&name.as_str());
        if inline.is_some() && !takes_value {
            return Err(format!("option {name} takes no value"));
        }
        // the value as given, for file names; `text` makes it text for the other options
        let mut value_os = || -> Result<OsString, String> {
            match inline.clone().map(OsString::from).or_else(|| args.next()) {
                Some(v) => Ok(v),
                None => Err(format!("option {name} needs a value")),
            }
        };
        if let Some(command) = p.option(&name, &mut value_os)? {
            return Ok(command);
        }
    }
    p.finish()
}

/// An option's name and the value written with it: `--name=value`, `-j4`, `-ofile`.
fn split_option(arg: &str) -> (String, Option<String>) {
    match arg.split_once('=') {
        Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
        _ if !arg.starts_with("--") && arg.len() > 2 && WITH_VALUE.contains(&&arg[..2]) => {
            (arg[..2].to_string(), Some(arg[2..].to_string()))
        }
        _ => (arg.to_string(), None),
    }
}

/// What [`parse`] has read so far.
struct Parser {
    o: Options,
    /// The output format chosen, with the option that chose it.
    format: Option<(Format, String)>,
    /// What `--list` asks for.
    list: Option<String>,
}

impl Parser {
    /// Reads the option `name`, taking its value from `value` if it has one. Help and
    /// version are commands of their own, returned at once.
    fn option(
        &mut self,
        name: &str,
        value: &mut dyn FnMut() -> Result<OsString, String>,
    ) -> Result<Option<Command>, String> {
        let o = &mut self.o;
        match name {
            "-h" | "--help" => return Ok(Some(Command::Help)),
            "-V" | "--version" => return Ok(Some(Command::Version)),
            "-f" | "--format" => {
                let v = text(value()?);
                let f = Format::from_name(&v).ok_or_else(|| {
                    format!(
                        "invalid value {v:?} for {name}: expected table, report, json, jsonl, \
                         eval, citron or html"
                    )
                })?;
                self.set_format(f, &format!("{name} {v}"))?;
            }
            "--table" => self.set_format(Format::Table, name)?,
            "--report" => self.set_format(Format::Report, name)?,
            "--json" => self.set_format(Format::Json, name)?,
            "--jsonl" => self.set_format(Format::Jsonl, name)?,
            "--eval" => self.set_format(Format::Eval, name)?,
            "--citron" => self.set_format(Format::Citron, name)?,
            "--html" => self.set_format(Format::Html, name)?,
            "-o" | "--output" => o.output = Some(PathBuf::from(value()?)),
            "--text" => o.text = true,
            "--utf16" => o.utf16 = true,
            "--continuations" => o.continuations = continuations(&text(value()?))?,
            "--jsonl-input" => o.jsonl_input = true,
            "--cue-verbs" => o.cue_verbs.push(PathBuf::from(value()?)),
            "--media-outlets" => o.media_outlets.push(PathBuf::from(value()?)),
            "--min-confidence" => o.min_confidence = Some(min_confidence(&text(value()?))?),
            "-j" | "--jobs" => o.jobs = Some(jobs(name, &text(value()?))?),
            "--progress" => o.progress = Progress::Always,
            "-q" | "--quiet" => o.progress = Progress::Never,
            "--list" => self.list = Some(text(value()?)),
            _ => return Err(format!("unknown option {name}")),
        }
        Ok(None)
    }

    /// Chooses the output format, `how` naming the option; an error if another was chosen.
    fn set_format(&mut self, f: Format, how: &str) -> Result<(), String> {
        match &self.format {
            Some((g, prev)) if *g != f => {
                Err(format!("choose one output format: {prev} and {how} were both given"))
            }
            _ => {
                self.format = Some((f, how.to_string()));
                Ok(())
            }
        }
    }

    /// The command read, once every argument is.
    fn finish(self) -> Result<Command, String> {
        let mut o = self.o;
        if let Some(what) = self.list {
            return Ok(Command::List(what, o));
        }
        if let Some((f, _)) = self.format {
            o.format = f;
        }
        if o.format != Format::Eval && o.continuations != Continuations::Merge {
            return Err("--continuations applies to --eval only".to_string());
        }
        Ok(Command::Run(o))
    }
}

/// The value of `--continuations`.
fn continuations(v: &str) -> Result<Continuations, String> {
    match v {
        "merge" => Ok(Continuations::Merge),
        "separate" => Ok(Continuations::Separate),
        _ => Err(format!("invalid value {v:?} for --continuations: expected merge or separate")),
    }
}

/// The value of `--min-confidence`: a number from 0 to 1.
fn min_confidence(v: &str) -> Result<f32, String> {
    v.parse().ok().filter(|x| (0.0..=1.0).contains(x)).ok_or_else(|| {
        format!("invalid value {v:?} for --min-confidence: expected a number from 0 to 1")
    })
}

/// The value of `-j`/`--jobs` (given as `name`): a number of threads, 1 or more.
fn jobs(name: &str, v: &str) -> Result<usize, String> {
    v.parse().ok().filter(|&n| n > 0).ok_or_else(|| {
        format!("invalid value {v:?} for {name}: expected a number of threads, 1 or more")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Result<Options, String> {
        match parse(args.iter().map(OsString::from))? {
            Command::Run(o) => Ok(o),
            other => Err(format!("not a run: {other:?}")),
        }
    }

    #[test]
    fn values_inline_or_separate() {
        let o = run(&["--format=json", "-j2", "-o", "out.json", "a.txt", "-"]).unwrap();
        assert_eq!(o.format, Format::Json);
        assert_eq!(o.jobs, Some(2));
        assert_eq!(o.output, Some(PathBuf::from("out.json")));
        assert_eq!(o.inputs, [PathBuf::from("a.txt"), PathBuf::from("-")]);
        let o = run(&["--eval", "--continuations", "separate", "--", "--odd-name.txt"]).unwrap();
        assert_eq!(o.continuations, Continuations::Separate);
        assert_eq!(o.inputs, [PathBuf::from("--odd-name.txt")]);
    }

    #[test]
    fn errors_name_the_option() {
        assert_eq!(run(&["--bogus", "a.txt"]).unwrap_err(), "unknown option --bogus");
        assert_eq!(
            run(&["--eval", "--continuations", "foo"]).unwrap_err(),
            "invalid value \"foo\" for --continuations: expected merge or separate"
        );
        assert_eq!(run(&["-j"]).unwrap_err(), "option -j needs a value");
        assert_eq!(run(&["--text=yes"]).unwrap_err(), "option --text takes no value");
        assert!(run(&["--json", "--html"]).unwrap_err().contains("choose one output format"));
        assert!(run(&["-j", "0"]).unwrap_err().contains("1 or more"));
        assert!(run(&["--min-confidence", "2"]).unwrap_err().contains("from 0 to 1"));
        assert!(run(&["--continuations", "separate"]).unwrap_err().contains("--eval only"));
    }

    #[test]
    fn help_names_every_option() {
        for name in WITH_VALUE {
            assert!(HELP.contains(name), "{name} is not in the help");
        }
        for flag in [
            "--table",
            "--report",
            "--json",
            "--jsonl",
            "--eval",
            "--citron",
            "--html",
            "--text",
            "--utf16",
            "--jsonl-input",
            "--progress",
            "--quiet",
            "--help",
            "--version",
        ] {
            assert!(HELP.contains(flag), "{flag} is not in the help");
            assert!(run(&[flag]).is_ok() || parse([OsString::from(flag)]).is_ok(), "{flag}");
        }
    }
}
