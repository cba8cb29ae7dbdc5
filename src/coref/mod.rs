//! Stage 5: clustering mentions into speakers.
//!
//! Mentions are visited in text order. A name joins the speaker with the same surname
//! ("Dmitriev" → "Kirill Dmitriev"), and takes the fullest form of the name the document
//! gives anywhere ("Trump" → "President Donald Trump"). Organisations and outlets join by
//! name; a definite description ("the official", "the senator") joins the latest speaker it
//! describes; an indefinite one ("a source", "another official") is a new speaker. A pronoun
//! takes the nearest earlier candidate it can refer to (by number and animacy), unless that
//! candidate's gender contradicts it: then it stays unresolved rather than jumping over a
//! speaker of the other gender.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::document::TokKind;
use crate::document::{Doc, TokRange};
use crate::lexicon::{Lexicon, class, set};
use crate::model::{
    Attribution, Gender, Mention, MentionId, MentionKind, Resolution, Sourcing, Speaker, SpeakerId,
    SpeakerKind,
};
use crate::phrase::{Chunks, describe, outlet_index};
use crate::span::Span;

/// How many earlier candidates a pronoun looks at, at most.
const MAX_PRONOUN_CANDIDATES: usize = 32;

/// How many of the latest speakers a definite description ("the official") may refer to.
const MAX_BACK_REFERENCE: usize = 64;

/// A full personal name somewhere in the document, with its title.
#[derive(Debug, Clone)]
struct FullName {
    /// first to last name word, titles excluded
    name: Span,
    title: Option<Span>,
    affiliation: Option<Span>,
    /// an appositive naming a role: "Kirill Dmitriev, the head of the fund,"
    role: Option<Span>,
    gender: Option<Gender>,
    first_word: u64,
    /// the words before the surname ("Killa Huamán" of "Killa Huamán Quispe")
    given_words: Vec<u64>,
}

/// Every "Firstname Lastname" in the document, by lower-cased surname, in text order.
fn full_names(doc: &Doc<'_>, keys: &Keyer) -> KeyMap<u64, Vec<FullName>> {
    let mut out: KeyMap<u64, Vec<FullName>> = KeyMap::default();
    let n = doc.toks.len();
    let mut i = 0;
    while i < n {
        let t = &doc.toks[i];
        if !(t.kind == TokKind::Word && t.is_cap()) || doc.is_heading(i) {
            i += 1;
            continue;
        }
        let start = i;
        i = cap_run_end(doc, start);
        // [start, i) is a run of capitalised words; its trailing words without titles are the name
        let words: Vec<usize> = (start..i).collect();
        if let Some((key, name)) = full_name(doc, keys, &words, i) {
            out.entry(key).or_default().push(name);
        }
    }
    out
}

/// The end of the run of capitalised words that starts at token `start`, in its sentence.
fn cap_run_end(doc: &Doc<'_>, start: usize) -> usize {
    let n = doc.toks.len();
    let sent = doc.toks[start].sent;
    let mut i = start;
    // capitalised words, and the particles between them ("Luis de la Cruz")
    while i < n
        && doc.toks[i].kind == TokKind::Word
        && doc.toks[i].sent == sent
        && (doc.toks[i].is_cap()
            || (doc.toks[i].is(class::PARTICLE)
                && doc.toks.get(i + 1).is_some_and(|n| {
                    n.kind == TokKind::Word && (n.is_cap() || n.is(class::PARTICLE))
                })))
    {
        i += 1;
    }
    while i > start + 1 && doc.toks[i - 1].is(class::PARTICLE) && !doc.toks[i - 1].is_cap() {
        i -= 1;
    }
    i
}

/// The full name that the run of capitalised words `words` ending before token `i` ends
/// with, with its surname's key; `None` unless it has two to four words.
fn full_name(doc: &Doc<'_>, keys: &Keyer, words: &[usize], i: usize) -> Option<(u64, FullName)> {
    let n = doc.toks.len();
    let ns = run_name_start(doc, words);
    let name_words = &words[ns..];
    let core = name_words.iter().filter(|&&k| !doc.toks[k].is(class::PARTICLE)).count();
    if !(2..=4).contains(&core) {
        return None;
    }
    let first = name_words[0];
    let last = name_words[name_words.len() - 1];
    let key = keys.lower(doc.word(last));
    let title = (ns > 0).then(|| {
        let mut ts = ns;
        while ts > 0 && doc.toks[words[ts - 1]].is(class::TITLE | class::ROLE) {
            ts -= 1;
        }
        (ts < ns).then(|| doc.span(words[ts], words[ns - 1] + 1))
    });
    let title = title.flatten();
    let gender = run_gender(doc, words, ns, first);
    // "Roger Wicker of Mississippi": an affiliation right after the name
    let affiliation = (doc.is_word(i, "of") && doc.toks.get(i + 1).is_some_and(|t| t.is_cap()))
        .then(|| {
            let mut e = i + 1;
            while e < n && doc.toks[e].is_cap() && doc.toks[e].kind == TokKind::Word {
                e += 1;
            }
            doc.span(i, e)
        });
    let after = affiliation.map_or(i, |a| doc.toks.partition_point(|t| t.start() < a.end));
    let role = appositive_role(doc, after);
    let name = FullName {
        name: doc.span(first, last + 1),
        title,
        affiliation,
        role,
        gender,
        first_word: keys.lower(doc.word(first)),
        given_words: name_words[..name_words.len() - 1]
            .iter()
            .filter(|&&k| !doc.toks[k].is(class::PARTICLE))
            .map(|&k| keys.lower(doc.word(k)))
            .collect(),
    };
    Some((key, name))
}

