//! Byte offsets on English news sentences that hold multibyte characters: curly quotes,
//! guillemets, „low-high“ quotes, `€`, emoji (with ZWJ sequences and flags) and accented
//! names. Expected offsets are computed with `str::find` on the text itself, so each
//! assertion says "this exact substring", whatever its byte length.

use whosaid::{Analysis, AttributionKind, AttributionRef, Quote, QuoteStyle, Span};

/// The byte span of `needle`, which must occur exactly once in `text`.
fn span_of(text: &str, needle: &str) -> Span {
    let hits: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
    assert_eq!(hits.len(), 1, "{needle:?} should occur once in {text:?}");
    Span::new(hits[0], hits[0] + needle.len())
}

/// The attribution whose content is exactly `content` (one span).
fn attribution<'a, 't>(analysis: &'a Analysis<'t>, content: &str) -> AttributionRef<'a, 't> {
    let text = analysis.input();
    let want = span_of(text, content);
    analysis.attribution_refs().find(|a| a.content() == [want]).unwrap_or_else(|| {
        let found: Vec<Vec<&str>> =
            analysis.attribution_refs().map(|a| a.content_texts().collect()).collect();
        panic!("no attribution with content {content:?} at {want:?} in {text:?}; found {found:?}")
    })
}

/// The quotation that spans exactly `marked` (marks included).
fn quote<'a>(analysis: &'a Analysis<'_>, marked: &str) -> &'a Quote {
    let want = span_of(analysis.input(), marked);
    analysis.quotes().iter().find(|q| q.span() == want).unwrap_or_else(|| {
        let found: Vec<&str> = analysis.quotes().iter().map(|q| analysis.text(q.span())).collect();
        panic!("no quotation {marked:?} at {want:?}; found {found:?}")
    })
}

/// Checks one attribution: content span, source mention text, speaker name, cue span.
fn assert_attribution(text: &str, content: &str, source: &str, speaker: &str, cue: &str) {
    let analysis = whosaid::analyze(text);
    let a = attribution(&analysis, content);
    let span = a.content()[0];
    assert_eq!(span, span_of(text, content));
    assert_eq!(&text[span], content);
    assert_eq!(a.source_text(), Some(source), "source of {content:?}");
    let mention = a.source().expect("a source mention");
    assert_eq!(mention.span(), span_of(text, source));
    assert_eq!(a.speaker_name().as_deref(), Some(speaker), "speaker of {content:?}");
    assert_eq!(a.cue().map(|c| c.span()), Some(span_of(text, cue)), "cue of {content:?}");
}

#[test]
fn curly_quote_with_euro_and_accented_name() {
    let text = "“We paid €5 million,” said José Álvarez, the mayor.";
    let content = "“We paid €5 million,”";
    // “ and ” are 3 bytes each, € is 3: 27 bytes for 21 chars
    assert_eq!(span_of(text, content), Span::new(0, 27));
    assert_attribution(text, content, "José Álvarez, the mayor", "José Álvarez", "said");

    let analysis = whosaid::analyze(text);
    let a = attribution(&analysis, content);
    assert_eq!(a.kind(), AttributionKind::Direct);
    let q = quote(&analysis, content);
    assert_eq!(q.style(), QuoteStyle::CurlyDouble);
    assert_eq!(q.inner(), span_of(text, "We paid €5 million,"));
    assert!(q.is_terminated());
}

#[test]
fn source_before_cue_with_accented_name() {
    let text = "“We paid €5 million,” José Álvarez said.";
    assert_attribution(text, "“We paid €5 million,”", "José Álvarez", "José Álvarez", "said");
}

#[test]
fn emoji_inside_a_quotation() {
    let text = "“This is a disaster 😡,” said María Núñez, the ministry’s spokeswoman.";
    let content = "“This is a disaster 😡,”";
    // 😡 is 4 bytes
    assert_eq!(span_of(text, content), Span::new(0, 30));
    assert_attribution(
        text,
        content,
        "María Núñez, the ministry’s spokeswoman",
        "María Núñez",
        "said",
    );
}

#[test]
fn zwj_emoji_and_flag_with_continuation() {
    let text = "“Justice 👩‍⚖️ was served,” said Seán O’Brien, the county prosecutor. \
                “We stand with 🇺🇦.”";
    let first = "“Justice 👩‍⚖️ was served,”";
    let second = "“We stand with 🇺🇦.”";
    assert_attribution(text, first, "Seán O’Brien, the county prosecutor", "Seán O’Brien", "said");

    let analysis = whosaid::analyze(text);
    let cont = attribution(&analysis, second);
    assert!(cont.cue().is_none(), "a continuation has no cue");
    assert_eq!(cont.speaker_name().as_deref(), Some("Seán O’Brien"));
    assert_eq!(quote(&analysis, second).inner(), span_of(text, "We stand with 🇺🇦."));
}

#[test]
fn guillemets_before_the_cue() {
    let text = "«We will not give up an inch», said Zoë Brontë, the party’s leader.";
    let content = "«We will not give up an inch»";
    // « and » are 2 bytes each
    assert_eq!(span_of(text, content), Span::new(0, 31));
    assert_attribution(text, content, "Zoë Brontë, the party’s leader", "Zoë Brontë", "said");
    let analysis = whosaid::analyze(text);
    let q = quote(&analysis, content);
    assert_eq!(q.style(), QuoteStyle::Guillemets);
    assert_eq!(q.inner(), span_of(text, "We will not give up an inch"));
}

#[test]
fn guillemets_after_a_colon() {
    let text = "Zoë Brontë, the party’s leader, said: «We will not give up an inch.»";
    let content = "«We will not give up an inch.»";
    assert_attribution(text, content, "Zoë Brontë, the party’s leader", "Zoë Brontë", "said");
    let analysis = whosaid::analyze(text);
    assert_eq!(attribution(&analysis, content).content()[0].end, text.len());
}

