//! Attribution grammar, one construction per test (SPEC §1.2): what is the content, who is
//! the source, which cue and pattern. Every text is a short passage written for this file.

mod common;

use common::overview;
use whosaid::{Analysis, AttributionRef, Pattern};

/// The single attribution whose content (all parts joined by " … ") is `content`.
fn find<'a, 't>(an: &'a Analysis<'t>, content: &str) -> AttributionRef<'a, 't> {
    an.attribution_refs().find(|a| a.content_text() == content).unwrap_or_else(|| {
        panic!("no attribution with content {content:?}; found:{}", overview(an))
    })
}

#[test]
fn a_question_put_to_the_speaker_has_no_source() {
    let an = whosaid::analyze(
        "Asked what might surprise voters about him, the governor said he still plays the drums.",
    );
    let q = find(&an, "what might surprise voters about him");
    assert_eq!(q.pattern(), Pattern::Sourceless);
    assert_eq!(q.source_text(), None);
    let said = find(&an, "he still plays the drums");
    assert_eq!(said.source_text(), Some("the governor"));
}

#[test]
fn a_passive_question_names_no_asker() {
    let an = whosaid::analyze("The mayor was asked whether she would run again.");
    let a = find(&an, "whether she would run again");
    assert_eq!(a.pattern(), Pattern::Sourceless);
    assert_eq!(a.cue_text(), Some("was asked"));
}

#[test]
fn how_things_seem_is_content_without_a_speaker() {
    let an = whosaid::analyze("The alliance seemed to be losing its grip on the region.");
    let a = find(&an, "The alliance … to be losing its grip on the region");
    assert_eq!(a.pattern(), Pattern::Sourceless);
    assert_eq!(a.source_text(), None);
}

#[test]
fn a_person_who_seems_to_think_is_the_source() {
    let an = whosaid::analyze("Clinton seemed to suggest that the deal was dead.");
    let a = an.attribution_refs().next().expect("an attribution");
    assert_eq!(a.source_text(), Some("Clinton"));
}

#[test]
fn a_directive_takes_its_addressee_into_the_content() {
    let an = whosaid::analyze("The senator urged his colleagues to reject the treaty.");
    let a = find(&an, "his colleagues to reject the treaty");
    assert_eq!(a.source_text(), Some("The senator"));
    // telling someone something leaves the addressee out
    let an = whosaid::analyze("The senator told her that the treaty was dead.");
    find(&an, "that the treaty was dead");
}

#[test]
fn an_inverted_cue_after_a_relative_clause() {
    let an = whosaid::analyze(
        "The governor lacks allies in the legislature, which he has alienated, said Larry \
         Sabato, director of the center.",
    );
    let a = find(&an, "The governor lacks allies in the legislature, which he has alienated");
    assert_eq!(a.pattern(), Pattern::ContentCueSource);
    assert_eq!(a.source_text(), Some("Larry Sabato, director of the center"));
}

#[test]
fn an_object_and_a_time_phrase_after_an_inverted_cue() {
    let an = whosaid::analyze(
        "The union will sit out the election, Phil Smith told the newspaper earlier this week.",
    );
    let a = find(&an, "The union will sit out the election");
    assert_eq!(a.source_text(), Some("Phil Smith"));
}

#[test]
fn an_aside_between_commas_after_the_cue() {
    let an = whosaid::analyze(
        "Rubio says, win or lose in Tuesday's primary, he is staying in the race.",
    );
    find(&an, "win or lose in Tuesday's primary, he is staying in the race");
    let an = whosaid::analyze("The senator said, in a statement, the bill was dead.");
    find(&an, "the bill was dead");
}

