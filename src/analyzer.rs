//! The analyzer: runs the stages in order over one document.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

use crate::catalog::{Lexicons, UserLexicons};
use crate::config::{AnalyzerBuilder, Config, FileKind};
use crate::document::Doc;
use crate::error::{Error, Result};
use crate::lexicon::Lexicon;
use crate::model::Gender;
use crate::model::{
    Attribution, AttributionId, Mention, MentionId, NonResponse, NonResponseId, Paragraph, Quote,
    QuoteId, Sentence, Speaker, SpeakerId,
};
use crate::phrase::Chunks;
pub(crate) use crate::results::Results;
use crate::results::{Index, Joined};
use crate::sourcing::Profile;
use crate::span::Span;
use crate::token::MAX_DOC;
use crate::{coref, cues, link, sourcing};

/// Finds attributions in text. Reusable and `Send + Sync`: build one and share it.
///
/// # Examples
///
/// ```
/// let analyzer = whosaid::Analyzer::new();
/// let text = "“We will not back down,” said Senator Jane Doe of Ohio.";
/// let analysis = analyzer.analyze(text);
/// let a = analysis.attribution_refs().next().expect("one attribution");
/// assert_eq!(a.content_text(), "“We will not back down,”");
/// assert_eq!(a.speaker_name().as_deref(), Some("Jane Doe"));
/// ```
#[derive(Debug, Clone)]
pub struct Analyzer {
    config: Config,
    lexicon: Option<Arc<Lexicon>>,
    /// what the builder added, for listing
    user: Option<Arc<UserLexicons>>,
}

impl Default for Analyzer {
    fn default() -> Self {
        Analyzer::new()
    }
}

static DEFAULT: Lazy<Analyzer> = Lazy::new(Analyzer::new);

/// Analyses `text` with the default [`Analyzer`].
///
/// # Examples
///
/// ```
/// let analysis = whosaid::analyze("The Miami talks produced a plan, two people familiar with the discussions said.");
/// assert_eq!(analysis.attributions().len(), 1);
/// ```
#[must_use]
pub fn analyze(text: &str) -> Analysis<'_> {
    DEFAULT.analyze(text)
}

impl Analyzer {
    /// An analyzer with the built-in lexicons and default settings.
    #[must_use]
    pub fn new() -> Self {
        Analyzer { config: Config::default(), lexicon: None, user: None }
    }

    /// Starts building an analyzer with custom settings or lexicon entries.
    #[must_use]
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    pub(crate) fn from_parts(
        config: Config,
        lexicon: Option<Arc<Lexicon>>,
        user: Option<Arc<UserLexicons>>,
    ) -> Self {
        Analyzer { config, lexicon, user }
    }