/// Where the name starts in the run of capitalised words `words`: after the last title,
/// role or other word no name has, and after the particles that follow it.
fn run_name_start(doc: &Doc<'_>, words: &[usize]) -> usize {
    let mut ns = words.len();
    while ns > 0 {
        let w = &doc.toks[words[ns - 1]];
        if w.is(class::TITLE
            | class::ROLE
            | class::ORG
            | class::DOC
            | class::DAY
            | class::MONTH
            | class::STARTER)
            && !w.is(class::FIRST_NAME)
        {
            break;
        }
        ns -= 1;
    }
    // "TJ King": a title word after a given name or initials is a surname
    let mut ns = if ns == words.len() { crate::phrase::name_start(doc, words) } else { ns };
    while ns < words.len() && doc.toks[words[ns]].is(class::PARTICLE) {
        ns += 1;
    }
    ns
}

/// The gender of a name whose first word is token `first`, which starts at `ns` in the run
/// `words`: its given name's, else the latest gendered title before it.
fn run_gender(doc: &Doc<'_>, words: &[usize], ns: usize, first: usize) -> Option<Gender> {
    if doc.toks[first].is(class::FIRST_NAME) {
        doc.lex.entry(doc.toks[first].entry).and_then(|e| e.gender)
    } else {
        words[..ns].iter().rev().find_map(|&k| {
            if doc.toks[k].is(class::FEMALE) {
                Some(Gender::Female)
            } else if doc.toks[k].is(class::MALE) {
                Some(Gender::Male)
            } else {
                None
            }
        })
    }
}

/// The role an appositive gives after a name ending before token `i`: ", the head of the
/// sovereign wealth fund," (up to the next comma or the sentence end). `None` unless the
/// appositive opens with a determiner or a role word and names a role early on.
fn appositive_role(doc: &Doc<'_>, i: usize) -> Option<Span> {
    const MAX_LEN: usize = 16;
    if !doc.toks.get(i).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let a = i + 1;
    let se = doc.sentence_of(i).end;
    let first = doc.toks.get(a).filter(|_| a < se)?;
    let opens = first.is(class::DET | class::POSSPRON | class::ROLE | class::TITLE)
        && !first.is(class::WH | class::PRON);
    if !opens || first.qdepth > 0 {
        return None;
    }
    let mut e = a;
    while e < se && e - a < MAX_LEN && !doc.toks[e].is_punct(',') && !doc.toks[e].is_quote_mark() {
        e += 1;
    }
    if e - a >= MAX_LEN {
        return None;
    }
    // the last token of the sentence is its final punctuation
    let end = if e == se && doc.toks[e - 1].kind == TokKind::Punct { e - 1 } else { e };
    let names_role = (a..end.min(a + 6)).any(|k| doc.toks[k].is(class::ROLE | class::TITLE));
    (names_role && end > a + usize::from(first.is(class::DET | class::POSSPRON)))
        .then(|| doc.span(a, end))
}

/// A speaker being built.
struct Cluster {
    kind: SpeakerKind,
    /// what mentions of the same speaker share; `None` for a speaker no later mention
    /// joins by its text
    key: Option<Key>,
    name: Span,
    mentions: Vec<MentionId>,
    title: Option<Span>,
    role: Option<Span>,
    affiliation: Option<Span>,
    gender: Option<Gender>,
    plural: bool,
    head: String,
    /// sentence of the latest mention
    last_sentence: u32,
    /// the given name of `name`, for a speaker with a key (set once `name` is complete)
    given: Option<Given>,
}

fn kind_of(m: &Mention) -> SpeakerKind {
    match m.kind {
        MentionKind::Name => SpeakerKind::Person,
        MentionKind::Organisation => SpeakerKind::Organisation,
        MentionKind::Media => SpeakerKind::Media,
        MentionKind::Document => SpeakerKind::Document,
        MentionKind::Anonymous => SpeakerKind::Anonymous,
        MentionKind::Pronoun | MentionKind::Description => SpeakerKind::Unknown,
    }
}

/// A cluster key: the kind of speaker and a hash of its lower-cased name.
type Key = (u8, u64);

/// The hasher of maps keyed by [`Keyer`] hashes: those are already random (keyed per
/// analysis), so hashing them again would be wasted work.
#[derive(Default)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u8(b);
        }
    }
    fn write_u8(&mut self, n: u8) {
        self.0 = self.0.rotate_left(8) ^ u64::from(n);
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = self.0.rotate_left(8) ^ n;
    }
}

/// A map keyed by [`Keyer`] hashes.
type KeyMap<K, V> = HashMap<K, V, BuildHasherDefault<PreHashed>>;

/// Hashes of lower-cased names and texts, without allocating. The hasher is keyed at random
/// per analysis, so a text cannot be written to make its names collide.
struct Keyer(std::collections::hash_map::RandomState);

impl Keyer {
    fn new() -> Self {
        Keyer(std::collections::hash_map::RandomState::new())
    }

    /// Hash of `s` folded ([`crate::words::fold`]).
    fn lower(&self, s: &str) -> u64 {
        use std::hash::{BuildHasher, Hasher};
        let mut h = self.0.build_hasher();
        // the folded text as UTF-8, hashed 64 bytes at a time rather than a call per
        // character (the hasher streams: the same text always hashes the same)
        let mut buf = [0u8; 64];
        let mut len = 0;
        if s.is_ascii() {
            // the same bytes as the folded characters below, without decoding
            for b in s.bytes() {
                if len + 4 > buf.len() {
                    h.write(&buf[..len]);
                    len = 0;
                }
                buf[len] = b.to_ascii_lowercase();
                len += 1;
            }
            h.write(&buf[..len]);
            return h.finish();
        }
        for c in crate::words::fold(s) {
            if len + 4 > buf.len() {
                h.write(&buf[..len]);
                len = 0;
            }
            len += c.encode_utf8(&mut buf[len..]).len();
        }
        h.write(&buf[..len]);
        h.finish()
    }