#[test]
fn appositives_holding_a_relative_clause_or_a_quoted_title() {
    let an = whosaid::analyze(
        "Mr. Guerrero, a Republican who described himself as a Catholic, said he recoiled.",
    );
    let a = find(&an, "he recoiled");
    assert_eq!(a.speaker_name().as_deref(), Some("Guerrero"));
    let an = whosaid::analyze(
        "Hemsley, the co-author of \"Going Viral,\" about the spread of rumours, said the era of \
         a shared story was over.",
    );
    let a = find(&an, "the era of a shared story was over");
    assert_eq!(a.speaker_name().as_deref(), Some("Hemsley"));
}

#[test]
fn a_subordinate_clause_leading_a_that_clause_stays_in_it() {
    let an = whosaid::analyze(
        "Prosecutors said that although the hacker confessed, he showed no remorse.",
    );
    find(&an, "that although the hacker confessed, he showed no remorse");
}

#[test]
fn a_relative_clause_inside_the_content_subject() {
    let an = whosaid::analyze(
        "He said the announcement, which critics called a ploy, was an insult to volunteers.",
    );
    find(&an, "the announcement, which critics called a ploy, was an insult to volunteers");
    // after the content, the same words open the reporter's own clause
    let an = whosaid::analyze("He said the plan failed, which surprised nobody.");
    find(&an, "the plan failed");
}

#[test]
fn lists_and_including_phrases_stay_in_a_phrase_content() {
    let an = whosaid::analyze(
        "The council criticized several factors, including budget cuts and the rise of \
         super PACs.",
    );
    find(&an, "several factors, including budget cuts and the rise of super PACs");
}

#[test]
fn evaluation_verbs_in_relative_clauses_and_participles() {
    let an = whosaid::analyze("North Dakota Rep. Kevin Cramer, who endorsed Trump, spoke next.");
    let a = find(&an, "Trump");
    assert_eq!(a.cue_text(), Some("endorsed"));
    let an = whosaid::analyze("Conservative groups supporting the governor spent heavily.");
    let a = find(&an, "the governor");
    assert_eq!(a.source_text(), Some("Conservative groups"));
}

#[test]
fn plural_subjects_with_modifiers_before_a_bare_say() {
    let an = whosaid::analyze(
        "Executives who have worked with the founder say he shares his father's views.",
    );
    let a = find(&an, "he shares his father's views");
    assert_eq!(a.source_text(), Some("Executives who have worked with the founder"));
}

#[test]
fn a_gerund_clause_is_content() {
    let an = whosaid::analyze(
        "Jon Tester said having Trump at the top of the ticket puts Republicans at risk.",
    );
    find(&an, "having Trump at the top of the ticket puts Republicans at risk");
}

#[test]
fn a_possessor_and_a_reporting_noun() {
    let an = whosaid::analyze("Murphy's opposition to the bill surprised nobody.");
    let a = an
        .attribution_refs()
        .find(|a| a.pattern() == Pattern::Nominal)
        .unwrap_or_else(|| panic!("no nominal attribution:{}", overview(&an)));
    assert_eq!(a.cue_text(), Some("opposition to"));
    assert_eq!(a.source_text(), Some("Murphy's"));
    assert!(an.text(a.content()[0]).starts_with("the bill"));

    let an =
        whosaid::analyze("Senator Jane Holt spoke in Ohio. Her plan to raise taxes was unpopular.");
    let a = find(&an, "to raise taxes");
    assert_eq!(a.pattern(), Pattern::Nominal);
    assert_eq!(a.speaker_name().as_deref(), Some("Jane Holt"), "\"Her\" resolves like \"she\"");

    // without a possessor the noun reports nothing
    let an = whosaid::analyze("The claim that the vote was rigged spread quickly.");
    assert!(an.attributions().is_empty(), "found:{}", overview(&an));
}

#[test]
fn a_statement_issued_speaks_for_its_author() {
    let an = whosaid::analyze(
        "The governor issued a statement Tuesday saying \"we will not back down.\"",
    );
    let a = find(&an, "\"we will not back down.\"");
    assert_eq!(a.source_text(), Some("The governor"));
}

