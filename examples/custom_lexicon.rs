//! Extends the built-in lexicons with `Analyzer::builder()`: a reporting verb, a news outlet
//! and a given name, plus a confidence threshold, and shows what `build()` reports for an
//! invalid lexicon line.
//!
//! ```text
//! cargo run --example custom_lexicon
//! ```

use std::process::ExitCode;

use whosaid::{Analysis, Analyzer, Config, Gender, SpeakerKind};

const TEXT: &str = "The Daily Planet reported that the new bridge was a waste of money. \
                    Lois Lane, a city hall reporter, opined that the mayor had misled voters, \
                    and she said the council knew.";

fn print(title: &str, analysis: &Analysis<'_>) {
    println!("{title}: {} attribution(s)", analysis.attributions().len());
    println!(
        "  {:<16} {:<8} {:<6} {:<7} {:<17} {:<5} content",
        "speaker", "cue", "lemma", "kind", "sourcing", "conf."
    );
    for a in analysis.attributions() {
        let speaker = a.speaker().and_then(|s| analysis.speaker(s));
        println!(
            "  {:<16} {:<8} {:<6} {:<7} {:<17} {:<5.2} {}",
            speaker.map_or("?", |s| analysis.text(s.name())),
            a.cue().map_or("", |c| analysis.text(c.span())),
            a.cue().map_or("", |c| c.lemma()),
            speaker.map_or("-", |s| s.kind().as_str()),
            a.sourcing().as_str(),
            a.confidence(),
            analysis.text(a.content_extent())
        );
    }
}

fn main() -> ExitCode {
    print("built-in lexicons", &whosaid::analyze(TEXT));

    let analyzer = match Analyzer::builder()
        // LEMMA CLASS FRAMES BASE THIRD PAST PARTICIPLE ING, as in the built-in cue_verbs.txt
        .cue_verbs("opine neutral inv,that opine opines opined opined opining")
        // CANONICAL NAME | alias | alias
        .media_outlets("The Daily Planet | Daily Planet")
        // resolves "she" to Lois Lane
        .first_name("Lois", Gender::Female)
        // drop attributions the grammar is less than 50% sure of
        .config(Config::default().min_confidence(0.5))
        .build()
    {
        Ok(a) => a,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(1);
        }
    };
    let analysis = analyzer.analyze(TEXT);
    println!();
    print("custom lexicons", &analysis);

    let opined = analysis
        .attributions()
        .iter()
        .filter(|a| a.cue().is_some_and(|c| c.lemma() == "opine"))
        .count();
    let outlet = analysis
        .speakers()
        .iter()
        .any(|s| s.kind() == SpeakerKind::Media && analysis.text(s.name()) == "The Daily Planet");
    println!("\n\"opined\" found as a cue: {opined} time(s)");
    println!("The Daily Planet recognised as a media speaker: {outlet}");

    // Invalid lines are reported by build(), with the lexicon and line number.
    println!("\ninvalid lexicon entries:");
    for builder in [
        Analyzer::builder().cue_verbs("opine nosy that"),
        Analyzer::builder().cue_verbs("opine nosy that opine opines opined opined opining"),
        Analyzer::builder().first_name("Mary Ann", Gender::Female),
        Analyzer::builder().config(Config::default().min_confidence(1.5)),
    ] {
        match builder.build() {
            Ok(_) => println!("  (accepted)"),
            Err(e) => println!("  error: {e}"),
        }
    }
    ExitCode::SUCCESS
}