    /// Hash of the text lower-cased and without a leading article: "the CIA" and "CIA"
    /// share a key.
    fn text(&self, lex: &Lexicon, text: &str) -> u64 {
        let t = text.trim();
        if let Some((first, rest)) = t.split_once(' ')
            && !rest.is_empty()
            && lex.sets_of(first) & set::ARTICLE != 0
        {
            return self.lower(rest);
        }
        self.lower(t)
    }
}

/// Singular form of a head noun, for matching "the officials" with "several officials".
fn singular(lex: &Lexicon, head: &str) -> String {
    if let Some(s) = lex.entry(lex.lookup(head).1).and_then(|e| e.singular.as_deref()) {
        return s.to_string();
    }
    let mut h = crate::words::normalize_key(head);
    if h.len() > 3 && h.ends_with('s') {
        h.pop();
    }
    h
}

fn is_definite(doc: &Doc<'_>, m: &Mention) -> bool {
    let first = doc.text[m.span.range()].split_whitespace().next().unwrap_or("");
    doc.lex.sets_of(first) & set::DEFINITE != 0
}

/// Clusters the mentions into speakers; sets each mention's and attribution's speaker.
pub(crate) fn run(
    doc: &Doc<'_>,
    chunks: &Chunks,
    mentions: Vec<Mention>,
    attributions: &[Attribution],
) -> Coref {
    let mut mentions = mentions;
    let speakers = cluster(doc, chunks, &mut mentions, attributions);
    // each attribution's speaker is its source mention's, and how that was found
    let links = attributions
        .iter()
        .map(|a| {
            let Some(src) = a.source else { return (None, a.resolution) };
            let m = mentions.get(src.index());
            (
                m.and_then(|m| m.speaker),
                a.resolution.or(speakers.1.get(src.index()).copied().flatten()),
            )
        })
        .collect();
    Coref { mentions, speakers: speakers.0, links }
}

/// What coreference found: the mentions (with the ones it added and every mention's speaker),
/// the speakers, and for each attribution its speaker and how it was resolved.
pub(crate) struct Coref {
    pub mentions: Vec<Mention>,
    pub speakers: Vec<Speaker>,
    pub links: Vec<(Option<SpeakerId>, Option<Resolution>)>,
}

/// Clusters the mentions into speakers, sets each mention's speaker; returns the speakers and
/// each mention's resolution.
fn cluster(
    doc: &Doc<'_>,
    chunks: &Chunks,
    mentions: &mut Vec<Mention>,
    attributions: &[Attribution],
) -> (Vec<Speaker>, Vec<Option<Resolution>>) {
    let n_linked = mentions.len();
    let mut w = Walk {
        speakers: Clustering::new(doc),
        of_mention: vec![None; mentions.len()],
        resolution: vec![None; mentions.len()],
        recent: Vec::new(),
        added: HashMap::new(),
    };
    let mut order: Vec<usize> = (0..mentions.len()).collect();
    order.sort_by_key(|&i| mentions[i].span.start);
    let linked_starts: Vec<usize> = order.iter().map(|&i| mentions[i].span.start).collect();
    // sentence subjects that are names, for "Clinton held a rally. She said …"
    let subjects = sentence_subjects(doc, chunks, attributions);
    let mut si = 0;
    let window = doc.config.pronoun_window as u32;
    for &mi in &order {
        let m = mentions[mi].clone();
        let mtok = doc.toks.partition_point(|t| t.start() < m.span.start);
        let sent = doc.toks.get(mtok).map_or(0, |t| t.sent);
        // subjects before this mention become pronoun candidates
        while si < subjects.len() && subjects[si].0 < m.span.start {
            let (_, a, b) = subjects[si];
            si += 1;
            w.add_subject(doc, mentions, &linked_starts, a, b);
        }
        let at = At { mi, id: MentionId(mi as u32), mtok, sent };
        let m = surname_alone(doc, &w.speakers, mentions, mi, m);
        let c = match m.kind {
            MentionKind::Pronoun if doc.toks.get(mtok).is_some_and(|t| t.is(class::WH)) => {
                w.who_speaker(doc, mentions, &order, &linked_starts, at)
            }
            MentionKind::Pronoun => w.pronoun_speaker(doc, &m, at, window),
            // ("the Supreme Court" is a name of its own, "the court" refers back)
            MentionKind::Description | MentionKind::Anonymous | MentionKind::Document
                if is_definite(doc, &m)
                    && !doc.text[m.head.range()].starts_with(char::is_uppercase) =>
            {
                w.described_speaker(doc, &m, at)
            }
            _ => Some(w.speakers.join(doc, &m, at.id, sent)),
        };
        if let Some(c) = c {
            w.attach(doc, &m, at, c);
        }
    }
    // Only clusters with a mention from the linker speak; the sentence subjects added as
    // pronoun candidates stay only when a pronoun chose them.
    let n_linked = n_linked.min(mentions.len());
    keep_linked(mentions, w.speakers.clusters, &w.of_mention, &w.resolution, n_linked)
}

