//! Views of an analysis that resolve its ids and spans: an attribution with its texts,
//! speaker, quotations, sentences and paragraphs; a speaker with its attributions and
//! non-responses; a quotation with the attributions it belongs to.
//!
//! The model types store spans and ids only, so that they are plain data (serde, no
//! lifetime). A view pairs one item with its [`Analysis`] and answers the questions every
//! caller would otherwise answer by hand. Views are `Copy` and cost nothing to make; the
//! links between lists (speaker → attributions, quotation → attributions) are computed once
//! per analysis, on first use, in time linear in its size.

use std::borrow::Cow;
use std::ops::Range;

use crate::analyzer::Analysis;
use crate::model::{
    Attribution, AttributionId, AttributionKind, Count, Cue, Gender, Mention, MentionId,
    MentionKind, NonResponse, NonResponseId, Paragraph, Pattern, Quote, QuoteId, QuoteKind,
    QuoteStyle, Resolution, ResponseKind, Sentence, Sourcing, Speaker, SpeakerId, SpeakerKind,
};
use crate::results::id32;
use crate::span::Span;

/// A speaker's name in the one spelling every output uses: as written, except that a
/// determiner opening a description is in lower case ("A source said" gives "a source",
/// "The CIA" gives "the CIA", as news style writes them inside a sentence).
pub(crate) fn speaker_display_name(name: &str) -> Cow<'_, str> {
    use crate::lexicon::{Lexicon, set};
    let Some((first, rest)) = name.split_once(' ') else { return Cow::Borrowed(name) };
    let mut chars = first.chars();
    // capitalised as a sentence opens ("The", "Two"), not a name in capitals ("AN")
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    if capitalised && Lexicon::builtin().sets_of(first) & set::DISPLAY_DETERMINER != 0 {
        return Cow::Owned(format!("{} {rest}", first.to_ascii_lowercase()));
    }
    Cow::Borrowed(name)
}

impl<'t> Analysis<'t> {
    /// The attributions, as views that resolve their texts, speaker and quotations.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "A senior US official told Reuters that the talks had stalled.";
    /// let analysis = whosaid::analyze(text);
    /// let a = analysis.attribution_refs().next().expect("an attribution");
    /// assert_eq!(a.content_text(), "that the talks had stalled");
    /// assert_eq!(a.cue_text(), Some("told"));
    /// assert_eq!(a.source_text(), Some("A senior US official"));
    /// assert_eq!(a.speaker_name().as_deref(), Some("a senior US official"));
    /// ```
    pub fn attribution_refs(
        &self,
    ) -> impl ExactSizeIterator<Item = AttributionRef<'_, 't>> + DoubleEndedIterator {
        self.attributions().iter().enumerate().map(move |(i, a)| AttributionRef {
            an: self,
            id: AttributionId(id32(i)),
            a,
        })
    }

    /// One attribution as a view.
    #[must_use]
    pub fn attribution_ref(&self, id: AttributionId) -> Option<AttributionRef<'_, 't>> {
        self.attribution(id).map(|a| AttributionRef { an: self, id, a })
    }

    /// The speakers, as views that list their attributions and non-responses.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Senator Jane Doe said the bill would pass. She added that it was fair. \
    ///             Doe declined to comment.";
    /// let analysis = whosaid::analyze(text);
    /// let doe = analysis.speaker_refs().next().expect("a speaker");
    /// assert_eq!(doe.name(), "Jane Doe");
    /// assert_eq!(doe.attributions().count(), 2);
    /// assert_eq!(doe.non_responses().count(), 1);
    /// ```
    pub fn speaker_refs(
        &self,
    ) -> impl ExactSizeIterator<Item = SpeakerRef<'_, 't>> + DoubleEndedIterator {
        self.speakers().iter().enumerate().map(move |(i, s)| SpeakerRef {
            an: self,
            id: SpeakerId(id32(i)),
            s,
        })
    }

    /// One speaker as a view.
    #[must_use]
    pub fn speaker_ref(&self, id: SpeakerId) -> Option<SpeakerRef<'_, 't>> {
        self.speaker(id).map(|s| SpeakerRef { an: self, id, s })
    }

    /// One mention as a view.
    #[must_use]
    pub fn mention_ref(&self, id: MentionId) -> Option<MentionRef<'_, 't>> {
        self.mention(id).map(|m| MentionRef { an: self, id, m })
    }

