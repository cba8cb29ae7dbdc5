//! Helpers shared by the integration tests.

use whosaid::Analysis;

/// One line per attribution (content, source, speaker, cue, pattern, sourcing, resolution),
/// for failure messages.
pub fn overview(an: &Analysis<'_>) -> String {
    let mut out = String::new();
    for a in an.attributions() {
        let content: Vec<&str> = a.content().iter().map(|s| an.text(*s)).collect();
        let cue = a.cue().map(|c| an.text(c.span()));
        out.push_str(&format!(
            "\n  content={content:?} source={:?} speaker={:?} cue={cue:?} pattern={:?} \
             sourcing={:?} resolution={:?}",
            an.source_text_of(a),
            an.speaker_name(a),
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
