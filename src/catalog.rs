//! The lexicons an analyzer uses, for listing: the cue verbs with their classes and frames,
//! and every other word list, built in or added through the builder.
//!
//! The grammar reads its lexicons through [`crate::lexicon`]; this module only reads the
//! same files again, line by line, so that users can see what is built in before they add
//! their own entries (adding a built-in cue verb again is an error).

use std::fmt;
use std::sync::Arc;

use crate::lexicon::frame;
use crate::model::CueClass;

/// What may follow a cue verb: one column of the `FRAMES` field of a cue verb line (see
/// [`AnalyzerBuilder::cue_verbs`](crate::AnalyzerBuilder::cue_verbs)).
///
/// A verb is found as a cue only in the frames its line lists: "say" takes
/// `inv,that,quote`, so "“…,” said Smith" (inversion), "Smith said the plan failed" (a
/// clause) and "Smith said: “…”" (a quotation) are attributions, while "Smith said the
/// plan" is not (no `np` frame).
///
/// # Examples
///
/// ```
/// use whosaid::Frame;
///
/// assert_eq!(Frame::Inversion.as_str(), "inv");
/// assert_eq!(Frame::from_name("thatreq"), Some(Frame::ThatRequired));
/// assert_eq!(Frame::from_name("thta"), None);
///
/// let say = whosaid::Lexicons::builtin().cue_verb("say").expect("say is built in");
/// assert!(say.frames().contains(Frame::Quote));
/// assert_eq!(say.frames().to_string(), "inv,that,quote,pinf,yesno");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Frame {
    /// `inv`: the source may follow the verb, and the verb may stand in a parenthetical
    /// after the content: “We will win,” **said** Smith / The plan failed, Smith **said**.
    Inversion,
    /// `that`: a content clause, with or without "that": Smith **said** (that) the plan
    /// failed.
    That,
    /// `thatreq`: a content clause that must open with "that": The report **found that**
    /// costs rose (a bare clause after "found" is not its content).
    ThatRequired,
    /// `obj`: an addressee before the content: Smith **told** Reuters (that) the plan
    /// failed. The addressee is not part of the content.
    Object,
    /// `np`: a noun phrase as the content: Smith **disputed** that account.
    NounPhrase,
    /// `inf`: a to-infinitive as the content: Smith **vowed** not to resign.
    Infinitive,
    /// `as`: a description after "as": Smith **described** his role as “technical”.
    As,
    /// `quote`: the verb may introduce a direct quotation: Smith **added**, “We will win.”
    Quote,
    /// `wh`: a wh- or whether clause: Smith **asked** whether the plan would work.
    Wh,
    /// `dir`: a directive whose addressee belongs to the content: Smith **urged** Congress
    /// to act (the content is "Congress to act").
    Directive,
    /// `oclause`: a clause right after the addressee, without "that": Smith **told**
    /// reporters the plan had failed.
    ObjectClause,
    /// `naming`: an object and what it is called, as a bare noun phrase: Smith **called**
    /// the plan a disaster; what Smith **calls** corruption.
    Naming,
    /// `cite`: as a participle, names the sources of a report: …, **citing** two officials.
    Cite,
    /// `pinf`: in the passive with an infinitive, a belief of no one in particular: Smith is
    /// **expected** to win.
    PassiveInfinitive,
    /// `regard`: in the passive with as or an infinitive, how a subject is regarded: the plan
    /// is **seen** as a failure.
    Regard,
    /// `known`: in the passive with for or as, what a subject is known for: Smith is **known**
    /// for her tough stance.
    Known,
    /// `bare`: in the passive, a bare complement: the plan is **considered** unwise.
    Bare,
    /// `yesno`: a yes or a no as the whole content: 60 percent **said** yes.
    YesNo,
    /// `feeling`: a feeling expressed, a claim only with what it is about: experts
    /// **expressed** concern about the plan.
    Feeling,
    /// `seem`: how things seem, a claim only of a person: Smith **seems** to think so (but
    /// "the plan seems to fail" has no speaker).
    Seem,
}