    /// The mentions, as views.
    pub fn mention_refs(
        &self,
    ) -> impl ExactSizeIterator<Item = MentionRef<'_, 't>> + DoubleEndedIterator {
        self.mentions().iter().enumerate().map(move |(i, m)| MentionRef {
            an: self,
            id: MentionId(id32(i)),
            m,
        })
    }

    /// The non-responses, as views that resolve their sources.
    ///
    /// # Examples
    ///
    /// ```
    /// use whosaid::ResponseKind;
    ///
    /// let analysis = whosaid::analyze("The CIA declined to comment.");
    /// let r = analysis.non_response_refs().next().expect("a non-response");
    /// assert_eq!(r.kind(), ResponseKind::Declined);
    /// assert_eq!(r.cue_text(), "declined to comment");
    /// let who: Vec<String> = r.speakers().map(|s| s.name().into_owned()).collect();
    /// assert_eq!(who, ["CIA"]);
    /// ```
    pub fn non_response_refs(
        &self,
    ) -> impl ExactSizeIterator<Item = NonResponseRef<'_, 't>> + DoubleEndedIterator {
        self.non_responses().iter().enumerate().map(move |(i, r)| NonResponseRef {
            an: self,
            id: NonResponseId(id32(i)),
            r,
        })
    }

    /// One non-response as a view.
    #[must_use]
    pub fn non_response_ref(&self, id: NonResponseId) -> Option<NonResponseRef<'_, 't>> {
        self.non_response(id).map(|r| NonResponseRef { an: self, id, r })
    }

    /// The quotations, as views that link them to their attributions.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = "Umerov described his role as “technical”. “It works,” she said.";
    /// let analysis = whosaid::analyze(text);
    /// for q in analysis.quote_refs() {
    ///     let by: Vec<&str> = q.attributions().filter_map(|a| a.cue_text()).collect();
    ///     println!("{} {:?}", q.text(), by);
    /// }
    /// let works = analysis.quote_refs().find(|q| q.inner_text() == "It works,").expect("quoted");
    /// assert_eq!(works.attributions().count(), 1);
    /// ```
    pub fn quote_refs(
        &self,
    ) -> impl ExactSizeIterator<Item = QuoteRef<'_, 't>> + DoubleEndedIterator {
        self.quotes().iter().enumerate().map(move |(i, q)| QuoteRef {
            an: self,
            id: QuoteId(id32(i)),
            q,
        })
    }

    /// One quotation as a view.
    #[must_use]
    pub fn quote_ref(&self, id: QuoteId) -> Option<QuoteRef<'_, 't>> {
        self.quote(id).map(|q| QuoteRef { an: self, id, q })
    }

    /// Indices of the sentences a span touches (at least the one holding its start).
    pub(crate) fn sentence_range_of(&self, span: Span) -> Range<usize> {
        let s = self.sentences();
        let first = s.partition_point(|x| x.span.end <= span.start);
        let last = s.partition_point(|x| x.span.start < span.end).max(first + 1).min(s.len());
        first.min(last)..last
    }

    /// Indices of the paragraphs a span overlaps.
    pub(crate) fn paragraph_range_of(&self, span: Span) -> Range<usize> {
        let p = self.paragraphs();
        let first = p.partition_point(|x| x.span.end <= span.start);
        let last = p.partition_point(|x| x.span.start < span.end);
        first.min(last)..last
    }
}

/// An attribution with its analysis: its texts, cue, source, speaker and quotations
/// resolved.
///
/// Get one from [`Analysis::attribution_refs`] or [`Analysis::attribution_ref`].
///
/// # Examples
///
/// ```
/// use whosaid::{AttributionKind, Sourcing};
///
/// let text = "“There are real problems with this plan,” said Senator Roger Wicker. \
///             “Ukraine should not be forced to cede its lands.”";
/// let analysis = whosaid::analyze(text);
/// let wicker = analysis.attribution_refs().next().expect("an attribution");
///
/// assert_eq!(wicker.kind(), AttributionKind::Direct);
/// assert_eq!(wicker.content_text(), "“There are real problems with this plan,”");
/// assert_eq!(wicker.cue_text(), Some("said"));
/// assert_eq!(wicker.source_text(), Some("Senator Roger Wicker"));
/// assert_eq!(wicker.speaker_name().as_deref(), Some("Roger Wicker"));
/// assert_eq!(wicker.sourcing(), Sourcing::NamedIdentified);
/// assert_eq!(wicker.quotes().count(), 1);
/// assert_eq!(wicker.sentence_range(), 0..1);
///
/// // the quotation after it has no cue: a continuation of the same speaker
/// let continued = analysis.attribution_refs().nth(1).expect("a continuation");
/// assert_eq!(continued.cue_text(), None);
/// assert_eq!(continued.label().as_deref(), Some("Roger Wicker"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct AttributionRef<'a, 't> {
    an: &'a Analysis<'t>,
    id: AttributionId,
    a: &'a Attribution,
}

