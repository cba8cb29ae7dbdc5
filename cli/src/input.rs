//! Inputs: text files, folders of them, JSONL corpora and standard input, read as a stream
//! of documents in batches. A document that cannot be read is an error of its own (with
//! its file and line), and the stream goes on.

use std::collections::VecDeque;
use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One document to analyse.
#[derive(Debug)]
pub struct Doc {
    pub id: String,
    pub text: String,
}

/// A document, or why one could not be read (the message names the file and line).
pub type Item = Result<Doc, String>;

/// Where documents come from, in order.
#[derive(Debug)]
enum Source {
    /// One article in a text file.
    Article(PathBuf),
    /// One article on standard input.
    StdinArticle,
    /// A JSONL corpus, one document per line.
    Corpus(PathBuf),
    StdinCorpus,
    /// A folder, listed when its turn comes.
    Folder(PathBuf),
}

/// How far folders are followed down.
const MAX_FOLDER_DEPTH: usize = 64;

/// The documents of all inputs, in order.
pub struct Documents {
    queue: VecDeque<Source>,
    corpus: Option<(String, Box<dyn BufRead>, usize)>,
    /// Whether the inputs can hold more than one document.
    pub several: bool,
}

impl Documents {
    pub fn new(inputs: &[PathBuf], jsonl: bool) -> Documents {
        let mut queue = VecDeque::new();
        let mut several = inputs.len() > 1;
        if inputs.is_empty() {
            queue.push_back(if jsonl { Source::StdinCorpus } else { Source::StdinArticle });
            several = jsonl;
        }
        for input in inputs {
            let source = if input.as_os_str() == "-" {
                if jsonl { Source::StdinCorpus } else { Source::StdinArticle }
            } else {
                let path = input.clone();
                if path.is_dir() {
                    Source::Folder(path)
                } else if jsonl || has_extension(&path, "jsonl") {
                    Source::Corpus(path)
                } else {
                    Source::Article(path)
                }
            };
            several |=
                matches!(source, Source::Folder(_) | Source::Corpus(_) | Source::StdinCorpus);
            queue.push_back(source);
        }
        Documents { queue, corpus: None, several }
    }

    /// Up to `max_docs` documents or about `max_bytes` of text; empty at the end.
    pub fn next_batch(&mut self, max_docs: usize, max_bytes: usize) -> Vec<Item> {
        let mut batch = Vec::new();
        let mut bytes = 0;
        while batch.len() < max_docs && bytes < max_bytes {
            match self.next_item() {
                Some(item) => {
                    if let Ok(doc) = &item {
                        bytes += doc.text.len();
                    }
                    batch.push(item);
                }
                None => break,
            }
        }
        batch
    }

    fn next_item(&mut self) -> Option<Item> {
        loop {
            if self.corpus.is_some() {
                if let Some(item) = self.next_corpus_line() {
                    return Some(item);
                }
                continue;
            }
            let source = self.queue.pop_front()?;
            if let Some(item) = self.open(source) {
                return Some(item);
            }
        }
    }

    /// The next document of the open corpus, or `None` at its end, which closes it.
    fn next_corpus_line(&mut self) -> Option<Item> {
        while let Some((name, reader, line_no)) = &mut self.corpus {
            let mut line = String::new();
            *line_no += 1;
            match read_line(reader.as_mut(), &mut line) {
                Ok(0) => self.corpus = None,
                Ok(_) if line.trim().is_empty() => {}
                Ok(_) => return Some(corpus_line(name, *line_no, &line)),
                Err(e) => {
                    let msg = format!("{name}:{line_no}: {e}");
                    self.corpus = None;
                    return Some(Err(msg));
                }
            }
        }
        None
    }

    /// Opens an input: an article is read at once; a corpus is opened and a folder's files
    /// are queued, giving no document yet unless they cannot be read.
    fn open(&mut self, source: Source) -> Option<Item> {
        match source {
            Source::Article(path) => Some(read_article(&path)),
            Source::StdinArticle => {
                let mut bytes = Vec::new();
                Some(match std::io::stdin().lock().read_to_end(&mut bytes) {
                    Ok(_) => to_text("standard input", bytes)
                        .map(|text| Doc { id: "-".to_string(), text }),
                    Err(e) => Err(format!("standard input: {e}")),
                })
            }
            Source::Corpus(path) => match fs::File::open(&path) {
                Ok(f) => {
                    let reader: Box<dyn BufRead> = Box::new(BufReader::new(f));
                    self.corpus = Some((path.display().to_string(), reader, 0));
                    None
                }
                Err(e) => Some(Err(format!("{}: {e}", path.display()))),
            },
            Source::StdinCorpus => {
                let reader: Box<dyn BufRead> = Box::new(BufReader::new(std::io::stdin()));
                self.corpus = Some(("standard input".to_string(), reader, 0));
                None
            }
            Source::Folder(path) => self.queue_folder(&path).err().map(Err),
        }
    }

