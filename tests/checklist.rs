//! Behavioural tests, CheckList style: templates of everyday attribution constructions, each
//! filled many ways from lists of names (from many languages, most in no lexicon of the
//! crate), roles, organisations and content clauses of every shape.
//!
//! The data lives in `tests/checklist/`: `fillers.txt` (the lists) and `templates.txt` (the
//! constructions and what each filling must give). Every filling of a template must give the
//! same structure (kind, content, cue, source), the same speaker and the same sourcing level,
//! and it must do so whatever form the text arrives in: as written, with CRLF line ends,
//! hard-wrapped, without its final full stop, and (where a template asks) in capitals. A
//! failure names the template, the form and the fillers.
//!
//! `CHECKLIST=name-part cargo test --test checklist` runs only the templates whose name
//! contains `name-part`; `CHECKLIST_VERBOSE=1` prints every failing filling, not only the first
//! three of each template; `CHECKLIST_FORMS=plain,wrapped` checks only those forms (plain, crlf,
//! wrapped, nofinal, caps).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write as _;

use whosaid::Analysis;

/// The suite's two sets: the templates written with the grammar, and a second set written on
/// its own from the specification, with lists and templates of its own (prefixed `x`).
const FILLERS: [&str; 2] =
    [include_str!("checklist/fillers.txt"), include_str!("checklist/extra_fillers.txt")];
const TEMPLATES: [&str; 2] =
    [include_str!("checklist/templates.txt"), include_str!("checklist/extra_templates.txt")];

/// Fewest fillings of a template.
const MIN_FILLINGS: usize = 12;
/// Most fillings of a template (its longest list is cycled through up to this many).
const MAX_FILLINGS: usize = 40;
/// Column at which the wrapped form breaks its lines.
const WRAP_COLUMN: usize = 24;

// ---------------------------------------------------------------------------------------
// Data

/// One entry of a filler list: its text and attributes (`g=f`, `last=Okafor`, `noun=governor`).
#[derive(Debug, Clone)]
struct Filler {
    value: String,
    attrs: BTreeMap<String, String>,
}

impl Filler {
    /// The value of `{slot.attr}`.
    fn attr(&self, attr: &str) -> Option<String> {
        match attr {
            "" => Some(self.value.clone()),
            "last" => Some(
                self.attrs
                    .get("last")
                    .cloned()
                    .unwrap_or_else(|| self.value.split(' ').next_back().unwrap_or("").to_string()),
            ),
            // the first letter in lower case, unless the word is all capitals ("AP")
            "low" => {
                let mut c = self.value.chars();
                Some(match (c.next(), c.next()) {
                    (Some(f), Some(n)) if !n.is_uppercase() => {
                        f.to_lowercase().chain(self.value[f.len_utf8()..].chars()).collect()
                    }
                    _ => self.value.clone(),
                })
            }
            "pron" => match self.attrs.get("g").map(String::as_str) {
                Some("f") => Some("she".to_string()),
                Some("m") => Some("he".to_string()),
                _ => Some("they".to_string()),
            },
            "obj" => match self.attrs.get("g").map(String::as_str) {
                Some("f") => Some("her".to_string()),
                Some("m") => Some("him".to_string()),
                _ => Some("them".to_string()),
            },
            other => self.attrs.get(other).cloned(),
        }
    }
}

fn parse_fillers(text: &str) -> BTreeMap<String, Vec<Filler>> {
    let mut out: BTreeMap<String, Vec<Filler>> = BTreeMap::new();
    let mut current: Option<String> = None;
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end();
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.to_string());
            continue;
        }
        let slot = current
            .clone()
            .unwrap_or_else(|| panic!("fillers.txt:{}: a filler before any [list]", n + 1));
        let mut parts = line.split('\t');
        let value = parts.next().unwrap_or("").trim().to_string();
        let mut attrs = BTreeMap::new();
        for p in parts.filter(|p| !p.trim().is_empty()) {
            let (k, v) = p.split_once('=').unwrap_or_else(|| {
                panic!("fillers.txt:{}: attribute {p:?} is not key=value", n + 1)
            });
            attrs.insert(k.trim().to_string(), v.trim().to_string());
        }
        out.entry(slot).or_default().push(Filler { value, attrs });
    }
    out
}

