//! Behaviour tests for speakers, coreference and sourcing strength (SPEC §1.3–1.4).
//!
//! Every text below is a short news-style passage written for this file. Each test states
//! what the library must find; the failure messages say what was probably forgotten.

mod common;

use common::overview;
use whosaid::{
    Analysis, AttributionRef, Count, Gender, MentionKind, Pattern, Resolution, ResponseKind,
    Sourcing, Span, Speaker, SpeakerId, SpeakerKind, VagueCount,
};

// ---------------------------------------------------------------------------------------
// Helpers

/// The attribution whose content contains `needle`.
fn attribution_with_content<'a, 't>(an: &'a Analysis<'t>, needle: &str) -> AttributionRef<'a, 't> {
    an.attribution_refs().find(|a| a.content_texts().any(|t| t.contains(needle))).unwrap_or_else(
        || {
            panic!(
                "no attribution has content containing {needle:?}: the cue was not linked, or \
                 the content span was cut short. Attributions found:{}",
                overview(an)
            )
        },
    )
}

/// The speaker an attribution resolves to.
fn speaker_of<'a>(an: &Analysis<'_>, a: AttributionRef<'a, '_>) -> &'a Speaker {
    let sp = a.speaker().unwrap_or_else(|| {
        panic!(
            "the attribution with source {:?} has no speaker: coreference left its source \
             mention unresolved. Attributions:{}",
            a.source_text(),
            overview(an)
        )
    });
    sp.speaker()
}

/// The text of an optional span.
fn text_of<'t>(an: &Analysis<'t>, span: Option<Span>) -> Option<&'t str> {
    span.map(|s| an.text(s))
}

/// The speaker of the attribution whose content contains `needle`.
fn speaker_for<'a, 't>(
    an: &'a Analysis<'t>,
    needle: &str,
) -> (AttributionRef<'a, 't>, &'a Speaker) {
    let a = attribution_with_content(an, needle);
    (a, speaker_of(an, a))
}

/// The id of the speaker of the attribution whose content contains `needle`.
fn speaker_id_for(an: &Analysis<'_>, needle: &str) -> Option<SpeakerId> {
    attribution_with_content(an, needle).speaker().map(|s| s.id())
}

// ---------------------------------------------------------------------------------------
// Mention forms

#[test]
fn title_name_and_state_of_a_senator() {
    let an = whosaid::analyze(
        "Senator Jane Holt of Ohio said the bill would pass before the summer recess.",
    );
    let (a, sp) = speaker_for(&an, "the bill would pass");
    assert_eq!(a.source_text(), Some("Senator Jane Holt of Ohio"));
    assert_eq!(sp.kind(), SpeakerKind::Person);
    assert_eq!(an.text(sp.name()), "Jane Holt", "the canonical name drops the title");
    assert_eq!(text_of(&an, sp.title()), Some("Senator"), "the title before the name was lost");
    assert!(
        text_of(&an, sp.affiliation()).is_some_and(|s| s.contains("Ohio")),
        "\"of Ohio\" after the name is the affiliation, got {:?}",
        text_of(&an, sp.affiliation())
    );
    assert_eq!(sp.gender(), Some(Gender::Female), "Jane is a female given name");
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
    let m = an.mention(a.attribution().source().expect("a source mention")).expect("mention");
    assert_eq!(m.kind(), MentionKind::Name);
    assert_eq!(text_of(&an, m.name()), Some("Jane Holt"));
}

#[test]
fn affiliation_and_role_before_a_name() {
    let an = whosaid::analyze(
        "White House spokeswoman Carolyn Levitt said the president would sign the order on Friday.",
    );
    let (a, sp) = speaker_for(&an, "the president would sign the order");
    assert_eq!(sp.kind(), SpeakerKind::Person);
    assert_eq!(an.text(sp.name()), "Carolyn Levitt");
    let described = [sp.title(), sp.role()]
        .iter()
        .any(|s| text_of(&an, *s).is_some_and(|t| t.contains("spokeswoman")));
    assert!(
        described,
        "\"spokeswoman\" before the name must be kept as title or role (title {:?}, role {:?})",
        text_of(&an, sp.title()),
        text_of(&an, sp.role())
    );
    assert_eq!(
        text_of(&an, sp.affiliation()),
        Some("White House"),
        "the words before the role are the affiliation"
    );
    assert_eq!(sp.gender(), Some(Gender::Female), "spokeswoman and Carolyn tell the gender");
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
}

#[test]
fn role_from_an_appositive() {
    let an = whosaid::analyze(
        "Maria Nunez, a spokeswoman for the ministry, said the border crossing would reopen on \
         Monday.",
    );
    let (a, sp) = speaker_for(&an, "the border crossing would reopen");
    assert_eq!(
        a.source_text(),
        Some("Maria Nunez, a spokeswoman for the ministry"),
        "the source mention includes the appositive"
    );
    assert_eq!(sp.kind(), SpeakerKind::Person);
    assert_eq!(an.text(sp.name()), "Maria Nunez", "the appositive is not part of the name");
    assert!(
        text_of(&an, sp.role()).is_some_and(|r| r.contains("spokeswoman for the ministry")),
        "the appositive after the comma is the role, got {:?}",
        text_of(&an, sp.role())
    );
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
}

#[test]
fn affiliation_from_an_of_phrase() {
    let an = whosaid::analyze(
        "Dara Massicotte of the Carnegie Endowment said the sanctions had failed to change \
         Moscow's course.",
    );
    let (a, sp) = speaker_for(&an, "the sanctions had failed");
    assert_eq!(sp.kind(), SpeakerKind::Person);
    assert_eq!(an.text(sp.name()), "Dara Massicotte");
    assert!(
        text_of(&an, sp.affiliation()).is_some_and(|s| s.contains("Carnegie Endowment")),
        "\"of the Carnegie Endowment\" is the affiliation, got {:?}",
        text_of(&an, sp.affiliation())
    );
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified, "an affiliation identifies a name");
}

#[test]
fn an_organisation_that_speaks() {
    let an = whosaid::analyze("The ministry said the shipment had been delayed by bad weather.");
    let (a, sp) = speaker_for(&an, "the shipment had been delayed");
    assert_eq!(sp.kind(), SpeakerKind::Organisation, "\"the ministry\" is an organisation");
    assert_eq!(an.text(sp.name()), "The ministry");
    assert_eq!(a.sourcing(), Sourcing::NamedBare, "an organisation is named_bare");
}

