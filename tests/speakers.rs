use whosaid::Analysis;

fn dump(text: &str) {
    let an = whosaid::analyze(text);
    println!("=== {text}");
    for a in an.attributions() {
        let sp = a.speaker().and_then(|s| an.speaker(s));
        println!(
            "  ATT content={:?} src={:?} spk={:?}({:?}) kind={:?} sourcing={:?} res={:?} pattern={:?} citing={:?}",
            a.content().iter().map(|s| an.text(*s)).collect::<Vec<_>>(),
            an.source_text_of(a),
            an.speaker_name(a),
            a.speaker(),
            sp.map(|s| s.kind()),
            a.sourcing(),
            a.resolution(),
            a.pattern(),
            a.citing()
                .iter()
                .map(|m| (
                    an.text(an.mention(*m).unwrap().span()),
                    an.mention(*m).unwrap().speaker()
                ))
                .collect::<Vec<_>>()
        );
    }
    let o = |s: Option<whosaid::Span>| s.map(|s| an.text(s));
    for (i, s) in an.speakers().iter().enumerate() {
        println!(
            "  SPK{i} {:?} name={:?} title={:?} role={:?} aff={:?} gender={:?} count={:?} sen={:?} basis={:?} reason={:?} sourcing={:?} mentions={:?}",
            s.kind(),
            an.text(s.name()),
            o(s.title()),
            o(s.role()),
            o(s.affiliation()),
            s.gender(),
            s.count(),
            o(s.seniority()),
            o(s.basis()),
            o(s.anonymity_reason()),
            s.sourcing(),
            s.mentions()
                .iter()
                .map(|m| an.text(an.mention(*m).unwrap().span()))
                .collect::<Vec<_>>()
        );
    }
    for (i, m) in an.mentions().iter().enumerate() {
        println!(
            "  M{i} {:?} {:?} name={:?} title={:?} role={:?} aff={:?} count={:?} sen={:?} basis={:?} spk={:?}",
            m.kind(),
            an.text(m.span()),
            o(m.name()),
            o(m.title()),
            o(m.role()),
            o(m.affiliation()),
            m.count(),
            o(m.seniority()),
            o(m.basis()),
            m.speaker()
        );
    }
    for r in an.non_responses() {
        println!(
            "  NR {:?} {:?}",
            an.text(r.cue()),
            r.sources().iter().map(|m| an.text(an.mention(*m).unwrap().span())).collect::<Vec<_>>()
        );
    }
    println!("  PROFILE {:?}", an.profile());
}

#[test]
fn probe() {
    for t in std::fs::read_to_string("/tmp/probe/inputs.txt").unwrap().split("\n---\n") {
        let t = t.trim();
        if !t.is_empty() {
            dump(t);
        }
    }
}
