fn show(text: &str) {
    let a = whosaid::analyze(text);
    println!("== {text}");
    for at in a.attributions() {
        println!("  {:?} {:?} {:?} pat={:?} src={:?} spk={:?} {:?} {:?}", at.content(), at.content().iter().map(|c| a.text(*c)).collect::<Vec<_>>(), at.cue().map(|c| a.text(c.span())), at.pattern(), a.source_text_of(at), a.speaker_name(at), at.sourcing(), at.kind());
    }
    for q in a.quotes() { println!("  Q {:?} {:?} {:?} {:?} {:?} {:?} term={}", q.span(), a.text(q.span()), a.text(q.inner()), q.style(), q.kind(), q.depth(), q.is_terminated()); }
    for s in a.sentences() { println!("  S {:?}", a.text(s.span)); }
}
#[test]
fn dump() {
    show("“This is a disaster 😡,” said María Núñez, the ministry’s spokeswoman.");
    show("Zoë Brontë, the party’s leader, said: «We will not give up an inch.»");
    show("“We paid €5 million,” said Jose\u{301} A\u{301}lvarez, the mayor.");
    show("“Justice 👩‍⚖️ was served,” said Seán O’Brien, the county prosecutor. “We stand with 🇺🇦.”");
    show("“😡”");
    show("“We paid €5 million,” said Jose\u{301}");
    show("Officials said the €5 million 💶 payment to Müller was “entirely legal”.");
    show("Siobhán Ní Bhriain, a lawyer, said that the ruling was “a disgrace”.");
}