impl<'a, 't> AttributionRef<'a, 't> {
    /// Its id in the analysis.
    #[must_use]
    pub fn id(&self) -> AttributionId {
        self.id
    }
    /// The plain attribution (spans and ids).
    #[must_use]
    pub fn attribution(&self) -> &'a Attribution {
        self.a
    }
    /// The analysis it belongs to.
    #[must_use]
    pub fn analysis(&self) -> &'a Analysis<'t> {
        self.an
    }
    /// The content spans: one, or several for a split quotation.
    #[must_use]
    pub fn content(&self) -> &'a [Span] {
        &self.a.content
    }
    /// The text of each content span, in order.
    pub fn content_texts(&self) -> impl ExactSizeIterator<Item = &'t str> + use<'a, 't> {
        let an = self.an;
        self.a.content.iter().map(move |&s| an.text(s))
    }
    /// The content as one string: the span's text, or the texts of several spans joined
    /// with " … ".
    #[must_use]
    pub fn content_text(&self) -> Cow<'t, str> {
        match self.a.content.as_slice() {
            [one] => Cow::Borrowed(self.an.text(*one)),
            _ => Cow::Owned(self.content_texts().collect::<Vec<_>>().join(" … ")),
        }
    }
    /// The cue; `None` for a continuation quote.
    #[must_use]
    pub fn cue(&self) -> Option<&'a Cue> {
        self.a.cue.as_ref()
    }
    /// The cue as written: "said", "has vowed", "According to".
    #[must_use]
    pub fn cue_text(&self) -> Option<&'t str> {
        self.a.cue.as_ref().map(|c| self.an.text(c.span))
    }
    /// The source mention as written next to the cue.
    #[must_use]
    pub fn source(&self) -> Option<MentionRef<'a, 't>> {
        self.a.source.and_then(|m| self.an.mention_ref(m))
    }
    /// The source mention's text as written ("he", "A senior US official").
    #[must_use]
    pub fn source_text(&self) -> Option<&'t str> {
        self.source().map(|m| m.text())
    }
    /// The speaker the source resolves to.
    #[must_use]
    pub fn speaker(&self) -> Option<SpeakerRef<'a, 't>> {
        self.a.speaker.and_then(|s| self.an.speaker_ref(s))
    }
    /// The speaker's name, in the spelling of [`SpeakerRef::name`].
    #[must_use]
    pub fn speaker_name(&self) -> Option<Cow<'t, str>> {
        self.speaker().map(|s| s.name())
    }
    /// Who to show as the author of the claim: the speaker's name, else the source as
    /// written (an unresolved "he"); `None` when there is no source.
    #[must_use]
    pub fn label(&self) -> Option<Cow<'t, str>> {
        self.speaker_name().or_else(|| self.source_text().map(Cow::Borrowed))
    }
    /// Direct, indirect or mixed.
    #[must_use]
    pub fn kind(&self) -> AttributionKind {
        self.a.kind
    }
    /// The sourcing level of the speaker.
    #[must_use]
    pub fn sourcing(&self) -> Sourcing {
        self.a.sourcing
    }
    /// The grammar pattern that produced it.
    #[must_use]
    pub fn pattern(&self) -> Pattern {
        self.a.pattern
    }
    /// How sure the pattern is, from 0 to 1, to three decimals.
    #[must_use]
    pub fn confidence(&self) -> f32 {
        self.a.confidence
    }
    /// How the speaker was found when the source does not name it.
    #[must_use]
    pub fn resolution(&self) -> Option<Resolution> {
        self.a.resolution
    }
    /// For "X reported, citing S": the sources the outlet cites.
    pub fn citing(&self) -> impl Iterator<Item = MentionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        self.a.citing.iter().filter_map(move |&m| an.mention_ref(m))
    }
    /// The top-level quotations its content overlaps (the quotation of a direct quote, the
    /// quoted part of a mixed one); quotations nested in them belong to them.
    pub fn quotes(&self) -> impl Iterator<Item = QuoteRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        let ids = an.index().attribution_quotes.get(self.id.index()).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(move |&q| an.quote_ref(q))
    }
    /// The bytes from the first to the last of its content, cue and source spans.
    #[must_use]
    pub fn extent(&self) -> Span {
        let mut span = self.a.content_extent();
        if let Some(c) = &self.a.cue {
            span = span.cover(c.span);
        }
        if let Some(m) = self.source() {
            span = span.cover(m.span());
        }
        span
    }
    /// Indices into [`Analysis::sentences`] of the sentences its [`extent`](Self::extent)
    /// touches.
    #[must_use]
    pub fn sentence_range(&self) -> Range<usize> {
        self.an.sentence_range_of(self.extent())
    }
    /// The sentences its [`extent`](Self::extent) touches.
    #[must_use]
    pub fn sentences(&self) -> &'a [Sentence] {
        self.an.sentences().get(self.sentence_range()).unwrap_or(&[])
    }
    /// Indices into [`Analysis::paragraphs`] of the paragraphs its
    /// [`extent`](Self::extent) overlaps.
    #[must_use]
    pub fn paragraph_range(&self) -> Range<usize> {
        self.an.paragraph_range_of(self.extent())
    }
    /// The paragraphs its [`extent`](Self::extent) overlaps.
    #[must_use]
    pub fn paragraphs(&self) -> &'a [Paragraph] {
        self.an.paragraphs().get(self.paragraph_range()).unwrap_or(&[])
    }
}

