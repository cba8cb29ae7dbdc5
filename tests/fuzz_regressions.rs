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
