//! The analyzer: runs the stages in order over one document.

use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

use once_cell::sync::Lazy;
use serde::{Deserialize, Serialize};

use crate::catalog::{Lexicons, UserLexicons};
use crate::config::{AnalyzerBuilder, Config};
use crate::lexicon::Lexicon;
use crate::model::{
    Attribution, AttributionId, Mention, MentionId, NonResponse, NonResponseId, Paragraph, Quote,
    QuoteId, Sentence, Speaker, SpeakerId,
};
use crate::segment::{NO_QUOTE, Token};
use crate::sourcing::Profile;
use crate::span::Span;
use crate::view::Index;
use crate::{coref, cues, link, quotes, segment, sourcing};

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

/// The document as the stages see it: text, lexicon, tokens, sentences and quotations.
pub(crate) struct Doc<'t> {
    pub text: &'t str,
    pub lex: &'t Lexicon,
    pub config: &'t Config,
    pub paras: Vec<Paragraph>,
    pub toks: Vec<Token>,
    pub sents: Vec<Sentence>,
    /// Token range `[start, end)` of each sentence.
    pub sent_range: Vec<(usize, usize)>,
    pub quotes: Vec<Quote>,
    /// Token range of each quotation, marks included.
    pub quote_range: Vec<(usize, usize)>,
    /// For each quotation, the outermost (depth 0) quotation holding it.
    pub quote_outer: Vec<usize>,
    /// Number of word tokens before each token in its sentence.
    pub word_rank: Vec<u32>,
}

/// A short word in ASCII lower case, for comparing with literals without allocating: the
/// word itself when it has no capitals, else a lower-cased copy on the stack. Words longer
/// than the buffer read as the empty string, which matches no literal the grammar uses.
#[derive(Clone, Copy)]
pub(crate) struct Lower<'a> {
    word: &'a str,
    buf: [u8; 24],
    len: u8,
    copied: bool,
}

impl<'a> Lower<'a> {
    #[inline]
    pub(crate) fn new(word: &'a str) -> Self {
        let mut out = Lower { word, buf: [0; 24], len: 0, copied: false };
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            out.copied = true;
            if word.len() <= out.buf.len() {
                out.buf[..word.len()].copy_from_slice(word.as_bytes());
                out.buf[..word.len()].make_ascii_lowercase();
                out.len = word.len() as u8;
            }
        }
        out
    }

    #[inline]
    fn bytes(&self) -> &[u8] {
        if self.copied { &self.buf[..usize::from(self.len)] } else { self.word.as_bytes() }
    }

    #[inline]
    pub(crate) fn as_str(&self) -> &str {
        if self.copied {
            // ASCII lower-casing keeps UTF-8 valid, so this never falls back
            std::str::from_utf8(&self.buf[..usize::from(self.len)]).unwrap_or("")
        } else {
            self.word
        }
    }
}

impl std::ops::Deref for Lower<'_> {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq<&str> for Lower<'_> {
    #[inline]
    fn eq(&self, other: &&str) -> bool {
        self.bytes() == other.as_bytes()
    }
}

impl<'t> Doc<'t> {
    pub(crate) fn new(text: &'t str, lex: &'t Lexicon, config: &'t Config) -> Self {
        let paras = segment::paragraphs(text, lex);
        let (raw, marks) = quotes::run(text, &paras);
        let mut toks = segment::tokenize(text, &marks, &paras, lex);
        segment::truecase_capitals(text, &paras, &mut toks);
        first_names_not_months(text, &mut toks);
        let sents = segment::sentences(text, &mut toks);
        let quotes = quotes::classify(text, raw, &toks);
        let mut sent_range = vec![(0, 0); sents.len()];
        let mut i = 0;
        while i < toks.len() {
            let s = toks[i].sent as usize;
            let start = i;
            while i < toks.len() && toks[i].sent as usize == s {
                i += 1;
            }
            if let Some(r) = sent_range.get_mut(s) {
                *r = (start, i);
            }
        }
        let mut quote_range = Vec::with_capacity(quotes.len());
        let mut quote_outer = Vec::with_capacity(quotes.len());
        let mut outer = 0;
        for (qi, q) in quotes.iter().enumerate() {
            // quotations are sorted by start, an outer one before those inside it
            if q.depth() == 0 {
                outer = qi;
            }
            quote_outer.push(outer);
            let a = toks.partition_point(|t| t.span.start < q.span().start);
            let b = toks.partition_point(|t| t.span.start < q.span().end);
            for t in &mut toks[a..b] {
                t.qdepth = t.qdepth.saturating_add(1);
                t.quote = qi as u32;
            }
            quote_range.push((a, b));
        }
        // words before each token in its sentence, for constant-time "is there a word
        // between the sentence start and here" checks
        let mut word_rank = Vec::with_capacity(toks.len() + 1);
        let mut n = 0u32;
        for (i, t) in toks.iter().enumerate() {
            if i > 0 && toks[i - 1].sent != t.sent {
                n = 0;
            }
            word_rank.push(n);
            if t.is_word() {
                n += 1;
            }
        }
        Doc {
            text,
            lex,
            config,
            paras,
            toks,
            sents,
            sent_range,
            quotes,
            quote_range,
            quote_outer,
            word_rank,
        }
    }