/// A speaker with its analysis: its name, details, mentions, attributions and
/// non-responses.
///
/// Get one from [`Analysis::speaker_refs`], [`Analysis::speaker_ref`] or
/// [`AttributionRef::speaker`].
///
/// # Examples
///
/// ```
/// use whosaid::{Count, Sourcing, SpeakerKind};
///
/// let text = "Two people familiar with the matter said the talks had failed. \
///             They said a new round was unlikely.";
/// let analysis = whosaid::analyze(text);
/// let people = analysis.speaker_refs().next().expect("a speaker");
/// assert_eq!(people.name(), "two people familiar with the matter");
/// assert_eq!(people.kind(), SpeakerKind::Anonymous);
/// assert_eq!(people.sourcing(), Sourcing::AnonymousVague);
/// assert_eq!(people.count(), Some(Count::Exact(2)));
/// assert_eq!(people.basis(), Some("familiar with the matter"));
/// assert_eq!(people.attributions().count(), 2);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct SpeakerRef<'a, 't> {
    an: &'a Analysis<'t>,
    id: SpeakerId,
    s: &'a Speaker,
}

impl<'a, 't> SpeakerRef<'a, 't> {
    /// Its id in the analysis.
    #[must_use]
    pub fn id(&self) -> SpeakerId {
        self.id
    }
    /// The plain speaker (spans and ids).
    #[must_use]
    pub fn speaker(&self) -> &'a Speaker {
        self.s
    }
    /// The canonical name ("Donald Trump") or, for an unnamed source, the description
    /// ("two people familiar with the discussions"), in the one spelling every output of
    /// the crate uses: as written, except that a determiner opening it is in lower case ("A
    /// source said" gives "a source", "The CIA" gives "the CIA").
    #[must_use]
    pub fn name(&self) -> Cow<'t, str> {
        speaker_display_name(self.an.text(self.s.name))
    }
    /// Where the name is written.
    #[must_use]
    pub fn name_span(&self) -> Span {
        self.s.name
    }
    /// Person, organisation, outlet, document or anonymous source.
    #[must_use]
    pub fn kind(&self) -> SpeakerKind {
        self.s.kind
    }
    /// The sourcing level, from everything the document says about the speaker.
    #[must_use]
    pub fn sourcing(&self) -> Sourcing {
        self.s.sourcing
    }
    /// A title the text gives the speaker: "President", "Senator".
    #[must_use]
    pub fn title(&self) -> Option<&'t str> {
        self.s.title.map(|s| self.an.text(s))
    }
    /// A role the text gives the speaker: "spokeswoman", "special envoy".
    #[must_use]
    pub fn role(&self) -> Option<&'t str> {
        self.s.role.map(|s| self.an.text(s))
    }
    /// An affiliation the text gives the speaker: "White House", "of the Carnegie
    /// Endowment for International Peace".
    #[must_use]
    pub fn affiliation(&self) -> Option<&'t str> {
        self.s.affiliation.map(|s| self.an.text(s))
    }
    /// For anonymous sources, stated seniority: "senior".
    #[must_use]
    pub fn seniority(&self) -> Option<&'t str> {
        self.s.seniority.map(|s| self.an.text(s))
    }
    /// For anonymous sources, stated basis of knowledge: "familiar with the matter".
    #[must_use]
    pub fn basis(&self) -> Option<&'t str> {
        self.s.basis.map(|s| self.an.text(s))
    }
    /// For anonymous sources, stated reason for anonymity.
    #[must_use]
    pub fn anonymity_reason(&self) -> Option<&'t str> {
        self.s.anonymity_reason.map(|s| self.an.text(s))
    }
    /// For anonymous sources, how many.
    #[must_use]
    pub fn count(&self) -> Option<Count> {
        self.s.count
    }
    /// Gender, where the text tells it.
    #[must_use]
    pub fn gender(&self) -> Option<Gender> {
        self.s.gender
    }
    /// Every mention that refers to it, in text order.
    pub fn mentions(&self) -> impl Iterator<Item = MentionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        self.s.mentions.iter().filter_map(move |&m| an.mention_ref(m))
    }
    /// Its attributions, in text order.
    pub fn attributions(&self) -> impl Iterator<Item = AttributionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        let ids =
            an.index().speaker_attributions.get(self.id.index()).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(move |&a| an.attribution_ref(a))
    }
    /// Its non-responses (declined to comment, did not respond, could not be reached).
    pub fn non_responses(&self) -> impl Iterator<Item = NonResponseRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        let ids =
            an.index().speaker_non_responses.get(self.id.index()).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(move |&r| an.non_response_ref(r))
    }
    /// The attributions that cite it ("Reuters reported, citing multiple sources …" for
    /// the sources).
    pub fn cited_in(&self) -> impl Iterator<Item = AttributionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        let ids = an.index().speaker_cited_in.get(self.id.index()).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(move |&a| an.attribution_ref(a))
    }
}

