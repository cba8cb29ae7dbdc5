//! Errors. Analysing text never fails; only configuration and user lexicons can.

use thiserror::Error;

/// What can go wrong when building an [`Analyzer`](crate::Analyzer) or loading a lexicon.
///
/// Analysing text is infallible, so none of these come from
/// [`Analyzer::analyze`](crate::Analyzer::analyze).
#[derive(Debug, Error)]
#[non_exhaustive]
pub enum Error {
    /// A line of a user lexicon could not be read.
    #[error("{lexicon} lexicon, line {line}: {message}")]
    Lexicon {
        /// Which lexicon: "cue verb", "media outlet", "first name", …
        lexicon: &'static str,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// A configuration value is out of range.
    #[error("invalid setting {setting}: {message}")]
    Config {
        /// The setting's name.
        setting: &'static str,
        /// Why the value is rejected.
        message: String,
    },
    /// Reading a lexicon or input file failed.
    #[error("i/o error: {0}")]
    Io(#[from] std::io::Error),
}

/// `Result` with this crate's [`Error`](enum@Error).
pub type Result<T> = std::result::Result<T, Error>;
