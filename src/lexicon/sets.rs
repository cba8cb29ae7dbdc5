//! Grammar sets: the small closed sets of words that particular rules look for ("identified",
//! "named", "quoted" after "asked not to be"), kept in `data/grammar_sets.txt` beside the
//! other lexicons rather than in the code of the rules.
//!
//! A set is a bit on a lexicon entry (`Entry::sets`), so that testing a token is one lookup
//! of the entry the tokenizer already found.

use super::{Lexicon, bad, data_lines};
use crate::error::Result;

/// A set of grammar sets: one bit per set of `set`.
pub(crate) type Sets = u128;

macro_rules! sets {
    ($( $(#[$doc:meta])* $name:ident = $str:literal; )*) => {
        /// The grammar sets, as bits.
        #[allow(non_upper_case_globals)]
        pub(crate) mod set {
            sets!(@bits 0; $( $(#[$doc])* $name, )*);

            /// Every set by its name in `data/grammar_sets.txt`.
            pub const NAMES: &[(&str, super::Sets)] = &[$(($str, $name),)*];
        }
    };
    (@bits $n:expr; $(#[$doc:meta])* $name:ident, $($rest:tt)*) => {
        $(#[$doc])*
        pub const $name: super::Sets = 1 << $n;
        sets!(@bits $n + 1; $($rest)*);
    };
    (@bits $n:expr;) => {};
}

sets! {
    /// question words that are no speakers before a cue: "when asked", "how said"
    QUESTION_ADVERB = "question_adverb";
    /// what a source asks not to be: "asked not to be identified"
    UNNAMED = "unnamed";
    /// what a source is not, to speak: "not authorized to discuss"
    AUTHORIZED = "authorized";
    /// words that state a reason for anonymity: "spoke on condition of anonymity"
    ANONYMITY = "anonymity";
    /// relative pronouns that can fill a gap in what was said: "which he said was flawed"
    RELATIVE = "relative";
    /// what an outlet does to footage it vouches for: "verified by Reuters"
    VERIFIED = "verified";
    /// nouns of measured opinion, whose findings stand "in" them: "in a new poll"
    POLL_NOUN = "poll_noun";
    /// words that, after a comma, open a clause the reporter adds to an attributed one
    CLAUSE_CUT = "clause_cut";
    /// words ending in -ed that are no past tenses: "hundred", "indeed"
    NOT_PAST = "not_past";
    /// participles that end a plural subject: "those surveyed say"
    SURVEYED = "surveyed";
    /// labels before a colon that introduce something other than speech: "Note:", "Photo:"
    NOT_SPEAKER = "not_speaker";
    /// adverbs inside a non-response: "did not immediately respond"
    RESPONSE_ADVERB = "response_adverb";
    /// what a source declines to do: "declined to comment"
    RESPONSE_TALK = "response_talk";
    /// what a source does not do: "did not respond"
    RESPONSE_ANSWER = "response_answer";
    /// what a request for comment is made of: "repeated requests for comment"
    RESPONSE_REQUEST = "response_request";
    /// negated auxiliaries: "didn't", "won't"
    NEGATED_AUX = "negated_aux";
    /// words a non-response can start with (the `RESPONSE_START` class)
    RESPONSE_START = "response_start";
    /// prepositions that continue a noun phrase: "a spokesman for the school district"
    NP_PREP = "np_prep";
    /// prepositions that open an adverbial: "in a statement", "during the debate"
    ADVERBIAL_PREP = "adverbial_prep";
    /// nouns of a share of people: "60 percent of voters", "a majority of"
    QUANTITY_NOUN = "quantity_noun";
    /// discourse adverbs that stand between a subject and its verb: "however", "meanwhile"
    DISCOURSE = "discourse";
    /// words that name a title in quotation marks: "a book titled", "the slogan"
    NAMING = "naming";
    /// words that join the words of an organisation's name: "Ministry of Health"
    ORG_JOINER = "org_joiner";
    /// reflexive pronouns after a subject: "Cruz himself said"
    REFLEXIVE = "reflexive";
    /// words that open a list of examples inside a phrase: "including", "notably"
    EXAMPLES = "examples";
    /// words that negate what follows a non-response: "declined not to", "did not yet"
    NEGATIVE = "negative";
    /// particles of a verb that no reporting verb takes: "set up", "wound down"
    NO_CUE_PARTICLE = "no_cue_particle";
    /// auxiliaries of the future: "will", "would", "'ll"
    FUTURE_AUX = "future_aux";
    /// auxiliaries of the simple past: "did", "didn't"
    DO_PAST = "do_past";
    /// forms of "be" that make a passive or a progressive
    BE_FORM = "be_form";
    /// forms of "be" before an -ing form that make a progressive: "is saying", "we're saying"
    PROGRESSIVE_BE = "progressive_be";
    /// subjects that take the base form of a verb in the present: "I", "they", "who"
    PLURAL_AGREEMENT = "plural_agreement";
    /// forms of "had" that make a past perfect
    HAD_FORM = "had_form";
    /// forms of "have" that make a present perfect
    HAVE_FORM = "have_form";
    /// determiners that refer back: "the", "this", "those"
    DEFINITE = "definite";
    /// words a title leaves in lower case: "and", "the", "for"
    TITLE_LOWER = "title_lower";
    /// prepositions after a noun phrase's core that open its post-modifier: "of", "at"
    POST_MODIFIER = "post_modifier";
    /// prepositions that open a comparison or a list, no noun phrase of a subject: "like"
    NOT_SUBJECT_PREP = "not_subject_prep";
    /// articles that two names of one speaker may differ by: "the CIA" and "CIA"
    ARTICLE = "article";
    /// third-person pronouns that refer back to a speaker; their gender and number are their
    /// classes: "he", "her", "they", "its"
    ANAPHOR = "anaphor";
    /// abbreviations that, like titles, stand before what they name and never end a
    /// sentence: "No. 2", "St. Louis", "Mt. Everest"
    OPEN_ABBREV = "open_abbreviation";
    /// abbreviations whose period is theirs in lower case too: "vs.", "et al."
    LOWER_ABBREV = "lower_abbreviation";
    /// words after a noun phrase that make it no addressee of a cue: "urged supporters to
    /// vote", "described them as", "told voters that"
    ADDRESSEE_CUT = "addressee_cut";
    /// words in -ly that are no adverbs: "family", "daily", "likely"
    NOT_ADVERB = "not_adverb";
    /// prepositions that stand as adverbs between an auxiliary and a cue: "has since said",
    /// "had long argued"
    ASPECT_ADVERB = "aspect_adverb";
    /// adjectives that open a time phrase: "late Friday", "early this year"
    TIME_ADJECTIVE = "time_adjective";
    /// days named by their distance from today: "yesterday", "tonight"
    DAY_WORD = "day_word";
    /// words before a time noun that make a time phrase of two words: "last week",
    /// "earlier Monday"
    TIME_DETERMINER = "time_determiner";
    /// determiners that open a time phrase of their own: "this week", "next month"
    DEICTIC_TIME = "deictic_time";
    /// words before a day or a month that make a time phrase: "on Monday", "last May"
    DATE_LEAD = "date_lead";
    /// adverbs of time that are a time phrase alone: "recently", "ago"
    TIME_ADVERB = "time_adverb";
    /// words that make "at" a bound on a quantity: "at least", "at most"
    BOUND = "bound";
    /// determiners that make an organisation's noun one organisation: "the company", "its
    /// ministry" (not "environmental groups")
    DEFINITE_ORG = "definite_org";
    /// determiners that make a person's noun a description of one person: "the
    /// spokeswoman", "his lawyer" (not "a campaign official")
    DEFINITE_PERSON = "definite_person";
    /// prepositions that open an aside after a subject: "Smith, of the ACLU, said",
    /// "Others, including Cruz, say"
    APPOSITIVE_PREP = "appositive_prep";
    /// phrases of two words that stand between commas as an aside: "for example", "in fact"
    ASIDE_PHRASE = "aside_phrase";
    /// phrases of two words that add a companion to a subject between commas: "along with"
    COMPANION_PHRASE = "companion_phrase";
    /// the verbs of declining, in every form: "declined", "refuses"
    DECLINE = "decline";
    /// what a source declines without "to": "declined comment", "declined an interview"
    DECLINED_WHAT = "declined_what";
    /// auxiliaries that "not" negates in a non-response: "did not respond", "has not replied"
    NEGATABLE_AUX = "negatable_aux";
    /// modals of ability before "not be reached": "could not be reached"
    ABLE_MODAL = "able_modal";
    /// the same, negated in one word: "couldn't be reached", "cannot be reached"
    NEGATED_ABLE_MODAL = "negated_able_modal";
    /// finite forms of "be" before "not available": "was not available"
    FINITE_BE = "finite_be";
    /// the same, negated in one word: "wasn't available"
    NEGATED_BE = "negated_be";
    /// what one is not available for: "for comment", "for an interview"
    AVAILABLE_FOR = "available_for";
    /// finite forms of "have" before "no comment": "had no comment"
    FINITE_HAVE = "finite_have";
    /// adjectives of "no comment": "no immediate comment", "no further comment"
    COMMENT_ADJECTIVE = "comment_adjective";
    /// determiners that a speaker's name shows in lower case when they open it: "a source",
    /// "the CIA", "two people familiar with the matter"
    DISPLAY_DETERMINER = "display_determiner";
    /// determiners left out of a mention's text: "the", "a"
    MENTION_DETERMINER = "mention_determiner";
}

impl Lexicon {
    /// `SET: WORD WORD …` lines: the words of each grammar set.
    pub(crate) fn add_grammar_sets(&mut self, text: &str, what: &'static str) -> Result<()> {
        for (n, line) in data_lines(text) {
            let (name, words) =
                line.split_once(':').ok_or_else(|| bad(what, n, "expected SET: WORD WORD …"))?;
            let name = name.trim();
            let bit = set::NAMES
                .iter()
                .find(|(s, _)| *s == name)
                .map(|&(_, b)| b)
                .ok_or_else(|| bad(what, n, format!("no grammar set is called {name:?}")))?;
            for w in words.split_whitespace() {
                // a phrase of two words is written with "_" for the space: "for_example"
                let phrase;
                let w = if w.contains('_') {
                    phrase = w.replace('_', " ");
                    phrase.as_str()
                } else {
                    w
                };
                let e = self.entry_mut(w);
                e.sets |= bit;
                if bit == set::RESPONSE_START {
                    e.classes |= super::class::RESPONSE_START;
                }
            }
        }
        Ok(())
    }

    /// The grammar sets of a word (0 for a word in none).
    pub(crate) fn sets_of(&self, word: &str) -> Sets {
        let (_, idx) = self.lookup(word);
        self.entry(idx).map_or(0, |e| e.sets)
    }

    /// The grammar sets of the entry `idx`.
    #[inline]
    pub(crate) fn entry_sets(&self, idx: u32) -> Sets {
        self.entry(idx).map_or(0, |e| e.sets)
    }
}

#[cfg(test)]
mod tests {
    use super::set;
    use crate::lexicon::Lexicon;

    #[test]
    fn every_set_has_words_and_a_unique_name() {
        let lex = Lexicon::builtin();
        let mut seen = std::collections::BTreeSet::new();
        for &(name, bit) in set::NAMES {
            assert!(seen.insert(name), "{name} twice");
            let n = (0..lex.entry_count() as u32).filter(|&i| lex.entry_sets(i) & bit != 0).count();
            assert!(n > 0, "grammar set {name} has no words");
        }
        assert!(set::NAMES.len() <= super::Sets::BITS as usize);
    }

    #[test]
    fn words_fold_case_and_apostrophes() {
        let lex = Lexicon::builtin();
        assert!(lex.sets_of("Identified") & set::UNNAMED != 0);
        assert!(lex.sets_of("didn’t") & set::NEGATED_AUX != 0);
        assert!(lex.sets_of("didn't") & set::NEGATED_AUX != 0);
        assert_eq!(lex.sets_of("Wicker"), 0);
    }

    #[test]
    fn phrases_of_two_words_are_keyed_with_their_space() {
        let lex = Lexicon::builtin();
        assert!(lex.sets_of("for example") & set::ASIDE_PHRASE != 0);
        assert!(lex.sets_of("In Fact") & set::ASIDE_PHRASE != 0);
        assert_eq!(lex.sets_of("for_example"), 0);
        assert_eq!(lex.sets_of("example") & set::ASIDE_PHRASE, 0);
        let mut own = Lexicon::default();
        own.add_grammar_sets("companion_phrase: along_with\n", "grammar set").unwrap();
        assert!(own.sets_of("along with") & set::COMPANION_PHRASE != 0);
    }

    #[test]
    fn unknown_sets_are_errors() {
        let mut lex = Lexicon::default();
        let e = lex.add_grammar_sets("bogus: a b\n", "grammar set").unwrap_err();
        assert!(e.to_string().contains("bogus"), "{e}");
        let e = lex.add_grammar_sets("no colon here\n", "grammar set").unwrap_err();
        assert!(e.to_string().contains("line 1"), "{e}");
    }
}