/// The words before the last in a full name, with that name's surname key: "Park" for
/// "Park Ji-hoon", whose family name comes first, "Huamán" for "Killa Huamán Quispe".
fn by_given_words(names: &KeyMap<u64, Vec<FullName>>) -> KeyMap<u64, u64> {
    // (in text order, so that the first full name with the word wins whatever the hashes)
    let mut in_order: Vec<(usize, u64, &FullName)> = names
        .iter()
        .flat_map(|(&surname, list)| list.iter().map(move |f| (f.name.start, surname, f)))
        .collect();
    in_order.sort_unstable_by_key(|&(start, _, _)| start);
    let mut by_first: KeyMap<u64, u64> = KeyMap::default();
    for (_, surname, f) in in_order {
        for &w in &f.given_words {
            by_first.entry(w).or_insert(surname);
        }
    }
    by_first
}

/// A mention visited by [`cluster`]: its number (as index and id), its first token and its
/// sentence.
#[derive(Clone, Copy)]
struct At {
    mi: usize,
    id: MentionId,
    mtok: usize,
    sent: u32,
}

/// The walk of [`cluster`] over the mentions in text order: the speakers so far, each
/// mention's speaker and resolution, and the pronouns' candidates.
struct Walk {
    speakers: Clustering,
    of_mention: Vec<Option<usize>>,
    resolution: Vec<Option<Resolution>>,
    /// candidates for pronouns: (sentence, cluster)
    recent: Vec<(u32, usize)>,
    /// the mentions this stage added, by their byte span, so that the same words are never
    /// two mentions
    added: HashMap<(usize, usize), MentionId>,
}

impl Walk {
    /// Adds a mention the coreference stage found itself (a sentence subject, the
    /// antecedent of "who"), with no speaker or resolution yet, unless it added one of the
    /// same words before; returns its number.
    fn add_mention(&mut self, mentions: &mut Vec<Mention>, m: &Mention) -> MentionId {
        let key = (m.span.start, m.span.end);
        if let Some(&id) = self.added.get(&key) {
            return id;
        }
        let id = MentionId(mentions.len() as u32);
        mentions.push(m.clone());
        self.of_mention.push(None);
        self.resolution.push(None);
        self.added.insert(key, id);
        id
    }

    /// Makes the sentence subject `[a, b)` a pronoun candidate when it is a name.
    fn add_subject(
        &mut self,
        doc: &Doc<'_>,
        mentions: &mut Vec<Mention>,
        linked_starts: &[usize],
        a: usize,
        b: usize,
    ) {
        // a subject the linker already made a mention of is registered by that mention
        if linked_starts.binary_search(&doc.toks[a].start()).is_ok() {
            return;
        }
        let sm = describe(doc, a, b);
        if sm.kind != MentionKind::Name {
            return;
        }
        let id = self.add_mention(mentions, &sm);
        let c = match self.of_mention[id.index()] {
            Some(c) => c,
            None => self.speakers.join(doc, &sm, id, doc.toks[a].sent),
        };
        self.of_mention[id.index()] = Some(c);
        self.recent.push((doc.toks[a].sent, c));
    }

    /// The speaker of the personal pronoun `m` (`at`): the nearest earlier candidate it can
    /// refer to within `window` sentences.
    fn pronoun_speaker(
        &mut self,
        doc: &Doc<'_>,
        m: &Mention,
        at: At,
        window: u32,
    ) -> Option<usize> {
        let found = resolve_pronoun(doc, m, &self.recent, &self.speakers.clusters, at.sent, window);
        if found.is_some() {
            self.resolution[at.mi] = Some(Resolution::Pronoun);
        }
        found
    }

    /// The speaker of the relative pronoun `at` ("who"): the noun phrase before it, or the
    /// earlier mention that holds that phrase.
    fn who_speaker(
        &mut self,
        doc: &Doc<'_>,
        mentions: &mut Vec<Mention>,
        order: &[usize],
        linked_starts: &[usize],
        at: At,
    ) -> Option<usize> {
        let ante = who_noun_phrase(doc, at.mtok)?;
        Some(self.antecedent_speaker(doc, mentions, order, linked_starts, at, ante))
    }

    /// The speaker of the antecedent `[a, e)` of the relative pronoun `at`: that of an
    /// earlier mention holding it, else that of its own mention, made if need be.
    fn antecedent_speaker(
        &mut self,
        doc: &Doc<'_>,
        mentions: &mut Vec<Mention>,
        order: &[usize],
        linked_starts: &[usize],
        at: At,
        TokRange { start: a, end: e }: TokRange,
    ) -> usize {
        let (mi, sent) = (at.mi, at.sent);
        // "Elizabeth Arnold, 32, a former staff member who said …": an
        // appositive inside an earlier mention speaks for that mention's speaker
        let (sa, se) = (doc.toks[a].start(), doc.toks[e - 1].end());
        let upto = linked_starts.partition_point(|&x| x <= sa);
        let holder = order[upto.saturating_sub(4)..upto].iter().rev().find_map(|&k| {
            let h = &mentions[k];
            (k != mi && h.span.start <= sa && h.span.end >= se)
                .then_some(self.of_mention[k])
                .flatten()
        });
        if let Some(c) = holder {
            self.resolution[mi] = Some(Resolution::Pronoun);
            return c;
        }
        // a mention of the antecedent itself, not walked yet (the source cited later in
        // the sentence: "S who said n, citing S"): it joins its speaker now, so that no
        // second mention of the same words is made
        let same = order[upto.saturating_sub(4)..upto]
            .iter()
            .copied()
            .find(|&k| k != mi && mentions[k].span.start == sa && mentions[k].span.end == se);
        if let Some(k) = same {
            let m = mentions[k].clone();
            let c = self.speakers.join(doc, &m, MentionId(k as u32), sent);
            self.of_mention[k] = Some(c);
            self.resolution[mi] = Some(Resolution::Pronoun);
            return c;
        }
        let am = describe(doc, a, e);
        let aid = self.add_mention(mentions, &am);
        let c = match self.of_mention[aid.index()] {
            Some(c) => c,
            None => self.speakers.join(doc, &am, aid, sent),
        };
        self.of_mention[aid.index()] = Some(c);
        self.resolution[mi] = Some(Resolution::Pronoun);
        c
    }

