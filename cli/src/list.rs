//! `--list`: the built-in lexicons, frames, classes and levels.

use std::fmt::Write as _;

use whosaid::{CueClass, Frame, LexiconKind, Lexicons, Sourcing};

/// What `--list WHAT` prints, or an error naming the valid choices.
pub fn list(lexicons: &Lexicons<'_>, what: &str) -> Result<String, String> {
    let mut o = String::new();
    match what {
        "lexicons" => list_lexicons(&mut o, lexicons),
        "cue-verbs" | "cue_verbs" | "verbs" => list_cue_verbs(&mut o, lexicons),
        "frames" => list_frames(&mut o),
        "classes" => list_classes(&mut o, lexicons),
        "levels" => list_levels(&mut o),
        other => list_lexicon(&mut o, lexicons, other)?,
    }
    Ok(o)
}

/// The mark of an entry added to a built-in lexicon.
fn mark(builtin: bool) -> &'static str {
    if builtin { "" } else { "+ " }
}

/// `--list lexicons`: each lexicon with its size, then their line formats.
fn list_lexicons(o: &mut String, lexicons: &Lexicons<'_>) {
    let _ = writeln!(o, "{:<16} {:>7}  contents", "lexicon", "entries");
    for kind in LexiconKind::ALL {
        let name = kind.as_str().replace('_', "-");
        let _ = writeln!(o, "{name:<16} {:>7}  {}", lexicons.len(kind), kind.description());
    }
    let _ = writeln!(o, "\nwhosaid --list LEXICON prints one of them; its line format:");
    for kind in LexiconKind::ALL {
        let _ = writeln!(o, "  {:<16} {}", kind.as_str().replace('_', "-"), kind.format());
    }
}

/// `--list cue-verbs`: the cue verbs in the lexicon's own line format.
fn list_cue_verbs(o: &mut String, lexicons: &Lexicons<'_>) {
    let _ = writeln!(
        o,
        "# {}\n# LEMMA CLASS FRAMES BASE THIRD PAST PARTICIPLE ING [+PARTICLE]   (a line starting with + was added)",
        LexiconKind::CueVerbs.description()
    );
    for v in lexicons.cue_verbs() {
        let particle = v.particle().map(|p| format!(" +{p}")).unwrap_or_default();
        let _ = writeln!(
            o,
            "{}{:<12} {:<11} {:<28} {} {} {} {} {}{particle}",
            mark(v.is_builtin()),
            v.lemma(),
            v.class().as_str(),
            v.frames().to_string(),
            v.base(),
            v.third_person(),
            v.past(),
            v.past_participle(),
            v.ing()
        );
    }
}

/// `--list frames`: what may follow a cue verb.
fn list_frames(o: &mut String) {
    let _ = writeln!(o, "What may follow a cue verb (the FRAMES column of --list cue-verbs):");
    for f in Frame::ALL {
        let _ = writeln!(o, "  {:<8} {}", f.as_str(), f.description());
    }
}

/// `--list classes`: the stance classes, each with a few of its verbs.
fn list_classes(o: &mut String, lexicons: &Lexicons<'_>) {
    let _ = writeln!(o, "Stance classes of cues (the CLASS column of --list cue-verbs):");
    for c in CueClass::ALL {
        let verbs: Vec<&str> =
            lexicons.cue_verbs().filter(|v| v.class() == c).map(|v| v.lemma()).take(6).collect();
        let _ = writeln!(o, "  {:<11} {}, …", c.as_str(), verbs.join(", "));
    }
}

/// `--list levels`: the sourcing levels.
fn list_levels(o: &mut String) {
    let _ = writeln!(o, "Sourcing levels, strongest first:");
    for l in Sourcing::ALL {
        let _ = writeln!(o, "  {:<24} {}", l.as_str(), l.description());
    }
}

/// `--list LEXICON`: one lexicon's entries, or an error naming the valid choices.
fn list_lexicon(o: &mut String, lexicons: &Lexicons<'_>, name: &str) -> Result<(), String> {
    let Some(kind) = LexiconKind::from_name(name) else {
        let names: Vec<String> =
            LexiconKind::ALL.iter().map(|k| k.as_str().replace('_', "-")).collect();
        return Err(format!(
            "cannot list {name:?}: expected lexicons, cue-verbs, frames, classes, levels \
             or a lexicon ({})",
            names.join(", ")
        ));
    };
    let _ = writeln!(o, "# {}\n# {}", kind.description(), kind.format());
    for e in lexicons.entries(kind) {
        let _ = writeln!(o, "{}{}", mark(e.is_builtin()), e.text());
    }
    Ok(())
}