impl Frame {
    /// Every frame, in the order the lexicon file documents them.
    pub const ALL: [Frame; 20] = [
        Frame::Inversion,
        Frame::That,
        Frame::ThatRequired,
        Frame::Object,
        Frame::NounPhrase,
        Frame::Infinitive,
        Frame::As,
        Frame::Quote,
        Frame::Wh,
        Frame::Directive,
        Frame::ObjectClause,
        Frame::Naming,
        Frame::Cite,
        Frame::PassiveInfinitive,
        Frame::Regard,
        Frame::Known,
        Frame::Bare,
        Frame::YesNo,
        Frame::Feeling,
        Frame::Seem,
    ];

    /// The name written in a cue verb line: `inv`, `that`, `thatreq`, `obj`, `np`, `inf`,
    /// `as`, `quote`, `wh`, `dir`, `oclause`, `naming`, `cite`, `pinf`, `regard`, `known`, `bare`,
    /// `yesno`, `feeling`, `seem`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Frame::Inversion => "inv",
            Frame::That => "that",
            Frame::ThatRequired => "thatreq",
            Frame::Object => "obj",
            Frame::NounPhrase => "np",
            Frame::Infinitive => "inf",
            Frame::As => "as",
            Frame::Quote => "quote",
            Frame::Wh => "wh",
            Frame::Directive => "dir",
            Frame::ObjectClause => "oclause",
            Frame::Naming => "naming",
            Frame::Cite => "cite",
            Frame::PassiveInfinitive => "pinf",
            Frame::Regard => "regard",
            Frame::Known => "known",
            Frame::Bare => "bare",
            Frame::YesNo => "yesno",
            Frame::Feeling => "feeling",
            Frame::Seem => "seem",
        }
    }

    /// The frame written `name` in a cue verb line, if there is one.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Frame> {
        Frame::ALL.into_iter().find(|f| f.as_str() == name)
    }

    /// One line on what the frame allows, with an example.
    #[must_use]
    pub const fn description(self) -> &'static str {
        match self {
            Frame::Inversion => {
                "the source after the verb, or the verb in a parenthetical: “…,” said Smith / …, Smith said"
            }
            Frame::That => "a content clause, with or without that: said (that) the plan failed",
            Frame::ThatRequired => {
                "a content clause that must open with that: found that costs rose"
            }
            Frame::Object => "an addressee before the content: told Reuters (that) …",
            Frame::NounPhrase => "a noun phrase as the content: disputed that account",
            Frame::Infinitive => "a to-infinitive as the content: vowed not to resign",
            Frame::As => "a description after as: described his role as “technical”",
            Frame::Quote => "may introduce a direct quotation: added, “…”",
            Frame::Wh => "a wh- or whether clause: asked whether the plan would work",
            Frame::Directive => {
                "a directive, the addressee part of the content: urged Congress to act"
            }
            Frame::ObjectClause => {
                "a clause right after the addressee, without that: told reporters the plan failed"
            }
            Frame::Naming => "an object and what it is called: called the plan a disaster",
            Frame::Cite => "as a participle, the sources of a report: …, citing two officials",
            Frame::PassiveInfinitive => "in the passive with an infinitive: is expected to win",
            Frame::Regard => "in the passive with as or an infinitive: is seen as a failure",
            Frame::Known => "in the passive with for or as: is known for her stance",
            Frame::Bare => "in the passive, a bare complement: is considered unwise",
            Frame::YesNo => "a yes or a no as the whole content: 60 percent said yes",
            Frame::Feeling => {
                "a feeling, a claim with what it is about: expressed concern about it"
            }
            Frame::Seem => "how things seem, a claim only of a person: she seems to think so",
        }
    }

    /// The bit of the grammar's frame set.
    pub(crate) const fn bit(self) -> u32 {
        match self {
            Frame::Inversion => frame::INV,
            Frame::That => frame::THAT,
            Frame::ThatRequired => frame::THAT_REQ,
            Frame::Object => frame::OBJ,
            Frame::NounPhrase => frame::NP,
            Frame::Infinitive => frame::INF,
            Frame::As => frame::AS,
            Frame::Quote => frame::QUOTE,
            Frame::Wh => frame::WH,
            Frame::Directive => frame::DIR,
            Frame::ObjectClause => frame::OCLAUSE,
            Frame::Naming => frame::NAMING,
            Frame::Cite => frame::CITE,
            Frame::PassiveInfinitive => frame::PINF,
            Frame::Regard => frame::REGARD,
            Frame::Known => frame::KNOWN,
            Frame::Bare => frame::BARE,
            Frame::YesNo => frame::YESNO,
            Frame::Feeling => frame::FEELING,
            Frame::Seem => frame::SEEM,
        }
    }
}