#[test]
fn an_organisation_that_declines_to_comment() {
    let an = whosaid::analyze(
        "The ministry said the shipment had been delayed by bad weather. The CIA declined to \
         comment.",
    );
    assert_eq!(
        an.attributions().len(),
        1,
        "a non-response is not an attribution:{}",
        overview(&an)
    );
    let [nr] = an.non_responses() else {
        panic!("one non-response expected, got {}", an.non_responses().len())
    };
    assert_eq!(nr.kind(), ResponseKind::Declined);
    let [src] = nr.sources() else { panic!("one source of the non-response") };
    let m = an.mention(*src).expect("mention");
    assert_eq!(an.text(m.span()), "The CIA");
    let sp = an
        .speaker(m.speaker().expect("the non-responding CIA must be a speaker"))
        .expect("speaker");
    assert_eq!(sp.kind(), SpeakerKind::Organisation);
    assert_ne!(
        m.speaker(),
        speaker_id_for(&an, "the shipment"),
        "the CIA and the ministry are different organisations"
    );
}

#[test]
fn a_news_agency_reports() {
    let an =
        whosaid::analyze("Reuters reported that the company was preparing a bid for its rival.");
    let (a, sp) = speaker_for(&an, "the company was preparing a bid");
    assert_eq!(sp.kind(), SpeakerKind::Media, "Reuters is in the outlet lexicon");
    assert_eq!(an.text(sp.name()), "Reuters");
    assert_eq!(a.sourcing(), Sourcing::Record, "another outlet is a record");
}

#[test]
fn an_outlet_alias_joins_the_outlet() {
    let an = whosaid::analyze(
        "The Washington Post reported that the agency had lost track of the files. The Post \
         said the review began in March.",
    );
    let first = speaker_id_for(&an, "the agency had lost track");
    let second = speaker_id_for(&an, "the review began");
    assert!(first.is_some(), "the outlet must be a speaker:{}", overview(&an));
    assert_eq!(
        first, second,
        "\"The Post\" is an alias of \"The Washington Post\" in the outlet lexicon: one speaker"
    );
    let sp = an.speaker(first.unwrap()).unwrap();
    assert_eq!(sp.kind(), SpeakerKind::Media);
    assert_eq!(an.text(sp.name()), "The Washington Post", "the fuller name is canonical");
    assert_eq!(sp.mentions().len(), 2);
}

#[test]
fn an_outlet_told_something_is_not_the_speaker() {
    let an = whosaid::analyze(
        "The deputy mayor told The Washington Post that the budget was in trouble. The Post \
         reported that two council members had resigned.",
    );
    let (_, told) = speaker_for(&an, "the budget was in trouble");
    assert_ne!(
        told.kind(),
        SpeakerKind::Media,
        "in \"S told The Washington Post that C\" the outlet is the recipient, not the speaker"
    );
    let (a, post) = speaker_for(&an, "two council members had resigned");
    assert_eq!(post.kind(), SpeakerKind::Media);
    assert_eq!(a.sourcing(), Sourcing::Record);
}

#[test]
fn a_court_filing_is_a_document() {
    let an = whosaid::analyze("The company paid the fines late, according to a court filing.");
    let (a, sp) = speaker_for(&an, "The company paid the fines late");
    assert_eq!(a.source_text(), Some("a court filing"));
    assert_eq!(sp.kind(), SpeakerKind::Document, "\"filing\" is a document noun");
    assert_eq!(a.sourcing(), Sourcing::Record);
}

#[test]
fn an_investigation_with_a_possessive_owner_is_a_document() {
    let an = whosaid::analyze(
        "The campaign had repeated contacts with Russian officials, according to Mueller’s \
         investigation.",
    );
    let (a, sp) = speaker_for(&an, "repeated contacts");
    assert_eq!(a.source_text(), Some("Mueller’s investigation"));
    assert_eq!(
        sp.kind(),
        SpeakerKind::Document,
        "\"Mueller’s investigation\" is a record, not the person Mueller"
    );
    assert_eq!(a.sourcing(), Sourcing::Record);
}

#[test]
fn a_poll_finds() {
    let an = whosaid::analyze("A new poll found that most voters oppose the tax increase.");
    let (a, sp) = speaker_for(&an, "most voters oppose");
    assert_eq!(sp.kind(), SpeakerKind::Document, "a poll is a record");
    assert_eq!(a.sourcing(), Sourcing::Record);
}

#[test]
fn a_senior_us_official() {
    let an = whosaid::analyze(
        "A senior US official said the talks had stalled over the question of prisoners.",
    );
    let (a, sp) = speaker_for(&an, "the talks had stalled");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Exact(1)), "\"a\" counts one source");
    assert_eq!(text_of(&an, sp.seniority()), Some("senior"));
    assert_eq!(text_of(&an, sp.affiliation()), Some("US"), "\"US\" is the affiliation");
    assert_eq!(sp.basis(), None, "no basis of knowledge is stated");
    assert_eq!(a.sourcing(), Sourcing::AnonymousCharacterized);
}

#[test]
fn two_people_familiar_with_the_matter() {
    let an = whosaid::analyze(
        "Two people familiar with the matter said the deal could be announced next week.",
    );
    let (a, sp) = speaker_for(&an, "the deal could be announced");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Exact(2)));
    assert_eq!(
        text_of(&an, sp.basis()),
        Some("familiar with the matter"),
        "\"familiar with the matter\" is the basis of knowledge, not an affiliation"
    );
    assert_eq!(sp.affiliation(), None);
    assert_eq!(a.sourcing(), Sourcing::AnonymousVague, "\"people\" says nothing of their role");
}

#[test]
fn several_officials() {
    let an = whosaid::analyze("Several officials said the plan was never formally approved.");
    let (a, sp) = speaker_for(&an, "the plan was never formally approved");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Vague(VagueCount::Several)));
    assert!(a.sourcing().is_anonymous(), "got {:?}", a.sourcing());
}

#[test]
fn multiple_sources_familiar_with_the_discussions() {
    let an = whosaid::analyze(
        "Multiple sources familiar with the discussions said the envoy would travel to Cairo.",
    );
    let (a, sp) = speaker_for(&an, "the envoy would travel");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Vague(VagueCount::Multiple)));
    assert_eq!(text_of(&an, sp.basis()), Some("familiar with the discussions"));
    assert_eq!(a.sourcing(), Sourcing::AnonymousVague, "\"sources\" is not a role");
}