#[test]
fn a_pronoun_after_an_inverted_cue_starts_a_clause() {
    let an = whosaid::analyze("Smith, who called the plan \"a disaster,\" said it would fail.");
    assert!(
        an.attribution_refs().all(|a| a.source_text() != Some("it")),
        "\"said it would fail\" is no inversion:{}",
        overview(&an)
    );
}

#[test]
fn a_gerund_after_a_preposition_reports_for_the_subject() {
    let an = whosaid::analyze(
        "The senator ended the debate by saying the bill would pass before adding that it \
         needed work.",
    );
    let a = find(&an, "the bill would pass");
    assert_eq!(a.source_text(), Some("The senator"));
    assert_eq!(a.cue_text(), Some("saying"));
    let b = find(&an, "that it needed work");
    assert_eq!(b.cue_text(), Some("adding"));
    assert_eq!(b.speaker(), a.speaker(), "the participle shares the sentence's subject");
}

#[test]
fn a_relative_pronoun_fills_the_subject_gap_of_what_was_said() {
    let an = whosaid::analyze(
        "The governor cut property taxes, moves that she said saved families $400 a year.",
    );
    let a = find(&an, "that … saved families $400 a year");
    assert_eq!(a.pattern(), Pattern::RelativeClause);
    assert_eq!(a.source_text(), Some("she"));
    let an = whosaid::analyze(
        "Turnout among young voters rose, which organizers say could decide the race.",
    );
    let a = find(&an, "which … could decide the race");
    assert_eq!(a.source_text(), Some("organizers"));
}

#[test]
fn a_relative_pronoun_fills_the_object_gap_of_a_naming_verb() {
    let an = whosaid::analyze("He campaigned against what he calls a rigged tax code.");
    let a = find(&an, "what … a rigged tax code");
    assert_eq!(a.source_text(), Some("he"));
}

#[test]
fn a_relative_clause_about_the_speaker_is_no_gap() {
    // the clause after the cue has its own subject: an ordinary report
    let an = whosaid::analyze("She met the mayor, who said the plan was sound.");
    let a = find(&an, "the plan was sound");
    assert_eq!(a.pattern(), Pattern::SourceCueContent);
    // "that" as a complementizer with a full clause after the cue
    let an = whosaid::analyze("He added that aides said the vote was close.");
    assert!(
        an.attributions().iter().all(|a| a.pattern() != Pattern::RelativeClause),
        "{}",
        overview(&an)
    );
}

#[test]
fn a_quoted_title_before_a_cue_with_its_own_clause_is_not_its_content() {
    let an = whosaid::analyze(
        "Asked about his plans during an interview on \"Meet the Press,\" the senator said he \
         would not run again.",
    );
    let a = find(&an, "he would not run again");
    assert_eq!(a.source_text(), Some("the senator"));
    assert!(
        an.attributions().iter().all(|a| !an.text(a.content()[0]).starts_with("Asked about")),
        "{}",
        overview(&an)
    );
}

#[test]
fn an_answer_to_the_question_put_is_the_content() {
    let an = whosaid::analyze(
        "Asked on the radio who should lead the party, the governor said Ryan. Asked whether \
         the mayor \"has the experience to serve,\" 61 percent of voters said yes.",
    );
    let ryan = find(&an, "Ryan");
    assert_eq!(ryan.source_text(), Some("the governor"));
    let yes = find(&an, "yes");
    assert_eq!(yes.source_text(), Some("61 percent of voters"));
    // the questions are asked by nobody the text names, and are no content of the answers
    let q = find(&an, "whether the mayor \"has the experience to serve,\"");
    assert_eq!(q.pattern(), Pattern::Sourceless);
}

#[test]
fn a_participle_after_a_quotation_takes_no_inverted_subject() {
    let an = whosaid::analyze(
        "The governor defended \"Jersey values,\" saying the state embodied the country's grit.",
    );
    let a = find(&an, "the state embodied the country's grit");
    assert_eq!(a.source_text(), Some("The governor"));
}