impl fmt::Display for Frame {
    /// Writes [`as_str`](Self::as_str).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The frames of one cue verb.
///
/// # Examples
///
/// ```
/// use whosaid::{Frame, Lexicons};
///
/// let tell = Lexicons::builtin().cue_verb("tell").expect("built in");
/// let frames: Vec<Frame> = tell.frames().iter().collect();
/// assert!(frames.contains(&Frame::Object));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Frames(u32);

impl Frames {
    /// Whether the verb takes this frame.
    #[must_use]
    pub const fn contains(self, frame: Frame) -> bool {
        self.0 & frame.bit() != 0
    }

    /// The frames, in the order of [`Frame::ALL`].
    pub fn iter(self) -> impl Iterator<Item = Frame> {
        Frame::ALL.into_iter().filter(move |f| self.contains(*f))
    }

    /// Whether no frame is set.
    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl fmt::Display for Frames {
    /// Writes the frame names as a cue verb line does: `inv,that,quote`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, frame) in self.iter().enumerate() {
            if i > 0 {
                f.write_str(",")?;
            }
            f.write_str(frame.as_str())?;
        }
        Ok(())
    }
}

/// One reporting verb of the lexicon: its lemma, stance class, frames and forms.
///
/// # Examples
///
/// ```
/// use whosaid::{CueClass, Lexicons};
///
/// let lexicons = Lexicons::builtin();
/// let point = lexicons.cue_verbs().find(|v| v.particle() == Some("out")).expect("point out");
/// assert_eq!(point.lemma(), "point");
/// assert_eq!(point.class(), CueClass::Assertive);
/// assert_eq!(point.past(), "pointed");
/// assert!(point.is_builtin());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueVerb<'a> {
    lemma: &'a str,
    particle: Option<&'a str>,
    class: CueClass,
    frames: Frames,
    forms: [&'a str; 5],
    builtin: bool,
}

impl<'a> CueVerb<'a> {
    /// The dictionary form: "say", "point".
    #[must_use]
    pub fn lemma(&self) -> &'a str {
        self.lemma
    }
    /// The particle the verb needs to be a cue ("out" for "pointed out").
    #[must_use]
    pub fn particle(&self) -> Option<&'a str> {
        self.particle
    }
    /// The stance class.
    #[must_use]
    pub fn class(&self) -> CueClass {
        self.class
    }
    /// The frames it is found in.
    #[must_use]
    pub fn frames(&self) -> Frames {
        self.frames
    }
    /// The base form: "say".
    #[must_use]
    pub fn base(&self) -> &'a str {
        self.forms[0]
    }
    /// The third person singular: "says".
    #[must_use]
    pub fn third_person(&self) -> &'a str {
        self.forms[1]
    }
    /// The past tense: "said".
    #[must_use]
    pub fn past(&self) -> &'a str {
        self.forms[2]
    }
    /// The past participle: "said".
    #[must_use]
    pub fn past_participle(&self) -> &'a str {
        self.forms[3]
    }
    /// The -ing form: "saying".
    #[must_use]
    pub fn ing(&self) -> &'a str {
        self.forms[4]
    }
    /// Whether it is one of the built-in verbs (not added through the builder).
    #[must_use]
    pub fn is_builtin(&self) -> bool {
        self.builtin
    }

    /// Reads a cue verb line; `None` if it is not one (user lines are checked when the
    /// analyzer is built, built-in ones by a test).
    fn parse(line: &'a str, builtin: bool) -> Option<Self> {
        let parts: Vec<&str> = line.split_whitespace().collect();
        if !(8..=9).contains(&parts.len()) {
            return None;
        }
        let class = CueClass::ALL.into_iter().find(|c| c.as_str() == parts[1])?;
        let mut bits = 0;
        for name in parts[2].split(',') {
            bits |= Frame::from_name(name)?.bit();
        }
        let particle = match parts.get(8) {
            Some(p) => Some(p.strip_prefix('+')?),
            None => None,
        };
        Some(CueVerb {
            lemma: parts[0],
            particle,
            class,
            frames: Frames(bits),
            forms: [parts[3], parts[4], parts[5], parts[6], parts[7]],
            builtin,
        })
    }
}