// ---------------------------------------------------------------------------------------
// Coreference

#[test]
fn surname_joins_the_full_name() {
    let an = whosaid::analyze(
        "Kirill Dmitriev said the fund would invest in the project. Dmitriev said the talks \
         would continue.",
    );
    let first = speaker_id_for(&an, "the fund would invest");
    let later = attribution_with_content(&an, "the talks would continue");
    assert!(first.is_some());
    assert_eq!(
        later.speaker().map(|s| s.id()),
        first,
        "\"Dmitriev\" must join \"Kirill Dmitriev\""
    );
    assert_eq!(later.speaker_name().as_deref(), Some("Kirill Dmitriev"));
    assert_eq!(later.source_text(), Some("Dmitriev"), "the source stays as written");
    assert_eq!(later.resolution(), Some(Resolution::ShortName));
    assert_eq!(attribution_with_content(&an, "the fund would invest").resolution(), None);
    assert_eq!(an.speakers().len(), 1);
}

#[test]
fn surname_takes_the_full_name_from_a_sentence_without_speech() {
    let an = whosaid::analyze(
        "Kirill Dmitriev met the delegation in Riyadh on Tuesday. Dmitriev said the meeting had \
         been productive.",
    );
    let (a, sp) = speaker_for(&an, "the meeting had been productive");
    assert_eq!(sp.kind(), SpeakerKind::Person);
    assert_eq!(
        an.text(sp.name()),
        "Kirill Dmitriev",
        "the fullest form of the name anywhere in the document is the canonical name"
    );
    assert_eq!(a.resolution(), Some(Resolution::ShortName));
}

#[test]
fn surname_inherits_the_title_of_the_full_mention() {
    let an = whosaid::analyze(
        "President Donald Trump said the tariffs would take effect in June. Trump said later \
         that he was open to a deal.",
    );
    let first = attribution_with_content(&an, "the tariffs would take effect");
    let later = attribution_with_content(&an, "he was open to a deal");
    assert_eq!(later.speaker(), first.speaker(), "\"Trump\" must join \"President Donald Trump\"");
    assert_eq!(later.speaker_name().as_deref(), Some("Donald Trump"));
    let sp = speaker_of(&an, later);
    assert_eq!(text_of(&an, sp.title()), Some("President"));
    assert_eq!(
        later.sourcing(),
        Sourcing::NamedIdentified,
        "the bare \"Trump said\" carries the title the document gave him earlier"
    );
}

#[test]
fn surname_inherits_a_title_from_a_sentence_without_speech() {
    let an = whosaid::analyze(
        "President Donald Trump arrived in Iowa on Saturday for a rally. Trump said the economy \
         was booming.",
    );
    let (a, sp) = speaker_for(&an, "the economy was booming");
    assert_eq!(an.text(sp.name()), "Donald Trump");
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
}

#[test]
fn she_resolves_to_the_female_speaker() {
    let an = whosaid::analyze(
        "Senator Jane Holt of Ohio said the bill was dead. She said Democrats had refused to \
         negotiate.",
    );
    let first = attribution_with_content(&an, "the bill was dead");
    let she = attribution_with_content(&an, "Democrats had refused");
    assert_eq!(she.source_text(), Some("She"), "a pronoun source stays \"She\"");
    assert_eq!(she.speaker(), first.speaker(), "\"She\" must resolve to Jane Holt");
    assert_eq!(she.resolution(), Some(Resolution::Pronoun));
    assert_eq!(she.speaker_name().as_deref(), Some("Jane Holt"));
    assert_eq!(she.sourcing(), Sourcing::NamedIdentified, "the pronoun carries her level");
}

#[test]
fn they_resolves_to_the_anonymous_group() {
    let an = whosaid::analyze(
        "Two officials said the convoy was attacked at dawn. They said the attackers fled \
         across the border.",
    );
    let group = attribution_with_content(&an, "the convoy was attacked");
    let they = attribution_with_content(&an, "the attackers fled");
    assert!(group.speaker().is_some());
    assert_eq!(they.speaker(), group.speaker(), "\"They\" must resolve to \"Two officials\"");
    assert_eq!(they.resolution(), Some(Resolution::Pronoun));
    let sp = speaker_of(&an, they);
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Exact(2)));
    assert!(they.sourcing().is_anonymous());
}

#[test]
fn it_resolves_to_the_organisation() {
    let an = whosaid::analyze(
        "The ministry said the shipment had been delayed. It said a new date would be set next \
         week.",
    );
    let org = attribution_with_content(&an, "the shipment had been delayed");
    let it = attribution_with_content(&an, "a new date would be set");
    assert_eq!(it.speaker(), org.speaker(), "\"It\" must resolve to the ministry");
    assert_eq!(it.resolution(), Some(Resolution::Pronoun));
    assert_eq!(it.sourcing(), Sourcing::NamedBare);
}

#[test]
fn the_official_refers_back_to_a_senior_official() {
    let an = whosaid::analyze(
        "A senior official said the ceasefire was holding. The official said monitors would \
         arrive on Thursday.",
    );
    let first = attribution_with_content(&an, "the ceasefire was holding");
    let back = attribution_with_content(&an, "monitors would arrive");
    assert!(first.speaker().is_some());
    assert_eq!(
        back.speaker(),
        first.speaker(),
        "a definite description (\"The official\") joins the latest speaker it describes"
    );
    assert_eq!(back.resolution(), Some(Resolution::Description));
    let sp = speaker_of(&an, back);
    assert_eq!(an.text(sp.name()), "A senior official", "the first mention names the speaker");
    assert_eq!(text_of(&an, sp.seniority()), Some("senior"));
    assert_eq!(back.sourcing(), Sourcing::AnonymousCharacterized);
}

#[test]
fn the_source_refers_back_to_a_source() {
    let an = whosaid::analyze(
        "A source said the minister had offered to resign. The source said the prime minister \
         refused.",
    );
    let first = attribution_with_content(&an, "the minister had offered");
    let back = attribution_with_content(&an, "the prime minister refused");
    assert_eq!(back.speaker(), first.speaker());
    assert_eq!(back.resolution(), Some(Resolution::Description));
    assert_eq!(back.sourcing(), Sourcing::AnonymousVague);
}