    /// Queues the `.txt` files of a folder and its subfolders, in order; an error when there
    /// are none (an input that gives nothing is most likely the wrong folder).
    fn queue_folder(&mut self, path: &Path) -> Result<(), String> {
        let mut files = Vec::new();
        list_folder(path, 0, &mut files)?;
        if files.is_empty() {
            return Err(format!("{}: no .txt file in this folder or below", path.display()));
        }
        files.sort();
        for f in files.into_iter().rev() {
            self.queue.push_front(Source::Article(f));
        }
        Ok(())
    }
}

/// Reads one line as bytes, so that a line that is not UTF-8 is that line's error and not
/// the end of the corpus.
fn read_line(reader: &mut dyn BufRead, line: &mut String) -> std::io::Result<usize> {
    let mut bytes = Vec::new();
    let n = reader.read_until(b'\n', &mut bytes)?;
    match String::from_utf8(bytes) {
        Ok(s) => *line = s,
        Err(e) => {
            *line = String::new();
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8 (at byte {} of the line)", e.utf8_error().valid_up_to()),
            ));
        }
    }
    Ok(n)
}

fn has_extension(path: &Path, ext: &str) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| e.eq_ignore_ascii_case(ext))
}

/// The `.txt` files under `dir`, symbolic links to folders not followed (no cycles).
fn list_folder(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) -> Result<(), String> {
    if depth > MAX_FOLDER_DEPTH {
        return Err(format!("{}: folders nested too deep", dir.display()));
    }
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let entry = entry.map_err(|e| format!("{}: {e}", dir.display()))?;
        let path = entry.path();
        let kind = entry.file_type().map_err(|e| format!("{}: {e}", path.display()))?;
        if kind.is_dir() {
            list_folder(&path, depth + 1, out)?;
        } else if has_extension(&path, "txt") && (kind.is_file() || path.is_file()) {
            out.push(path);
        }
    }
    Ok(())
}

fn read_article(path: &Path) -> Item {
    let name = path.display().to_string();
    let bytes = fs::read(path).map_err(|e| format!("{name}: {e}"))?;
    to_text(&name, bytes).map(|text| Doc { id: name, text })
}

/// The text of a file: UTF-8, without a byte order mark.
fn to_text(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    let mut text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (the first bad byte is at {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    Ok(text)
}

/// One line of a corpus: `{"id": …, "text": …}`, other fields ignored.
fn corpus_line(name: &str, n: usize, line: &str) -> Item {
    let line = line.trim_start_matches('\u{feff}');
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("{name}:{n}: not JSON: {e}"))?;
    let Some(obj) = value.as_object() else {
        return Err(format!("{name}:{n}: a document must be a JSON object"));
    };
    let id = match obj.get("id") {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Number(x)) => x.to_string(),
        Some(_) => return Err(format!("{name}:{n}: \"id\" must be a string or a number")),
        None => return Err(format!("{name}:{n}: no \"id\" (a string or a number)")),
    };
    match obj.get("text") {
        Some(serde_json::Value::String(s)) => Ok(Doc { id, text: s.clone() }),
        Some(_) => Err(format!("{name}:{n}: \"text\" must be a string")),
        None => Err(format!("{name}:{n}: no \"text\"")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn corpus_lines() {
        let ok = corpus_line("c", 1, "\u{feff}{\"id\": 7, \"text\": \"Hi.\", \"x\": 1}").unwrap();
        assert_eq!((ok.id.as_str(), ok.text.as_str()), ("7", "Hi."));
        let ok = corpus_line("c", 1, r#"{"id": "a", "text": "Hi."}"#).unwrap();
        assert_eq!(ok.id, "a");
        assert!(corpus_line("c", 3, "{").unwrap_err().starts_with("c:3: not JSON"));
        assert_eq!(
            corpus_line("c", 4, "[1]").unwrap_err(),
            "c:4: a document must be a JSON object"
        );
        assert!(corpus_line("c", 5, r#"{"text": "x"}"#).unwrap_err().contains("no \"id\""));
        assert!(
            corpus_line("c", 6, r#"{"id": [], "text": "x"}"#)
                .unwrap_err()
                .contains("string or a number")
        );
        assert!(
            corpus_line("c", 7, r#"{"id": 1, "text": 2}"#)
                .unwrap_err()
                .contains("\"text\" must be a string")
        );
    }

    #[test]
    fn text_without_bom() {
        assert_eq!(to_text("f", "\u{feff}Hi".as_bytes().to_vec()).unwrap(), "Hi");
        assert!(to_text("f", vec![b'a', 0xff]).unwrap_err().contains("not UTF-8"));
    }
}