/// A lexicon: one of the word lists the grammar reads.
///
/// # Examples
///
/// ```
/// use whosaid::LexiconKind;
///
/// assert_eq!(LexiconKind::MediaOutlets.as_str(), "media_outlets");
/// assert_eq!(LexiconKind::from_name("media-outlets"), Some(LexiconKind::MediaOutlets));
/// assert!(LexiconKind::Titles.description().contains("before a name"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum LexiconKind {
    /// Reporting verbs with class, frames and forms (`cue_verbs.txt`); users can add more.
    CueVerbs,
    /// Nouns that report what their possessor says ("Trump's claim that …").
    NominalCues,
    /// News outlets with their aliases; users can add more.
    MediaOutlets,
    /// Given names with the gender usually associated with them; users can add more.
    FirstNames,
    /// Titles and honorifics written before a name ("Senator", "Ms.").
    Titles,
    /// Nouns for people by their role ("official", "spokeswoman", "source").
    RoleNouns,
    /// Head nouns of organisations that speak ("ministry", "office").
    OrganisationNouns,
    /// Head nouns of documents and records ("report", "investigation", "poll").
    DocumentNouns,
    /// Closed-class words and their grammatical classes.
    FunctionWords,
    /// Words of time expressions ("Friday", "yesterday").
    TimeWords,
    /// Words written with a period that does not end a sentence ("Sen", "Jan").
    Abbreviations,
    /// Forms of reporting verbs that are also nouns ("report", "claims").
    NounHomographs,
    /// Irregular past tenses ("built", "wrote").
    IrregularPasts,
}

impl LexiconKind {
    /// Every lexicon.
    pub const ALL: [LexiconKind; 13] = [
        LexiconKind::CueVerbs,
        LexiconKind::NominalCues,
        LexiconKind::MediaOutlets,
        LexiconKind::FirstNames,
        LexiconKind::Titles,
        LexiconKind::RoleNouns,
        LexiconKind::OrganisationNouns,
        LexiconKind::DocumentNouns,
        LexiconKind::FunctionWords,
        LexiconKind::TimeWords,
        LexiconKind::Abbreviations,
        LexiconKind::NounHomographs,
        LexiconKind::IrregularPasts,
    ];