    /// The speaker of the definite description `m` ("the official"): the latest speaker it
    /// describes, else a new one.
    fn described_speaker(&mut self, doc: &Doc<'_>, m: &Mention, at: At) -> Option<usize> {
        let head = singular(doc.lex, &doc.text[m.head.range()]);
        // the latest speakers it may describe (a bounded look-back keeps this linear)
        let found =
            self.speakers.clusters.iter().enumerate().rev().take(MAX_BACK_REFERENCE).find_map(
                |(i, c)| {
                    let fits = c.head == head
                        || (m.kind == MentionKind::Description
                            && c.kind == SpeakerKind::Person
                            && describes(doc, c, &head));
                    fits.then_some(i)
                },
            );
        match found {
            Some(c) => {
                self.resolution[at.mi] = Some(Resolution::Description);
                Some(c)
            }
            None => Some(self.speakers.join(doc, m, at.id, at.sent)),
        }
    }

    /// Makes cluster `c` the speaker of mention `m` (`at`), and a pronoun candidate.
    fn attach(&mut self, doc: &Doc<'_>, m: &Mention, at: At, c: usize) {
        let (mi, id, sent) = (at.mi, at.id, at.sent);
        let cl = &mut self.speakers.clusters[c];
        if cl.mentions.last() != Some(&id) {
            cl.mentions.push(id);
        }
        cl.last_sentence = sent;
        if m.kind == MentionKind::Name
            && let Some(n) = m.name
            && !doc.text[n.range()].contains(char::is_whitespace)
            && doc.text[cl.name.range()].len() > n.len()
        {
            self.resolution[mi] = Some(Resolution::ShortName);
        }
        self.of_mention[mi] = Some(c);
        self.recent.push((sent, c));
    }
}

/// Mention `m` (number `mi`) as a name when it is a title word alone that is the surname of
/// a full name of the document, which it then replaces among the mentions.
fn surname_alone(
    doc: &Doc<'_>,
    speakers: &Clustering,
    mentions: &mut [Mention],
    mi: usize,
    m: Mention,
) -> Mention {
    // "“…,” King added" after "TJ King": a title word alone that is the surname of a full
    // name of the document is that name
    if m.kind == MentionKind::Description
        && !doc.text[m.span.range()].contains(char::is_whitespace)
        && doc.text[m.span.range()].starts_with(char::is_uppercase)
        && speakers.names.contains_key(&speakers.keys.lower(&doc.text[m.span.range()]))
    {
        let named = Mention { kind: MentionKind::Name, name: Some(m.span), role: None, ..m };
        mentions[mi] = named.clone();
        named
    } else {
        m
    }
}

/// Keeps the clusters with one of the first `n_linked` mentions (the linker's) and the
/// mentions that are the linker's or belong to a kept cluster; renumbers both. Returns the
/// speakers and the kept mentions' resolutions.
fn keep_linked(
    mentions: &mut Vec<Mention>,
    clusters: Vec<Cluster>,
    of_mention: &[Option<usize>],
    resolution: &[Option<Resolution>],
    n_linked: usize,
) -> (Vec<Speaker>, Vec<Option<Resolution>>) {
    let mut keep = vec![false; clusters.len()];
    for c in of_mention[..n_linked].iter().flatten() {
        keep[*c] = true;
    }
    let mut new_cluster = vec![usize::MAX; clusters.len()];
    let mut next = 0;
    for (c, k) in keep.iter().enumerate() {
        if *k {
            new_cluster[c] = next;
            next += 1;
        }
    }
    let mut new_mention = vec![usize::MAX; mentions.len()];
    let mut kept_mentions = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.drain(..).enumerate() {
        let cluster = of_mention[i].filter(|&c| keep[c]);
        if i < n_linked || cluster.is_some() {
            new_mention[i] = kept_mentions.len();
            let mut m = m;
            m.speaker = cluster.map(|c| SpeakerId(new_cluster[c] as u32));
            kept_mentions.push(m);
        }
    }
    *mentions = kept_mentions;
    // resolutions by the kept mentions' numbers
    let mut kept_resolution = vec![None; mentions.len()];
    for (old, &n) in new_mention.iter().enumerate() {
        if let (Some(slot), Some(r)) = (kept_resolution.get_mut(n), resolution.get(old)) {
            *slot = *r;
        }
    }
    let speakers = clusters
        .into_iter()
        .enumerate()
        .filter(|(c, _)| keep[*c])
        .map(|(_, c)| speaker_of(c, mentions, &new_mention))
        .collect();
    (speakers, kept_resolution)
}

