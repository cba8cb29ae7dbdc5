//! The `whosaid` binary, driven as a user drives it: files, folders, JSONL corpora and
//! standard input; every output format; exit codes; a closed pipe; bad input lines; byte
//! order marks; control characters; and the JSON read back by Python.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const ARTICLE: &str = include_str!("../../tests/fixtures/peace-plan-article.txt");

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
}

/// A fresh folder under the target directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a scratch folder");
    dir
}

fn write(path: &Path, text: impl AsRef<[u8]>) -> PathBuf {
    std::fs::write(path, text).expect("write a test file");
    path.to_path_buf()
}

/// Runs the binary with `args` and `stdin`.
fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut input = child.stdin.take().expect("stdin");
    let data = stdin.as_bytes().to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().expect("the binary ends");
    let _ = writer.join();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("UTF-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

fn assert_no_panic(o: &Output) {
    assert!(!stderr(o).contains("panicked"), "panic: {}", stderr(o));
}

/// The reference article as a file.
fn article_file(dir: &Path) -> PathBuf {
    write(&dir.join("peace-plan.txt"), ARTICLE)
}

#[test]
fn help_explains_every_option_and_version_prints() {
    let o = run(&["--help"], "");
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    for option in [
        "--format",
        "--table",
        "--report",
        "--json",
        "--jsonl",
        "--eval",
        "--citron",
        "--html",
        "--output",
        "--text",
        "--utf16",
        "--continuations",
        "--jsonl-input",
        "--cue-verbs",
        "--media-outlets",
        "--min-confidence",
        "--jobs",
        "--progress",
        "--quiet",
        "--list",
        "--version",
        "Exit status",
    ] {
        assert!(help.contains(option), "--help does not explain {option}");
    }
    let o = run(&["-V"], "");
    assert_eq!(code(&o), 0);
    assert!(stdout(&o).starts_with("whosaid 0."), "{}", stdout(&o));
}

#[test]
fn unknown_options_are_reported_as_such() {
    let dir = scratch("unknown_options");
    let file = article_file(&dir);
    let o = run(&["--bogus", file.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 2);
    let err = stderr(&o);
    assert!(err.contains("unknown option --bogus"), "{err}");
    assert!(!err.contains("peace-plan"), "the file is blamed: {err}");
    assert!(o.stdout.is_empty());

    let o = run(&["--eval", "--continuations", "foo", "x.jsonl"], "");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("invalid value \"foo\" for --continuations"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("Some("), "{}", stderr(&o));

    let o = run(&["--list", "nonsense"], "");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("cannot list \"nonsense\""), "{}", stderr(&o));
}

#[test]
fn a_file_gives_the_table() {
    let dir = scratch("a_file");
    let file = article_file(&dir);
    let o = run(&[file.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let table = stdout(&o);
    assert!(table.starts_with("speaker "), "{table}");
    assert_eq!(table.lines().filter(|l| l.contains("named_identified")).count(), 9, "{table}");
    assert!(table.contains("Roger Wicker"));
    assert!(table.contains("CIA") && table.contains("declined to comment"));
}

#[test]
fn standard_input_is_one_article() {
    let o = run(&["--eval"], "“It works,” she said.");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: Value = serde_json::from_str(stdout(&o).trim()).expect("one JSON line");
    assert_eq!(v["id"], "-");
    assert_eq!(v["attributions"][0]["content"][0]["end"], 15);
    let o = run(&["-", "--json"], "");
    assert_eq!(code(&o), 0);
    let v: Value = serde_json::from_str(&stdout(&o)).expect("a JSON object");
    assert_eq!(v["attributions"], serde_json::json!([]));
}

#[test]
fn a_folder_gives_every_text_file_in_name_order() {
    let dir = scratch("a_folder");
    let articles = dir.join("articles");
    std::fs::create_dir_all(articles.join("more")).expect("folders");
    write(&articles.join("b.txt"), "“Yes,” said Ana Ruiz, the mayor.");
    write(&articles.join("more/c.TXT"), "Prices rose, officials said.");
    write(&articles.join("a.txt"), ARTICLE);
    write(&articles.join("notes.md"), "“Not this,” he said.");
    let o = run(&["--json", articles.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).expect("a JSON array");
    let docs = v.as_array().expect("an array");
    let ids: Vec<&str> = docs.iter().filter_map(|d| d["id"].as_str()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(ids[0].ends_with("a.txt") && ids[1].ends_with("b.txt") && ids[2].ends_with("c.TXT"));
    assert_eq!(docs[0]["attributions"].as_array().map(Vec::len), Some(23));
    assert_eq!(docs[1]["attributions"][0]["speaker_name"], "Ana Ruiz");

    // the report adds a totals table for several documents
    let o = run(&["--report", articles.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0);
    let report = stdout(&o);
    assert_eq!(report.matches("SOURCING REPORT: ").count(), 3);
    assert!(report.contains("TOTALS (3 documents)"), "{report}");
}

/// A corpus with a byte order mark, a numeric id, and bad lines: each bad line is
/// reported with its number and skipped, the rest is analysed, and the status is 1.
#[test]
fn a_jsonl_corpus_with_a_bom_numeric_ids_and_bad_lines() {
    let dir = scratch("a_corpus");
    let good =
        serde_json::json!({"id": 17, "text": "“Yes,” said Ana Ruiz, the mayor.", "publisher": "x"});
    let other = serde_json::json!({"id": "b", "text": ARTICLE});
    let corpus = format!(
        "\u{feff}{good}\n\nnot json at all\n{{\"id\": 3}}\n{{\"id\": [1], \"text\": \"x\"}}\n{other}\n"
    );
    let path = write(&dir.join("corpus.jsonl"), corpus);
    for format in ["--eval", "--jsonl", "--table", "--citron", "--json", "--report", "--html"] {
        let o = run(&[format, path.to_str().unwrap_or_default()], "");
        assert_eq!(code(&o), 1, "{format}: {}", stderr(&o));
        assert_no_panic(&o);
        let err = stderr(&o);
        assert!(err.contains("corpus.jsonl:3: not JSON"), "{format}: {err}");
        assert!(err.contains("corpus.jsonl:4: no \"text\""), "{format}: {err}");
        assert!(
            err.contains("corpus.jsonl:5: \"id\" must be a string or a number"),
            "{format}: {err}"
        );
        assert!(err.contains("3 inputs could not be read"), "{format}: {err}");
        let out = stdout(&o);
        match format {
            "--eval" | "--jsonl" => {
                let lines: Vec<Value> =
                    out.lines().map(|l| serde_json::from_str(l).expect("JSON lines")).collect();
                assert_eq!(lines.len(), 2, "{format}");
                assert_eq!(lines[0]["id"], "17");
                assert_eq!(lines[1]["id"], "b");
            }
            "--json" | "--citron" => {
                let v: Value = serde_json::from_str(&out).expect("a JSON array");
                assert_eq!(v.as_array().map(Vec::len), Some(2), "{format}");
            }
            "--table" => assert!(out.contains("== 17 ==") && out.contains("== b ==")),
            "--report" => assert!(out.contains("TOTALS (2 documents)")),
            _ => assert_eq!(out.matches("<section class=\"doc\"").count(), 2),
        }
    }
}

#[test]
fn unreadable_inputs_are_reported_and_skipped() {
    let dir = scratch("unreadable");
    let bad = write(&dir.join("latin1.txt"), b"caf\xe9 said\n");
    let good = write(&dir.join("good.txt"), "Prices rose, officials said.");
    let missing = dir.join("missing.txt");
    let o = run(
        &[
            "--eval",
            bad.to_str().unwrap_or_default(),
            missing.to_str().unwrap_or_default(),
            good.to_str().unwrap_or_default(),
        ],
        "",
    );
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    assert!(err.contains("latin1.txt: not UTF-8 text"), "{err}");
    assert!(err.contains("missing.txt: "), "{err}");
    assert_eq!(stdout(&o).lines().count(), 1, "the good file is still analysed");
}

#[test]
fn a_bom_in_a_file_is_skipped() {
    let dir = scratch("bom_file");
    let path = write(&dir.join("bom.txt"), "\u{feff}“Yes,” said Ana Ruiz.");
    let o = run(&["--eval", path.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0);
    let v: Value = serde_json::from_str(stdout(&o).trim()).expect("JSON");
    // offsets count from the first character after the mark
    assert_eq!(v["attributions"][0]["content"][0]["start"], 0);
}

#[test]
fn control_characters_are_escaped_in_the_table_and_the_report() {
    let text = "Officials said the \u{1b}[2J\u{1b}]0;pwned\u{7}plan\u{9b}31m failed. \
                “It is over\u{202e},” said Ana Ruiz.";
    for format in ["--table", "--report"] {
        let o = run(&[format], text);
        assert_eq!(code(&o), 0);
        let out = stdout(&o);
        for raw in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}'] {
            assert!(!out.contains(raw), "{format}: raw {raw:?} reaches the terminal:\n{out}");
        }
        if format == "--table" {
            assert!(out.contains("\\u{1b}[2J"), "{format}: {out}");
        }
    }
    // JSON escapes them itself, and the HTML page shows them as symbols
    let o = run(&["--json"], text);
    assert!(!stdout(&o).contains('\u{1b}'));
    let o = run(&["--html"], text);
    assert!(!stdout(&o).contains('\u{1b}') && stdout(&o).contains('\u{241b}'));
}

/// `whosaid … | head -1`: the reader goes away; no panic, no error message.
#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let dir = scratch("closed_pipe");
    let line = serde_json::json!({"id": "a", "text": ARTICLE}).to_string();
    let corpus = write(&dir.join("big.jsonl"), format!("{line}\n").repeat(300));
    for format in ["--jsonl", "--table"] {
        let mut child = bin()
            .args([format, corpus.to_str().unwrap_or_default()])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starts");
        let mut out = child.stdout.take().expect("stdout");
        let mut first = [0u8; 64];
        out.read_exact(&mut first).expect("some output");
        drop(out);
        let o = child.wait_with_output().expect("ends");
        assert_no_panic(&o);
        assert_eq!(code(&o), 0, "{format}: {}", stderr(&o));
        assert!(stderr(&o).is_empty(), "{format}: {}", stderr(&o));
    }
}

#[test]
fn every_output_format_on_the_article() {
    let dir = scratch("formats");
    let file = article_file(&dir);
    let f = file.to_str().unwrap_or_default();

    let json: Value =
        serde_json::from_str(&stdout(&run(&["--json", "--text", f], ""))).expect("JSON");
    assert_eq!(json["format"], "whosaid-analysis");
    assert_eq!(json["attributions"].as_array().map(Vec::len), Some(23));
    assert_eq!(json["text"], ARTICLE);

    let jsonl = stdout(&run(&["--jsonl", f], ""));
    assert_eq!(jsonl.lines().count(), 1);

    let eval: Value =
        serde_json::from_str(stdout(&run(&["-f", "eval", f], "")).trim()).expect("JSON");
    assert_eq!(eval["attributions"].as_array().map(Vec::len), Some(22), "a continuation merged");
    let separate: Value =
        serde_json::from_str(stdout(&run(&["--eval", "--continuations=separate", f], "")).trim())
            .expect("JSON");
    assert_eq!(separate["attributions"].as_array().map(Vec::len), Some(23));

    let citron: Value = serde_json::from_str(&stdout(&run(&["--citron", f], ""))).expect("JSON");
    let quotes = citron["quotes"].as_array().expect("quotes");
    assert_eq!(quotes.len(), 22, "the continuation quote has no cue");
    let he = quotes
        .iter()
        .find(|q| q["sources"][0]["text"] == "He" && q["speaker"] == "another official");
    assert!(he.is_some_and(|q| q["coreferences"][0]["text"] == "Another official"), "{quotes:?}");

    let report = stdout(&run(&["--report", f], ""));
    assert!(report.contains("SOURCING REPORT") && report.contains("NON-RESPONSES (4)"));

    let out = dir.join("page.html");
    let o = run(&["--html", f, "-o", out.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0);
    assert!(o.stdout.is_empty());
    let html = std::fs::read_to_string(&out).expect("the page");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(!html.contains("http://") && !html.contains("https://"), "the page loads nothing");
    assert_eq!(html.matches("class=\"bar l-").count(), 7);
    assert_eq!(html.matches(" id=\"d0-a").count(), 23, "every attribution has its anchor");
}

#[test]
fn threads_do_not_change_the_output() {
    let dir = scratch("threads");
    let lines: String = (0..40)
        .map(|i| {
            format!(
                "{}\n",
                serde_json::json!({"id": i, "text": format!("{ARTICLE}\n\n“Take {i},” said Ana.")})
            )
        })
        .collect();
    let corpus = write(&dir.join("c.jsonl"), lines);
    let one = run(&["--jsonl", "-j", "1", corpus.to_str().unwrap_or_default()], "");
    let two = run(&["--jsonl", "--jobs=2", corpus.to_str().unwrap_or_default()], "");
    assert_eq!(code(&one), 0);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(stdout(&one).lines().count(), 40);
}

#[test]
fn progress_goes_to_standard_error() {
    let dir = scratch("progress");
    let corpus =
        write(&dir.join("c.jsonl"), format!("{}\n", serde_json::json!({"id": 1, "text": ARTICLE})));
    let o = run(&["--eval", "--progress", corpus.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0);
    assert!(stderr(&o).contains("whosaid: 1 documents, 0.0 MB"), "{}", stderr(&o));
    assert!(stderr(&o).contains("done"));
    assert_eq!(stdout(&o).lines().count(), 1, "progress stays out of the output");
    let quiet = run(&["--eval", "-q", corpus.to_str().unwrap_or_default()], "");
    assert!(stderr(&quiet).is_empty());
}

#[test]
fn user_lexicons_and_listing() {
    let dir = scratch("lexicons");
    let verbs = write(
        &dir.join("verbs.txt"),
        "# mine\nopine neutral inv,that opine opines opined opined opining\n",
    );
    let o = run(
        &["--eval", "--cue-verbs", verbs.to_str().unwrap_or_default()],
        "The minister opined that the plan would fail.",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("\"cue\":[{\"start\":13,\"end\":19}]"), "{}", stdout(&o));

    let bad =
        write(&dir.join("bad.txt"), "opine neutral inv,thta opine opines opined opined opining\n");
    let o = run(&["--cue-verbs", bad.to_str().unwrap_or_default()], "x");
    assert_eq!(code(&o), 2);
    assert!(
        stderr(&o).contains("bad.txt: cue verb lexicon, line 1: unknown frame \"thta\""),
        "{}",
        stderr(&o)
    );
    let o = run(&["--cue-verbs", "no/such/file.txt"], "x");
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("cannot read no/such/file.txt"), "{}", stderr(&o));

    let verbs_list = stdout(&run(&["--list", "cue-verbs"], ""));
    assert!(verbs_list.lines().any(|l| l.starts_with("say ") && l.contains("inv,that,quote")));
    let with_mine = stdout(&run(
        &["--list", "cue-verbs", "--cue-verbs", verbs.to_str().unwrap_or_default()],
        "",
    ));
    assert!(with_mine.lines().any(|l| l.starts_with("+ opine")), "{with_mine}");
    let frames = stdout(&run(&["--list", "frames"], ""));
    assert_eq!(frames.lines().count(), 1 + whosaid::Frame::ALL.len(), "{frames}");
    let lexicons = stdout(&run(&["--list", "lexicons"], ""));
    assert!(lexicons.contains("media-outlets") && lexicons.contains("first-names"));
    let outlets = stdout(&run(&["--list", "media-outlets"], ""));
    assert!(outlets.lines().any(|l| l.starts_with("Reuters |")));
    assert!(stdout(&run(&["--list", "levels"], "")).contains("anonymous_vague"));
    assert!(stdout(&run(&["--list", "classes"], "")).contains("skeptical"));
}

/// Python's `json` reads the output, and both documented offsets slice the right text
/// from the string Python has: characters directly, bytes after encoding.
#[test]
fn python_slices_the_json_with_its_offsets() {
    let python = Command::new("python3").arg("--version").output();
    if !python.is_ok_and(|o| o.status.success()) {
        // CI has Python (it runs the scorer); elsewhere, say that the check did not run
        assert!(std::env::var_os("CI").is_none(), "python3 is needed for this test in CI");
        eprintln!(
            "SKIPPED python_slices_the_json_with_its_offsets: python3 is not on this machine"
        );
        return;
    }
    let dir = scratch("python");
    let text = "„This is good“, said Jürgen Müller, the mayor of Köln. \
                “Justice 👩‍⚖️ was served,” said Seán O’Brien. A senior official said the 中文 \
                memo was “entirely legal” 😀🇺🇦. Two people familiar with the matter said \
                talks stalled in 東京. The ministry declined to comment.";
    let file = write(&dir.join("multi.txt"), text);
    let o = run(&["--json", "--text", "--utf16", file.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 0);
    let json = write(&dir.join("multi.json"), &o.stdout);
    let script = r#"
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
doc = json.load(open(sys.argv[2], encoding="utf-8"))
assert doc["chars"] == len(text), (doc["chars"], len(text))
spans = []
def walk(v):
    if isinstance(v, dict):
        if "char_start" in v:
            spans.append(v)
        for x in v.values():
            walk(x)
    elif isinstance(v, list):
        for x in v:
            walk(x)
walk(doc)
data = text.encode("utf-8")
utf16 = text.encode("utf-16-le")
for s in spans:
    by_chars = text[s["char_start"]:s["char_end"]]
    by_bytes = data[s["start"]:s["end"]].decode("utf-8")
    by_units = utf16[2 * s["utf16_start"]:2 * s["utf16_end"]].decode("utf-16-le")
    assert by_chars == by_bytes == by_units == s["text"], (s, by_chars, by_bytes, by_units)
contents = [text[c["char_start"]:c["char_end"]] for a in doc["attributions"] for c in a["content"]]
print(len(spans), "spans;", " | ".join(contents))
"#;
    let script = write(&dir.join("check.py"), script);
    let py = Command::new("python3").args([&script, &file, &json]).output().expect("python3 runs");
    let said = String::from_utf8_lossy(&py.stdout);
    assert!(py.status.success(), "python: {}{}", said, String::from_utf8_lossy(&py.stderr));
    assert!(said.contains("„This is good“"), "{said}");
    assert!(said.contains("“Justice 👩‍⚖️ was served,”"), "{said}");
    assert!(said.contains("中文"), "{said}");
}

/// File names come from outside too: one that is not UTF-8 is read like any other, and
/// one with terminal escapes is shown escaped in the messages on standard error.
#[cfg(unix)]
#[test]
fn file_names_with_any_bytes() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;

    let dir = scratch("file_names");
    let latin1 = dir.join(OsStr::from_bytes(b"caf\xe9.txt"));
    write(&latin1, "Prices rose, officials said.");
    let o = bin().arg("--eval").arg(&latin1).output().expect("runs");
    assert_no_panic(&o);
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let v: Value = serde_json::from_str(stdout(&o).trim()).expect("one JSON line");
    assert_eq!(v["id"], format!("{}", latin1.display()), "the id is the name, shown lossily");
    assert_eq!(v["attributions"].as_array().map(Vec::len), Some(1));

    let escapes = dir.join("evil\u{1b}[2J\u{1b}]0;title\u{7}.txt");
    write(&escapes, b"caf\xe9 said\n");
    let o =
        bin().arg("--table").arg(&escapes).arg(dir.join("gone\u{9b}.txt")).output().expect("runs");
    assert_eq!(code(&o), 1);
    let err = stderr(&o);
    for raw in ['\u{1b}', '\u{7}', '\u{9b}'] {
        assert!(!err.contains(raw), "raw {raw:?} reaches the terminal: {err:?}");
    }
    assert!(err.contains("evil\\u{1b}[2J\\u{1b}]0;title\\u{7}.txt: not UTF-8 text"), "{err}");
    assert!(err.contains("gone\\u{9b}.txt: "), "{err}");

    // an option name that is not UTF-8 is still an unknown option, not a panic
    let o = bin().arg(OsStr::from_bytes(b"--b\xffd")).output().expect("runs");
    assert_no_panic(&o);
    assert_eq!(code(&o), 2);
    assert!(stderr(&o).contains("unknown option --b\u{fffd}d"), "{}", stderr(&o));
}

/// A folder with no text file in it is most likely the wrong folder: said, and the status
/// is 1.
#[test]
fn a_folder_without_text_files() {
    let dir = scratch("no_text_files");
    let folder = dir.join("articles");
    std::fs::create_dir_all(&folder).expect("a folder");
    write(&folder.join("notes.md"), "“Not this,” he said.");
    let o = run(&["--eval", folder.to_str().unwrap_or_default()], "");
    assert_eq!(code(&o), 1);
    assert!(
        stderr(&o).contains("articles: no .txt file in this folder or below"),
        "{}",
        stderr(&o)
    );
    assert!(o.stdout.is_empty());
}

/// `--list` shows user lexicons as they were added, terminal escapes included, escaped.
#[test]
fn listed_user_entries_are_escaped() {
    let dir = scratch("list_escapes");
    let outlets = write(&dir.join("outlets.txt"), "The Daily\u{1b}[31mPlanet | Daily Planet\n");
    let o = run(
        &["--list", "media-outlets", "--media-outlets", outlets.to_str().unwrap_or_default()],
        "",
    );
    assert_eq!(code(&o), 0, "{}", stderr(&o));
    let out = stdout(&o);
    assert!(!out.contains('\u{1b}'), "{out:?}");
    assert!(out.lines().any(|l| l == "+ The Daily\\u{1b}[31mPlanet | Daily Planet"), "{out}");
}
