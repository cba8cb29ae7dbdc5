//! Behaviour is keyed on frames and classes, never on a built-in verb: for every frame, a
//! made-up verb added through the builder with the class and frames of a built-in verb
//! behaves like that verb, and without the frame it does not.

use whosaid::{Analysis, Analyzer, Frame, Lexicons};

/// A made-up regular verb: its base form, and the line that adds it with `class` and
/// `frames`.
struct MadeUp {
    base: &'static str,
}

impl MadeUp {
    fn line(&self, class: &str, frames: &str) -> String {
        let b = self.base;
        format!("{b} {class} {frames} {b} {b}s {b}ed {b}ed {b}ing")
    }

    fn past(&self) -> String {
        format!("{}ed", self.base)
    }

    fn ing(&self) -> String {
        format!("{}ing", self.base)
    }
}

/// One frame: the built-in verb that shows it, the sentence with `{V}` for the past (or
/// past participle) and `{ING}` for the participle, and the built-in forms to fill in.
struct Case {
    frame: Frame,
    builtin: &'static str,
    past: &'static str,
    ing: &'static str,
    text: &'static str,
    /// The sentence that shows the frame's difference, where another frame would read
    /// `text` the same way ("expressed concern." against "expressed concern about …").
    off_text: Option<&'static str>,
}

const CASES: &[Case] = &[
    Case {
        frame: Frame::Inversion,
        builtin: "say",
        past: "said",
        ing: "saying",
        text: "The ferry will stop in March, {V} Ana Ruiz.",
        off_text: None,
    },
    Case {
        frame: Frame::That,
        builtin: "say",
        past: "said",
        ing: "saying",
        text: "Ana Ruiz {V} the ferry would stop in March.",
        off_text: None,
    },
    Case {
        frame: Frame::ThatRequired,
        builtin: "find",
        past: "found",
        ing: "finding",
        text: "The audit {V} that the ferry had lost money.",
        off_text: Some("The inspectors {V} the ferry had lost money."),
    },
    Case {
        frame: Frame::Object,
        builtin: "tell",
        past: "told",
        ing: "telling",
        text: "Ana Ruiz {V} the council that the ferry would stop.",
        off_text: None,
    },
    Case {
        frame: Frame::ObjectClause,
        builtin: "tell",
        past: "told",
        ing: "telling",
        text: "Ana Ruiz {V} reporters the ferry would stop.",
        off_text: None,
    },
    Case {
        frame: Frame::NounPhrase,
        builtin: "dispute",
        past: "disputed",
        ing: "disputing",
        text: "Ana Ruiz {V} the council's account of the vote.",
        off_text: None,
    },
    Case {
        frame: Frame::Infinitive,
        builtin: "vow",
        past: "vowed",
        ing: "vowing",
        text: "Ana Ruiz {V} to keep the ferry running.",
        off_text: None,
    },
    Case {
        frame: Frame::As,
        builtin: "describe",
        past: "described",
        ing: "describing",
        text: "Ana Ruiz {V} the timetable as a mess.",
        off_text: None,
    },
    Case {
        frame: Frame::Quote,
        builtin: "post",
        past: "posted",
        ing: "posting",
        text: "Ana Ruiz {V}: “The ferry will stop in March.”",
        off_text: None,
    },
    Case {
        frame: Frame::Wh,
        builtin: "wonder",
        past: "wondered",
        ing: "wondering",
        text: "Ana Ruiz {V} whether the ferry would stop.",
        off_text: None,
    },
    Case {
        frame: Frame::Directive,
        builtin: "urge",
        past: "urged",
        ing: "urging",
        text: "Ana Ruiz {V} the council to keep the ferry.",
        off_text: None,
    },
    Case {
        frame: Frame::Naming,
        builtin: "call",
        past: "called",
        ing: "calling",
        text: "Ana Ruiz {V} the timetable a disgrace.",
        off_text: None,
    },
    Case {
        frame: Frame::Cite,
        builtin: "cite",
        past: "cited",
        ing: "citing",
        text: "The Herald reported that the ferry would stop, {ING} two council members.",
        off_text: None,
    },
    Case {
        frame: Frame::PassiveInfinitive,
        builtin: "expect",
        past: "expected",
        ing: "expecting",
        text: "The ferry is {V} to stop in March.",
        off_text: None,
    },
    Case {
        frame: Frame::Regard,
        builtin: "see",
        past: "seen",
        ing: "seeing",
        text: "The ferry is {V} as a lifeline.",
        off_text: None,
    },
    Case {
        frame: Frame::Known,
        builtin: "know",
        past: "known",
        ing: "knowing",
        text: "The ferry is {V} for its delays.",
        off_text: None,
    },
    Case {
        frame: Frame::Bare,
        builtin: "consider",
        past: "considered",
        ing: "considering",
        text: "The ferry is {V} unsafe.",
        off_text: None,
    },
    Case {
        frame: Frame::YesNo,
        builtin: "say",
        past: "said",
        ing: "saying",
        text: "Sixty percent of riders {V} yes.",
        off_text: None,
    },
    Case {
        frame: Frame::Feeling,
        builtin: "express",
        past: "expressed",
        ing: "expressing",
        text: "Riders {V} concern about the ferry.",
        off_text: Some("Riders {V} concern."),
    },
    Case {
        frame: Frame::Seem,
        builtin: "seem",
        past: "seemed",
        ing: "seeming",
        text: "The ferry {V} to be failing.",
        off_text: None,
    },
];

