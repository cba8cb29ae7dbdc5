//! Helpers shared by the integration tests.

use whosaid::Analysis;

/// One line per attribution (content, source, speaker, cue, pattern, sourcing, resolution),
/// for failure messages.
pub fn overview(an: &Analysis<'_>) -> String {
    let mut out = String::new();
    for a in an.attribution_refs() {
        let content: Vec<&str> = a.content_texts().collect();
        let cue = a.cue_text();
        out.push_str(&format!(
            "\n  content={content:?} source={:?} speaker={:?} cue={cue:?} pattern={:?} \
             sourcing={:?} resolution={:?}",
            a.source_text(),
            a.speaker_name().as_deref(),
            a.pattern(),
            a.sourcing(),
            a.resolution()
        ));
    }
    if out.is_empty() {
        out.push_str(" (no attributions)");
    }
    out
}