/// A mention with its analysis.
///
/// # Examples
///
/// ```
/// use whosaid::MentionKind;
///
/// let analysis = whosaid::analyze("Special envoy Kirill Dmitriev said the talks went well.");
/// let m = analysis.attribution_refs().next().and_then(|a| a.source()).expect("a source");
/// assert_eq!(m.text(), "Special envoy Kirill Dmitriev");
/// assert_eq!(m.kind(), MentionKind::Name);
/// assert_eq!(m.speaker().map(|s| s.name().into_owned()).as_deref(), Some("Kirill Dmitriev"));
/// ```
#[derive(Debug, Clone, Copy)]
pub struct MentionRef<'a, 't> {
    an: &'a Analysis<'t>,
    id: MentionId,
    m: &'a Mention,
}

impl<'a, 't> MentionRef<'a, 't> {
    /// Its id in the analysis.
    #[must_use]
    pub fn id(&self) -> MentionId {
        self.id
    }
    /// The plain mention (spans and ids).
    #[must_use]
    pub fn mention(&self) -> &'a Mention {
        self.m
    }
    /// Where it is written.
    #[must_use]
    pub fn span(&self) -> Span {
        self.m.span
    }
    /// The mention as written, appositives included.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.an.text(self.m.span)
    }
    /// What kind of phrase it is.
    #[must_use]
    pub fn kind(&self) -> MentionKind {
        self.m.kind
    }
    /// The speaker it resolves to.
    #[must_use]
    pub fn speaker(&self) -> Option<SpeakerRef<'a, 't>> {
        self.m.speaker.and_then(|s| self.an.speaker_ref(s))
    }
}

/// A non-response with its analysis.
///
/// # Examples
///
/// ```
/// let text = "Dmitriev and the Ukrainian Embassy did not immediately respond to requests for comment.";
/// let analysis = whosaid::analyze(text);
/// let r = analysis.non_response_refs().next().expect("a non-response");
/// let who: Vec<&str> = r.sources().map(|m| m.text()).collect();
/// assert_eq!(who, ["Dmitriev", "the Ukrainian Embassy"]);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct NonResponseRef<'a, 't> {
    an: &'a Analysis<'t>,
    id: NonResponseId,
    r: &'a NonResponse,
}