    /// The snake_case name, which is also the name of its file without `.txt`.
    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            LexiconKind::CueVerbs => "cue_verbs",
            LexiconKind::NominalCues => "nominal_cues",
            LexiconKind::MediaOutlets => "media_outlets",
            LexiconKind::FirstNames => "first_names",
            LexiconKind::Titles => "titles",
            LexiconKind::RoleNouns => "role_nouns",
            LexiconKind::OrganisationNouns => "org_nouns",
            LexiconKind::DocumentNouns => "document_nouns",
            LexiconKind::FunctionWords => "function_words",
            LexiconKind::TimeWords => "time_words",
            LexiconKind::Abbreviations => "abbreviations",
            LexiconKind::NounHomographs => "noun_homographs",
            LexiconKind::IrregularPasts => "irregular_past",
        }
    }

    /// The lexicon named `name`, with `-` or `_` between words.
    #[must_use]
    pub fn from_name(name: &str) -> Option<LexiconKind> {
        let name = name.replace('-', "_");
        LexiconKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The built-in file, compiled in.
    const fn builtin_text(self) -> &'static str {
        match self {
            LexiconKind::CueVerbs => include_str!("lexicon/data/cue_verbs.txt"),
            LexiconKind::NominalCues => include_str!("lexicon/data/nominal_cues.txt"),
            LexiconKind::MediaOutlets => include_str!("lexicon/data/media_outlets.txt"),
            LexiconKind::FirstNames => include_str!("lexicon/data/first_names.txt"),
            LexiconKind::Titles => include_str!("lexicon/data/titles.txt"),
            LexiconKind::RoleNouns => include_str!("lexicon/data/role_nouns.txt"),
            LexiconKind::OrganisationNouns => include_str!("lexicon/data/org_nouns.txt"),
            LexiconKind::DocumentNouns => include_str!("lexicon/data/document_nouns.txt"),
            LexiconKind::FunctionWords => include_str!("lexicon/data/function_words.txt"),
            LexiconKind::TimeWords => include_str!("lexicon/data/time_words.txt"),
            LexiconKind::Abbreviations => include_str!("lexicon/data/abbreviations.txt"),
            LexiconKind::NounHomographs => include_str!("lexicon/data/noun_homographs.txt"),
            LexiconKind::IrregularPasts => include_str!("lexicon/data/irregular_past.txt"),
        }
    }

    /// What the lexicon holds, from its file's header.
    #[must_use]
    pub fn description(self) -> String {
        let mut out = String::new();
        for line in self.builtin_text().lines().map_while(|l| l.strip_prefix('#')) {
            let line = line.trim();
            if line.starts_with("Source:") || line.is_empty() {
                break;
            }
            let line = line.strip_prefix(&format!("{}.txt:", self.as_str())).unwrap_or(line);
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line.trim());
        }
        out
    }

    /// The format of one line, from its file's header.
    #[must_use]
    pub fn format(self) -> &'static str {
        self.builtin_text()
            .lines()
            .filter_map(|l| l.strip_prefix('#'))
            .find_map(|l| l.trim().strip_prefix("Format:"))
            .map_or("", str::trim)
    }
}

impl fmt::Display for LexiconKind {
    /// Writes [`as_str`](Self::as_str).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// One line of a lexicon, as written (comments and blank lines left out).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LexiconEntry<'a> {
    text: &'a str,
    line: usize,
    builtin: bool,
}

impl<'a> LexiconEntry<'a> {
    /// The line, trimmed.
    #[must_use]
    pub fn text(&self) -> &'a str {
        self.text
    }
    /// Its 1-based line number in the built-in file or in the user text it comes from.
    #[must_use]
    pub fn line(&self) -> usize {
        self.line
    }
    /// Whether it is built in (not added through the builder).
    #[must_use]
    pub fn is_builtin(&self) -> bool {
        self.builtin
    }
}

/// Lexicon text users added through the builder, kept so it can be listed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct UserLexicons {
    pub(crate) cue_verbs: Vec<String>,
    pub(crate) media_outlets: Vec<String>,
    /// `NAME f|m` lines.
    pub(crate) first_names: Vec<String>,
}

impl UserLexicons {
    fn texts(&self, kind: LexiconKind) -> &[String] {
        match kind {
            LexiconKind::CueVerbs => &self.cue_verbs,
            LexiconKind::MediaOutlets => &self.media_outlets,
            LexiconKind::FirstNames => &self.first_names,
            _ => &[],
        }
    }
}

/// The lexicons of an analyzer: the built-in ones and what the builder added.
///
/// # Examples
///
/// ```
/// use whosaid::{Analyzer, LexiconKind, Lexicons};
///
/// let builtin = Lexicons::builtin();
/// assert!(builtin.cue_verb("say").is_some());
/// assert!(builtin.cue_verb("opine").is_none());
/// assert!(builtin.entries(LexiconKind::MediaOutlets).any(|e| e.text().starts_with("Reuters")));
///
/// let analyzer = Analyzer::builder()
///     .cue_verbs("opine neutral inv,that opine opines opined opined opining")
///     .build()?;
/// let opine = analyzer.lexicons().cue_verb("opine").expect("added");
/// assert!(!opine.is_builtin());
/// assert_eq!(analyzer.lexicons().len(LexiconKind::CueVerbs), builtin.len(LexiconKind::CueVerbs) + 1);
/// # Ok::<(), whosaid::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Lexicons<'a> {
    user: Option<&'a UserLexicons>,
}

