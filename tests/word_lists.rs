//! Word knowledge lives in `src/lexicon/data/`, not in grammar code: no source file outside
//! `src/lexicon/` holds a list of English words (two or more word literals in a row, in a
//! `matches!`, an array or a slice), outside its tests. A rule that needs a closed set of
//! words looks it up as a grammar set (`data/grammar_sets.txt`), a class or a frame.

use std::fs;
use std::path::{Path, PathBuf};

/// The one list the tokenizer needs before any lexicon exists: the clitics that an
/// apostrophe splits off ("’s", "’re", …), which also split the lexicon's own keys.
const ALLOWED: &[(&str, &str)] = &[("src/words.rs", "is_clitic")];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("readable source tree").flatten().collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The code of a file before its `#[cfg(test)]` module, without `//` comments (string
/// literals kept: a `//` inside one is rare in this crate and only shortens a line).
fn code(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines()
        .map(|l| match l.find("//") {
            Some(k) if l[..k].matches('"').count() % 2 == 0 => &l[..k],
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a string literal's content is an English word or phrase: letters (at least two
/// lower-case in a row), spaces, apostrophes, hyphens.
fn is_word(lit: &str) -> bool {
    let b = lit.as_bytes();
    !lit.is_empty()
        && lit.chars().all(|c| c.is_ascii_alphabetic() || matches!(c, ' ' | '\'' | '’' | '-'))
        && b.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_lowercase())
}

/// Runs of two or more word literals separated only by `|`, `,` and white space: (line,
/// the literals).
fn word_lists(code: &str) -> Vec<(usize, Vec<String>)> {
    let mut found = Vec::new();
    let mut run: Vec<String> = Vec::new();
    let mut run_line = 0;
    let mut line = 1;
    let mut chars = code.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                let mut lit = String::new();
                while let Some(d) = chars.next() {
                    match d {
                        '\\' => {
                            lit.push(d);
                            if let Some(e) = chars.next() {
                                lit.push(e);
                            }
                        }
                        '"' => break,
                        '\n' => {
                            line += 1;
                            lit.push(d);
                        }
                        _ => lit.push(d),
                    }
                }
                if is_word(&lit) {
                    if run.is_empty() {
                        run_line = line;
                    }
                    run.push(lit);
                } else {
                    run.clear();
                }
            }
            '|' | ',' => {}
            c if c.is_whitespace() => {}
            _ => {
                if run.len() >= 2 {
                    found.push((run_line, std::mem::take(&mut run)));
                }
                run.clear();
            }
        }
    }
    found
}

#[test]
fn no_word_list_is_left_in_grammar_code() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let mut report = Vec::new();
    for f in files {
        let rel = f.strip_prefix(root).unwrap_or(&f).to_string_lossy().replace('\\', "/");
        if rel.starts_with("src/lexicon/") {
            continue;
        }
        let text = fs::read_to_string(&f).expect("readable source file");
        let code = code(&text);
        for (line, words) in word_lists(&code) {
            let lines: Vec<&str> = code.lines().collect();
            // the function the list is in: the nearest `fn` line above it
            let within = lines[..line.min(lines.len())]
                .iter()
                .rev()
                .find_map(|l| l.trim_start().split("fn ").nth(1))
                .and_then(|s| s.split(['(', '<']).next())
                .unwrap_or("");
            if ALLOWED.iter().any(|&(file, func)| file == rel && func == within) {
                continue;
            }
            report.push(format!("{rel}:{line} (in {within}): {}", words.join(" ")));
        }
    }
    assert!(
        report.is_empty(),
        "word lists in grammar code (move them to src/lexicon/data):\n{}",
        report.join("\n")
    );
}

#[test]
fn the_scanner_finds_lists_and_only_lists() {
    let code = r#"
        if matches!(w, "today" | "yesterday") {}
        let x = ["of", "for"];
        let one = doc.is_word(k, "that");
        let key = ("span", "start");
        let n = "x" | "y";
        let f = format!("{a} {b}", "text");
    "#;
    let found = word_lists(code);
    let lists: Vec<Vec<&str>> =
        found.iter().map(|(_, w)| w.iter().map(String::as_str).collect()).collect();
    assert_eq!(lists, [vec!["today", "yesterday"], vec!["of", "for"], vec!["span", "start"]]);
    assert_eq!(found[0].0, 2);
    assert!(is_word("didn't") && is_word("according to") && !is_word("x") && !is_word("{a}"));
}
