//! `--list`: the built-in lexicons, frames, classes and levels.

use std::fmt::Write as _;

use whosaid::{CueClass, Frame, LexiconKind, Lexicons, Sourcing};

/// What `--list WHAT` prints, or an error naming the valid choices.
pub fn list(lexicons: &Lexicons<'_>, what: &str) -> Result<String, String> {
    let mut o = String::new();
    let mark = |builtin: bool| if builtin { "" } else { "+ " };
    match what {
        "lexicons" => {
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
        "cue-verbs" | "cue_verbs" | "verbs" => {
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
        "frames" => {
            let _ =
                writeln!(o, "What may follow a cue verb (the FRAMES column of --list cue-verbs):");
            for f in Frame::ALL {
                let _ = writeln!(o, "  {:<8} {}", f.as_str(), f.description());
            }
        }
        "classes" => {
            let _ = writeln!(o, "Stance classes of cues (the CLASS column of --list cue-verbs):");
            for c in CueClass::ALL {
                let verbs: Vec<&str> = lexicons
                    .cue_verbs()
                    .filter(|v| v.class() == c)
                    .map(|v| v.lemma())
                    .take(6)
                    .collect();
                let _ = writeln!(o, "  {:<11} {}, …", c.as_str(), verbs.join(", "));
            }
        }
        "levels" => {
            let _ = writeln!(o, "Sourcing levels, strongest first:");
            for l in Sourcing::ALL {
                let _ = writeln!(o, "  {:<24} {}", l.as_str(), l.description());
            }
        }
        other => {
            let Some(kind) = LexiconKind::from_name(other) else {
                let names: Vec<String> =
                    LexiconKind::ALL.iter().map(|k| k.as_str().replace('_', "-")).collect();
                return Err(format!(
                    "cannot list {other:?}: expected lexicons, cue-verbs, frames, classes, levels \
                     or a lexicon ({})",
                    names.join(", ")
                ));
            };
            let _ = writeln!(o, "# {}\n# {}", kind.description(), kind.format());
            for e in lexicons.entries(kind) {
                let _ = writeln!(o, "{}{}", mark(e.is_builtin()), e.text());
            }
        }
    }
    Ok(o)
}