impl<'a> Lexicons<'a> {
    /// The built-in lexicons alone.
    #[must_use]
    pub fn builtin() -> Lexicons<'static> {
        Lexicons { user: None }
    }

    pub(crate) fn with_user(user: Option<&'a Arc<UserLexicons>>) -> Self {
        Lexicons { user: user.map(|u| &**u) }
    }

    /// The lines of one lexicon, built-in ones first.
    pub fn entries(&self, kind: LexiconKind) -> impl Iterator<Item = LexiconEntry<'a>> + 'a {
        let builtin = data_lines(kind.builtin_text()).map(|(line, text)| LexiconEntry {
            text,
            line,
            builtin: true,
        });
        let user = self.user.map_or(&[][..], |u| u.texts(kind));
        let user = user.iter().flat_map(|text| {
            data_lines(text).map(|(line, text)| LexiconEntry { text, line, builtin: false })
        });
        builtin.chain(user)
    }

    /// How many entries a lexicon has.
    #[must_use]
    pub fn len(&self, kind: LexiconKind) -> usize {
        self.entries(kind).count()
    }

    /// The reporting verbs, built-in ones first, in the order of their lines.
    pub fn cue_verbs(&self) -> impl Iterator<Item = CueVerb<'a>> + 'a {
        self.entries(LexiconKind::CueVerbs).filter_map(|e| CueVerb::parse(e.text, e.builtin))
    }

    /// The first reporting verb with this lemma (case-insensitive) and no particle, or with
    /// the particle when `lemma` is written "point out".
    #[must_use]
    pub fn cue_verb(&self, lemma: &str) -> Option<CueVerb<'a>> {
        let mut words = lemma.split_whitespace();
        let (lemma, particle) = (words.next()?, words.next());
        self.cue_verbs().find(|v| {
            v.lemma.eq_ignore_ascii_case(lemma)
                && match (v.particle, particle) {
                    (Some(a), Some(b)) => a.eq_ignore_ascii_case(b),
                    (None, None) => true,
                    _ => false,
                }
        })
    }
}

/// Lines of a lexicon file that are not blank or comments, with 1-based line numbers (the
/// same reading as the grammar's loader).
fn data_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.trim()))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_are_the_lexicon_s() {
        for f in Frame::ALL {
            assert_eq!(crate::lexicon::frame::named(f.as_str()), Some(f.bit()), "{f}");
        }
        assert_eq!(Frame::ALL.len(), crate::lexicon::frame::NAMES.len());
    }
    use crate::lexicon::Lexicon;

    #[test]
    fn listed_cue_verbs_are_the_grammars() {
        let lex = Lexicon::builtin();
        let listed: Vec<CueVerb<'_>> = Lexicons::builtin().cue_verbs().collect();
        assert_eq!(
            listed.len(),
            Lexicons::builtin().len(LexiconKind::CueVerbs),
            "a built-in cue verb line does not parse for listing"
        );
        assert_eq!(listed.len(), lex.lemmas.len());
        for (v, l) in listed.iter().zip(&lex.lemmas) {
            assert_eq!(v.lemma, l.lemma);
            assert_eq!(v.particle, l.particle.as_deref());
            assert_eq!(v.class, l.class);
            assert_eq!(v.frames.0, l.frames, "{}", v.lemma);
        }
    }

    #[test]
    fn every_frame_is_read_by_the_grammar() {
        for f in Frame::ALL {
            let mut lex = Lexicon::default();
            let line = format!("opine neutral {} opine opines opined opined opining", f.as_str());
            lex.add_cue_verbs(&line, "cue verb").expect("a known frame");
            assert_eq!(lex.lemmas[0].frames, f.bit(), "{f}");
        }
    }

    #[test]
    fn every_lexicon_has_a_description_and_a_format() {
        for k in LexiconKind::ALL {
            assert!(!k.description().is_empty(), "{k}");
            assert!(!k.description().contains(".txt:"), "{k}: {}", k.description());
            assert!(!k.format().is_empty(), "{k}");
            assert!(Lexicons::builtin().len(k) > 10, "{k}");
            assert_eq!(LexiconKind::from_name(k.as_str()), Some(k));
        }
    }
}