#[test]
fn the_officials_refers_back_to_several_officials() {
    let an = whosaid::analyze(
        "Several officials said the plan was never approved. The officials said the memo was a \
         draft.",
    );
    let first = attribution_with_content(&an, "the plan was never approved");
    let back = attribution_with_content(&an, "the memo was a draft");
    assert_eq!(back.speaker(), first.speaker(), "plural heads match their singular form");
    assert_eq!(back.resolution(), Some(Resolution::Description));
    assert_eq!(speaker_of(&an, back).count(), Some(Count::Vague(VagueCount::Several)));
}

#[test]
fn another_official_is_a_new_speaker() {
    let an = whosaid::analyze(
        "A senior official said the ceasefire was holding. Another official said the monitors \
         had been delayed.",
    );
    let first = attribution_with_content(&an, "the ceasefire was holding");
    let other = attribution_with_content(&an, "the monitors had been delayed");
    assert!(first.speaker().is_some() && other.speaker().is_some());
    assert_ne!(
        other.speaker(),
        first.speaker(),
        "\"Another official\" is indefinite: a new speaker, never a back-reference"
    );
    assert_eq!(speaker_of(&an, other).kind(), SpeakerKind::Anonymous);
    assert_eq!(other.resolution(), None);
}

#[test]
fn he_does_not_jump_over_a_female_speaker() {
    let an = whosaid::analyze(
        "John Smith said the factory would close. Mary Jones said the workers had not been \
         told. He said the decision was final.",
    );
    let smith = attribution_with_content(&an, "the factory would close");
    let jones = attribution_with_content(&an, "the workers had not been told");
    let he = attribution_with_content(&an, "the decision was final");
    assert!(smith.speaker().is_some() && jones.speaker().is_some());
    assert_ne!(smith.speaker(), jones.speaker());
    assert_ne!(
        he.speaker(),
        smith.speaker(),
        "\"He\" must not jump over Mary Jones to John Smith: the nearest candidate is female, \
         so the pronoun stays unresolved"
    );
    if let Some(s) = he.speaker() {
        assert_ne!(an.speaker(s.id()).map(Speaker::gender), Some(Some(Gender::Female)));
    }
}

#[test]
fn she_does_not_jump_over_a_male_speaker() {
    let an = whosaid::analyze(
        "Senator Jane Holt of Ohio said the bill was dead. Representative Mark Dunn said the \
         vote would fail. She said Democrats had refused to negotiate.",
    );
    let dunn = attribution_with_content(&an, "the vote would fail");
    let she = attribution_with_content(&an, "Democrats had refused");
    assert_eq!(dunn.speaker_name().as_deref(), Some("Mark Dunn"));
    assert_ne!(she.speaker(), dunn.speaker(), "\"She\" can never be Mark Dunn");
}

#[test]
fn pronoun_after_a_continuation_quote() {
    let an = whosaid::analyze(
        "“We are not going to back down,” Mayor Linda Ortiz said. “This city deserves better.” \
         She said the council would vote next week.",
    );
    let first = attribution_with_content(&an, "We are not going to back down");
    let cont = attribution_with_content(&an, "This city deserves better");
    let she = attribution_with_content(&an, "the council would vote");
    assert_eq!(cont.resolution(), Some(Resolution::Continuation));
    assert_eq!(cont.speaker(), first.speaker(), "a continuation quote keeps the speaker");
    assert_eq!(
        she.speaker(),
        first.speaker(),
        "\"She\" after the continuation quote still refers to Linda Ortiz"
    );
    assert_eq!(she.resolution(), Some(Resolution::Pronoun));
    assert_eq!(she.speaker_name().as_deref(), Some("Linda Ortiz"));
}

#[test]
fn the_senator_joins_the_titled_senator() {
    let an = whosaid::analyze(
        "Senator Jane Holt of Ohio said the bill was dead. A senior official said the White \
         House had given up. The senator said Democrats had refused to negotiate.",
    );
    let holt = attribution_with_content(&an, "the bill was dead");
    let official = attribution_with_content(&an, "the White House had given up");
    let back = attribution_with_content(&an, "Democrats had refused");
    assert_eq!(
        back.speaker(),
        holt.speaker(),
        "\"The senator\" matches the title \"Senator\", skipping the anonymous official"
    );
    assert_ne!(back.speaker(), official.speaker());
    assert_eq!(back.resolution(), Some(Resolution::Description));
    assert_eq!(back.speaker_name().as_deref(), Some("Jane Holt"));
    assert_eq!(back.sourcing(), Sourcing::NamedIdentified);
}

#[test]
fn the_spokeswoman_joins_the_named_spokeswoman() {
    let an = whosaid::analyze(
        "White House spokeswoman Carolyn Levitt said the order would be signed Friday. The \
         spokeswoman said the president had reviewed the text.",
    );
    let first = attribution_with_content(&an, "the order would be signed");
    let back = attribution_with_content(&an, "the president had reviewed the text");
    assert_eq!(back.speaker(), first.speaker(), "\"The spokeswoman\" describes Levitt");
    assert_eq!(back.resolution(), Some(Resolution::Description));
    assert_eq!(back.speaker_name().as_deref(), Some("Carolyn Levitt"));
}

#[test]
fn a_repeated_outlet_is_one_speaker() {
    let an = whosaid::analyze(
        "Reuters reported that the bank would cut 2,000 jobs. Reuters said the cuts would fall \
         mostly in Europe.",
    );
    let a = speaker_id_for(&an, "the bank would cut");
    assert!(a.is_some());
    assert_eq!(speaker_id_for(&an, "the cuts would fall"), a);
    assert_eq!(an.speakers().len(), 1);
}

// ---------------------------------------------------------------------------------------
// Sourcing levels

#[test]
fn sourcing_named_identified() {
    let an = whosaid::analyze("Finance Minister Ana Ruiz said the deficit would shrink next year.");
    let (a, sp) = speaker_for(&an, "the deficit would shrink");
    assert_eq!(an.text(sp.name()), "Ana Ruiz");
    assert_eq!(text_of(&an, sp.title()), Some("Minister"));
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
    assert_eq!(sp.sourcing(), Sourcing::NamedIdentified, "speaker and attribution agree");
}