    /// Text of token `i`.
    #[inline]
    pub(crate) fn word(&self, i: usize) -> &'t str {
        self.toks.get(i).map_or("", |t| &self.text[t.span.range()])
    }

    /// Whether token `i` is the word `w` (ASCII case-insensitive).
    #[inline]
    pub(crate) fn is_word(&self, i: usize, w: &str) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.span.len() == w.len()
                && t.is_word()
                && self.text.as_bytes()[t.span.range()].eq_ignore_ascii_case(w.as_bytes())
        })
    }

    /// Token `i` in ASCII lower case, without allocating (see [`Lower`]).
    #[inline]
    pub(crate) fn lower(&self, i: usize) -> Lower<'t> {
        Lower::new(self.word(i))
    }

    /// Byte span of tokens `[a, b)`.
    #[inline]
    pub(crate) fn span(&self, a: usize, b: usize) -> Span {
        match (self.toks.get(a), b.checked_sub(1).and_then(|l| self.toks.get(l))) {
            (Some(x), Some(y)) if a < b => Span { start: x.span.start, end: y.span.end },
            _ => Span::default(),
        }
    }

    /// Token range of the sentence holding token `i`.
    #[inline]
    pub(crate) fn sentence_of(&self, i: usize) -> (usize, usize) {
        self.toks
            .get(i)
            .and_then(|t| self.sent_range.get(t.sent as usize))
            .copied()
            .unwrap_or((i, i))
    }

    /// Index of the outermost quotation holding token `i`, if any.
    #[inline]
    pub(crate) fn outer_quote(&self, i: usize) -> Option<usize> {
        let t = self.toks.get(i)?;
        if t.quote == NO_QUOTE {
            return None;
        }
        self.quote_outer.get(t.quote as usize).copied()
    }

    /// Whether a word stands between the start of token `i`'s sentence and token `i`.
    #[inline]
    pub(crate) fn words_before(&self, i: usize) -> bool {
        self.word_rank.get(i).is_some_and(|&n| n > 0)
    }

    /// Whether a word stands at or after token `i` in its sentence (`i` may be one past the
    /// sentence end, which has none).
    #[inline]
    pub(crate) fn words_from(&self, i: usize, se: usize) -> bool {
        if i >= se {
            return false;
        }
        let last = se - 1;
        let total = self.word_rank[last] + u32::from(self.toks[last].is_word());
        total > self.word_rank[i]
    }

    #[inline]
    pub(crate) fn is_heading(&self, i: usize) -> bool {
        self.toks.get(i).and_then(|t| self.paras.get(t.para as usize)).is_some_and(|p| p.heading)
    }
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

    fn results(&self, text: &str) -> Results {
        let doc = Doc::new(text, self.lexicon(), &self.config);
        let cands = cues::run(&doc);
        let linked = link::run(&doc, &cands);
        let link::Linked { mut mentions, mut attributions, non_responses } = linked;
        let mut speakers = coref::run(&doc, &mut mentions, &mut attributions);
        sourcing::run(&doc, &mentions, &mut speakers, &mut attributions);
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

/// What an analysis found, without the text.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(crate) struct Results {
    pub(crate) paragraphs: Vec<Paragraph>,
    pub(crate) sentences: Vec<Sentence>,
    pub(crate) quotes: Vec<Quote>,
    pub(crate) mentions: Vec<Mention>,
    pub(crate) attributions: Vec<Attribution>,
    pub(crate) speakers: Vec<Speaker>,
    pub(crate) non_responses: Vec<NonResponse>,
    /// Links between the lists (speaker → attributions, quotation → attributions, …),
    /// built on first use by the views.
    #[serde(skip)]
    pub(crate) index: OnceLock<Index>,
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
        sourcing::profile(self)
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

/// "Jan Brewer", "April Ryan", "June Cross": a month name right before a capitalised word,
/// with no preposition or time word before it, is a first name ("in April Trump said" and
/// "last June Biden" stay months).
fn first_names_not_months(text: &str, toks: &mut [segment::Token]) {
    use crate::lexicon::class;
    use crate::segment::{Shape, TokKind};
    for i in 0..toks.len().saturating_sub(1) {
        let (t, n) = (&toks[i], &toks[i + 1]);
        if !t.is(class::MONTH)
            || t.shape != Shape::Capitalized
            || n.kind != TokKind::Word
            || n.shape != Shape::Capitalized
            || n.is(class::DAY | class::MONTH | class::TIME | class::FUNCTION)
            || text.get(t.span.end..n.span.start) != Some(" ")
        {
            continue;
        }
        let after_time_word = i > 0 && {
            let p = &toks[i - 1];
            p.is(class::PREP | class::TIME | class::ADV | class::NUM | class::DET)
                || p.kind == TokKind::Number
        };
        if !after_time_word {
            toks[i].classes = (toks[i].classes & !(class::MONTH | class::TIME)) | class::FIRST_NAME;
        }
    }
}