/// What one attribution must be. Every field is a pattern with slots.
#[derive(Debug, Clone)]
struct ExpectedAtt {
    kind: String,
    content: String,
    cue: String,
    source: String,
    speaker: String,
    level: String,
    speaker_kind: String,
    extra: Vec<(String, String)>,
}

/// What one non-response must be.
#[derive(Debug, Clone)]
struct ExpectedResp {
    source: String,
    kind: String,
    speaker_kind: String,
}

#[derive(Debug, Clone)]
struct Template {
    name: String,
    line: usize,
    text: String,
    atts: Vec<ExpectedAtt>,
    resps: Vec<ExpectedResp>,
    forms: Vec<Form>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Plain,
    Crlf,
    Wrapped,
    NoFinalStop,
    Capitals,
}

impl Form {
    fn name(self) -> &'static str {
        match self {
            Form::Plain => "as written",
            Form::Crlf => "CRLF line ends",
            Form::Wrapped => "hard-wrapped",
            Form::NoFinalStop => "no final full stop",
            Form::Capitals => "in capitals",
        }
    }

    fn from_name(s: &str) -> Option<Form> {
        Some(match s {
            "plain" => Form::Plain,
            "crlf" => Form::Crlf,
            "wrapped" => Form::Wrapped,
            "nofinal" => Form::NoFinalStop,
            "caps" => Form::Capitals,
            _ => return None,
        })
    }
}

const DEFAULT_FORMS: [Form; 4] = [Form::Plain, Form::Crlf, Form::Wrapped, Form::NoFinalStop];

fn fields(rest: &str) -> Vec<String> {
    rest.split(" | ").map(|f| f.trim().to_string()).collect()
}

fn parse_templates(text: &str) -> Vec<Template> {
    let mut out: Vec<Template> = Vec::new();
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim_end();
        let ln = n + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            assert!(
                out.iter().all(|t| t.name != name),
                "templates.txt:{ln}: template [{name}] is defined twice"
            );
            out.push(Template {
                name: name.to_string(),
                line: ln,
                text: String::new(),
                atts: Vec::new(),
                resps: Vec::new(),
                forms: DEFAULT_FORMS.to_vec(),
            });
            continue;
        }
        let t = out
            .last_mut()
            .unwrap_or_else(|| panic!("templates.txt:{ln}: a line before any [template]"));
        let (key, rest) = line
            .split_once(':')
            .unwrap_or_else(|| panic!("templates.txt:{ln}: expected `key: value`"));
        let rest = rest.trim();
        match key.trim() {
            "text" => {
                // several text lines make several paragraphs
                if !t.text.is_empty() {
                    t.text.push('\n');
                }
                t.text.push_str(rest);
            }
            "att" => {
                let f = fields(rest);
                assert!(
                    f.len() >= 6,
                    "templates.txt:{ln}: att needs kind | content | cue | source | speaker | level [| speaker kind] [| key=value …]"
                );
                let extra = f
                    .iter()
                    .skip(7)
                    .map(|kv| {
                        let (k, v) = kv.split_once('=').unwrap_or_else(|| {
                            panic!("templates.txt:{ln}: {kv:?} is not key=value")
                        });
                        (k.to_string(), v.to_string())
                    })
                    .collect();
                t.atts.push(ExpectedAtt {
                    kind: f[0].clone(),
                    content: f[1].clone(),
                    cue: f[2].clone(),
                    source: f[3].clone(),
                    speaker: f[4].clone(),
                    level: f[5].clone(),
                    speaker_kind: f.get(6).cloned().unwrap_or_else(|| "*".to_string()),
                    extra,
                });
            }
            "resp" => {
                let f = fields(rest);
                assert!(
                    f.len() >= 2,
                    "templates.txt:{ln}: resp needs source | kind [| speaker kind]"
                );
                t.resps.push(ExpectedResp {
                    source: f[0].clone(),
                    kind: f[1].clone(),
                    speaker_kind: f.get(2).cloned().unwrap_or_else(|| "*".to_string()),
                });
            }
            "none" => {}
            "forms" => {
                for w in rest.split_whitespace() {
                    let (add, name) = match w.as_bytes().first() {
                        Some(b'+') => (true, &w[1..]),
                        Some(b'-') => (false, &w[1..]),
                        _ => panic!("templates.txt:{ln}: forms are +name or -name"),
                    };
                    let f = Form::from_name(name)
                        .unwrap_or_else(|| panic!("templates.txt:{ln}: unknown form {name:?}"));
                    t.forms.retain(|&x| x != f);
                    if add {
                        t.forms.push(f);
                    }
                }
            }
            "note" => {}
            other => panic!("templates.txt:{ln}: unknown key {other:?}"),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------
// Filling

/// A slot reference in a template: `{name}`, `{Name}`, `{name2.last}`, `{clause}`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct SlotRef {
    list: String,
    instance: usize,
    attr: String,
    capital: bool,
}