impl<'a, 't> NonResponseRef<'a, 't> {
    /// Its id in the analysis.
    #[must_use]
    pub fn id(&self) -> NonResponseId {
        self.id
    }
    /// The plain non-response (spans and ids).
    #[must_use]
    pub fn non_response(&self) -> &'a NonResponse {
        self.r
    }
    /// Declined, did not respond, or could not be reached.
    #[must_use]
    pub fn kind(&self) -> ResponseKind {
        self.r.kind
    }
    /// The phrase as written: "did not immediately respond to requests for comment".
    #[must_use]
    pub fn cue_text(&self) -> &'t str {
        self.an.text(self.r.cue)
    }
    /// The source mentions, as written.
    pub fn sources(&self) -> impl Iterator<Item = MentionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        self.r.sources.iter().filter_map(move |&m| an.mention_ref(m))
    }
    /// The speakers the sources resolve to, each once.
    pub fn speakers(&self) -> impl Iterator<Item = SpeakerRef<'a, 't>> + use<'a, 't> {
        let mut seen: Vec<SpeakerId> = Vec::new();
        self.sources().filter_map(|m| m.speaker()).filter(move |s| {
            let new = !seen.contains(&s.id);
            seen.push(s.id);
            new
        })
    }
    /// Who did not respond, for display: each source's speaker name, else the mention as
    /// written.
    pub fn labels(&self) -> impl Iterator<Item = Cow<'t, str>> + use<'a, 't> {
        self.sources().map(|m| m.speaker().map_or(Cow::Borrowed(m.text()), |s| s.name()))
    }
}

/// A quotation with its analysis.
///
/// # Examples
///
/// ```
/// use whosaid::QuoteKind;
///
/// let analysis = whosaid::analyze("“It works,” she said, calling it “a ‘win-win’ deal”.");
/// let q = analysis.quote_refs().next().expect("a quotation");
/// assert_eq!(q.text(), "“It works,”");
/// assert_eq!(q.kind(), QuoteKind::Full);
/// assert_eq!(q.attributions().count(), 1);
/// ```
#[derive(Debug, Clone, Copy)]
pub struct QuoteRef<'a, 't> {
    an: &'a Analysis<'t>,
    id: QuoteId,
    q: &'a Quote,
}

impl<'a, 't> QuoteRef<'a, 't> {
    /// Its id in the analysis.
    #[must_use]
    pub fn id(&self) -> QuoteId {
        self.id
    }
    /// The plain quotation (spans).
    #[must_use]
    pub fn quote(&self) -> &'a Quote {
        self.q
    }
    /// The quotation with its marks.
    #[must_use]
    pub fn text(&self) -> &'t str {
        self.an.text(self.q.span)
    }
    /// The quoted text without the outer marks.
    #[must_use]
    pub fn inner_text(&self) -> &'t str {
        self.an.text(self.q.inner)
    }
    /// Full utterance, fragment or title.
    #[must_use]
    pub fn kind(&self) -> QuoteKind {
        self.q.kind
    }
    /// The marks used.
    #[must_use]
    pub fn style(&self) -> QuoteStyle {
        self.q.style
    }
    /// The attributions whose content overlaps it (or the top-level quotation holding it):
    /// none for a scare quote or a title, one for most quotations.
    pub fn attributions(&self) -> impl Iterator<Item = AttributionRef<'a, 't>> + use<'a, 't> {
        let an = self.an;
        let ids = an.index().quote_attributions.get(self.id.index()).map_or(&[][..], Vec::as_slice);
        ids.iter().filter_map(move |&a| an.attribution_ref(a))
    }
}

/// Two views are equal when they show the same item of the same analysis.
macro_rules! view_eq {
    ($($ty:ident),+) => {$(
        impl PartialEq for $ty<'_, '_> {
            fn eq(&self, other: &Self) -> bool {
                std::ptr::eq(self.an, other.an) && self.id == other.id
            }
        }
        impl Eq for $ty<'_, '_> {}
    )+};
}

view_eq!(AttributionRef, SpeakerRef, MentionRef, NonResponseRef, QuoteRef);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_lower_case_an_opening_determiner_only() {
        assert_eq!(speaker_display_name("A source"), "a source");
        assert_eq!(speaker_display_name("The CIA"), "the CIA");
        assert_eq!(speaker_display_name("Two people familiar"), "two people familiar");
        assert_eq!(speaker_display_name("Theresa May"), "Theresa May");
        assert_eq!(speaker_display_name("Anna Luna"), "Anna Luna");
        assert_eq!(speaker_display_name("A"), "A");
        assert!(matches!(speaker_display_name("Roger Wicker"), Cow::Borrowed(_)));
    }
}
