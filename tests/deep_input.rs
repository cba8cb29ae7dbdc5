//! Input that the grammar walks through step by step must not take stack in proportion to
//! its length: each text here is analysed on a thread with a small stack.

use std::thread;

/// Analyses `text` on a thread with a 256 KiB stack and returns the number of attributions.
fn on_small_stack(text: String) -> usize {
    thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(move || whosaid::analyze(&text).attributions().len())
        .expect("spawn")
        .join()
        .expect("the analysis overflowed a small stack or panicked")
}

#[test]
fn a_long_run_of_infinitives_before_a_cue() {
    let text = format!("Anna Kowalska {}said the plan works.", "tries to ".repeat(20_000));
    on_small_stack(text);
}

#[test]
fn a_long_run_of_time_words_and_adverbs_before_a_cue() {
    let text = format!("Anna Kowalska {}said the plan works.", "today also just ".repeat(20_000));
    on_small_stack(text);
}

#[test]
fn a_long_run_of_reflexives_before_a_cue() {
    let text = format!("Anna Kowalska {}said the plan works.", "herself ".repeat(20_000));
    on_small_stack(text);
}

#[test]
fn many_coordinated_non_responses() {
    let text = format!("{}declined to comment.", "Anna and ".repeat(20_000));
    on_small_stack(text);
}

#[test]
fn the_short_forms_still_find_their_subject() {
    assert_eq!(on_small_stack("Anna Kowalska herself said the plan works.".into()), 1);
    assert_eq!(on_small_stack("Anna Kowalska last week also said the plan works.".into()), 1);
}

#[test]
fn the_subject_of_and_declined_to_comment_in_a_long_document() {
    // every sentence's non-response takes that sentence's speaker, however many attributions
    // the document has (the look-up is by position, not a scan back from the last one)
    let text = "“Prices rose,” said Kim Lee, and declined to comment further.\n\n".repeat(300);
    let an = whosaid::analyze(&text);
    assert_eq!(an.non_responses().len(), 300);
    for r in an.non_responses() {
        let sources: Vec<&str> =
            r.sources().iter().map(|&m| an.text(an.mentions()[m.index()].span())).collect();
        assert_eq!(sources, ["Kim Lee"]);
    }
}