/// The speaker of cluster `c`, with its mentions renumbered by `new_mention` (`usize::MAX`
/// for a mention not kept) and the details its mentions give.
fn speaker_of(c: Cluster, mentions: &[Mention], new_mention: &[usize]) -> Speaker {
    let mut ms: Vec<MentionId> = c
        .mentions
        .iter()
        .filter_map(|m| new_mention.get(m.index()).filter(|&&n| n != usize::MAX))
        .map(|&n| MentionId(n as u32))
        .collect();
    ms.sort_by_key(|m| mentions[m.index()].span.start);
    ms.dedup_by_key(|m| mentions[m.index()].span);
    let at = |f: &dyn Fn(&Mention) -> Option<Span>| ms.iter().find_map(|m| f(&mentions[m.index()]));
    Speaker {
        kind: c.kind,
        name: c.name,
        title: c.title,
        role: c.role,
        affiliation: c.affiliation,
        gender: c.gender,
        count: ms.iter().find_map(|m| mentions[m.index()].count),
        seniority: at(&|m| m.seniority),
        basis: at(&|m| m.basis),
        anonymity_reason: at(&|m| m.anonymity_reason),
        sourcing: Sourcing::Unattributed,
        mentions: ms,
    }
}

/// Whether a person cluster's title or role contains the description's head ("the senator").
/// ("the senator" for "Sen. Ted Cruz": an abbreviated title's nouns come from the lexicon)
fn describes(doc: &Doc<'_>, c: &Cluster, head: &str) -> bool {
    [c.title, c.role].iter().flatten().any(|s| {
        doc.text[s.range()].split_whitespace().any(|w| {
            let w = w.trim_end_matches('.');
            singular(doc.lex, w) == head
                || doc
                    .lex
                    .entry(doc.lex.lookup(w).1)
                    .is_some_and(|e| e.title_nouns.iter().any(|n| singular(doc.lex, n) == head))
        })
    })
}

/// Sentence-initial name subjects outside attributed content: (byte start, token range).
fn sentence_subjects(
    doc: &Doc<'_>,
    chunks: &Chunks,
    attributions: &[Attribution],
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let attributed =
        crate::span::Coverage::new(attributions.iter().flat_map(|x| x.content.iter().copied()));
    for (s, &TokRange { start: ss, end: se }) in doc.sent_range.iter().enumerate() {
        if ss >= se || doc.is_heading(ss) || doc.toks[ss].in_quote() {
            continue;
        }
        let Some(TokRange { start: a, end: b }) = chunks.subject(doc, s) else {
            continue;
        };
        let span = doc.span(a, b);
        if attributed.contains(span) {
            continue;
        }
        if doc.toks[a].is_cap() {
            out.push((span.start, a, b));
        }
    }
    out
}

fn resolve_pronoun(
    doc: &Doc<'_>,
    m: &Mention,
    recent: &[(u32, usize)],
    clusters: &[Cluster],
    sent: u32,
    window: u32,
) -> Option<usize> {
    // a third-person pronoun: its gender and number are its lexicon classes
    let (classes, entry) = doc.lex.lookup(&doc.text[m.span.range()]);
    if doc.lex.entry_sets(entry) & set::ANAPHOR == 0 {
        return None;
    }
    let gender = if classes & class::MALE != 0 {
        Some(Gender::Male)
    } else if classes & class::FEMALE != 0 {
        Some(Gender::Female)
    } else {
        None
    };
    for &(s, c) in recent.iter().rev().take(MAX_PRONOUN_CANDIDATES) {
        if sent.saturating_sub(s) > window {
            return None;
        }
        let cl = &clusters[c];
        let person_like =
            matches!(cl.kind, SpeakerKind::Person | SpeakerKind::Unknown | SpeakerKind::Anonymous);
        if let Some(want) = gender {
            if !person_like || cl.plural {
                continue; // animacy or number: look further back
            }
            return match cl.gender {
                Some(g) if g != want => None, // never jump over a speaker of the other gender
                _ => Some(c),
            };
        }
        let found = if classes & class::PLURAL != 0 {
            cl.plural
                || matches!(
                    cl.kind,
                    SpeakerKind::Organisation | SpeakerKind::Media | SpeakerKind::Anonymous
                )
        } else {
            matches!(
                cl.kind,
                SpeakerKind::Organisation | SpeakerKind::Media | SpeakerKind::Document
            )
        };
        if found {
            return Some(c);
        }
    }
    None
}

/// The given name of a full personal name: its key, and whether the lexicon knows it as
/// one ("Nadia", not "Republican" of "Republican Donald Trump").
#[derive(Clone, Copy)]
struct Given {
    key: u64,
    known: bool,
}

impl Given {
    /// Whether two given names can be one person's: unless both are known given names
    /// that differ ("Nadia" and "Tom"), yes.
    fn fits(&self, other: &Given) -> bool {
        self.key == other.key || !(self.known && other.known)
    }
}

/// The speakers being built, with what joins a mention to one.
struct Clustering {
    keys: Keyer,
    /// every full personal name of the document, by surname
    names: KeyMap<u64, Vec<FullName>>,
    /// the surname key of the full names, by their other words
    by_first: KeyMap<u64, u64>,
    clusters: Vec<Cluster>,
    /// the speakers of each key, in the order they were made
    by_key: KeyMap<Key, Vec<usize>>,
    /// the first speaker of each key and given name ("okafor" and "nadia")
    by_given: KeyMap<(Key, u64), usize>,
}

impl Clustering {
    /// The clustering of the mentions of `doc`, with the full names of the document and no
    /// speaker yet.
    fn new(doc: &Doc<'_>) -> Self {
        let keys = Keyer::new();
        let names = full_names(doc, &keys);
        let by_first = by_given_words(&names);
        Clustering {
            keys,
            names,
            by_first,
            clusters: Vec::new(),
            by_key: KeyMap::default(),
            by_given: KeyMap::default(),
        }
    }