    /// The settings in use.
    #[must_use]
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The lexicons in use, built-in ones and those added through the builder, for
    /// listing.
    ///
    /// # Examples
    ///
    /// ```
    /// let analyzer = whosaid::Analyzer::new();
    /// let said = analyzer.lexicons().cue_verbs().find(|v| v.past() == "said");
    /// assert_eq!(said.map(|v| v.lemma()), Some("say"));
    /// ```
    #[must_use]
    pub fn lexicons(&self) -> Lexicons<'_> {
        Lexicons::with_user(self.user.as_ref())
    }

    fn lexicon(&self) -> &Lexicon {
        self.lexicon.as_deref().unwrap_or_else(|| Lexicon::builtin())
    }

    /// Analyses one document. Never fails and never panics, whatever the text.
    ///
    /// The library reads English: text in another language gives few or no attributions
    /// (an empty result rather than an error).
    #[must_use]
    pub fn analyze<'t>(&self, text: &'t str) -> Analysis<'t> {
        Analysis { text, data: Cow::Owned(self.results(text)) }
    }

    /// Analyses one document and keeps the text with the results, for an analysis that
    /// outlives the text's owner or moves to another thread.
    ///
    /// # Examples
    ///
    /// ```
    /// let analyzer = whosaid::Analyzer::new();
    /// let owned = analyzer.analyze_owned(String::from("“It works,” she said."));
    /// let handle = std::thread::spawn(move || owned.analysis().attribution_refs().count());
    /// assert_eq!(handle.join().ok(), Some(1));
    /// ```
    #[must_use]
    pub fn analyze_owned(&self, text: impl Into<String>) -> OwnedAnalysis {
        let text = text.into();
        let data = self.results(&text);
        OwnedAnalysis { text, data }
    }

    /// The results of the whole text: one window, or for a text longer than
    /// [`Config::window`], one window after the other, joined.
    fn results(&self, text: &str) -> Results {
        self.results_in_windows(text, self.config.window.min(MAX_DOC))
    }

    fn results_in_windows(&self, text: &str, window: usize) -> Results {
        if text.len() <= window {
            return self.document(text);
        }
        let starts = crate::results::window_starts(text, window);
        let mut joined = Joined::default();
        for (k, &at) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(text.len());
            joined.push(self.document(text.get(at..end).unwrap_or("")), at, text);
        }
        joined.finish()
    }

    /// The stages, in order, over one window of at most [`MAX_DOC`] bytes.
    fn document(&self, text: &str) -> Results {
        let doc = Doc::new(text, self.lexicon(), &self.config);
        let cands = cues::run(&doc);
        let chunks = Chunks::new(&doc);
        let linked = link::run(&doc, &chunks, &cands);
        let link::Linked { mentions, mut attributions, non_responses, .. } = linked;
        let coref::Coref { mentions, mut speakers, links } =
            coref::run(&doc, &chunks, mentions, &attributions);
        for (a, (speaker, resolution)) in attributions.iter_mut().zip(links) {
            a.speaker = speaker;
            a.resolution = resolution;
        }
        let (speaker_levels, levels) = sourcing::run(&doc, &mentions, &speakers, &attributions);
        for (sp, level) in speakers.iter_mut().zip(speaker_levels) {
            sp.sourcing = level;
        }
        for (a, level) in attributions.iter_mut().zip(levels) {
            a.sourcing = level;
        }
        attributions.retain(|a| a.confidence >= self.config.min_confidence);
        // the grammar adds and subtracts tenths in f32 ("0.9 - 0.1" is 0.79999995); written
        // to three decimals, a confidence reads as the number it was meant to be
        for a in &mut attributions {
            a.confidence = (a.confidence * 1000.0).round() / 1000.0;
        }
        let Doc { paras, sents, quotes, .. } = doc;
        Results {
            paragraphs: paras,
            sentences: sents,
            quotes,
            mentions,
            attributions,
            speakers,
            non_responses,
            index: OnceLock::new(),
        }
    }
}

/// The result of analysing one document. Borrows the text; owns the results.
///
/// The lists ([`attributions`](Self::attributions), [`speakers`](Self::speakers), …) hold
/// plain data with [`Span`]s and ids; the `*_refs` methods give the same items as views
/// that resolve those spans and ids for you ([`AttributionRef`](crate::AttributionRef), [`SpeakerRef`](crate::SpeakerRef), …).
///
/// Serialised with serde, an analysis is its lists with byte offsets and without the text;
/// for JSON that other languages can slice, see [`Analysis::to_json`].
///
/// # Examples
///
/// ```
/// let text = "“We will not back down,” said Senator Jane Doe of Ohio. She added that the \
///             vote would be close. Her office declined to comment.";
/// let analysis = whosaid::analyze(text);
///
/// let first = analysis.attribution_refs().next().expect("an attribution");
/// assert_eq!(first.content_text(), "“We will not back down,”");
/// assert_eq!(first.speaker_name().as_deref(), Some("Jane Doe"));
///
/// let doe = analysis.speaker_refs().find(|s| s.name() == "Jane Doe").expect("a speaker");
/// assert_eq!(doe.attributions().count(), 2);
/// assert_eq!(analysis.non_responses().len(), 1);
/// ```
#[derive(Debug, Clone, Serialize)]
pub struct Analysis<'t> {
    #[serde(skip)]
    pub(crate) text: &'t str,
    #[serde(flatten)]
    pub(crate) data: Cow<'t, Results>,
}