#[test]
fn low_high_quotation() {
    let text = "„The talks have failed,“ said Jürgen Müller, the German envoy.";
    let content = "„The talks have failed,“";
    assert_attribution(text, content, "Jürgen Müller, the German envoy", "Jürgen Müller", "said");
    let analysis = whosaid::analyze(text);
    assert_eq!(quote(&analysis, content).style(), QuoteStyle::LowHigh);
}

#[test]
fn straight_double_quotation_with_accented_name() {
    let text = "\"We are very concerned,\" said Senator Ana Peña of Texas.";
    let content = "\"We are very concerned,\"";
    assert_eq!(span_of(text, content), Span::new(0, 24));
    assert_attribution(text, content, "Senator Ana Peña of Texas", "Ana Peña", "said");
    let analysis = whosaid::analyze(text);
    assert_eq!(quote(&analysis, content).style(), QuoteStyle::StraightDouble);
}

#[test]
fn straight_single_quotation_with_accented_name() {
    let text = "'We will win,' said Gov. André Brûlé.";
    let content = "'We will win,'";
    assert_attribution(text, content, "Gov. André Brûlé", "André Brûlé", "said");
    let analysis = whosaid::analyze(text);
    assert_eq!(quote(&analysis, content).style(), QuoteStyle::StraightSingle);
}

#[test]
fn nested_single_quotes_and_apostrophes() {
    let text = "“He told me, ‘We’re done,’ and walked out,” said Chloé Dupont, the mayor’s aide.";
    let outer = "“He told me, ‘We’re done,’ and walked out,”";
    assert_attribution(text, outer, "Chloé Dupont, the mayor’s aide", "Chloé Dupont", "said");
    let analysis = whosaid::analyze(text);
    let inner = quote(&analysis, "‘We’re done,’");
    assert_eq!(inner.style(), QuoteStyle::CurlySingle);
    assert_eq!(inner.depth(), 1);
    // the apostrophe of We’re neither closes nor opens a quotation
    assert_eq!(analysis.quotes().len(), 2, "quotes: {:?}", analysis.quotes());
}

#[test]
fn indirect_content_with_euro() {
    let text = "Søren Kjærgaard told reporters that the €20 billion plan was dead.";
    let content = "that the €20 billion plan was dead";
    assert_attribution(text, content, "Søren Kjærgaard", "Søren Kjærgaard", "told");
    let analysis = whosaid::analyze(text);
    assert_eq!(attribution(&analysis, content).kind(), AttributionKind::Indirect);
}

#[test]
fn mixed_content_with_emoji_and_fragment_quote() {
    let text = "Officials said the €5 million 💶 payment to Müller was “entirely legal”.";
    let content = "the €5 million 💶 payment to Müller was “entirely legal”";
    assert_attribution(text, content, "Officials", "Officials", "said");
    let analysis = whosaid::analyze(text);
    assert_eq!(attribution(&analysis, content).kind(), AttributionKind::Mixed);
}

#[test]
fn according_to_with_accented_name() {
    let text = "According to José Álvarez, the €5 million payment was legal.";
    let content = "the €5 million payment was legal";
    assert_attribution(text, content, "José Álvarez", "José Álvarez", "According to");
}

#[test]
fn citron_offsets_count_chars_not_bytes() {
    let text = "“Justice 👩‍⚖️ was served,” said Seán O’Brien, the county prosecutor.";
    let content = "“Justice 👩‍⚖️ was served,”";
    let analysis = whosaid::analyze(text);
    let citron = analysis.to_citron();
    assert_eq!(citron.text, text);
    let q = citron.quotes.iter().find(|q| q.contents.iter().any(|c| c.text == content));
    let q = q.unwrap_or_else(|| panic!("no Citron quote with content {content:?}: {citron:?}"));
    let chars = |byte: usize| text[..byte].chars().count();
    let c = &q.contents[0];
    let s = span_of(text, content);
    assert_eq!((c.start, c.end), (chars(s.start), chars(s.end)));
    assert_eq!(text.chars().skip(c.start).take(c.end - c.start).collect::<String>(), content);
    let source = &q.sources[0];
    let s = span_of(text, "Seán O’Brien, the county prosecutor");
    assert_eq!((source.start, source.end), (chars(s.start), chars(s.end)));
    assert_eq!(q.cue.text, "said");
}

/// With decomposed accents (NFD: "e" + U+0301 COMBINING ACUTE ACCENT) the quotation is
/// still found on the right bytes.
#[test]
fn decomposed_accents_keep_the_content_span() {
    let text = "“We paid €5 million,” said Jose\u{301} A\u{301}lvarez, the mayor.";
    let content = "“We paid €5 million,”";
    let analysis = whosaid::analyze(text);
    let a = attribution(&analysis, content);
    assert_eq!(a.content()[0], Span::new(0, 27));
    for s in analysis.mentions().iter().map(|m| m.span()) {
        assert!(text.get(s.range()).is_some(), "mention {s:?} off a char boundary");
    }
}

/// A combining mark (U+0301) belongs to its word: "José Álvarez" written in NFD is one
/// name, not "Jose" followed by stray marks.
#[test]
fn decomposed_accents_in_names() {
    let text = "“We paid €5 million,” said Jose\u{301} A\u{301}lvarez, the mayor.";
    let analysis = whosaid::analyze(text);
    let a = attribution(&analysis, "“We paid €5 million,”");
    assert_eq!(a.speaker_name().as_deref(), Some("Jose\u{301} A\u{301}lvarez"));
    assert_eq!(a.source_text(), Some("Jose\u{301} A\u{301}lvarez, the mayor"));
}