#[test]
fn a_noun_phrase_after_said_that_starts_a_clause_is_no_inverted_source() {
    let an = whosaid::analyze(
        "Mr. Lane, citing ''the momentum of the campaign,'' said the candidate could win Ohio.",
    );
    let a = find(&an, "the candidate could win Ohio");
    assert_eq!(a.source_text(), Some("Mr. Lane"));
}

#[test]
fn an_inverted_source_keeps_its_relative_clause() {
    let an = whosaid::analyze(
        "The envoy warned the minister not to move troops to the border, said an official who \
         was briefed on the meeting.",
    );
    let a = find(&an, "The envoy warned the minister not to move troops to the border");
    assert_eq!(a.pattern(), Pattern::ContentCueSource);
    assert_eq!(a.source_text(), Some("an official who was briefed on the meeting"));
    assert_eq!(a.sourcing(), whosaid::Sourcing::AnonymousCharacterized);
}

#[test]
fn a_third_person_verb_that_is_also_a_noun_after_an_appositive_or_a_determined_noun() {
    let an = whosaid::analyze(
        "Jan Ortega, an early supporter of the mayor, calls the budget \"a disgrace\" for the city.",
    );
    let a = find(&an, "the budget \"a disgrace\" for the city");
    assert_eq!(a.source_text(), Some("Jan Ortega, an early supporter of the mayor"));
    let an = whosaid::analyze("The paper notes the council met twice in secret.");
    let a = find(&an, "the council met twice in secret");
    assert_eq!(a.source_text(), Some("The paper"));
    // an adjective before a plural noun: no verb
    let an = whosaid::analyze("The coordinated attacks that killed 30 people shocked the city.");
    assert!(an.attributions().is_empty(), "{}", overview(&an));
}

#[test]
fn according_to_after_a_colon_opens_its_clause() {
    let an = whosaid::analyze(
        "The shift is visible: according to recent polls, the mayor holds only 14 percent of \
         the vote.",
    );
    let a = find(&an, "the mayor holds only 14 percent of the vote");
    assert_eq!(a.source_text(), Some("recent polls"));
}

#[test]
fn according_to_inside_brackets_and_before_a_relative_clause() {
    let an = whosaid::analyze(
        "He cited a higher figure (the real number is closer to 15 percent, according to the \
         census office).",
    );
    let a = find(&an, "the real number is closer to 15 percent");
    assert_eq!(a.source_text(), Some("the census office"));
    let an = whosaid::analyze(
        "The law was broken, according to Ann Miles, who prosecuted the case in the 1990s.",
    );
    let a = find(&an, "The law was broken");
    // the relative clause closing the sentence describes the source: it is part of the
    // mention, never a second content part
    assert_eq!(a.source_text(), Some("Ann Miles, who prosecuted the case in the 1990s"));
    assert_eq!(a.content().len(), 1);
    assert_eq!(a.speaker_name().as_deref(), Some("Ann Miles"));
}

#[test]
fn a_coordinated_subject_stays_in_the_content() {
    let an = whosaid::analyze(
        "According to the summary, Mills and another aide asked the employee to delete emails.",
    );
    find(&an, "Mills and another aide asked the employee to delete emails");
}

#[test]
fn an_introductory_adverbial_is_no_content_of_the_cue_after_it() {
    let an = whosaid::analyze("In the early 1990s, the senator said so.");
    assert!(
        an.attributions().iter().all(|a| an.text(a.content()[0]) != "In the early 1990s"),
        "{}",
        overview(&an)
    );
    // around a parenthetical cue it opens the content
    let an = whosaid::analyze("In the end, the mayor said, voters will decide.");
    let a = find(&an, "In the end … voters will decide");
    assert_eq!(a.pattern(), Pattern::Parenthetical);
}

#[test]
fn a_question_after_a_quoted_title_is_the_content_of_asked() {
    let an = whosaid::analyze(
        "In an appearance on \"Morning Joe,\" co-host Mika Brzezinski asked how he would pay \
         for it.",
    );
    let a = find(&an, "how he would pay for it");
    assert_eq!(a.source_text(), Some("co-host Mika Brzezinski"));
}

