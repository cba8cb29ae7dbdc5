//! The rules of the attribution grammar, by name: what a user can switch off through
//! [`Config::disable`](crate::Config::disable), and how sure each one is.

use std::fmt;

macro_rules! rules {
    ($( $(#[$doc:meta])* $name:ident = $str:literal, $base:expr; )*) => {
        /// A rule of the attribution grammar.
        ///
        /// Rules run in a fixed order, that of [`Rule::ALL`]: for each sentence the quotation
        /// rules first (the first that applies to a quotation wins), then polls, "according
        /// to" and the questions put to a speaker, the rules of each reporting verb (the first
        /// that decides wins), and the reporting nouns; then, for each paragraph, introduced
        /// paragraphs, signed quotations and transcript turns; last, over the whole document,
        /// continuation quotes. A rule
        /// that is switched off is skipped, and the next one may apply instead.
        ///
        /// Each rule gives its attributions a base confidence ([`Rule::base_confidence`]).
        /// The rules of a reporting verb scale it by the verb's stance class: plain, assertive,
        /// skeptical and denial verbs keep it, questions give 0.2 less, beliefs, intentions and
        /// evidence 0.25 less, evaluations 0.35 less; a clause without "that" gives 0.1 less.
        ///
        /// # Examples
        ///
        /// ```
        /// use whosaid::{Analyzer, Config, Rule};
        ///
        /// let text = "The talks failed, a senior official said.";
        /// assert_eq!(whosaid::analyze(text).attributions().len(), 1);
        /// let analyzer = Analyzer::builder()
        ///     .config(Config::default().disable(Rule::ContentFirst))
        ///     .build()?;
        /// assert!(analyzer.analyze(text).attributions().is_empty());
        /// assert_eq!(Rule::ContentFirst.as_str(), "content_first");
        /// # Ok::<(), whosaid::Error>(())
        /// ```
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum Rule {
            $( $(#[$doc])* $name, )*
        }

        impl Rule {
            /// Every rule, in the order of precedence.
            pub const ALL: &'static [Rule] = &[$(Rule::$name,)*];

            /// The rule's name: `quote_cue_clause`, `subject_content`, …
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Rule::$name => $str,)* }
            }

            /// The confidence the rule gives an attribution whose cue is a plain reporting
            /// verb ("said"); see [`Rule`] for how the verb's stance class changes it. A guard
            /// (a rule that stops a cue from being an attribution) gives none: `0.0`.
            #[must_use]
            pub const fn base_confidence(self) -> f32 {
                match self { $(Rule::$name => $base,)* }
            }

            /// The rule of a name, if there is one.
            #[must_use]
            pub fn from_name(name: &str) -> Option<Rule> {
                Rule::ALL.iter().copied().find(|r| r.as_str() == name)
            }

            /// The bit of the rule in a set of rules.
            pub(crate) const fn bit(self) -> u64 {
                1 << (self as u32)
            }
        }
    };
}

rules! {
    /// `“C,” S V.` / `“C,” V S.`: a quotation followed by its cue clause ("“It works,” she
    /// said").
    QuoteCueClause = "quote_cue_clause", 0.95;
    /// `S V, “C”` / `S V: “C”`: a cue clause before a quotation ("She said: “It works.”");
    /// 0.7 when the verb has no subject of its own and takes the sentence's ("…, saying:
    /// “…”").
    CueQuote = "cue_quote", 0.95;
    /// `S …: “C”`: a clause closed by a colon before a quotation, the colon as the cue
    /// ("Trump boomed: “…”").
    ColonQuote = "colon_quote", 0.75;
    /// What a poll or survey finds, the poll first: "In a Marist poll, Clinton leads …".
    PollFirst = "poll_first", 0.7;
    /// What a poll or survey finds, the poll last: "Clinton leads by 5 points in the latest
    /// CNN poll."
    PollLast = "poll_last", 0.6;
    /// `According to S, C.` / `C, according to S.`
    AccordingTo = "according_to", 0.9;
    /// A question put to the speaker of the main clause: "Asked whether …, she said …".
    Question = "question", 0.6;
    /// Guard: "who asked not to be identified", "requested anonymity", "not authorized to
    /// discuss the talks" state a condition of anonymity, no claim.
    AnonymityCondition = "anonymity_condition", 0.0;
    /// Guard: ", citing two officials" names the sources of a report, which the report's own
    /// attribution links; it is no claim of its own.
    CitedSources = "cited_sources", 0.0;
    /// "She was asked about the loan": a question in the passive, put by no one named.
    PassiveQuestion = "passive_question", 0.5;
    /// "It was reported that …": a report with no source.
    ItWasReported = "it_was_reported", 0.5;
    /// "Trump is expected to win": a belief of no one in particular (verbs of the `pinf`
    /// frame).
    PassiveBelief = "passive_belief", 0.5;
    /// "Rubio is seen as the frontrunner", "is known for", "is considered unwise (by …)": how
    /// a subject is regarded (verbs of the `regard`, `known` and `bare` frames).
    Regard = "regard", 0.5;
    /// Guard: any other passive reporting verb ("the speech was written by …") is no
    /// attribution.
    OtherPassive = "other_passive", 0.0;
    /// Guard: in a relative clause ("who have endorsed Trump") only verbs of speech,
    /// thought, evaluation and denial report.
    RelativeDescription = "relative_description", 0.0;
    /// Guard: the generic "you" ("if you don't believe the government …") is no source.
    GenericYou = "generic_you", 0.0;
    /// "The plan seemed to be failing": how things seem to no one in particular (verbs of the
    /// `seem` frame with a subject that is no person).
    Seem = "seem", 0.5;
    /// "Sixty percent said yes": a yes or a no as the whole content (verbs of the `yesno`
    /// frame).
    YesNo = "yes_no", 0.8;
    /// `C, V S.`: the content before an inverted cue clause ("The talks failed, said a
    /// senior official").
    Inverted = "inverted", 0.9;
    /// `C1, V S, C2.`: an inverted cue clause between two parts of the content ("The talks,
    /// said a senior official, had failed").
    InvertedParenthetical = "inverted_parenthetical", 0.8;
    /// "moves that he said improved the economy", "what he calls corruption": a relative
    /// pronoun that fills a gap in what was said.
    RelativeGap = "relative_gap", 0.8;
    /// `S V (that) C`, `S V O (that) C`, `S described X as Y`: the content after the cue.
    SubjectContent = "subject_content", 0.9;
    /// `As S V, C.`: "As Menendez pointed out, the rulings …".
    AsSource = "as_source", 0.9;
    /// `C, S V.`: the content before the cue clause ("The talks failed, a senior official
    /// said").
    ContentFirst = "content_first", 0.9;
    /// `C1, S V, C2.`: a cue clause between two parts of the content.
    Parenthetical = "parenthetical", 0.8;
    /// "outside groups supporting Christie": a participle of an evaluation verb after the
    /// noun it modifies, which is its source.
    ModifyingParticiple = "modifying_participle", 0.7;
    /// "…, adding that …", "… and warned that …": a participle or coordinated verb sharing
    /// the subject of the sentence.
    SharedSubject = "shared_subject", 0.7;
    /// "Trump's claim that …", "his attacks on Clinton": a reporting noun with a possessor.
    Nominal = "nominal", 0.6;
    /// `S V:` closing a paragraph introduces the next paragraph as the content ("Hewitt
    /// writes:").
    IntroducedParagraph = "introduced_paragraph", 0.75;
    /// A quotation signed with a dash: "Sonya Herridge ― “…”", "“…” ― Sonya Herridge", or a
    /// quotation paragraph followed by "- Bernie Sanders."
    Signed = "signed", 0.7;
    /// "SANDERS: …", "Q: …": a transcript turn opening with its speaker's label and a colon.
    Transcript = "transcript", 0.7;
    /// A quotation with no cue after an attributed one belongs to the same speaker (0.85 in
    /// the same paragraph, 0.7 in the next).
    Continuation = "continuation", 0.85;
}

impl fmt::Display for Rule {
    /// Writes [`as_str`](Self::as_str).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A set of rules, as a bit set.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(crate) struct RuleSet(u64);

impl RuleSet {
    pub(crate) fn insert(&mut self, r: Rule) {
        self.0 |= r.bit();
    }

    pub(crate) fn contains(self, r: Rule) -> bool {
        self.0 & r.bit() != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for &r in Rule::ALL {
            assert!(seen.insert(r.as_str()), "{r} twice");
            assert_eq!(Rule::from_name(r.as_str()), Some(r));
            assert!((0.0..=1.0).contains(&r.base_confidence()));
        }
        assert!(Rule::ALL.len() <= 64, "a rule set holds 64 rules");
    }
}
