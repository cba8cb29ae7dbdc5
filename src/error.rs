//! Errors. Analysing text never fails; only configuration and user lexicons can.

use std::path::PathBuf;

use thiserror::Error;

/// What can go wrong when building an [`Analyzer`](crate::Analyzer) or loading a lexicon.
///
/// Analysing text is infallible, so none of these come from
/// [`Analyzer::analyze`](crate::Analyzer::analyze). Messages are lower case, without a final
/// period, and name the file and line where there is one.
///
/// # Examples
///
/// ```
/// use whosaid::{Analyzer, Error};
///
/// let err = Analyzer::builder().cue_verbs_file("no/such/verbs.txt").build().unwrap_err();
/// let Error::Io { path, .. } = &err else { panic!("an i/o error") };
/// assert_eq!(path.to_str(), Some("no/such/verbs.txt"));
/// assert!(err.to_string().starts_with("cannot read no/such/verbs.txt: "));
///
/// let err = Analyzer::builder()
///     .cue_verbs("opine neutral inv,thta opine opines opined opined opining")
///     .build()
///     .unwrap_err();
/// assert!(matches!(err, Error::Lexicon { line: 1, .. }));
/// assert!(err.to_string().contains(r#"unknown frame "thta""#));
/// ```
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a user lexicon could not be read.
    #[error("{}{lexicon} lexicon, line {line}: {message}", file_prefix(.file.as_ref()))]
    #[non_exhaustive]
    Lexicon {
        /// Which lexicon: "cue verb", "media outlet", "first name", …
        lexicon: &'static str,
        /// The file the line comes from, for lexicons added from a file.
        file: Option<PathBuf>,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A configuration value is out of range.
    #[error("invalid setting {setting}: {message}")]
    #[non_exhaustive]
    Config {
        /// The setting's name.
        setting: &'static str,
        /// Why the value is rejected.
        message: String,
    },
    /// A lexicon or input file could not be read.
    #[error("cannot read {}: {source}", .path.display())]
    #[non_exhaustive]
    Io {
        /// The file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
}

fn file_prefix(file: Option<&PathBuf>) -> String {
    file.map(|f| format!("{}: ", f.display())).unwrap_or_default()
}

impl Error {
    /// The error for a file that cannot be read.
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io { path: path.into(), source }
    }
}

/// `Result` with this crate's [`Error`](enum@Error).
pub type Result<T> = std::result::Result<T, Error>;