    /// The speaker mention `m` (number `id`, in sentence `sent`) belongs to, created if new.
    fn join(&mut self, doc: &Doc<'_>, m: &Mention, id: MentionId, sent: u32) -> usize {
        let kind = kind_of(m);
        let (key, name) = self.key_of(doc, m);
        // "Tom Okafor" after "Nadia Okafor": a full name joins the speaker of its surname
        // unless both give known given names that differ; then it is the namesake's speaker.
        // A surname alone ("Trump") is the first speaker of that surname, the one the story
        // is about, unless a title gives it the other gender ("Mr. Clinton").
        let given = (m.kind == MentionKind::Name).then(|| self.given_name(doc, name)).flatten();
        if let Some(k) = key {
            let same_key = self.by_key.get(&k).map_or(&[][..], Vec::as_slice);
            let first_that = |ok: &dyn Fn(&Cluster) -> bool| {
                same_key.iter().take(MAX_BACK_REFERENCE).copied().find(|&c| ok(&self.clusters[c]))
            };
            let found = match given {
                None => first_that(&|c| m.gender.is_none_or(|g| c.gender.is_none_or(|cg| cg == g)))
                    .or_else(|| same_key.first().copied()),
                Some(g) => self
                    .by_given
                    .get(&(k, g.key))
                    .copied()
                    .or_else(|| first_that(&|c| c.given.is_none_or(|cg| cg.fits(&g)))),
            };
            if let Some(c) = found {
                merge_into(&mut self.clusters[c], m, id);
                if let Some(g) = given {
                    self.by_given.entry((k, g.key)).or_insert(c);
                }
                return c;
            }
        }
        let mut cl = Cluster {
            kind,
            key,
            name,
            mentions: vec![id],
            title: m.title,
            role: m.role,
            affiliation: m.affiliation,
            gender: m.gender,
            plural: m.plural,
            head: singular(doc.lex, &doc.text[m.head.range()]),
            last_sentence: sent,
            given: None,
        };
        if m.kind == MentionKind::Name {
            self.complete_name(doc, m, name, &mut cl);
        }
        if let Some(k) = cl.key {
            cl.given = self.given_name(doc, cl.name);
            self.by_key.entry(k).or_default().push(self.clusters.len());
            for g in [given, cl.given].into_iter().flatten() {
                self.by_given.entry((k, g.key)).or_insert(self.clusters.len());
            }
        }
        self.clusters.push(cl);
        self.clusters.len() - 1
    }

    /// The given name of the personal name `name`: its first word when the name has more
    /// than a surname (particles apart, in any case: "De la Cruz" has none).
    fn given_name(&self, doc: &Doc<'_>, name: Span) -> Option<Given> {
        // (the name's words are its tokens: a name holds no punctuation of its own)
        let a = doc.toks.partition_point(|t| t.start() < name.start);
        let b = doc.toks.partition_point(|t| t.start() < name.end);
        let mut words = doc.toks[a..b].iter().filter(|t| !t.is(class::PARTICLE));
        let first = words.next()?;
        words.next()?;
        let known = first.is(class::FIRST_NAME);
        Some(Given { key: self.keys.lower(&doc.text[first.span().range()]), known })
    }

    /// The key mention `m` joins a speaker by (none for pronouns, descriptions and anonymous
    /// sources), and the speaker's name.
    fn key_of(&self, doc: &Doc<'_>, m: &Mention) -> (Option<Key>, Span) {
        let Clustering { keys, names, by_first, .. } = self;
        let text = &doc.text[m.span.range()];
        match m.kind {
            MentionKind::Name => {
                let n = m.name.unwrap_or(m.span);
                let own = &doc.text[n.range()];
                let surname = keys.lower(own.split_whitespace().last().unwrap_or(""));
                // "Park added" after "Park Ji-hoon": a one-word name that is no surname of the
                // document but the first word of a full name is that name
                let surname = match by_first.get(&surname) {
                    Some(&s)
                        if !own.contains(char::is_whitespace) && !names.contains_key(&surname) =>
                    {
                        s
                    }
                    _ => surname,
                };
                (Some((0, surname)), n)
            }
            MentionKind::Media => {
                let a = doc.toks.partition_point(|t| t.start() < m.name.unwrap_or(m.span).start);
                let b = doc.toks.partition_point(|t| t.start() < m.name.unwrap_or(m.span).end);
                let key = match outlet_index(doc, a, b) {
                    Some(i) => (1, u64::from(i)),
                    None => (2, keys.text(doc.lex, text)),
                };
                (Some(key), m.name.unwrap_or(m.span))
            }
            MentionKind::Organisation => {
                let n = m.name.unwrap_or(m.span);
                (Some((3, keys.text(doc.lex, &doc.text[n.range()]))), n)
            }
            MentionKind::Document => (Some((4, keys.text(doc.lex, text))), m.span),
            _ => (None, m.name.unwrap_or(m.span)),
        }
    }

    /// Completes the new person cluster `cl` of the name mention `m` (its name `name`) from
    /// the full names of the document, or takes a one-word name no detail makes a person's
    /// for a speaker of unknown kind.
    fn complete_name(&self, doc: &Doc<'_>, m: &Mention, name: Span, cl: &mut Cluster) {
        let own = &doc.text[name.range()];
        let known = self.take_full_name(doc, m, own, cl);
        // "Maersk said", "Nvidia declined to comment": one capitalised word that no
        // title, given name or fuller name in the document makes a person's is taken for
        // an organisation
        let single = !own.contains(char::is_whitespace);
        let given = doc
            .toks
            .get(doc.toks.partition_point(|t| t.start() < name.start))
            .is_some_and(|t| t.is(class::FIRST_NAME));
        if single
            && !known
            && cl.title.is_none()
            && cl.role.is_none()
            && cl.gender.is_none()
            && !given
        {
            cl.kind = SpeakerKind::Unknown;
        }
    }

