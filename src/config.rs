//! Configuration and the analyzer builder.

use std::path::Path;

use crate::error::{Error, Result};
use crate::model::Gender;
use crate::rule::{Rule, RuleSet};

/// Settings of an [`Analyzer`](crate::Analyzer).
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Config {
    /// Attributions below this confidence are dropped. Default 0.0 (keep all).
    pub min_confidence: f32,
    /// How many sentences back a pronoun may look for its speaker. Default 6.
    pub pronoun_window: usize,
    /// The most text, in bytes, analysed as one window. Default 256 KiB (about 40,000
    /// words; news articles are a few kilobytes, the longest features under 100 KB).
    ///
    /// A longer text is analysed window by window, cut after the last blank line (else
    /// line break) that fits, and the results are joined in text order. People,
    /// organisations and outlets of the same name are one speaker across windows, with the
    /// mentions of all and the higher sourcing level; a pronoun or a description ("the
    /// official") refers back only within its window, and a quotation does not run across
    /// a cut. In exchange, the memory of an analysis is its results plus one window, and
    /// large texts are read as fast as small ones. The window is at least 1 KiB; a window over 4 GiB is 4 GiB.
    pub window: usize,
    /// Rules switched off ([`Config::disable`]).
    disabled: RuleSet,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            min_confidence: 0.0,
            pronoun_window: 6,
            window: 256 << 10,
            disabled: RuleSet::default(),
        }
    }
}

impl Config {
    /// Sets [`Config::min_confidence`].
    #[must_use]
    pub fn min_confidence(mut self, value: f32) -> Self {
        self.min_confidence = value;
        self
    }

    /// Sets [`Config::pronoun_window`].
    #[must_use]
    pub fn pronoun_window(mut self, sentences: usize) -> Self {
        self.pronoun_window = sentences;
        self
    }

    /// Sets [`Config::window`].
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::{Analyzer, Config};
    ///
    /// let analyzer = Analyzer::builder().config(Config::default().window(4 << 20)).build()?;
    /// assert_eq!(analyzer.config().window, 4 << 20);
    /// let small = Analyzer::builder().config(Config::default().window(100)).build();
    /// assert!(small.is_err());
    /// # Ok::<(), whosaid::Error>(())
    /// ```
    #[must_use]
    pub fn window(mut self, bytes: usize) -> Self {
        self.window = bytes;
        self
    }

    /// Switches a rule of the grammar off: it finds nothing, and the rules after it may apply
    /// where it would have (see [`Rule`] for the order).
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::{Config, Rule};
    ///
    /// let config = Config::default().disable(Rule::Continuation);
    /// assert!(!config.is_enabled(Rule::Continuation));
    /// assert!(config.is_enabled(Rule::CueQuote));
    /// ```
    #[must_use]
    pub fn disable(mut self, rule: Rule) -> Self {
        self.disabled.insert(rule);
        self
    }

    /// Whether a rule is on (every rule is, unless [`disable`](Self::disable)d).
    #[must_use]
    pub fn is_enabled(&self, rule: Rule) -> bool {
        !self.disabled.contains(rule)
    }

    pub(crate) fn validate(&self) -> Result<()> {
        if !(0.0..=1.0).contains(&self.min_confidence) {
            return Err(Error::Config {
                setting: "min_confidence",
                message: format!("must be between 0 and 1, got {}", self.min_confidence),
            });
        }
        if self.window < MIN_WINDOW {
            return Err(Error::Config {
                setting: "window",
                message: format!("must be at least {MIN_WINDOW} bytes, got {}", self.window),
            });
        }
        Ok(())
    }
}

/// The smallest [`Config::window`].
pub(crate) const MIN_WINDOW: usize = 1 << 10;

/// Builds an [`Analyzer`](crate::Analyzer) with custom settings or lexicon entries.
///
/// Setters never fail; [`AnalyzerBuilder::build`] reports invalid settings and user lexicon
/// lines that cannot be read.
///
/// # Examples
///
/// ```
/// use whosaid::{Analyzer, Config};
///
/// let analyzer = Analyzer::builder()
///     .config(Config::default().min_confidence(0.5))
///     .cue_verbs("opine neutral inv,that opine opines opined opined opining")
///     .build()?;
/// let analysis = analyzer.analyze("The minister opined that the plan would fail.");
/// assert_eq!(analysis.attributions().len(), 1);
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    pub(crate) config: Config,
    pub(crate) cue_verbs: Vec<String>,
    pub(crate) outlets: Vec<String>,
    pub(crate) names: Vec<(String, Gender)>,
    pub(crate) files: Vec<(FileKind, std::path::PathBuf)>,
}

#[derive(Debug, Clone, Copy)]
pub(crate) enum FileKind {
    CueVerbs,
    Outlets,
}

impl AnalyzerBuilder {
    /// Uses these settings.
    #[must_use]
    pub fn config(mut self, config: Config) -> Self {
        self.config = config;
        self
    }

    /// Adds reporting verbs, one per line in the format of the built-in `cue_verbs.txt`:
    /// `LEMMA CLASS FRAMES BASE THIRD PAST PARTICIPLE ING [+PARTICLE]`, for example
    /// `opine neutral inv,that opine opines opined opined opining`.
    ///
    /// * `CLASS` is one of the [`CueClass`](crate::CueClass) names: neutral, assertive,
    ///   skeptical, denial, belief, intention, inquiry, evaluation, evidence.
    /// * `FRAMES` is a comma-separated list of [`Frame`](crate::Frame) names, saying what may
    ///   follow the verb: inv, that, thatreq, obj, np, inf, as, quote, wh, dir. A verb is
    ///   found only in the frames its line lists.
    /// * `+PARTICLE`: the verb is a cue only with this particle after it (`+out` for
    ///   "pointed out").
    ///
    /// Lines starting with `#` and blank lines are skipped. A verb that is already in the
    /// lexicon (same lemma and particle) is an error: [`Lexicons::cue_verbs`] lists the
    /// built-in ones.
    ///
    /// [`Lexicons::cue_verbs`]: crate::Lexicons::cue_verbs
    #[must_use]
    pub fn cue_verbs(mut self, lines: &str) -> Self {
        self.cue_verbs.push(lines.to_string());
        self
    }

    /// Adds news outlets, one per line: `CANONICAL NAME | alias | alias`.
    #[must_use]
    pub fn media_outlets(mut self, lines: &str) -> Self {
        self.outlets.push(lines.to_string());
        self
    }

    /// Adds a given name with the gender usually associated with it, used to resolve "he"
    /// and "she".
    #[must_use]
    pub fn first_name(mut self, name: &str, gender: Gender) -> Self {
        self.names.push((name.to_string(), gender));
        self
    }

    /// Adds reporting verbs from a file (read at [`build`](Self::build)).
    #[must_use]
    pub fn cue_verbs_file(mut self, path: impl AsRef<Path>) -> Self {
        self.files.push((FileKind::CueVerbs, path.as_ref().to_path_buf()));
        self
    }

    /// Adds news outlets from a file (read at [`build`](Self::build)).
    #[must_use]
    pub fn media_outlets_file(mut self, path: impl AsRef<Path>) -> Self {
        self.files.push((FileKind::Outlets, path.as_ref().to_path_buf()));
        self
    }
}