impl<'t> Analysis<'t> {
    /// The analysed text, whole.
    #[must_use]
    pub fn input(&self) -> &'t str {
        self.text
    }

    /// The analysed text, whole.
    #[deprecated(since = "0.1.0", note = "renamed `input`: a source is who speaks")]
    #[must_use]
    pub fn source_text(&self) -> &'t str {
        self.text
    }

    /// The text of a span; empty if the span does not lie on this text's char boundaries.
    #[must_use]
    pub fn text(&self, span: Span) -> &'t str {
        self.text.get(span.range()).unwrap_or("")
    }

    /// Paragraphs, in order.
    #[must_use]
    pub fn paragraphs(&self) -> &[Paragraph] {
        &self.data.paragraphs
    }

    /// Sentences, in order; their spans tile the text.
    #[must_use]
    pub fn sentences(&self) -> &[Sentence] {
        &self.data.sentences
    }

    /// Quotations, in order of their opening marks (an outer one before those it contains).
    #[must_use]
    pub fn quotes(&self) -> &[Quote] {
        &self.data.quotes
    }

    /// One quotation.
    #[must_use]
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.data.quotes.get(id.index())
    }

    /// Mentions of sources, in text order of discovery.
    #[must_use]
    pub fn mentions(&self) -> &[Mention] {
        &self.data.mentions
    }

    /// One mention.
    #[must_use]
    pub fn mention(&self, id: MentionId) -> Option<&Mention> {
        self.data.mentions.get(id.index())
    }

    /// Attributions, in text order of their content.
    #[must_use]
    pub fn attributions(&self) -> &[Attribution] {
        &self.data.attributions
    }

    /// One attribution.
    #[must_use]
    pub fn attribution(&self, id: AttributionId) -> Option<&Attribution> {
        self.data.attributions.get(id.index())
    }

    /// Speakers: one per real-world source.
    #[must_use]
    pub fn speakers(&self) -> &[Speaker] {
        &self.data.speakers
    }

    /// One speaker.
    #[must_use]
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.data.speakers.get(id.index())
    }

    /// Non-responses: sources that declined to comment or did not answer.
    #[must_use]
    pub fn non_responses(&self) -> &[NonResponse] {
        &self.data.non_responses
    }

    /// One non-response.
    #[must_use]
    pub fn non_response(&self, id: NonResponseId) -> Option<&NonResponse> {
        self.data.non_responses.get(id.index())
    }

    /// The source mention of an attribution as written ("he", "a senior US official").
    #[deprecated(
        since = "0.1.0",
        note = "use `attribution_refs()` and `AttributionRef::source_text`"
    )]
    #[must_use]
    pub fn source_text_of(&self, a: &Attribution) -> Option<&'t str> {
        a.source().and_then(|m| self.mention(m)).map(|m| self.text(m.span()))
    }

    /// The name of an attribution's speaker as written at the mention that names it ("A
    /// source" keeps its capital).
    #[deprecated(
        since = "0.1.0",
        note = "use `attribution_refs()` and `AttributionRef::speaker_name`, the spelling every output uses"
    )]
    #[must_use]
    pub fn speaker_name(&self, a: &Attribution) -> Option<&'t str> {
        a.speaker().and_then(|s| self.speaker(s)).map(|s| self.text(s.name()))
    }

    /// The document's sourcing profile.
    #[must_use]
    pub fn profile(&self) -> Profile {
        sourcing::profile(&self.data)
    }

    /// The same analysis with its own copy of the text, free of the text's lifetime.
    ///
    /// # Examples
    ///
    /// ```
    /// fn analyse_file_contents(text: String) -> whosaid::OwnedAnalysis {
    ///     whosaid::analyze(&text).into_owned()
    /// }
    /// let owned = analyse_file_contents("Prices rose, officials said.".to_string());
    /// assert_eq!(owned.analysis().attributions().len(), 1);
    /// ```
    #[must_use]
    pub fn into_owned(self) -> OwnedAnalysis {
        OwnedAnalysis { text: self.text.to_owned(), data: self.data.into_owned() }
    }

    pub(crate) fn index(&self) -> &Index {
        self.data.index.get_or_init(|| Index::new(&self.data))
    }
}

/// An analysis that owns its text: what [`Analysis::into_owned`] and
/// [`Analyzer::analyze_owned`] give. `Send + Sync + 'static`, and serde in both directions
/// (the text is the field `text`).
///
/// # Examples
///
/// ```
/// let owned = whosaid::Analyzer::new().analyze_owned("The CIA declined to comment.");
/// let json = serde_json::to_string(&owned)?;
/// let back: whosaid::OwnedAnalysis = serde_json::from_str(&json)?;
/// assert_eq!(back.text(), "The CIA declined to comment.");
/// assert_eq!(back.analysis().non_responses().len(), 1);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OwnedAnalysis {
    text: String,
    #[serde(flatten)]
    data: Results,
}

impl OwnedAnalysis {
    /// The analysis, borrowing from this value (no copy).
    #[must_use]
    pub fn analysis(&self) -> Analysis<'_> {
        Analysis { text: &self.text, data: Cow::Borrowed(&self.data) }
    }

    /// The analysed text.
    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The analysed text, giving up the results.
    #[must_use]
    pub fn into_text(self) -> String {
        self.text
    }
}