fn parse_slot(inner: &str) -> SlotRef {
    let (base, attr) = inner.split_once('.').unwrap_or((inner, ""));
    let capital = base.chars().next().is_some_and(char::is_uppercase)
        || attr.chars().next().is_some_and(char::is_uppercase);
    let digits = base.len() - base.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let (name, num) = base.split_at(base.len() - digits);
    let instance = num.parse::<usize>().map_or(0, |n| n.saturating_sub(1));
    SlotRef { list: name.to_lowercase(), instance, attr: attr.to_lowercase(), capital }
}

/// Every slot reference in a pattern.
fn slots_in(pattern: &str) -> Vec<SlotRef> {
    let mut out = Vec::new();
    let mut rest = pattern;
    while let Some(a) = rest.find('{') {
        let Some(b) = rest[a..].find('}') else { break };
        out.push(parse_slot(&rest[a + 1..a + b]));
        rest = &rest[a + b + 1..];
    }
    out
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The chosen filler of each (list, instance) for one filling.
type Choice<'a> = BTreeMap<(String, usize), &'a Filler>;

fn fill(pattern: &str, choice: &Choice<'_>) -> String {
    let mut out = String::new();
    let mut rest = pattern;
    while let Some(a) = rest.find('{') {
        out.push_str(&rest[..a]);
        let Some(b) = rest[a..].find('}') else {
            out.push_str(&rest[a..]);
            return out;
        };
        let slot = parse_slot(&rest[a + 1..a + b]);
        let f = choice
            .get(&(slot.list.clone(), slot.instance))
            .unwrap_or_else(|| panic!("slot {{{}}} has no filler", &rest[a + 1..a + b]));
        let v = f
            .attr(&slot.attr)
            .unwrap_or_else(|| panic!("filler {:?} has no attribute {:?}", f.value, slot.attr));
        out.push_str(&if slot.capital { capitalize(&v) } else { v });
        rest = &rest[a + b + 1..];
    }
    out.push_str(rest);
    out
}

/// A stable small number from a string, to start each template's lists at a different place.
fn offset_of(s: &str) -> usize {
    s.bytes().fold(7usize, |h, b| h.wrapping_mul(31).wrapping_add(usize::from(b)))
}

fn choices<'a>(t: &Template, lists: &'a BTreeMap<String, Vec<Filler>>) -> Vec<Choice<'a>> {
    let mut used: Vec<(String, usize)> = Vec::new();
    let mut all = slots_in(&t.text);
    for a in &t.atts {
        for p in [&a.content, &a.cue, &a.source, &a.speaker] {
            all.extend(slots_in(p));
        }
        for (_, v) in &a.extra {
            all.extend(slots_in(v));
        }
    }
    for r in &t.resps {
        all.extend(slots_in(&r.source));
    }
    for s in all {
        let key = (s.list.clone(), s.instance);
        if !used.contains(&key) {
            used.push(key);
        }
    }
    let longest = used
        .iter()
        .map(|(l, _)| {
            lists
                .get(l)
                .unwrap_or_else(|| panic!("template [{}]: no filler list [{l}]", t.name))
                .len()
        })
        .max()
        .unwrap_or(1);
    let n = longest.clamp(MIN_FILLINGS, MAX_FILLINGS);
    (0..n)
        .map(|i| {
            used.iter()
                .map(|(l, inst)| {
                    let list = &lists[l];
                    let off = offset_of(&t.name) + offset_of(l);
                    // the instances of one list stay apart: {name} and {name2} differ
                    let k = (i + off + inst * (list.len() / 2 + 1)) % list.len();
                    ((l.clone(), *inst), &list[k])
                })
                .collect()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------
// Forms of the text

fn wrap(text: &str, column: usize) -> String {
    let mut out = String::new();
    for (pi, para) in text.split('\n').enumerate() {
        if pi > 0 {
            out.push_str("\n\n");
        }
        let mut col = 0;
        for (wi, w) in para.split(' ').enumerate() {
            let len = w.chars().count();
            if wi > 0 {
                if col + 1 + len > column {
                    out.push('\n');
                    col = 0;
                } else {
                    out.push(' ');
                    col += 1;
                }
            }
            out.push_str(w);
            col += len;
        }
    }
    out
}

fn form_of(text: &str, form: Form) -> Option<String> {
    Some(match form {
        Form::Plain => text.to_string(),
        Form::Crlf => format!("{}\r\n", text.replace('\n', "\r\n")),
        Form::Wrapped => {
            let w = wrap(text, WRAP_COLUMN);
            if !w.contains('\n') {
                return None; // nothing to wrap
            }
            w
        }
        Form::NoFinalStop => text.strip_suffix('.')?.to_string(),
        Form::Capitals => text.to_uppercase(),
    })
}

/// Text compared across forms: whitespace runs as one space, and in the capitals form, any
/// case.
fn norm(s: &str, form: Form) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if form == Form::Capitals { flat.to_uppercase() } else { flat }
}

/// A speaker's name compared without case and without a leading article.
fn speaker_key(s: &str) -> String {
    let flat = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    for det in ["the ", "a ", "an "] {
        if let Some(rest) = flat.strip_prefix(det) {
            return rest.to_string();
        }
    }
    flat
}

// ---------------------------------------------------------------------------------------
// Checking

/// The attribution as the suite describes it.
#[derive(Debug)]
struct Got {
    kind: &'static str,
    content: String,
    cue: String,
    source: String,
    speaker: String,
    level: &'static str,
    speaker_kind: &'static str,
    reason: String,
    basis: String,
    count: String,
    citing: String,
}

fn describe(an: &Analysis<'_>) -> (Vec<Got>, Vec<(String, &'static str, &'static str)>) {
    let atts = an
        .attribution_refs()
        .map(|a| {
            let sp = a.speaker();
            Got {
                kind: a.kind().as_str(),
                content: a.content_texts().collect::<Vec<_>>().join(" … "),
                cue: a.cue_text().unwrap_or("-").to_string(),
                source: a.source_text().unwrap_or("-").to_string(),
                speaker: sp.as_ref().map_or("-".to_string(), |s| s.name().into_owned()),
                level: a.sourcing().as_str(),
                speaker_kind: sp.as_ref().map_or("-", |s| s.kind().as_str()),
                reason: sp.as_ref().and_then(|s| s.anonymity_reason()).unwrap_or("-").to_string(),
                basis: sp.as_ref().and_then(|s| s.basis()).unwrap_or("-").to_string(),
                count: sp
                    .as_ref()
                    .and_then(|s| s.count())
                    .map_or("-".to_string(), |c| c.to_string()),
                citing: a.citing().map(|m| m.text()).collect::<Vec<_>>().join(" + "),
            }
        })
        .collect();
    let resps = an
        .non_response_refs()
        .map(|r| {
            let who: Vec<&str> = r.sources().map(|m| m.text()).collect();
            let kind = r.speakers().next().map_or("-", |s| s.kind().as_str());
            (who.join(" + "), r.kind().as_str(), kind)
        })
        .collect();
    (atts, resps)
}

fn show(atts: &[Got], resps: &[(String, &str, &str)]) -> String {
    let mut s = String::new();
    for g in atts {
        let _ = write!(
            s,
            "\n      att: {} | {} | {} | {} | {} | {} | {}",
            g.kind, g.content, g.cue, g.source, g.speaker, g.level, g.speaker_kind
        );
        if g.reason != "-" {
            let _ = write!(s, " | reason={}", g.reason);
        }
        if g.basis != "-" {
            let _ = write!(s, " | basis={}", g.basis);
        }
        if !g.citing.is_empty() {
            let _ = write!(s, " | citing={}", g.citing);
        }
    }
    for (who, kind, sk) in resps {
        let _ = write!(s, "\n      resp: {who} | {kind} | {sk}");
    }
    if s.is_empty() {
        s.push_str("\n      (nothing)");
    }
    s
}

/// What is wrong with one filling in one form, if anything.
fn check(t: &Template, choice: &Choice<'_>, form: Form, text: &str) -> Option<String> {
    let an = whosaid::analyze(text);
    let (got, resps) = describe(&an);
    let mut problems = Vec::new();
    if got.len() != t.atts.len() {
        problems.push(format!("{} attribution(s) instead of {}", got.len(), t.atts.len()));
    }
    for (i, (e, g)) in t.atts.iter().zip(&got).enumerate() {
        let mut diff = |what: &str, want: String, have: &str, eq: bool| {
            if !eq {
                problems.push(format!("attribution {}: {what} {have:?}, expected {want:?}", i + 1));
            }
        };
        let same =
            |p: &str, have: &str| p == "*" || norm(&fill(p, choice), form) == norm(have, form);
        diff("kind", e.kind.clone(), g.kind, e.kind == "*" || e.kind == g.kind);
        diff("content", fill(&e.content, choice), &g.content, same(&e.content, &g.content));
        diff("cue", fill(&e.cue, choice), &g.cue, same(&e.cue, &g.cue));
        diff("source", fill(&e.source, choice), &g.source, same(&e.source, &g.source));
        let sp = fill(&e.speaker, choice);
        diff(
            "speaker",
            sp.clone(),
            &g.speaker,
            e.speaker == "*" || speaker_key(&sp) == speaker_key(&g.speaker),
        );
        diff("level", e.level.clone(), g.level, e.level == "*" || e.level == g.level);
        diff(
            "speaker kind",
            e.speaker_kind.clone(),
            g.speaker_kind,
            e.speaker_kind == "*" || e.speaker_kind == g.speaker_kind,
        );
        for (k, v) in &e.extra {
            let have = match k.as_str() {
                "reason" => &g.reason,
                "basis" => &g.basis,
                "count" => &g.count,
                "citing" => &g.citing,
                other => panic!("template [{}]: unknown check {other:?}", t.name),
            };
            let want = fill(v, choice);
            let eq = norm(&want, form) == norm(have, form);
            diff(k, want, have, eq);
        }
    }
    if resps.len() != t.resps.len() {
        problems.push(format!("{} non-response(s) instead of {}", resps.len(), t.resps.len()));
    }
    for (i, (e, (who, kind, sk))) in t.resps.iter().zip(&resps).enumerate() {
        let want = fill(&e.source, choice);
        if norm(&want, form) != norm(who, form) {
            problems.push(format!("non-response {}: source {who:?}, expected {want:?}", i + 1));
        }
        if e.kind != *kind {
            problems.push(format!("non-response {}: kind {kind}, expected {}", i + 1, e.kind));
        }
        if e.speaker_kind != "*" && e.speaker_kind != *sk {
            problems.push(format!(
                "non-response {}: speaker kind {sk}, expected {}",
                i + 1,
                e.speaker_kind
            ));
        }
    }
    if problems.is_empty() {
        return None;
    }
    let fillers: Vec<String> = choice
        .iter()
        .map(|((l, i), f)| {
            let slot = if *i == 0 { l.clone() } else { format!("{l}{}", i + 1) };
            format!("{slot}={:?}", f.value)
        })
        .collect();
    Some(format!(
        "    [{}] {} · fillers {}\n      text: {:?}\n      {}\n      got:{}",
        t.name,
        form.name(),
        fillers.join(", "),
        text,
        problems.join("\n      "),
        show(&got, &resps)
    ))
}

#[test]
fn every_filling_of_every_template() {
    let lists = parse_fillers(&FILLERS.join("\n"));
    let templates = parse_templates(&TEMPLATES.join("\n"));
    let only = std::env::var("CHECKLIST").ok();
    let verbose = std::env::var("CHECKLIST_VERBOSE").is_ok();
    // CHECKLIST_FORMS=plain,wrapped checks only those forms
    let forms_only: Option<Vec<Form>> = std::env::var("CHECKLIST_FORMS")
        .ok()
        .map(|v| v.split(',').filter_map(|f| Form::from_name(f.trim())).collect());
    assert!(
        templates.len() >= 50,
        "the suite needs at least 50 templates, it has {}",
        templates.len()
    );
    // CHECKLIST_DUMP=file.jsonl writes every text checked, one `{"id", "text"}` per line (the
    // input of tools/preddiff.py)
    let mut dump = std::env::var_os("CHECKLIST_DUMP")
        .map(|p| std::fs::File::create(p).expect("CHECKLIST_DUMP: cannot create the file"));
    let mut report = String::new();
    let (mut docs, mut wrong_docs, mut wrong_templates) = (0, 0, 0);
    for t in &templates {
        if only.as_deref().is_some_and(|o| !t.name.contains(o)) {
            continue;
        }
        assert!(!t.text.is_empty(), "templates.txt:{}: [{}] has no text", t.line, t.name);
        let fillings = choices(t, &lists);
        assert!(fillings.len() >= 10, "[{}] has only {} fillings", t.name, fillings.len());
        let mut failures = Vec::new();
        for choice in &fillings {
            let text = fill(&t.text, choice);
            for &form in &t.forms {
                if forms_only.as_ref().is_some_and(|fs| !fs.contains(&form)) {
                    continue;
                }
                let Some(input) = form_of(&text, form) else { continue };
                docs += 1;
                if let Some(f) = dump.as_mut() {
                    let id = format!("{}/{}/{docs}", t.name, form.name());
                    let line = serde_json::json!({ "id": id, "text": input });
                    writeln!(f, "{line}").expect("CHECKLIST_DUMP: cannot write");
                }
                if let Some(f) = check(t, choice, form, &input) {
                    failures.push(f);
                }
            }
        }
        if !failures.is_empty() {
            wrong_templates += 1;
            wrong_docs += failures.len();
            let _ = writeln!(
                report,
                "\n[{}] (templates.txt:{}): {} failing text(s)",
                t.name,
                t.line,
                failures.len()
            );
            let shown = if verbose { failures.len() } else { 3 };
            for f in failures.iter().take(shown) {
                let _ = writeln!(report, "{f}");
            }
        }
    }
    eprintln!(
        "checklist: {} templates, {} texts, {} right ({:.3}); {} template(s) with failures",
        templates.len(),
        docs,
        docs - wrong_docs,
        if docs == 0 { 1.0 } else { (docs - wrong_docs) as f64 / docs as f64 },
        wrong_templates
    );
    assert!(wrong_docs == 0, "behavioural suite failures:\n{report}");
}

#[test]
fn the_suite_data_is_well_formed() {
    let lists = parse_fillers(&FILLERS.join("\n"));
    for (name, list) in &lists {
        assert!(
            list.len() >= 5,
            "filler list [{name}] needs at least 5 entries, has {}",
            list.len()
        );
        let mut seen = std::collections::BTreeSet::new();
        for f in list {
            assert!(seen.insert(&f.value), "filler list [{name}] has {:?} twice", f.value);
            assert_eq!(
                f.value.trim(),
                f.value,
                "filler {:?} of [{name}] has surrounding spaces",
                f.value
            );
        }
    }
    let templates = parse_templates(&TEMPLATES.join("\n"));
    for t in &templates {
        // every slot refers to a list, and every attribute exists on every filler
        for s in slots_in(&t.text) {
            let list =
                lists.get(&s.list).unwrap_or_else(|| panic!("[{}]: no list [{}]", t.name, s.list));
            for f in list {
                assert!(
                    f.attr(&s.attr).is_some(),
                    "[{}]: filler {:?} lacks .{}",
                    t.name,
                    f.value,
                    s.attr
                );
            }
        }
    }
}
