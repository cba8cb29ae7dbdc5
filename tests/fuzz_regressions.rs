//! Inputs the fuzz target `analyze` (fuzz/) found to break an invariant, minimised with
//! `cargo fuzz tmin`, kept as tests now that they pass.

use whosaid::Analysis;

/// Every mention that names a speaker is in that speaker's `mentions()` ("Every mention
/// that refers to this speaker", says `Speaker::mentions`).
fn check_mentions_listed(text: &str, analysis: &Analysis<'_>) {
    for (i, m) in analysis.mentions().iter().enumerate() {
        let Some(s) = m.speaker() else { continue };
        let speaker = &analysis.speakers()[s.index()];
        assert!(
            speaker.mentions().iter().any(|x| x.index() == i),
            "{text:?}: mention {i} ({:?}) resolves to speaker {} ({:?}), whose mentions {:?} \
             do not include it",
            analysis.text(m.span()),
            s.index(),
            analysis.text(speaker.name()),
            speaker.mentions(),
        );
    }
}

/// Found by the fuzz target (crash-41a9b11f…, minimised from 80 bytes to 20, first byte the
/// options: 0x07, text `S who said n citing`); the default analyzer is enough. A name
/// before a relative "who" and a cue, with "citing" after, gets two `Mention`s with the
/// same span, kind and speaker (mentions 1 and 2, both "S", speaker 0), and the speaker
/// lists only the first: `speakers()[0].mentions()` is `[1, 0]`, without 2, although
/// `mentions()[2].speaker()` is speaker 0. A second fuzz input (crash-9e436b25…, 646 bytes,
/// minimised to `S who add\ti\0d`) shows the same. The views (`SpeakerRef::mentions`) follow
/// the speaker's list, so mention 2 is not among its mentions there either.
#[test]
fn a_mention_is_listed_by_its_speaker_fuzz_minimised() {
    for text in ["S who said n citing", "S who add\ti\0d"] {
        check_mentions_listed(text, &whosaid::analyze(text));
    }
}

/// The same as news text: "Jane Smith" is mentions 2 and 3, speaker 0 lists 2 (and "who").
#[test]
fn a_mention_is_listed_by_its_speaker_news_text() {
    let text = "Jane Smith who said the plan failed, citing officials.";
    check_mentions_listed(text, &whosaid::analyze(text));
}

/// Found by the fuzz target twice (crash-4e3535f5…, 438 bytes, and crash-c10f8255…, 564
/// bytes, both minimised to `n who and did not respond t who and did not respond`, first
/// byte 0xf3). The subject of a non-response that ends in "and" ("n who and") was split at
/// that "and" into "n who" and an empty second conjunct; each empty conjunct became a
/// mention with the empty span at offset 0, so the two non-responses' second sources were
/// two mentions with one span, of which their speaker listed only one. No mention is made of
/// an empty range now, and the split needs words on both sides of the "and".
#[test]
fn no_mention_of_an_empty_conjunct() {
    let texts = [
        "n who and did not respond t who and did not respond",
        "The aide who and did not respond. The clerk who and did not respond.",
        "Ana Lima and did not respond to requests for comment, and Tomás Ruiz and declined to comment.",
    ];
    for text in texts {
        for analysis in [whosaid::analyze(text), whosaid::Analyzer::new().analyze(text)] {
            check_mentions_listed(text, &analysis);
            for m in analysis.mentions() {
                assert!(!m.span().is_empty(), "{text:?}: an empty mention {m:?}");
            }
            for r in analysis.non_responses() {
                assert!(!r.sources().is_empty(), "{text:?}: a non-response without source");
            }
        }
    }
}