impl AnalyzerBuilder {
    /// Builds the analyzer.
    ///
    /// # Errors
    ///
    /// [`Error::Config`] for an invalid setting, [`Error::Lexicon`] for a user lexicon line
    /// that cannot be read (with its file, for lexicons added from a file), [`Error::Io`]
    /// for a lexicon file that cannot be read.
    pub fn build(self) -> Result<Analyzer> {
        self.config.validate()?;
        let custom = !(self.cue_verbs.is_empty()
            && self.outlets.is_empty()
            && self.names.is_empty()
            && self.files.is_empty());
        if !custom {
            return Ok(Analyzer::from_parts(self.config, None, None));
        }
        let mut lex = Lexicon::builtin().clone();
        let mut user = UserLexicons::default();
        for text in &self.cue_verbs {
            lex.add_cue_verbs(text, "cue verb")?;
            user.cue_verbs.push(text.clone());
        }
        for text in &self.outlets {
            lex.add_media_outlets(text, "media outlet")?;
            user.media_outlets.push(text.clone());
        }
        for (name, gender) in &self.names {
            let g = match gender {
                Gender::Female => "f",
                Gender::Male => "m",
            };
            if name.trim().is_empty() || name.contains(char::is_whitespace) {
                return Err(Error::Lexicon {
                    lexicon: "first name",
                    file: None,
                    line: 1,
                    message: format!("not a single name: {name:?}"),
                });
            }
            let line = format!("{name} {g}");
            lex.add_first_names(&line, "first name")?;
            user.first_names.push(line);
        }
        for (kind, path) in &self.files {
            let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
            let added = match kind {
                FileKind::CueVerbs => lex.add_cue_verbs(&text, "cue verb"),
                FileKind::Outlets => lex.add_media_outlets(&text, "media outlet"),
            };
            added.map_err(|e| match e {
                Error::Lexicon { lexicon, line, message, .. } => {
                    Error::Lexicon { lexicon, file: Some(path.clone()), line, message }
                }
                other => other,
            })?;
            match kind {
                FileKind::CueVerbs => user.cue_verbs.push(text),
                FileKind::Outlets => user.media_outlets.push(text),
            }
        }
        Ok(Analyzer::from_parts(self.config, Some(Arc::new(lex)), Some(Arc::new(user))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Sourcing, SpeakerKind};
    use crate::results::window_starts;

    const ARTICLE: &str = include_str!("../tests/fixtures/peace-plan-article.txt");

    #[test]
    fn windows_cover_the_text_fit_and_cut_at_breaks() {
        let texts = [
            ARTICLE,
            "One paragraph.\n\nAnother one, longer than the first.\nA wrapped line.\n\nLast.",
            "no line break anywhere in this text at all, just words and words",
            "ééééééééééééééééééé 漢字漢字漢字 “quoted” ‘marks’ …",
            "\n\n\n\n\n\n\n\n",
            "",
        ];
        for text in texts {
            for max in [4, 5, 7, 16, 64, 1000] {
                let starts = window_starts(text, max);
                assert_eq!(starts[0], 0);
                let ends = starts.iter().skip(1).copied().chain([text.len()]);
                for (&a, b) in starts.iter().zip(ends) {
                    assert!(a < b || text.is_empty(), "{max}: empty window at {a} of {text:?}");
                    assert!(b - a <= max, "{max}: window {a}..{b} of {text:?}");
                    assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                }
            }
        }
        // a blank line is the cut of choice, then a line break
        assert_eq!(window_starts("aaaa\n\nbbbb\ncccc", 12), [0, 6]);
        assert_eq!(window_starts("aaaa bbbb\ncccc dddd", 12), [0, 10]);
    }

    /// The lower-cased text of a speaker's name.
    fn name_of(r: &Results, text: &str, s: Option<SpeakerId>) -> Option<String> {
        s.map(|s| text[r.speakers[s.index()].name.range()].to_lowercase())
    }

    #[test]
    fn a_text_in_windows_is_each_window_analysed_in_place() {
        let analyzer = Analyzer::new();
        let window = 1500;
        let starts = window_starts(ARTICLE, window);
        assert!(starts.len() > 3, "{starts:?}");
        let all = analyzer.results_in_windows(ARTICLE, window);
        let (mut attributions, mut mentions, mut speakers) = (0, 0, 0);
        for (k, &at) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(ARTICLE.len());
            let piece = &ARTICLE[at..end];
            let one = analyzer.document(piece);
            for (i, a) in one.attributions.iter().enumerate() {
                let b = &all.attributions[attributions + i];
                let texts = |t: &str, spans: &[Span]| -> Vec<String> {
                    spans.iter().map(|s| t[s.range()].to_string()).collect()
                };
                assert_eq!(texts(piece, &a.content), texts(ARTICLE, &b.content));
                assert_eq!(a.source.map(|m| m.index() + mentions), b.source.map(MentionId::index));
                assert_eq!(name_of(&one, piece, a.speaker), name_of(&all, ARTICLE, b.speaker));
            }
            attributions += one.attributions.len();
            mentions += one.mentions.len();
            speakers += one.speakers.len();
        }
        assert_eq!(attributions, all.attributions.len());
        assert_eq!(mentions, all.mentions.len());
        assert!(all.speakers.len() < speakers, "the windows share speakers");
        for m in &all.mentions {
            assert!(m.speaker.is_none_or(|s| s.index() < all.speakers.len()));
        }
        for (i, s) in all.speakers.iter().enumerate() {
            let id = Some(SpeakerId::from_index(i));
            assert!(s.mentions.iter().all(|m| all.mentions[m.index()].speaker == id));
            assert!(s.mentions.windows(2).all(|w| w[0] < w[1]), "mentions in order");
        }
        let listed: usize = all.speakers.iter().map(|s| s.mentions.len()).sum();
        assert_eq!(listed, all.mentions.iter().filter(|m| m.speaker.is_some()).count());
        for s in &all.sentences {
            assert!(s.paragraph.is_none_or(|p| p < all.paragraphs.len()));
        }
        for a in &all.attributions {
            let level = a.speaker.map(|s| all.speakers[s.index()].sourcing);
            assert!(level.is_none_or(|l| l == a.sourcing));
        }
    }

    #[test]
    fn a_named_speaker_is_one_across_windows() {
        let filler = "The council met on Tuesday to discuss the budget for the coming year.\n\n";
        for (title, name) in [
            ("Senator", "Maria Okonkwo-Reyes"),
            ("Dr.", "Tran Thi Ngoc Anh"),
            ("Councilman", "Bartholomew Zielinski"),
        ] {
            let text = format!(
                "“We will win the vote,” said {title} {name}.\n\n{}{name} said the vote was close.\n",
                filler.repeat(20)
            );
            let analyzer = Analyzer::builder().config(Config::default().window(1024)).build();
            let analyzer = analyzer.unwrap_or_default();
            assert_eq!(analyzer.config().window, 1024);
            let r = analyzer.results(&text);
            assert!(window_starts(&text, 1024).len() > 1);
            assert_eq!(r.attributions.len(), 2, "{name}");
            let (a, b) = (&r.attributions[0], &r.attributions[1]);
            assert!(a.speaker.is_some() && a.speaker == b.speaker, "{name}");
            let sp = &r.speakers[a.speaker.map_or(0, SpeakerId::index)];
            assert_eq!((sp.kind, &text[sp.name.range()]), (SpeakerKind::Person, name));
            assert_eq!(sp.mentions.len(), 2);
            // the title of the first window identifies the speaker of the second
            assert_eq!(sp.sourcing, Sourcing::NamedIdentified);
            assert_eq!(b.sourcing, Sourcing::NamedIdentified);
            // in one window, the same analysis
            let whole = Analyzer::new().results(&text);
            assert_eq!(whole.speakers.len(), r.speakers.len(), "{name}");
            assert_eq!(whole.attributions[1].sourcing, b.sourcing);
        }
    }

    #[test]
    fn a_surname_alone_is_the_one_person_of_that_surname_in_earlier_windows() {
        let filler = "The council met on Tuesday to discuss the budget for the coming year.\n\n";
        let analyzer = Analyzer::builder().config(Config::default().window(1024)).build();
        let analyzer = analyzer.unwrap_or_default();
        // (given names the lexicon knows: two of them that differ make two people)
        for (first, surname) in
            [("Nadia", "Okafor"), ("Ahmed", "Venkataraman"), ("Abby", "Lindqvist")]
        {
            let text = format!(
                "“We will win the vote,” said Senator {first} {surname}.\n\n{}{surname} said the vote was close.\n",
                filler.repeat(20)
            );
            let r = analyzer.results(&text);
            let [a, b] = &r.attributions[..] else { panic!("two attributions in {text:?}") };
            assert!(a.speaker.is_some() && a.speaker == b.speaker, "{surname}");
            let sp = &r.speakers[a.speaker.map_or(0, SpeakerId::index)];
            assert_eq!(&text[sp.name.range()], format!("{first} {surname}"));
            // two people of that surname before: the surname alone is neither
            let text = format!(
                "“We will win,” said {first} {surname}. “We may lose,” said Tom {surname}.\n\n{}{surname} said the vote was close.\n",
                filler.repeat(20)
            );
            let r = analyzer.results(&text);
            let [a, b, c] = &r.attributions[..] else { panic!("three attributions in {text:?}") };
            assert!(a.speaker != b.speaker, "{surname}");
            assert!(c.speaker.is_some() && c.speaker != a.speaker && c.speaker != b.speaker);
        }
    }
}