/// What an analysis found, without the cue's own words: kind, content, source, speaker,
/// sourcing level and pattern of every attribution.
fn structure(an: &Analysis<'_>) -> Vec<String> {
    an.attribution_refs()
        .map(|a| {
            format!(
                "{} | {} | {:?} | {:?} | {} | {:?}",
                a.kind(),
                a.content_texts().collect::<Vec<_>>().join(" … "),
                a.source_text(),
                a.speaker_name(),
                a.sourcing(),
                a.pattern(),
            )
        })
        .collect()
}

fn fill(text: &str, past: &str, ing: &str) -> String {
    text.replace("{V}", past).replace("{ING}", ing)
}

#[test]
fn every_frame_has_a_case() {
    for frame in Frame::ALL {
        assert!(CASES.iter().any(|c| c.frame == frame), "no made-up verb case for {frame}");
    }
}

#[test]
fn a_made_up_verb_with_a_frame_behaves_like_the_built_in_verbs_of_that_frame() {
    let builtin = Analyzer::new();
    let lexicons = Lexicons::builtin();
    for (n, case) in CASES.iter().enumerate() {
        let verb =
            lexicons.cue_verbs().find(|v| v.lemma() == case.builtin && v.particle().is_none());
        let verb = verb.unwrap_or_else(|| panic!("{} is built in", case.builtin));
        assert!(
            verb.frames().contains(case.frame),
            "{} has the {} frame",
            case.builtin,
            case.frame
        );
        let made_up = MadeUp { base: ["blick", "florp", "zund", "quarn", "vexl"][n % 5] };
        let class = verb.class().as_str();
        let frames = verb.frames().to_string();
        let with = Analyzer::builder()
            .cue_verbs(&made_up.line(class, &frames))
            .build()
            .expect("valid line");

        let expected_text = fill(case.text, case.past, case.ing);
        let expected = structure(&builtin.analyze(&expected_text));
        assert!(
            !expected.is_empty(),
            "{}: the built-in verb finds nothing in {expected_text:?}",
            case.frame
        );
        let text = fill(case.text, &made_up.past(), &made_up.ing());
        let got = structure(&with.analyze(&text));
        assert_eq!(
            got, expected,
            "{}: {text:?} with the made-up verb, against {expected_text:?}",
            case.frame
        );
    }
}

#[test]
fn without_the_frame_the_made_up_verb_does_not_behave_so() {
    let lexicons = Lexicons::builtin();
    let mut same = Vec::new();
    for case in CASES {
        let verb = lexicons
            .cue_verbs()
            .find(|v| v.lemma() == case.builtin && v.particle().is_none())
            .expect("built in");
        let frames: Vec<&str> =
            verb.frames().iter().filter(|&f| f != case.frame).map(|f| f.as_str()).collect();
        // (a verb needs one frame at least; "np" stands in when the frame was the only one,
        // and "that" for "thatreq", whose difference is the "that" it requires)
        let frames = match case.frame {
            Frame::ThatRequired => [frames, vec!["that"]].concat().join(","),
            _ if frames.is_empty() => "np".to_string(),
            _ => frames.join(","),
        };
        let made_up = MadeUp { base: "snorv" };
        let with = Analyzer::builder()
            .cue_verbs(&made_up.line(verb.class().as_str(), &frames))
            .build()
            .expect("valid line");
        let with_frame = Analyzer::builder()
            .cue_verbs(&made_up.line(verb.class().as_str(), &verb.frames().to_string()))
            .build()
            .expect("valid line");
        let text = fill(case.off_text.unwrap_or(case.text), &made_up.past(), &made_up.ing());
        let on = structure(&with_frame.analyze(&text));
        let off = structure(&with.analyze(&text));
        // frames that only add (feeling, yesno and the like keep other readings) must at
        // least change what is found
        if on == off {
            same.push(case.frame);
        }
    }
    assert!(same.is_empty(), "the same without the frame: {same:?}");
}