#[test]
fn sourcing_named_bare_surname() {
    let an = whosaid::analyze("Smith said the factory would close by the end of the year.");
    let (a, sp) = speaker_for(&an, "the factory would close");
    assert_eq!(
        sp.kind(),
        SpeakerKind::Unknown,
        "one capitalised word with no given name, title or fuller name may be a surname or a \
         company: it is not assumed to be a person"
    );
    assert_eq!(an.text(sp.name()), "Smith");
    assert_eq!((sp.title(), sp.role(), sp.affiliation()), (None, None, None));
    assert_eq!(
        a.sourcing(),
        Sourcing::NamedBare,
        "a name the document never gives a role or affiliation is named_bare"
    );
}

#[test]
fn sourcing_named_bare_organisation() {
    let an = whosaid::analyze("The ministry said the shipment had been delayed by bad weather.");
    let (a, sp) = speaker_for(&an, "the shipment");
    assert_eq!(sp.kind(), SpeakerKind::Organisation);
    assert_eq!(a.sourcing(), Sourcing::NamedBare);
}

#[test]
fn sourcing_comes_from_the_whole_document() {
    let an = whosaid::analyze(
        "Smith said the factory would close. Smith, the company's chief executive, later said \
         the decision was final.",
    );
    let first = attribution_with_content(&an, "the factory would close");
    let later = attribution_with_content(&an, "the decision was final");
    assert_eq!(first.speaker(), later.speaker());
    assert!(
        text_of(&an, speaker_of(&an, later).role()).is_some_and(|r| r.contains("chief executive")),
        "the appositive role of the second mention belongs to the speaker"
    );
    assert_eq!(
        first.sourcing(),
        Sourcing::NamedIdentified,
        "the level comes from everything the document says of Smith, not only the mention next \
         to the cue"
    );
}

#[test]
fn sourcing_record_for_outlets_and_documents() {
    let an = whosaid::analyze(
        "Reuters reported that the company was preparing a bid for its rival. The company paid \
         the fines late, according to a court filing.",
    );
    let (outlet_att, outlet) = speaker_for(&an, "preparing a bid");
    let (doc_att, doc) = speaker_for(&an, "paid the fines late");
    assert_eq!(outlet.kind(), SpeakerKind::Media);
    assert_eq!(doc.kind(), SpeakerKind::Document);
    assert_eq!(outlet_att.sourcing(), Sourcing::Record);
    assert_eq!(doc_att.sourcing(), Sourcing::Record);
}

#[test]
fn sourcing_anonymous_characterized() {
    let an = whosaid::analyze("A State Department official said the embassy would remain open.");
    let (a, sp) = speaker_for(&an, "the embassy would remain open");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(text_of(&an, sp.affiliation()), Some("State Department"));
    assert_eq!(
        a.sourcing(),
        Sourcing::AnonymousCharacterized,
        "an unnamed source with a role and affiliation is anonymous_characterized"
    );
}

#[test]
fn sourcing_anonymous_vague() {
    let an = whosaid::analyze(
        "A source said the minister had offered to resign. The merger talks had collapsed, \
         people familiar with the matter said.",
    );
    let (source_att, source) = speaker_for(&an, "the minister had offered");
    assert_eq!(source.kind(), SpeakerKind::Anonymous);
    assert_eq!(source.count(), Some(Count::Exact(1)));
    assert_eq!(source_att.sourcing(), Sourcing::AnonymousVague, "\"a source\" has no role");
    let (people_att, people) = speaker_for(&an, "The merger talks had collapsed");
    assert_eq!(people.kind(), SpeakerKind::Anonymous);
    assert_eq!(text_of(&an, people.basis()), Some("familiar with the matter"));
    assert_eq!(
        people_att.sourcing(),
        Sourcing::AnonymousVague,
        "a basis of knowledge is not a role: \"people familiar with the matter\" stays vague"
    );
}

#[test]
fn sourcing_unattributed_without_a_source() {
    let an = whosaid::analyze("It was reported that the minister had resigned.");
    let a = attribution_with_content(&an, "the minister had resigned");
    assert_eq!(a.pattern(), Pattern::Sourceless);
    assert_eq!(a.source(), None, "\"It\" in \"It was reported\" is not a source");
    assert_eq!(a.speaker(), None);
    assert_eq!(a.sourcing(), Sourcing::Unattributed);
    assert_eq!(an.profile().count(Sourcing::Unattributed), 1);
}

