//! Extends the built-in lexicons with `Analyzer::builder()`: a reporting verb, a news outlet
//! and a given name, plus a confidence threshold; lists what is built in (a built-in verb
//! cannot be added twice) and shows what `build()` reports for an invalid lexicon line.
//!
//! ```text
//! cargo run --example custom_lexicon
//! ```

use std::process::ExitCode;

use whosaid::{Analysis, Analyzer, Config, Frame, Gender, LexiconKind, Lexicons, SpeakerKind};

const TEXT: &str = "The Daily Planet reported that the new bridge was a waste of money. \
                    Lois Lane, a city hall reporter, opined that the mayor had misled voters, \
                    and she said the council knew.";

fn print(title: &str, analysis: &Analysis<'_>) {
    println!("{title}: {} attribution(s)", analysis.attributions().len());
    println!(
        "  {:<16} {:<8} {:<6} {:<7} {:<17} {:<5} content",
        "speaker", "cue", "lemma", "kind", "sourcing", "conf."
    );
    for a in analysis.attribution_refs() {
        let speaker = a.speaker();
        println!(
            "  {:<16} {:<8} {:<6} {:<7} {:<17} {:<5.2} {}",
            speaker.map_or("?".into(), |s| s.name()),
            a.cue_text().unwrap_or(""),
            a.cue().map_or("", |c| c.lemma()),
            speaker.map_or("-", |s| s.kind().as_str()),
            a.sourcing(),
            a.confidence(),
            a.content_text()
        );
    }
}

fn main() -> ExitCode {
    // what is built in, before adding anything
    let builtin = Lexicons::builtin();
    println!("built-in lexicons:");
    for kind in LexiconKind::ALL {
        println!("  {:<16} {:>4} entries", kind.as_str(), builtin.len(kind));
    }
    let say = builtin.cue_verb("say").map(|v| v.frames().to_string()).unwrap_or_default();
    println!("\"say\" takes the frames {say}; all frames:");
    for f in Frame::ALL {
        println!("  {:<8} {}", f.as_str(), f.description());
    }
    println!("\"opine\" is built in: {}\n", builtin.cue_verb("opine").is_some());

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
        .attribution_refs()
        .filter(|a| a.cue().is_some_and(|c| c.lemma() == "opine"))
        .count();
    let outlet = analysis
        .speaker_refs()
        .any(|s| s.kind() == SpeakerKind::Media && s.name() == "the Daily Planet");
    println!("\n\"opined\" found as a cue: {opined} time(s)");
    println!("The Daily Planet recognised as a media speaker: {outlet}");

    // Invalid lines are reported by build(), with the lexicon and line number.
    println!("\ninvalid lexicon entries:");
    for builder in [
        Analyzer::builder().cue_verbs("opine nosy that"),
        Analyzer::builder().cue_verbs("opine nosy that opine opines opined opined opining"),
        Analyzer::builder().cue_verbs("opine neutral thta opine opines opined opined opining"),
        Analyzer::builder().cue_verbs("say neutral that say says said said saying"),
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
