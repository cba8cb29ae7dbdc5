//! The structure of a mention, read by a small nom grammar over the tokens of its extent
//! ([`describe`]): count and seniority of an anonymous source ("two", "senior"), the title and
//! name of a person ("Senator Roger Wicker"), the role and affiliation ("White House
//! spokeswoman", "of the Carnegie Endowment"), the basis of knowledge ("familiar with the
//! matter"), organisations and their official voices, outlets and records.

use nom::Parser;
use nom::combinator::opt;
use nom::multi::many0;

use crate::document::feat;
use crate::document::{Doc, Lower, Shape, TokKind, TokRange, Token};
use crate::lexicon::{class, set};
use crate::model::{Count, Gender, Mention, MentionKind, VagueCount};
use crate::parse::{TResult, Toks, tok};
use crate::span::Span;

use super::np::party_tag;

// ---------------------------------------------------------------------------------------
// Structure: a nom grammar over the extent's tokens.

fn t_det(i: Toks<'_>) -> TResult<'_, usize> {
    tok(|t| {
        t.is(class::DET | class::QUANT | class::NUM | class::POSSPRON) || t.kind == TokKind::Number
    })
    .parse_complete(i)
}

fn t_senior(i: Toks<'_>) -> TResult<'_, usize> {
    tok(|t| t.is(class::SENIOR)).parse_complete(i)
}

/// count := det? senior*   — "two", "several senior", "a", "another"
fn count_part(i: Toks<'_>) -> TResult<'_, (Option<usize>, Vec<usize>)> {
    (opt(t_det), many0(t_senior)).parse_complete(i)
}

/// Whether token `k` is a past participle modifying the noun before it: "a lawsuit *filed*
/// Monday", "the report *released* by the agency" (but "a *retired* firefighter" is an
/// adjective before its noun).
pub(crate) fn participle_after_noun(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    if t.kind != TokKind::Word || t.shape != Shape::Lower || k == 0 {
        return false;
    }
    if !(t.span().len() > 4 && t.has(feat::ED)) || t.is(class::BASIS | class::FUNCTION) {
        return false;
    }
    let p = &doc.toks[k - 1];
    let after_noun = p.kind == TokKind::Word
        && !p.is(class::DET | class::FUNCTION | class::SENIOR | class::NUM | class::QUANT)
        && !crate::phrase::is_adverb(doc, k - 1);
    let n = doc.toks.get(k + 1);
    let then = n.is_some_and(|n| {
        n.is(class::PREP | class::DAY | class::TIME | class::DET) || n.kind == TokKind::Number
    }) || n.is_none_or(|n| n.kind == TokKind::Punct);
    after_noun && then && p.is(class::DOC | class::ORG | class::ROLE | class::VAGUE)
}

/// pre_words := word*   — the modifiers and head before any preposition or comma
fn pre_words(i: Toks<'_>) -> TResult<'_, Vec<usize>> {
    many0(tok(|t| {
        (matches!(t.kind, TokKind::Word | TokKind::Number) && !t.is(class::FUNCTION))
            || t.kind == TokKind::Clitic
    }))
    .parse_complete(i)
}

/// The structure of the mention `[a, b)`.
pub(crate) fn describe(doc: &Doc<'_>, a: usize, b: usize) -> Mention {
    let span = doc.span(a, b);
    let mut m = Mention {
        span,
        kind: MentionKind::Name,
        head: span,
        name: None,
        title: None,
        role: None,
        affiliation: None,
        count: None,
        seniority: None,
        basis: None,
        anonymity_reason: None,
        gender: None,
        plural: false,
        speaker: None,
    };
    if b <= a || b > doc.toks.len() {
        return m;
    }
    let t0 = &doc.toks[a];
    if b - a == 1 && t0.is(class::PRON | class::OBJPRON | class::WH | class::POSSPRON) {
        m.kind = MentionKind::Pronoun;
        m.gender = gender_of(t0);
        m.plural = t0.is(class::PLURAL);
        return m;
    }
    let core = core_of(doc, a, b);
    set_head_and_basis(doc, &mut m, &core);
    set_seniority(doc, &mut m, &core.senior);
    if core.comma < b {
        set_appositive_role(doc, &mut m, core.comma, b);
    }
    let p = Parts::read(doc, a, b, core, m.head);
    set_count_and_number(doc, &mut m, &p);
    if named_by_appositive(doc, &mut m, &p) {
        return m;
    }
    if let Some(ht) = p.head_tok
        && p.head_lower
    {
        describe_common(doc, &mut m, &p, ht);
        return m;
    }
    describe_capitalised(doc, &mut m, &p);
    m
}

/// The core of a mention's extent, before its first comma: the count, the words before any
/// preposition, and the phrases after them.
struct Core {
    /// the first comma after the first token, or the extent's end
    comma: usize,
    /// the determiner or count word: "two", "a", "the"
    det: Option<usize>,
    /// the seniority words after it: "senior"
    senior: Vec<usize>,
    /// the modifiers and the head
    words: Vec<usize>,
    /// where the words end
    core_end: usize,
    /// a relative clause after the words: "who was briefed on the talks"
    rel: Option<usize>,
    /// where the phrases after the words end: at the relative clause or the comma
    post_end: usize,
    /// the phrases after the words: "for Delta", "familiar with the talks"
    post: Option<Span>,
}

/// Reads the core of the mention `[a, b)`.
fn core_of(doc: &Doc<'_>, a: usize, b: usize) -> Core {
    // core: before the first comma (appositives follow it)
    let comma = (a..b).find(|&k| doc.toks[k].is_punct(',') && k > a).unwrap_or(b);
    let input = Toks::new(&doc.toks, a, comma);
    let (rest, (det, senior)) = count_part(input).unwrap_or((input, (None, Vec::new())));
    let (rest, mut words) = pre_words(rest).unwrap_or((rest, Vec::new()));
    let mut core_end = rest.pos();
    // "a lawsuit filed Monday", "a petition filed in federal court": a participle after the
    // head opens a modifier of its own
    if let Some(p) = words.iter().position(|&k| participle_after_noun(doc, k)) {
        core_end = words[p];
        words.truncate(p);
    }
    // "an official who was briefed on the talks": a relative clause after the head tells the
    // basis of knowledge, never the affiliation
    let rel = (core_end..comma).find(|&k| doc.toks[k].is(class::WH) && !doc.toks[k].in_quote());
    let post_end = rel.unwrap_or(comma);
    // what follows the head: prepositional phrases (affiliation or basis)
    let post = (core_end < post_end)
        .then(|| Span { start: doc.toks[core_end].start(), end: doc.toks[post_end - 1].end() });
    let words: Vec<usize> = words
        .into_iter()
        .filter(|&k| doc.toks[k].kind != TokKind::Clitic || k + 1 < core_end)
        .collect();
    Core { comma, det, senior, words, core_end, rel, post_end, post }
}

/// The head of the core (its last word that is no clitic) and what the phrases after it
/// tell: the basis of knowledge or the affiliation.
fn set_head_and_basis(doc: &Doc<'_>, m: &mut Mention, c: &Core) {
    let (comma, core_end, post_end, words) = (c.comma, c.core_end, c.post_end, &c.words);
    // "an official who was briefed on the talks": the basis is in the relative clause
    if let Some(r) = c.rel
        && let Some(k) = (r + 1..comma).find(|&k| doc.toks[k].is(class::BASIS))
    {
        m.basis = Some(Span { start: doc.toks[k].start(), end: doc.toks[comma - 1].end() });
    }
    let head = words.iter().rev().copied().find(|&k| doc.toks[k].kind != TokKind::Clitic);
    if let Some(h) = head {
        m.head = doc.toks[h].span();
    }
    if let Some(p) = c.post {
        let first = doc.lower(core_end);
        // "familiar with the talks", "with direct knowledge of the deal"
        let basis = doc.toks.get(core_end.saturating_sub(1)).is_some_and(|t| t.is(class::BASIS))
            || doc.toks[core_end].is(class::BASIS)
            || (first == "with"
                && (core_end + 1..post_end.min(core_end + 4))
                    .any(|k| doc.toks[k].is(class::BASIS)));
        if basis {
            m.basis = Some(p);
        } else {
            m.affiliation = Some(p);
        }
    }
    // "people familiar with the matter": the basis word is the last pre-word
    if let Some(&last) = words.last()
        && doc.toks[last].is(class::BASIS)
        && core_end < comma
    {
        m.basis = Some(Span { start: doc.toks[last].start(), end: doc.toks[comma - 1].end() });
        m.affiliation = None;
        if let Some(h) =
            words.iter().rev().copied().find(|&k| k != last && doc.toks[k].kind != TokKind::Clitic)
        {
            m.head = doc.toks[h].span();
        }
    }
}

/// The seniority of the mention, the words of `senior` but "former": "senior", "high-ranking".
fn set_seniority(doc: &Doc<'_>, m: &mut Mention, senior: &[usize]) {
    if !senior.is_empty() {
        let real: Vec<usize> =
            senior.iter().copied().filter(|&k| !doc.is_word(k, "former")).collect();
        if let (Some(&f), Some(&l)) = (real.first(), real.last()) {
            m.seniority = Some(doc.span(f, l + 1));
        }
    }
}

/// The role told by the appositive after the comma at `comma`, before `b`, and a party tag
/// before it as the affiliation.
fn set_appositive_role(doc: &Doc<'_>, m: &mut Mention, comma: usize, b: usize) {
    // the appositive tells the role: ", Republican chairman of the Senate Armed Services Committee"
    let mut s = comma + 1;
    if doc.toks.get(s).is_some_and(|t| t.is(class::WH)) {
        s = b; // a relative clause is not a role
    }
    // "Elizabeth Arnold, 32, a former staff member", "said Kwame Asante, 33": the age is
    // no role
    if doc.toks.get(s).is_some_and(|t| t.kind == TokKind::Number)
        && (s + 1 >= b || doc.toks[s + 1].is_punct(',') || doc.toks[s + 1].is_terminal())
    {
        s = (s + 2).min(b);
    }
    // "Lindsey Graham, R-S.C., a long-shot candidate": the party and state are the
    // affiliation
    let tag_end = (s..b).find(|&k| doc.toks[k].is_punct(',')).unwrap_or(b);
    if s < b && party_tag(doc, s, tag_end) {
        m.affiliation = Some(doc.span(s, tag_end));
        s = (tag_end + 1).min(b);
    }
    if s < b {
        let end = if doc.toks[b - 1].is_punct(',') { b - 1 } else { b };
        // "a nurse from Camden who said …": the relative clause is no part of the role
        let end = (s + 1..end)
            .find(|&k| doc.toks[k].is(class::WH) && !doc.toks[k].in_quote())
            .map_or(end, |k| if doc.toks[k - 1].is_punct(',') { k - 1 } else { k });
        if s < end {
            m.role = Some(doc.span(s, end));
        }
    }
}

/// What the readings of a mention's kind share: its core, its head, the outlet in it and
/// whether the head is a common noun.
struct Parts<'d> {
    /// the mention's extent `[a, b)`
    a: usize,
    b: usize,
    /// as in [`Core`]
    comma: usize,
    det: Option<usize>,
    words: Vec<usize>,
    core_end: usize,
    post_end: usize,
    /// the determiner, lower-cased
    det_word: Option<Lower<'d>>,
    /// the head, among the words
    head_idx: Option<usize>,
    head_tok: Option<&'d Token>,
    /// whether the head is a common noun
    head_lower: bool,
    /// a media outlet anywhere in the core
    outlet: Option<TokRange>,
}

impl<'d> Parts<'d> {
    /// The parts of the mention `[a, b)` with core `c` and head `head`.
    fn read(doc: &'d Doc<'_>, a: usize, b: usize, c: Core, head: Span) -> Self {
        let Core { comma, det, words, core_end, post_end, .. } = c;
        let head_idx = words.iter().rev().copied().find(|&k| doc.toks[k].span() == head);
        let head_tok = head_idx.map(|h| &doc.toks[h]);
        // media outlets anywhere in the core
        let outlet = find_outlet(doc, a, core_end);
        // "People familiar with the matter said", "Officials said": a common noun capitalised
        // only because it opens the sentence
        let initial_common = |h: usize| {
            let t = &doc.toks[h];
            t.shape == Shape::Capitalized
                && t.is(class::ROLE | class::VAGUE | class::DOC | class::ORG)
                && !t.is(class::FIRST_NAME | class::TITLE)
                && !doc.words_before(h)
                && words.iter().all(|&k| k == h || doc.toks[k].shape == Shape::Lower)
        };
        let head_lower = head_tok.is_some_and(|t| t.shape == Shape::Lower)
            || head_idx.is_some_and(initial_common);
        let det_word = det.map(|d| doc.lower(d));
        Parts {
            a,
            b,
            comma,
            det,
            words,
            core_end,
            post_end,
            det_word,
            head_idx,
            head_tok,
            head_lower,
            outlet,
        }
    }
}

/// The count of the mention ("two", "several") and whether it is plural.
fn set_count_and_number(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>) {
    let (head_idx, head_lower) = (p.head_idx, p.head_lower);
    m.count = p.det.and_then(|d| count_of(doc, d));
    if let Some(ht) = p.head_tok {
        m.plural = ht.is(class::PLURAL)
            || (head_lower
                && doc.word(head_idx.unwrap_or(p.a)).ends_with('s')
                && !ht.is(class::VAGUE | class::ROLE | class::DOC | class::ORG))
            || ht.is(class::PLURAL)
            // "55 percent of all voters", "a majority of Republicans"
            || (doc.is_word(p.core_end, "of")
                && head_idx.is_some_and(|h| doc.in_set(h, crate::lexicon::set::QUANTITY_NOUN)));
    }
    if m.count.is_none() && m.plural && head_lower {
        m.count = Some(Count::Vague(VagueCount::Plural));
    }
}

/// Whether the mention is a description whose appositive is a bare name, which names the
/// speaker; then sets the name and the description as the role.
fn named_by_appositive(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>) -> bool {
    // "The company's chief executive, Sundar Pichai," / "A spokeswoman for Delta, Maria Lopez,":
    // a description whose appositive is a bare name names the speaker
    let core_is_name =
        !p.head_lower && p.head_tok.is_some_and(|t| !t.is(class::TITLE | class::ROLE));
    if p.comma < p.b
        && !core_is_name
        && p.outlet.is_none()
        && let Some(TokRange { start: ns, end: ne }) = appositive_name(doc, p.comma + 1, p.b)
    {
        m.kind = MentionKind::Name;
        m.name = Some(doc.span(ns, ne));
        m.head = doc.toks[ne - 1].span();
        let first = p.words.first().copied().unwrap_or(p.a);
        m.role = Some(doc.span(first, p.core_end));
        m.title = None;
        m.count = None;
        m.plural = false;
        m.gender = first_name_gender(doc, ns).or_else(|| p.head_tok.and_then(gender_of));
        return true;
    }
    false
}

/// A mention whose head `ht` is a common noun: a record, an organisation's official voice, a
/// person of an outlet, an anonymous source, an organisation or a described person.
fn describe_common(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>, ht: &Token) {
    let (words, head_idx) = (&p.words, p.head_idx);
    m.gender = gender_of(ht);
    if ht.is(class::DOC) {
        m.kind = MentionKind::Document;
        if let Some(TokRange { start: s, end: e }) = p.outlet {
            m.affiliation = Some(doc.span(s, e));
        }
    } else if let Some(org) = voice_of(doc, words, head_idx, p.core_end, p.post_end) {
        // "a spokeswoman for Delta Air Lines", "a Pfizer representative": an organisation's
        // official voice speaks as the organisation
        m.kind = MentionKind::Organisation;
        m.name = Some(org);
        m.role = head_idx.map(|h| doc.toks[h].span());
        m.affiliation = None;
        m.count = None;
        m.plural = false;
    } else if p.outlet.is_some() && !ht.is(class::ROLE | class::VAGUE) {
        m.kind = MentionKind::Media;
    } else if ht.is(class::VAGUE) {
        m.kind = MentionKind::Anonymous;
        // the description without its appositive or relative clause
        if p.post_end < p.b {
            m.name = Some(doc.span(p.a, p.post_end));
        }
        set_anonymous_affiliation(doc, m, words, head_idx);
    } else if ht.is(class::ORG) {
        common_organisation(doc, m, p);
    } else {
        common_person(doc, m, p);
    }
}

/// An organisation's common noun as head: one organisation ("the company", "Pfizer's
/// board"), or organisations in general.
fn common_organisation(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>) {
    let (words, head_idx) = (&p.words, p.head_idx);
    // (a capital that only opens the sentence tells nothing: "Environmental groups")
    let proper = words.iter().any(|&k| {
        Some(k) != head_idx
            && doc.toks[k].is_cap()
            && (doc.words_before(k)
                || doc.toks[k].shape == Shape::AllCaps
                || doc.toks[k].is(class::ORG | class::FIRST_NAME))
    }) || words.iter().any(|&k| doc.toks[k].kind == TokKind::Clitic)
        || m.affiliation.is_some();
    let definite = p.det.is_some_and(|d| doc.in_set(d, set::DEFINITE_ORG));
    let plural = m.plural || doc.has(head_idx.unwrap_or(p.a), feat::S);
    if plural && !proper && !definite {
        // "environmental groups warned": organisations in general, not one of them
        m.kind = MentionKind::Anonymous;
    } else {
        m.kind = MentionKind::Organisation;
        set_owner(doc, m, words, head_idx);
    }
}

/// A person's common noun as head: a definite description ("the spokeswoman") or an
/// anonymous source ("a campaign official"), with its role and affiliation.
fn common_person(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>) {
    let (words, head_idx) = (&p.words, p.head_idx);
    let definite = p.det.is_some_and(|d| doc.in_set(d, set::DEFINITE_PERSON))
        || words.iter().any(|&k| doc.toks[k].kind == TokKind::Clitic);
    if definite && !m.plural && !doc.toks[p.a].is(class::QUANT) {
        m.kind = MentionKind::Description;
    } else {
        m.kind = MentionKind::Anonymous;
    }
    // the description without its appositive or relative clause
    if p.post_end < p.b {
        m.name = Some(doc.span(p.a, p.post_end));
    }
    m.role = m.role.or_else(|| role_span(doc, words, head_idx));
    set_anonymous_affiliation(doc, m, words, head_idx);
    if m.kind == MentionKind::Description {
        set_owner(doc, m, words, head_idx);
    }
}

/// A mention whose head is capitalised: an outlet, a titled name, a record, an organisation or
/// a person's name.
fn describe_capitalised(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>) {
    let words = &p.words;
    // a capitalised head: outlet, organisation or person
    if let Some(TokRange { start: s, end: e }) = p.outlet {
        m.kind = MentionKind::Media;
        m.name = Some(doc.span(s, e));
        return;
    }
    // "Secretary of Education Miguel Cardona": a title with its portfolio before the name
    if let Some(TokRange { start: ns, end: ne }) =
        name_after_of_title(doc, words, p.core_end, p.post_end)
    {
        m.kind = MentionKind::Name;
        m.name = Some(doc.span(ns, ne));
        m.head = doc.toks[ne - 1].span();
        let first_title = words
            .iter()
            .position(|&k| doc.toks[k].is(class::TITLE | class::ROLE))
            .unwrap_or(words.len() - 1);
        m.title = Some(doc.span(words[first_title], ns));
        m.affiliation = (first_title > 0).then(|| doc.span(words[0], words[first_title - 1] + 1));
        m.gender = first_name_gender(doc, ns)
            .or_else(|| words.iter().find_map(|&k| gender_of(&doc.toks[k])));
        return;
    }
    let caps: Vec<usize> = words.iter().copied().filter(|&k| doc.toks[k].is_cap()).collect();
    // "The Supreme Court", "the Mueller Report": a named record
    if let Some(h) = p.head_tok
        && h.is(class::DOC)
        && !h.is(class::FIRST_NAME)
    {
        m.kind = MentionKind::Document;
        return;
    }
    let name_start = name_start(doc, words);
    if outlet_or_organisation(doc, m, p, &caps, name_start) {
        return;
    }
    set_person_name(doc, m, p, name_start);
}

/// Whether the capitalised words `caps` of the core, whose personal name would start at
/// `name_start` among the words, name no person but an outlet or an organisation; then sets
/// that kind and the name.
fn outlet_or_organisation(
    doc: &Doc<'_>,
    m: &mut Mention,
    p: &Parts<'_>,
    caps: &[usize],
    name_start: usize,
) -> bool {
    let (words, core_end) = (&p.words, p.core_end);
    let name_len = words.len() - name_start;
    let titled = name_start > 0 && {
        let t = &doc.toks[words[name_start - 1]];
        t.is(class::TITLE | class::ROLE) || t.shape == Shape::Lower
    };
    let first_name = name_len > 0 && doc.toks[words[name_start]].is(class::FIRST_NAME);
    let name_org = words[name_start..]
        .iter()
        .any(|&k| doc.toks[k].is(class::ORG) && !doc.toks[k].is(class::FIRST_NAME));
    // "the Red Cross", "the Port Authority": a personal name takes no article, nor an
    // ampersand ("Okoro & Sons Construction")
    let article = p.det_word.as_deref() == Some("the");
    let ampersand = doc.toks.get(core_end).is_some_and(|t| t.is_punct('&'));
    // ("The Daily Maverick", "the Star Tribune": a word of the press in a name with no word of
    // another kind of body)
    let outlet_end = caps.iter().any(|&k| doc.toks[k].is(class::OUTLET_WORD))
        && !caps
            .iter()
            .any(|&k| doc.toks[k].is(class::ORG | class::PORTFOLIO | class::TITLE | class::DOC))
        && caps.last().is_some_and(|&k| k + 1 == core_end);
    let person = !ampersand
        && name_len > 0
        && (titled
            || first_name
            || ((2..=5).contains(&name_len) && !name_org && !article && !outlet_end));
    // "The Samoa Observer", "Premium Times": a name ending in a newspaper's or broadcaster's
    // word is an outlet's
    let last_cap = caps.last().copied();
    if !person && !ampersand && outlet_end && last_cap.is_some() && (caps.len() >= 2 || article) {
        m.kind = MentionKind::Media;
        m.name = Some(doc.span(caps[0], core_end));
        return true;
    }
    let is_org = ampersand
        || !person
            && (caps.iter().any(|&k| doc.toks[k].is(class::ORG))
                || (p.det_word.as_deref() == Some("the")
                    && !caps.iter().any(|&k| doc.toks[k].is(class::TITLE | class::FIRST_NAME)))
                || (caps.len() == 1
                    && doc.toks[caps[0]].shape == Shape::AllCaps
                    && !doc.toks[caps[0]].is(class::FIRST_NAME)));
    if is_org {
        set_organisation_name(doc, m, p, caps);
    }
    is_org
}

/// An organisation named by the capitalised words `caps` of the core.
fn set_organisation_name(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>, caps: &[usize]) {
    m.kind = MentionKind::Organisation;
    // "the Ministry of Health", "the Commission on Presidential Debates", "the Central and
    // East European Coalition": capitalised words joined by "of", "for", "on", "and" are
    // one name
    let name_end = org_name_end(doc, p.core_end, p.post_end);
    if name_end > p.core_end {
        m.affiliation = None;
    }
    m.name = Some(doc.span(caps.first().copied().unwrap_or(p.a), name_end));
    set_owner(doc, m, &p.words, p.head_idx);
}

/// A person's name that starts at `name_start` among the words, with the titles and roles
/// before it and the affiliation before them; or, with no name, a description by titles.
fn set_person_name(doc: &Doc<'_>, m: &mut Mention, p: &Parts<'_>, name_start: usize) {
    let words = &p.words;
    if name_start == words.len() {
        // only titles: "the Senator"
        m.kind = MentionKind::Description;
        m.role = m.role.or_else(|| role_span(doc, words, p.head_idx));
        return;
    }
    let name_words = &words[name_start..];
    m.kind = MentionKind::Name;
    m.name = Some(doc.span(name_words[0], name_words[name_words.len() - 1] + 1));
    m.head = doc.toks[name_words[name_words.len() - 1]].span();
    // titles and roles right before the name: "Senator", "White House spokeswoman", "union
    // steward" (a lower-case noun phrase before a name is its role)
    let mut title_start = name_start;
    while title_start > 0 {
        let t = &doc.toks[words[title_start - 1]];
        if t.is(class::TITLE | class::ROLE)
            || t.kind == TokKind::Punct
            || (t.shape == Shape::Lower && t.kind == TokKind::Word)
        {
            title_start -= 1;
        } else {
            break;
        }
    }
    if title_start < name_start {
        m.title = Some(doc.span(words[title_start], words[name_start - 1] + 1));
    }
    // whatever precedes the titles describes an affiliation: "Ukrainian", "White House"
    if title_start > 0 && m.affiliation.is_none() {
        let first = words[0];
        let last = words[title_start - 1];
        let owner_end = if doc.toks[last].kind == TokKind::Clitic { last } else { last + 1 };
        if first < owner_end {
            m.affiliation = Some(doc.span(first, owner_end));
        }
    }
    m.gender = first_name_gender(doc, name_words[0])
        .or_else(|| words[title_start..name_start].iter().find_map(|&k| gender_of(&doc.toks[k])));
}

/// Where an organisation's name that runs to `core_end` ends, over the capitalised words
/// that "of", "for", "on", "and" or "&" join to it before `limit`.
fn org_name_end(doc: &Doc<'_>, core_end: usize, limit: usize) -> usize {
    let mut end = core_end;
    let mut k = core_end;
    while k + 1 < limit {
        let joins = doc.toks[k].is_punct('&') || doc.in_set(k, set::ORG_JOINER);
        if !joins {
            break;
        }
        let mut j = k + 1;
        while j < limit && doc.toks[j].is(class::DET) && !doc.toks[j].is_cap() {
            j += 1;
        }
        let start = j;
        while j < limit && doc.toks[j].kind == TokKind::Word && doc.toks[j].is_cap() {
            j += 1;
        }
        if j == start {
            break;
        }
        end = j;
        k = j;
    }
    end
}

/// The gender of a given name the lexicon knows, at token `k`.
fn first_name_gender(doc: &Doc<'_>, k: usize) -> Option<Gender> {
    let t = doc.toks.get(k)?;
    if t.is(class::FIRST_NAME) { doc.lex.entry(t.entry).and_then(|e| e.gender) } else { None }
}

/// Whether token `k` can be a word of a personal name: a capitalised word, or a particle
/// between two ("Luis de la Cruz").
fn name_word(doc: &Doc<'_>, k: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == TokKind::Word && t.is_cap()
}

/// Where the personal name ends the words of a noun phrase: the trailing capitalised words
/// that are not titles, roles or organisation nouns, with the particles between them ("Luis
/// de la Cruz"). A title word is a surname after a given name or initials ("TJ King", "Grace
/// Bishop"), or when it ends a phrase whose only other word is a name ("Kwame King").
pub(crate) fn name_start(doc: &Doc<'_>, words: &[usize]) -> usize {
    let mut s = words.len();
    while s > 0 && in_name(doc, words, s - 1) {
        s -= 1;
    }
    // a name starts with a particle only when nothing stands before it ("de la Cruz said",
    // but "the union's de" is no name)
    if s > 0 {
        while s < words.len() && doc.toks[words[s]].is(class::PARTICLE) {
            s += 1;
        }
    }
    s
}

/// Whether the word `words[i]` belongs to the name made of the words after it.
fn in_name(doc: &Doc<'_>, words: &[usize], i: usize) -> bool {
    let k = words[i];
    let t = &doc.toks[k];
    if t.is(class::PARTICLE) && t.shape == Shape::Lower {
        return particle_in_name(doc, words, i);
    }
    if !name_word(doc, k) {
        return false;
    }
    let plain = !t.is(class::TITLE | class::ROLE | class::ORG | class::PORTFOLIO)
        || t.is(class::FIRST_NAME);
    if plain {
        return true;
    }
    // a title word as a surname: the last word, after a given name or initials
    let last = i + 1 == words.len();
    let prev = (i >= 1).then(|| &doc.toks[words[i - 1]]);
    let after_given = prev.is_some_and(|p| {
        p.kind == TokKind::Word
            && (p.is(class::FIRST_NAME) || is_initials(doc, words[i - 1]))
            && !p.is(class::TITLE)
    });
    last && after_given
}

/// Whether the particle `words[i]` is inside a name: a name word on both sides, or, at the
/// start of the phrase, before the name ("de la Cruz said"), over a run of particles ("de
/// la").
fn particle_in_name(doc: &Doc<'_>, words: &[usize], i: usize) -> bool {
    let mut p = i;
    while p > 0
        && doc.toks[words[p - 1]].is(class::PARTICLE)
        && doc.toks[words[p - 1]].shape == Shape::Lower
    {
        p -= 1;
    }
    let before = p > 0 && name_word(doc, words[p - 1]);
    let leading = p == 0;
    let after = i + 1 < words.len();
    (before || leading) && after
}

/// Whether token `k` is a person's initials: "TJ", "J.", "J.R.".
fn is_initials(doc: &Doc<'_>, k: usize) -> bool {
    let w = doc.word(k);
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&letters)
        && w.chars().all(|c| c.is_uppercase() || c == '.')
        && !doc.toks[k].is(class::FUNCTION | class::ORG | class::ABBREV)
}

/// "Secretary of Education Miguel Cardona", "Minister of Foreign Affairs Wang Yi": after a
/// title and "of", a run of capitalised words holds the portfolio and then the name. The
/// name is the run's trailing words after its last portfolio word (or, when no portfolio
/// word is known, its last two words). Returns the name's token range.
fn name_after_of_title(
    doc: &Doc<'_>,
    words: &[usize],
    core_end: usize,
    post_end: usize,
) -> Option<TokRange> {
    let &last = words.last()?;
    if !doc.toks[last].is(class::TITLE | class::ROLE) || !doc.is_word(core_end, "of") {
        return None;
    }
    let run: Vec<usize> = (core_end + 1..post_end).collect();
    if run.len() < 2
        || !run.iter().all(|&k| name_word(doc, k) || doc.toks[k].is(class::PARTICLE | class::DET))
    {
        return None;
    }
    let caps: Vec<usize> = run.iter().copied().filter(|&k| name_word(doc, k)).collect();
    let after_portfolio = caps
        .iter()
        // (a portfolio word is in the lexicon or shaped like a common noun: "Prosecutions")
        .rposition(|&k| {
            (doc.toks[k].is(class::PORTFOLIO | class::ORG)
                || doc.lex.has_noun_shape(doc.lower(k).as_str()))
                && !doc.toks[k].is(class::FIRST_NAME)
        })
        .map(|p| p + 1);
    let given = caps.iter().position(|&k| doc.toks[k].is(class::FIRST_NAME));
    let from = match (after_portfolio, given) {
        (_, Some(g)) if g > 0 => g,
        (Some(p), _) if p < caps.len() => p,
        _ if caps.len() >= 3 => caps.len() - 2,
        _ => return None,
    };
    let ns = caps[from];
    Some(TokRange::new(ns, post_end))
}

/// A bare personal name filling the appositive that starts at token `s` (up to the next comma
/// or `b`): "Sundar Pichai" in "The company's chief executive, Sundar Pichai, said". Returns
/// its token range.
fn appositive_name(doc: &Doc<'_>, s: usize, b: usize) -> Option<TokRange> {
    let end = (s..b).find(|&k| doc.toks[k].is_punct(',')).unwrap_or(b);
    let end = if end > s && doc.toks[end - 1].is_terminal() { end - 1 } else { end };
    if end <= s || end - s > 6 {
        return None;
    }
    let words: Vec<usize> = (s..end).collect();
    if words.iter().any(|&k| {
        !doc.toks[k].is_word()
            || doc.toks[k].is(class::FUNCTION) && !doc.toks[k].is(class::PARTICLE)
    }) {
        return None;
    }
    let ns = name_start(doc, &words);
    let name_len = words.len() - ns;
    // the words before the name may only be titles: "…, Dr. Ana Ruiz,"
    let titles_only = words[..ns].iter().all(|&k| doc.toks[k].is(class::TITLE));
    let named = name_len >= 2
        || (name_len == 1 && doc.toks[words[ns]].is(class::FIRST_NAME))
        || (name_len == 1 && ns > 0);
    let org = words[ns..]
        .iter()
        .any(|&k| doc.toks[k].is(class::ORG) && !doc.toks[k].is(class::FIRST_NAME));
    (named && titles_only && !org && find_outlet(doc, s, end).is_none())
        .then(|| TokRange::new(words[ns], end))
}

/// The organisation an official voice speaks for: "a spokeswoman for Delta Air Lines", "a
/// Pfizer representative", "the agency's spokesman", "a White House press secretary". `None`
/// unless the head is such a voice and an organisation is named.
fn voice_of(
    doc: &Doc<'_>,
    words: &[usize],
    head: Option<usize>,
    core_end: usize,
    post_end: usize,
) -> Option<Span> {
    let h = head?;
    let pos = words.iter().position(|&k| k == h)?;
    let press = pos > 0 && doc.is_word(words[pos - 1], "press");
    if !doc.toks[h].is(class::VOICE) && !press {
        return None;
    }
    // "for Delta Air Lines", "of the ministry", "at Pfizer"
    if core_end < post_end && doc.in_set(core_end, set::POST_MODIFIER) {
        let mut k = core_end + 1;
        while k < post_end && doc.toks[k].is(class::DET) {
            k += 1;
        }
        let named = (k..post_end).any(|x| doc.toks[x].is_cap() || doc.toks[x].is(class::ORG));
        if k < post_end && named {
            return Some(doc.span(core_end + 1, post_end));
        }
        return None;
    }
    let before = &words[..pos - usize::from(press)];
    // "the agency's spokesman": the possessor
    if let Some(c) = before.iter().rposition(|&k| doc.toks[k].kind == TokKind::Clitic) {
        let owner = &before[..c];
        let named = owner.iter().any(|&k| doc.toks[k].is_cap() || doc.toks[k].is(class::ORG));
        return (named && !owner.is_empty())
            .then(|| doc.span(owner[0], owner[owner.len() - 1] + 1));
    }
    // "a Pfizer spokesperson", "a White House press secretary"
    let caps: Vec<usize> = before.iter().copied().filter(|&k| doc.toks[k].is_cap()).collect();
    let (&f, &l) = (caps.first()?, caps.last()?);
    Some(doc.span(f, l + 1))
}

fn gender_of(t: &Token) -> Option<Gender> {
    if t.is(class::FEMALE) {
        Some(Gender::Female)
    } else if t.is(class::MALE) {
        Some(Gender::Male)
    } else {
        None
    }
}

fn count_of(doc: &Doc<'_>, d: usize) -> Option<Count> {
    let t = doc.toks.get(d)?;
    if let Some(count) = doc.lex.entry(t.entry).and_then(|e| e.count) {
        return Some(count);
    }
    doc.lower(d).as_str().parse::<u32>().ok().map(Count::Exact)
}

/// Capitalised modifiers of an anonymous head are its affiliation: "US", "State Department".
fn set_anonymous_affiliation(doc: &Doc<'_>, m: &mut Mention, words: &[usize], head: Option<usize>) {
    if m.affiliation.is_some() {
        return;
    }
    let caps: Vec<usize> =
        words.iter().copied().filter(|&k| Some(k) != head && doc.toks[k].is_cap()).collect();
    if let (Some(&f), Some(&l)) = (caps.first(), caps.last()) {
        m.affiliation = Some(doc.span(f, l + 1));
    }
}

/// A possessive owner is the affiliation: "Luna’s office", "the Texas senator’s allies".
fn set_owner(doc: &Doc<'_>, m: &mut Mention, words: &[usize], head: Option<usize>) {
    if m.affiliation.is_some() {
        return;
    }
    if let Some(pos) =
        words.iter().rposition(|&k| doc.toks[k].kind == TokKind::Clitic && Some(k) != head)
    {
        let owner = &words[..pos];
        if let (Some(&f), Some(&l)) = (owner.first(), owner.last()) {
            m.affiliation = Some(doc.span(f, l + 1));
        }
    }
}

/// The role words ending at the head: "campaign official", "special envoy".
fn role_span(doc: &Doc<'_>, words: &[usize], head: Option<usize>) -> Option<Span> {
    let h = head?;
    // "a source", "residents": a source with no role, or people in general
    if doc.toks[h].is(class::VAGUE) {
        return None;
    }
    let pos = words.iter().position(|&k| k == h)?;
    let mut s = pos;
    while s > 0
        && doc.toks[words[s - 1]].shape == Shape::Lower
        && !doc.toks[words[s - 1]].is(class::SENIOR)
    {
        s -= 1;
    }
    Some(doc.span(words[s], h + 1))
}

/// The longest media-outlet name inside `[a, b)`, as token range.
pub(crate) fn find_outlet(doc: &Doc<'_>, a: usize, b: usize) -> Option<TokRange> {
    let mut k = a;
    while k < b {
        if let Some(e) = outlet_at(doc, k, b) {
            return Some(TokRange::new(k, e));
        }
        k += 1;
    }
    None
}

/// The media outlet whose name starts at token `k`, ending before `limit`.
pub(crate) fn outlet_at(doc: &Doc<'_>, k: usize, limit: usize) -> Option<usize> {
    let t = doc.toks.get(k)?;
    if !t.is(class::OUTLET_START) {
        return None;
    }
    let list = doc.lex.outlet_names.get(&t.entry)?;
    // an outlet's words are capitalised ("the" may open it): how many from `k` on could be
    // one, so that names longer than that are not compared at all
    let the = doc.is_word(k, "the");
    if k >= limit || !(t.is_cap() || t.kind != TokKind::Word || the) {
        return None;
    }
    let longest = list.first().map_or(1, |(keys, _)| keys.len());
    let capitalised = 1 + doc
        .toks
        .get(k + 1..limit.min(k + longest).max(k + 1))
        .unwrap_or(&[])
        .iter()
        .take_while(|tt| tt.is_cap() || tt.kind != TokKind::Word)
        .count();
    for (keys, _) in list {
        if keys.len() > capitalised {
            continue;
        }
        let matches = keys.iter().zip(&doc.toks[k..]).all(|(&key, tt)| tt.entry == key);
        // "the" alone would match the start of any "The …" name
        if matches && !(keys.len() == 1 && the) {
            return Some(k + keys.len());
        }
    }
    None
}

/// The outlet index of the outlet named at `[a, b)`, if the mention is exactly an outlet.
pub(crate) fn outlet_index(doc: &Doc<'_>, a: usize, b: usize) -> Option<u32> {
    let list = doc.lex.outlet_names.get(&doc.toks.get(a)?.entry)?;
    list.iter()
        .find(|(keys, _)| {
            keys.len() == b - a && keys.iter().zip(&doc.toks[a..b]).all(|(&k, t)| t.entry == k)
        })
        .map(|(_, i)| *i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::lexicon::Lexicon;
    use crate::phrase::subject_before;

    fn with_doc<R>(text: &str, f: impl FnOnce(&Doc<'_>) -> R) -> R {
        let config = Config::default();
        let doc = Doc::new(text, Lexicon::builtin(), &config);
        f(&doc)
    }

    fn idx(doc: &Doc<'_>, w: &str) -> usize {
        (0..doc.toks.len()).find(|&i| doc.word(i) == w).unwrap_or(usize::MAX)
    }

    fn subject(text: &str, verb: &str) -> Option<String> {
        with_doc(text, |doc| {
            let v = idx(doc, verb);
            let r = subject_before(doc, v, 0)?;
            Some(doc.text[doc.span(r.start, r.end).range()].to_string())
        })
    }

    #[test]
    fn subjects_with_titles_and_affiliations() {
        assert_eq!(
            subject("White House spokeswoman Carolyn Levitt said that", "said").as_deref(),
            Some("White House spokeswoman Carolyn Levitt")
        );
        assert_eq!(
            subject(
                "Dara Massicotte of the Carnegie Endowment for International Peace said Putin",
                "said"
            )
            .as_deref(),
            Some("Dara Massicotte of the Carnegie Endowment for International Peace")
        );
        assert_eq!(
            subject("The plan worked, two people familiar with the discussions said.", "said")
                .as_deref(),
            Some("two people familiar with the discussions")
        );
        assert_eq!(
            subject("But several US officials disputed that account.", "disputed").as_deref(),
            Some("several US officials")
        );
    }

    #[test]
    fn subjects_with_appositives_and_relatives() {
        assert_eq!(
            subject("Dmitriev, a close ally of President Vladimir Putin, said it.", "said")
                .as_deref(),
            Some("Dmitriev, a close ally of President Vladimir Putin")
        );
        assert_eq!(
            subject("Mr. Trump, who spent Saturday in Iowa, projected confidence.", "projected")
                .as_deref(),
            Some("Mr. Trump, who spent Saturday in Iowa")
        );
        // the relative pronoun is the source; coreference finds "people"
        assert_eq!(subject("He met people who say it works.", "say").as_deref(), Some("who"));
        assert_eq!(
            subject("Friends of Mr. Clinton who have seen him recently say that it works.", "say")
                .as_deref(),
            Some("Friends of Mr. Clinton who have seen him")
        );
    }

    #[test]
    fn no_subject_after_a_clause() {
        assert_eq!(subject("Clinton held a rally and said it.", "said"), None);
    }

    fn describe_text(text: &str) -> Mention {
        with_doc(text, |doc| {
            let n = doc.toks.len();
            let end = if doc.toks[n - 1].is_terminal() { n - 1 } else { n };
            describe(doc, 0, end)
        })
    }

    #[test]
    fn anonymous_descriptions() {
        let m = describe_text("two people familiar with the discussions");
        assert_eq!(m.kind, MentionKind::Anonymous);
        assert_eq!(m.count, Some(Count::Exact(2)));
        assert!(m.basis.is_some());
        let m = describe_text("A senior US official");
        assert_eq!(m.kind, MentionKind::Anonymous);
        assert!(m.seniority.is_some() && m.affiliation.is_some());
        let m = describe_text("several US officials");
        assert_eq!(m.count, Some(Count::Vague(VagueCount::Several)));
    }

    #[test]
    fn names_titles_and_kinds() {
        let text = "Ukrainian President Volodymyr Zelensky";
        let m = describe_text(text);
        assert_eq!(m.kind, MentionKind::Name);
        assert_eq!(&text[m.name.unwrap_or_default()], "Volodymyr Zelensky");
        assert_eq!(&text[m.title.unwrap_or_default()], "President");
        assert_eq!(&text[m.affiliation.unwrap_or_default()], "Ukrainian");
        assert_eq!(describe_text("Reuters").kind, MentionKind::Media);
        assert_eq!(describe_text("The CIA").kind, MentionKind::Organisation);
        assert_eq!(describe_text("Luna’s office").kind, MentionKind::Organisation);
        assert_eq!(describe_text("Mueller’s investigation").kind, MentionKind::Document);
        assert_eq!(describe_text("the senator").kind, MentionKind::Description);
        assert_eq!(describe_text("she").gender, Some(Gender::Female));
        assert_eq!(describe_text("Carolyn Levitt").gender, Some(Gender::Female));
    }
}