#[test]
fn poll_shares_say() {
    let an = whosaid::analyze(
        "A mere 9 percent say they only buy American. By double digits, those surveyed say \
         stricter laws would help.",
    );
    assert_eq!(find(&an, "they only buy American").source_text(), Some("A mere 9 percent"));
    assert_eq!(find(&an, "stricter laws would help").source_text(), Some("those surveyed"));
}

#[test]
fn a_relative_clause_inside_the_reported_subject_stays() {
    let an = whosaid::analyze(
        "Opponents said the decision, which struck down two state laws, illustrates the stakes \
         of the election.",
    );
    find(
        &an,
        "the decision, which struck down two state laws, illustrates the stakes of the election",
    );
}

#[test]
fn but_and_a_quotation_go_on_with_what_was_said() {
    let an = whosaid::analyze(
        "Mr. Ruiz said he had received offers for the land, but “none of them were serious.”",
    );
    let a = find(&an, "he had received offers for the land, but “none of them were serious.”");
    assert_eq!(a.kind(), whosaid::AttributionKind::Mixed);
}

#[test]
fn a_non_response_is_never_content() {
    let an = whosaid::analyze(
        "Cook declined to say whether he would attend. The agency refused to comment.",
    );
    assert!(an.attributions().is_empty(), "{}", overview(&an));
    assert_eq!(an.non_responses().len(), 2);
    // declining to do something else is a stance
    let an = whosaid::analyze("The senator declined to endorse the nominee.");
    let a = find(&an, "to endorse the nominee");
    assert_eq!(a.source_text(), Some("The senator"));
}

#[test]
fn verbs_of_evaluation_and_expression() {
    let an = whosaid::analyze(
        "The governor assailed the ruling. He expressed concern that the plan would fail.",
    );
    assert_eq!(find(&an, "the ruling").source_text(), Some("The governor"));
    assert_eq!(find(&an, "concern that the plan would fail").source_text(), Some("He"));
    // a feeling with nothing it is about, and a topic, are no claims
    let an = whosaid::analyze("Experts have also expressed concern. The two discussed trade.");
    assert!(an.attributions().is_empty(), "{}", overview(&an));
    // nouns that share the verbs' forms are no cues
    let an = whosaid::analyze("The vote was close, and the push stalled.");
    assert!(an.attributions().is_empty(), "{}", overview(&an));
}

#[test]
fn how_a_subject_is_regarded_by_no_one_in_particular() {
    let an = whosaid::analyze("The senator is widely seen as the front-runner in the race.");
    let a = find(&an, "The senator … the front-runner in the race");
    assert_eq!(a.pattern(), Pattern::Sourceless);
    assert_eq!(a.source_text(), None);
    let an = whosaid::analyze("The sheriff, who is known for his tough stance, endorsed her.");
    find(&an, "who … his tough stance");
    // a stated agent is the source
    let an = whosaid::analyze("The deal is considered unfair by most economists.");
    let a = find(&an, "The deal … unfair");
    assert_eq!(a.source_text(), Some("most economists"));
    // the dummy subject is no part of an expectation
    let an = whosaid::analyze("It is expected to rise to 3 percent this year.");
    find(&an, "to rise to 3 percent this year");
}

#[test]
fn the_asker_named_by_by_is_the_source_of_the_question() {
    let an = whosaid::analyze(
        "Asked by a radio host whether she had rehearsed, the mayor said she had not.",
    );
    let q = find(&an, "whether she had rehearsed");
    assert_eq!(q.source_text(), Some("a radio host"));
    find(&an, "she had not");
}

#[test]
fn a_question_put_after_the_main_clause() {
    let an = whosaid::analyze(
        "\"You bet I would,\" the governor said when asked whether he would close the border.",
    );
    let q = find(&an, "whether he would close the border");
    assert_eq!(q.pattern(), Pattern::Sourceless);
    find(&an, "\"You bet I would,\"");
}