    /// Gives cluster `cl` of the name mention `m` (its name's text `own`) the fullest form of
    /// the name and what the full mentions of it say; returns whether the document has a full
    /// name it fits.
    fn take_full_name(&self, doc: &Doc<'_>, m: &Mention, own: &str, cl: &mut Cluster) -> bool {
        let Clustering { keys, names, .. } = self;
        // the fullest form of the name: the latest full mention before, else the first after
        let surname = keys.lower(own.split_whitespace().last().unwrap_or(""));
        let own_first = keys.lower(own.split_whitespace().next().unwrap_or(""));
        // "Cruz", "de la Cruz": a surname alone, perhaps with its particles
        let short = own
            .split_whitespace()
            .filter(|w| {
                doc.lex.lookup(w).0 & class::PARTICLE == 0 || w.starts_with(char::is_uppercase)
            })
            .count()
            <= 1;
        let mut known = false;
        if let Some(list) = names.get(&surname) {
            let compatible: Vec<&FullName> =
                list.iter().filter(|f| short || f.first_word == own_first).collect();
            known = !compatible.is_empty();
            let before = compatible.iter().rev().find(|f| f.name.start <= m.span.start);
            if let Some(f) = before.or_else(|| compatible.first()) {
                cl.name = f.name;
                cl.title = cl.title.or(f.title);
                cl.affiliation = cl.affiliation.or(f.affiliation);
                cl.role = cl.role.or(f.role);
                cl.gender = cl.gender.or(f.gender);
                // every full mention of the same person adds what it says
                for g in &compatible {
                    if g.first_word == f.first_word {
                        cl.title = cl.title.or(g.title);
                        cl.affiliation = cl.affiliation.or(g.affiliation);
                        cl.role = cl.role.or(g.role);
                    }
                }
            }
        }
        known
    }
}

/// Adds mention `m` (number `id`) to the existing cluster `cl`, with the details it gives
/// that the cluster lacks.
fn merge_into(cl: &mut Cluster, m: &Mention, id: MentionId) {
    // "Smith said … Smith, the company's chief executive, said": a title or role makes
    // a one-word name a person's
    if cl.kind == SpeakerKind::Unknown
        && m.kind == MentionKind::Name
        && (m.title.is_some() || m.role.is_some())
    {
        cl.kind = SpeakerKind::Person;
    }
    cl.title = cl.title.or(m.title);
    cl.role = cl.role.or(m.role);
    cl.affiliation = cl.affiliation.or(m.affiliation);
    cl.gender = cl.gender.or(m.gender);
    if cl.mentions.last() != Some(&id) {
        cl.mentions.push(id);
    }
}

/// The noun phrase before the relative pronoun at token `mtok`, its antecedent ("Barkley,
/// who said …"; "Residents, who said …": the comma before the pronoun closes the phrase).
fn who_noun_phrase(doc: &Doc<'_>, mtok: usize) -> Option<TokRange> {
    let ss = doc.sentence_of(mtok).start;
    let end = if mtok > ss && doc.toks[mtok - 1].is_punct(',') { mtok - 1 } else { mtok };
    let ante = crate::phrase::np_before(doc, end, ss)
        .or_else(|| crate::phrase::np_before(doc, mtok, ss))
        .filter(|&a| a < end)
        .map(|a| TokRange::new(who_antecedent(doc, mtok, a, end), end));
    ante.filter(|r| !r.is_empty())
}

/// The start of the antecedent of "who" at `w` in the noun phrase `[a, end)`: the whole
/// phrase when its head is a person, else the phrase after its last preposition ("a lecture
/// from the Mexican president, who said …" is the president's).
fn who_antecedent(doc: &Doc<'_>, w: usize, a: usize, end: usize) -> usize {
    if !doc.is_word(w, "who") {
        return a;
    }
    let head_end = (a + 1..end).find(|&k| doc.toks[k].is(class::PREP)).unwrap_or(end);
    let Some(head) = (a..head_end).rev().find(|&k| doc.toks[k].is_word()) else { return a };
    let t = &doc.toks[head];
    let person = t.is_cap() || t.is(class::PRON | class::ROLE | class::VAGUE | class::TITLE);
    if person || head_end == end {
        return a;
    }
    (head_end..end)
        .rev()
        .find(|&k| doc.toks[k].is(class::PREP))
        .map(|p| p + 1)
        .filter(|&s| s < end && crate::phrase::np_after(doc, s, end) == Some(end))
        .unwrap_or(a)
}

#[cfg(test)]
mod tests {
    use super::Keyer;
    use crate::lexicon::Lexicon;

    #[test]
    fn keys_fold_case_apostrophes_and_articles() {
        let keys = Keyer::new();
        assert_eq!(keys.lower("CIA"), keys.lower("cia"));
        assert_ne!(keys.lower("CIA"), keys.lower("CIAs"));
        // the ASCII path and the folding path give one key for one folded text, short or long
        assert_eq!(keys.lower("O’Neill"), keys.lower("o'neill"));
        let (curly, straight) = ("X’".repeat(50), "x'".repeat(50));
        assert_eq!(keys.lower(&curly), keys.lower(&straight));
        assert_ne!(keys.lower(&straight), keys.lower(&"x'".repeat(49)));
        assert_eq!(keys.lower("Ærø"), keys.lower("ærø"));
        let lex = Lexicon::builtin();
        assert_eq!(keys.text(lex, " The CIA "), keys.text(lex, "CIA"));
        assert_eq!(keys.text(lex, "an envoy"), keys.lower("envoy"));
        assert_eq!(keys.text(lex, "The"), keys.lower("the"));
    }
}