#[test]
fn citing_chain_after_content() {
    let an = whosaid::analyze(
        "The bank will cut 2,000 jobs, Reuters reported, citing multiple sources familiar with \
         the matter.",
    );
    let (a, sp) = speaker_for(&an, "The bank will cut 2,000 jobs");
    assert_eq!(sp.kind(), SpeakerKind::Media);
    assert_eq!(an.text(sp.name()), "Reuters");
    assert_eq!(a.sourcing(), Sourcing::Record, "the attribution belongs to the outlet");
    let [cited] = a.attribution().citing() else {
        panic!(
            "\"citing multiple sources …\" must give one cited mention, got {:?}",
            a.attribution().citing()
        )
    };
    let m = an.mention(*cited).expect("cited mention");
    assert_eq!(an.text(m.span()), "multiple sources familiar with the matter");
    let cited_sp =
        an.speaker(m.speaker().expect("the cited sources must be a speaker")).expect("speaker");
    assert_eq!(cited_sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(cited_sp.sourcing(), Sourcing::AnonymousVague);
    assert_eq!(cited_sp.count(), Some(Count::Vague(VagueCount::Multiple)));
    assert_eq!(text_of(&an, cited_sp.basis()), Some("familiar with the matter"));
    assert_eq!(an.attributions().len(), 1, "\"citing\" is not an attribution of its own");
}

#[test]
fn citing_chain_before_that_clause() {
    let an = whosaid::analyze(
        "Reuters reported, citing multiple sources familiar with the matter, that the bank would \
         cut 2,000 jobs.",
    );
    let (a, sp) = speaker_for(&an, "the bank would cut 2,000 jobs");
    assert_eq!(sp.kind(), SpeakerKind::Media);
    assert_eq!(a.sourcing(), Sourcing::Record);
    let [cited] = a.attribution().citing() else {
        panic!(
            "\"X reported, citing S, that C\" must record S as cited, got {:?}",
            a.attribution().citing()
        )
    };
    let m = an.mention(*cited).expect("cited mention");
    let cited_sp = an.speaker(m.speaker().expect("cited speaker")).expect("speaker");
    assert_eq!(cited_sp.sourcing(), Sourcing::AnonymousVague);
}

#[test]
fn citing_chain_after_that_clause() {
    let an = whosaid::analyze(
        "Reuters reported that the bank would cut 2,000 jobs, citing multiple sources familiar \
         with the matter.",
    );
    let (a, sp) = speaker_for(&an, "the bank would cut 2,000 jobs");
    assert_eq!(sp.kind(), SpeakerKind::Media);
    assert!(
        a.content().iter().all(|s| !an.text(*s).contains("citing")),
        "the citing phrase is not part of the content"
    );
    let [cited] = a.attribution().citing() else {
        panic!(
            "\"X reported that C, citing S\" must record S as cited, got {:?}",
            a.attribution().citing()
        )
    };
    let m = an.mention(*cited).expect("cited mention");
    let cited_sp = an.speaker(m.speaker().expect("cited speaker")).expect("speaker");
    assert_eq!(cited_sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(cited_sp.sourcing(), Sourcing::AnonymousVague);
}

// ---------------------------------------------------------------------------------------
// Anonymity reason

#[test]
fn anonymity_reason_travels_with_the_speaker() {
    let an = whosaid::analyze(
        "A senior official, who spoke on condition of anonymity because he was not authorized \
         to discuss the talks, said the negotiators were close to a deal.",
    );
    let (a, sp) = speaker_for(&an, "the negotiators were close to a deal");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    let reason = text_of(&an, sp.anonymity_reason());
    assert!(
        reason.is_some_and(|r| r.contains("not authorized to discuss the talks")),
        "the stated reason for anonymity must be kept on the speaker, got {reason:?}"
    );
    assert_eq!(text_of(&an, sp.seniority()), Some("senior"));
    assert_eq!(a.sourcing(), Sourcing::AnonymousCharacterized);
    assert_eq!(
        an.attributions().len(),
        1,
        "\"spoke on condition of anonymity\" is not a claim:{}",
        overview(&an)
    );
    let m = an.mention(a.attribution().source().expect("source")).expect("mention");
    assert!(m.anonymity_reason().is_some(), "the mention itself records the reason");
}

#[test]
fn anonymity_reason_from_a_later_mention() {
    let an = whosaid::analyze(
        "A senior official said the negotiators were close to a deal. The official, who spoke \
         on condition of anonymity because he was not authorized to discuss the talks, said a \
         draft was circulating.",
    );
    let first = attribution_with_content(&an, "the negotiators were close");
    let later = attribution_with_content(&an, "a draft was circulating");
    assert_eq!(later.speaker(), first.speaker());
    let sp = speaker_of(&an, first);
    assert!(
        text_of(&an, sp.anonymity_reason()).is_some_and(|r| r.contains("not authorized")),
        "a reason stated on a back-reference belongs to the whole speaker"
    );
}

#[test]
fn asked_not_to_be_identified_is_a_reason_not_a_claim() {
    let an = whosaid::analyze(
        "A diplomat, who asked not to be identified because the talks were private, said the \
         delegation would leave on Sunday.",
    );
    let (_, sp) = speaker_for(&an, "the delegation would leave");
    assert!(
        text_of(&an, sp.anonymity_reason()).is_some_and(|r| r.contains("the talks were private")),
        "got {:?}",
        text_of(&an, sp.anonymity_reason())
    );
    assert_eq!(an.attributions().len(), 1, "\"asked not to be identified\" is no claim");
}

#[test]
fn no_anonymity_reason_when_none_is_stated() {
    let an = whosaid::analyze("A senior US official said the talks had stalled.");
    let (_, sp) = speaker_for(&an, "the talks had stalled");
    assert_eq!(sp.anonymity_reason(), None);
}

// ---------------------------------------------------------------------------------------
// Profile

const ARTICLE: &str = "Budget figures revised twice in a month\n\
Finance Minister Ana Ruiz said the deficit would shrink next year. \
Opposition leader Tomas Berg said the figures were misleading.\n\
The budget numbers were revised twice in a month, Reuters reported. \
A senior Treasury official said the revision was routine. \
Two people familiar with the talks said the minister had considered resigning.\n\
The central bank declined to comment.\n";

#[test]
fn profile_of_a_short_article() {
    let an = whosaid::analyze(ARTICLE);
    let p = an.profile();
    assert_eq!(p.attributions, 5, "attributions:{}", overview(&an));
    assert_eq!(p.count(Sourcing::NamedIdentified), 2, "Ruiz and Berg are titled");
    assert_eq!(p.count(Sourcing::NamedBare), 0);
    assert_eq!(p.count(Sourcing::Record), 1, "Reuters");
    assert_eq!(p.count(Sourcing::AnonymousCharacterized), 1, "the Treasury official");
    assert_eq!(p.count(Sourcing::AnonymousVague), 1, "the two people familiar");
    assert_eq!(p.count(Sourcing::Unattributed), 0);
    assert_eq!(p.by_level.values().sum::<usize>(), 5, "every attribution has one level");
    assert!((p.share_anonymous - 0.4).abs() < 1e-9, "2 of 5 anonymous, got {}", p.share_anonymous);
    assert_eq!((p.direct, p.indirect, p.mixed), (0, 5, 0));
    // people and organisations are named speakers: Ruiz, Berg, and the central bank,
    // which speaks through its non-response
    assert_eq!(p.named_speakers, 3);
    assert_eq!(p.anonymous_speakers, 2);
    assert_eq!(p.record_speakers, 1);
    assert_eq!(p.non_responses, 1);
    assert!(
        an.attributions()
            .iter()
            .all(|a| a.content().iter().all(|s| !an.text(*s).contains("comment"))),
        "a non-response is never content"
    );
}

#[test]
fn profile_counts_distinct_speakers() {
    let an = whosaid::analyze(
        "Finance Minister Ana Ruiz said the deficit would shrink. Ruiz said the measures were \
         temporary. She said taxes would not rise. A senior official said the plan was \
         fragile. The official said the markets were nervous.",
    );
    let p = an.profile();
    assert_eq!(p.attributions, 5, "attributions:{}", overview(&an));
    assert_eq!(p.named_speakers, 1, "full name, surname and pronoun are one speaker");
    assert_eq!(p.anonymous_speakers, 1, "\"the official\" is the senior official again");
    assert_eq!(p.count(Sourcing::NamedIdentified), 3);
    assert_eq!(p.count(Sourcing::AnonymousCharacterized), 2);
    assert!((p.share_anonymous - 0.4).abs() < 1e-9);
}

#[test]
fn profile_of_an_empty_text() {
    let p = whosaid::analyze("").profile();
    assert_eq!(p.attributions, 0);
    assert_eq!(p.share_anonymous, 0.0, "no attributions: share 0, not NaN");
    assert!(p.by_level.is_empty());
}

// ---------------------------------------------------------------------------------------
// Edge cases: sentence-initial capitals, appositive roles, repeated names

/// SPEC §1.4 lists "people familiar with the matter said" as anonymous_vague; at the start
/// of a sentence the capitalised "People" is read as a description of unknown kind.
#[test]
fn sentence_initial_people_familiar_is_anonymous_vague() {
    let an =
        whosaid::analyze("People familiar with the matter said the merger talks had collapsed.");
    let (a, sp) = speaker_for(&an, "the merger talks had collapsed");
    assert_eq!(
        sp.kind(),
        SpeakerKind::Anonymous,
        "a capitalised sentence-initial \"People\" is still an anonymous group"
    );
    assert_eq!(a.sourcing(), Sourcing::AnonymousVague);
}

/// The same for a role noun: "Officials familiar with …" at the start of a sentence.
#[test]
fn sentence_initial_officials_are_anonymous() {
    let an = whosaid::analyze("Officials familiar with the matter said the plan was dead.");
    let (_, sp) = speaker_for(&an, "the plan was dead");
    assert_eq!(sp.kind(), SpeakerKind::Anonymous);
    assert_eq!(sp.count(), Some(Count::Vague(VagueCount::Plural)));
}

/// SPEC §1.4: "The level comes from everything the document says about the speaker, not
/// only from the mention next to the cue." A role given in an appositive of a sentence
/// without speech is lost.
#[test]
fn role_from_a_sentence_without_speech() {
    let an = whosaid::analyze(
        "Kirill Dmitriev, the head of the sovereign wealth fund, met the delegation in Riyadh. \
         Dmitriev said the meeting had been productive.",
    );
    let (a, sp) = speaker_for(&an, "the meeting had been productive");
    assert_eq!(an.text(sp.name()), "Kirill Dmitriev");
    assert!(
        text_of(&an, sp.role()).is_some_and(|r| r.contains("head of the sovereign wealth fund")),
        "the appositive role of the full-name mention belongs to the speaker, got {:?}",
        text_of(&an, sp.role())
    );
    assert_eq!(a.sourcing(), Sourcing::NamedIdentified);
}

/// `Resolution::ShortName` is documented as "Dmitriev" for "Kirill Dmitriev": a shorter form
/// of the speaker's name. When the document never gives a longer name, "Ruiz" is the name.
#[test]
fn no_short_name_resolution_without_a_longer_name() {
    let an = whosaid::analyze(
        "Ruiz said the deficit would shrink. Ruiz said the measures were temporary.",
    );
    let first = attribution_with_content(&an, "the deficit would shrink");
    let later = attribution_with_content(&an, "the measures were temporary");
    assert_eq!(first.speaker(), later.speaker());
    assert_eq!(first.resolution(), None);
    assert_eq!(
        later.resolution(),
        first.resolution(),
        "the same name written the same way twice resolves the same way"
    );
}

/// `Speaker::mentions` is "every mention that refers to this speaker": a sentence subject
/// registered for pronoun resolution must not repeat a mention the linker already made.
#[test]
fn speaker_mentions_are_not_duplicated() {
    let an = whosaid::analyze(
        "Senator Jane Holt of Ohio said the bill was dead. She said Democrats had refused to \
         negotiate.",
    );
    let (_, sp) = speaker_for(&an, "the bill was dead");
    let spans: Vec<Span> =
        sp.mentions().iter().map(|m| an.mention(*m).expect("mention").span()).collect();
    let mut unique = spans.clone();
    unique.dedup();
    assert_eq!(
        spans.len(),
        unique.len(),
        "the speaker lists the same span twice: {:?}",
        spans.iter().map(|s| an.text(*s)).collect::<Vec<_>>()
    );
    assert_eq!(spans.len(), 2, "\"Senator Jane Holt of Ohio\" and \"She\"");
}

/// SPEC §1.2 `S V C.`: a content starting with "at least" is dropped, so "they said" after
/// an anonymous group has nothing to resolve.
#[test]
fn content_starting_with_at_least() {
    let an = whosaid::analyze(
        "Two officials said the convoy was attacked at dawn. They said at least six soldiers \
         were wounded.",
    );
    let group = attribution_with_content(&an, "the convoy was attacked");
    let they = attribution_with_content(&an, "at least six soldiers were wounded");
    assert_eq!(they.speaker(), group.speaker());
    assert_eq!(they.resolution(), Some(Resolution::Pronoun));
}

#[test]
fn a_continuation_quote_runs_past_a_report_inside_the_speakers_description() {
    let an = whosaid::analyze(
        "“We will be there every day,” said Dana Reyes, 41, a nurse from Camden who said she \
         planned to march. “Nobody listens until we show up.”",
    );
    let first = attribution_with_content(&an, "We will be there every day");
    let cont = attribution_with_content(&an, "Nobody listens until we show up");
    let inner = attribution_with_content(&an, "she planned to march");
    assert_eq!(cont.resolution(), Some(Resolution::Continuation));
    assert_eq!(
        cont.speaker(),
        first.speaker(),
        "the quotation's run goes on after the description"
    );
    assert_eq!(
        inner.speaker(),
        first.speaker(),
        "\"who\" in the appositive of Dana Reyes is Dana Reyes"
    );
    let (_, reyes) = speaker_for(&an, "We will be there every day");
    assert_eq!(text_of(&an, reyes.role()), Some("a nurse from Camden"), "the age is no role");
}

#[test]
fn a_party_and_state_tag_is_the_affiliation() {
    let an = whosaid::analyze(
        "Sen. Lindsey Hale, R-S.C., a long-shot presidential candidate, said the plan would \
         fail. “It will be overridden,” Mitch Carney, R-Ky., said.",
    );
    let (a, hale) = speaker_for(&an, "the plan would fail");
    assert_eq!(a.speaker_name().as_deref(), Some("Lindsey Hale"));
    assert_eq!(text_of(&an, hale.affiliation()), Some("R-S.C."));
    assert_eq!(text_of(&an, hale.role()), Some("a long-shot presidential candidate"));
    let (_, carney) = speaker_for(&an, "It will be overridden");
    assert_eq!(text_of(&an, carney.affiliation()), Some("R-Ky."));
    assert_eq!(carney.sourcing(), Sourcing::NamedIdentified);
}

#[test]
fn who_after_a_comma_is_its_antecedent() {
    for (text, name) in [
        ("Amaru Mamani, who said the road was closed, drove home.", "Amaru Mamani"),
        ("It was a lecture from Ifeoma Chukwu, who said the deal was fair.", "Ifeoma Chukwu"),
        (
            "The senator met Daniela Ortiz, who said the clinic had run out of beds.",
            "Daniela Ortiz",
        ),
    ] {
        let an = whosaid::analyze(text);
        let a = an.attribution_refs().next().unwrap_or_else(|| panic!("nothing in {text:?}"));
        assert_eq!(
            an.text(speaker_of(&an, a).name()),
            name,
            "{text:?}: the relative pronoun after a comma refers to the noun phrase before it"
        );
    }
}

#[test]
fn the_same_words_are_one_mention_of_their_speaker() {
    // the antecedent of "who" and the subject a participle shares are the same words
    let text = "Jane Smith who said the plan failed, citing officials.";
    let an = whosaid::analyze(text);
    for (i, m) in an.mentions().iter().enumerate() {
        let Some(s) = m.speaker() else { continue };
        assert!(
            an.speakers()[s.index()].mentions().iter().any(|x| x.index() == i),
            "mention {i} ({:?}) is not among its speaker's mentions:{}",
            an.text(m.span()),
            common::overview(&an)
        );
    }
    let jane = an.mentions().iter().filter(|m| an.text(m.span()) == "Jane Smith").count();
    assert_eq!(jane, 1, "one mention of “Jane Smith”:{}", common::overview(&an));
}

#[test]
fn the_speaker_declines_after_speaking() {
    for text in [
        "Kim Lee said that prices had risen sharply and then declined to comment further.",
        "Prices rose, Kim Lee said, and declined to comment further.",
        "Kim Lee said prices rose and also declined to comment further.",
        "“Prices rose,” said Kim Lee, and declined to comment further.",
    ] {
        let an = whosaid::analyze(text);
        assert_eq!(an.attributions().len(), 1, "{text:?}:{}", common::overview(&an));
        let content = an.attribution_refs().next().map(|a| a.content_text().to_string());
        assert!(
            content.as_deref().is_some_and(|c| !c.contains("declined")),
            "{text:?}: the non-response is no part of the content: {content:?}"
        );
        assert_eq!(an.non_responses().len(), 1, "{text:?}:{}", common::overview(&an));
        let r = &an.non_responses()[0];
        let sources: Vec<&str> =
            r.sources().iter().map(|&m| an.text(an.mentions()[m.index()].span())).collect();
        assert_eq!(sources, ["Kim Lee"], "{text:?}");
    }
}

// ---------------------------------------------------------------------------------------
// Namesakes: relatives and others who share a surname

#[test]
fn people_of_one_surname_with_different_given_names_are_different_speakers() {
    let pairs = [("Nadia", "Tom"), ("Hillary", "Bill"), ("Ahmed", "Fatima"), ("Maria", "Jose")];
    let surnames = ["Okafor", "Lindqvist", "Venkataraman", "Nguyen", "de la Cruz", "Kowalczyk"];
    for (a, b) in pairs {
        for surname in surnames {
            let text = format!(
                "“The budget is fair,” said {a} {surname}. “It is not,” said {b} {surname}, \
                 who runs the shelter. {b} {surname} added that the cuts would hurt."
            );
            let an = whosaid::analyze(&text);
            let first = speaker_id_for(&an, "The budget is fair");
            let second = speaker_id_for(&an, "It is not");
            let third = speaker_id_for(&an, "the cuts would hurt");
            assert!(first.is_some() && second.is_some(), "{text}{}", overview(&an));
            assert_ne!(first, second, "{a} and {b} {surname} are two people:{}", overview(&an));
            assert_eq!(second, third, "{b} {surname} twice is one person:{}", overview(&an));
        }
    }
}

#[test]
fn a_full_name_again_or_the_surname_alone_stays_one_speaker() {
    for (lead, name, surname) in [
        ("Republican", "Donald Trump", "Trump"),
        ("Councilwoman", "Nadia Okafor", "Okafor"),
        ("Dr.", "Ahmed Venkataraman", "Venkataraman"),
        ("", "Siddharth Rao", "Rao"),
    ] {
        let text = format!(
            "“We will win,” said {lead} {name}. {surname} said the polls were wrong. \
             “Nothing has changed,” {name} said."
        );
        let an = whosaid::analyze(&text);
        let ids = ["We will win", "the polls were wrong", "Nothing has changed"]
            .map(|c| speaker_id_for(&an, c));
        assert!(ids[0].is_some(), "{text}{}", overview(&an));
        assert!(ids.iter().all(|&i| i == ids[0]), "one person in {text}{}", overview(&an));
    }
}

#[test]
fn a_surname_alone_is_the_first_of_its_namesakes_unless_a_title_says_otherwise() {
    for surname in ["Okafor", "Lindqvist", "Venkataraman", "Nguyen"] {
        let text = format!(
            "Nadia {surname} said the plan would pass. Her husband, Tom {surname}, said it \
             would not. {surname} said later that the vote was close. Mr. {surname} added \
             that he was tired."
        );
        let an = whosaid::analyze(&text);
        let nadia = speaker_id_for(&an, "the plan would pass");
        let tom = speaker_id_for(&an, "it would not");
        assert!(nadia.is_some() && tom.is_some() && nadia != tom, "{text}{}", overview(&an));
        assert_eq!(speaker_id_for(&an, "the vote was close"), nadia, "{text}{}", overview(&an));
        assert_eq!(speaker_id_for(&an, "he was tired"), tom, "{text}{}", overview(&an));
    }
}