#[test]
fn an_inquiry_about_a_topic_after_its_addressee() {
    let an = whosaid::analyze("The anchor asked the candidate about the tax plan.");
    let a = find(&an, "about the tax plan");
    assert_eq!(a.source_text(), Some("The anchor"));
}

#[test]
fn a_document_reads() {
    let an = whosaid::analyze("\"We can win this,\" the email read. The sign read: \"Go home.\"");
    let a = find(&an, "\"We can win this,\"");
    assert_eq!(a.source_text(), Some("the email"));
    assert_eq!(a.sourcing(), whosaid::Sourcing::Record);
    find(&an, "\"Go home.\"");
}

#[test]
fn a_finite_verb_after_a_comma_shares_the_speaking_subject() {
    let an = whosaid::analyze(
        "The mayor said the budget was late, called the council \"reckless\" and left the room.",
    );
    let a = find(&an, "the council \"reckless\"");
    assert_eq!(a.source_text(), Some("The mayor"));
    find(&an, "the budget was late");
}

#[test]
fn what_a_poll_finds() {
    let an = whosaid::analyze(
        "In a new Marist poll released Monday, the governor leads by 9 points. The mayor trails \
         by 4 points in the latest Quinnipiac poll.",
    );
    let a = find(&an, "the governor leads by 9 points");
    assert_eq!(a.source_text(), Some("a new Marist poll"));
    assert_eq!(a.sourcing(), whosaid::Sourcing::Record);
    let b = find(&an, "The mayor trails by 4 points");
    assert_eq!(b.source_text(), Some("the latest Quinnipiac poll"));
    // a place in the race, not a finding
    let an = whosaid::analyze("He trails badly in the polls.");
    assert!(an.attributions().is_empty(), "{}", overview(&an));
}

#[test]
fn a_reason_cited_by_someone_who_acts_is_theirs() {
    let an =
        whosaid::analyze("He banned the paper from his events, citing his anger at its headlines.");
    let a = find(&an, "his anger at its headlines");
    assert_eq!(a.source_text(), Some("He"));
    // the sources a report cites are a link of the report, not a claim
    let an = whosaid::analyze(
        "The talks collapsed, Reuters reported, citing two people familiar with the matter.",
    );
    assert_eq!(an.attributions().len(), 1, "{}", overview(&an));
    assert_eq!(an.attributions()[0].citing().len(), 1);
}

#[test]
fn a_bracketed_party_and_state_after_the_speakers_name() {
    let an = whosaid::analyze(
        "“He was prepared,” Sen. Claire Hall (D-Mo.) said. “He was a worthy foe.”",
    );
    let a = find(&an, "“He was prepared,”");
    assert_eq!(a.pattern(), Pattern::QuoteSourceCue);
    assert_eq!(a.speaker_name().as_deref(), Some("Claire Hall"));
    let cont = find(&an, "“He was a worthy foe.”");
    assert_eq!(cont.speaker(), a.speaker());
}

#[test]
fn a_quotation_after_and_goes_on_with_a_split_quote() {
    let an = whosaid::analyze(
        "Mills “got an immunity deal,” the senator said, and still “got to sit in on the \
         interview.”",
    );
    let a =
        find(&an, "Mills “got an immunity deal,” … and still “got to sit in on the interview.”");
    assert_eq!(a.source_text(), Some("the senator"));
}

#[test]
fn a_quotation_over_two_sentences_with_a_nested_one_before_the_cue() {
    let an = whosaid::analyze(
        "“They thought saying, ‘Hey, go vote for her’ would do it. But it’s not enough,” she \
         said.",
    );
    let a = find(
        &an,
        "“They thought saying, ‘Hey, go vote for her’ would do it. But it’s not enough,”",
    );
    assert_eq!(a.source_text(), Some("she"));
}
