//! Content boundaries: where the attributed clause starts after a cue, where it ends, and
//! what may stand between a cue and its content (time phrases, "in a statement", an
//! addressee) or after a final cue clause ("…, he said Tuesday in an interview.").

use crate::cues::CueCand;
use crate::document::Doc;
use crate::document::TokKind;
use crate::document::feat;
use crate::lexicon::{class, frame, set};
use crate::phrase::{np_after, outlet_at};
use crate::phrase::{skip_adverbials, starts_clause};

/// Longest content clause considered, in tokens (keeps the analysis linear on text with
/// no sentence punctuation).
pub(crate) const MAX_CONTENT: usize = 160;

/// Where the content starts after cue `c` (ending at `c.end`), with the addressee skipped
/// ("told Reuters that …"). `None` if what follows is not content the verb takes.
pub(crate) fn content_start(doc: &Doc<'_>, c: &CueCand, se: usize, extra: u32) -> Option<Start> {
    let frames = c.frames(doc) | extra;
    let mut j = skip_adverbials(doc, c.end, se);
    let mut object = false;
    if j < se && frames & frame::OBJ != 0 && !doc.is_word(j, "that") && !doc.toks[j].is_quote_mark()
    {
        match after_addressee(doc, c, frames, j, se) {
            Some(Addressed::Content(start)) => return Some(start),
            Some(Addressed::Then(then)) => {
                j = then;
                object = true;
            }
            None => {}
        }
    }
    if j >= se {
        return None;
    }
    // "said, however, that …" and "said: …"
    if doc.toks[j].is_punct(',') && doc.is_word(j + 1, "that") {
        j += 1;
    }
    if let Some(at) = after_aside(doc, frames, j, se) {
        return Some(Start { at, object, shape: Shape::Clause });
    }
    // (something must follow the colon: "said :)" is an emoticon)
    if doc.toks[j].is_punct(':') && j + 1 < se && doc.words_from(j + 1, se) {
        return Some(Start { at: j + 1, object, shape: Shape::Clause });
    }
    content_shape(doc, c, frames, j, se).map(|shape| Start { at: j, object, shape })
}

/// What an addressee after a cue leads to.
enum Addressed {
    /// The content starts here ("urged him | to resign", "asked the frontrunner | about …").
    Content(Start),
    /// The content starts where the addressee ends ("told Reuters | that …").
    Then(usize),
}

/// The addressee at `j` of a cue of the `obj` frame ("told her that …", "told Reuters prices
/// rose", "told local broadcasters enrolment has dropped"), when what follows it can start
/// the content.
fn after_addressee(
    doc: &Doc<'_>,
    c: &CueCand,
    frames: u32,
    j: usize,
    se: usize,
) -> Option<Addressed> {
    let tell = c.has(doc, frame::OCLAUSE);
    let np = addressee_end(doc, j, se);
    if let Some(e) = np {
        let inquiry = c.info(doc).class == crate::model::CueClass::Inquiry;
        let then = if inquiry && (doc.is_word(e, "about") || doc.is_word(e, "for")) {
            e
        } else {
            skip_adverbials(doc, e, se)
        };
        let next_ok = doc.is_word(then, "that")
            || (frames & frame::INF != 0 && doc.is_word(then, "to"))
            // "asked the frontrunner about the kerfuffle", "asked the court for action"
            || (inquiry && (doc.is_word(then, "about") || doc.is_word(then, "for")))
            || (frames & frame::WH != 0
                && (doc.toks.get(then).is_some_and(|t| t.is(class::WH))
                    || doc.is_word(then, "whether")
                    || doc.is_word(then, "if")))
            || (tell && starts_clause(doc, then))
            || doc.toks.get(then).is_some_and(|t| t.is_punct(',') || t.is_punct(':'));
        let obj_like = doc.toks[j].is(class::OBJPRON) || !doc.toks[j].is(class::PRON);
        // "urged him to resign", "asked the congregation to stand": what a directive asks
        // for is the addressee doing something
        let directive = frames & frame::DIR != 0;
        if directive && obj_like && e - j <= 8 && doc.is_word(then, "to") && then == e {
            return Some(Addressed::Content(Start { at: j, object: false, shape: Shape::Phrase }));
        }
        if next_ok && obj_like && e - j <= 8 {
            if inquiry && (doc.is_word(then, "about") || doc.is_word(then, "for")) {
                return Some(Addressed::Content(Start {
                    at: then,
                    object: true,
                    shape: Shape::Phrase,
                }));
            }
            return Some(Addressed::Then(then));
        }
    }
    None
}

/// Where the addressee starting at `j` ends: an object pronoun alone ("told her that …",
/// "asked her to call"; "her" before a noun is a possessive: "told her staff that …"), an
/// outlet's name as the lexicon knows it ("told Reuters prices rose"), or a noun phrase,
/// ending at a plural noun of people when a clause follows it ("told local broadcasters
/// enrolment has dropped").
fn addressee_end(doc: &Doc<'_>, j: usize, se: usize) -> Option<usize> {
    // "told her that …", "asked her to call": an object pronoun is a noun phrase of its
    // own ("her" before a noun is a possessive: "told her staff that …")
    let pron_object = doc.toks[j].is(class::OBJPRON) && {
        let n = skip_adverbials(doc, j + 1, se);
        doc.is_word(n, "that")
            || doc.is_word(n, "to")
            || doc.toks.get(n).is_some_and(|t| t.is(class::WH) || t.is_punct(','))
            || n >= se
    };
    // ("told Reuters prices rose": an outlet's name ends where the lexicon's name does)
    let np = if pron_object {
        Some(j + 1)
    } else {
        // (unless the name goes on: "Breitbart News Daily host …", "MSNBC’s “Morning Joe”")
        crate::phrase::outlet_at(doc, j, se)
            .filter(|&e| {
                doc.toks.get(e).is_some_and(|n| {
                    n.kind == TokKind::Word && n.shape == crate::document::Shape::Lower
                })
            })
            .or_else(|| np_after(doc, j, se))
    };
    // "told local broadcasters enrolment has dropped": a plural noun of people ends the
    // addressee when a clause follows it (no compound goes on from a plural)
    np.map(|e| {
        (j..e)
            .find(|&k| {
                let t = &doc.toks[k];
                t.shape == crate::document::Shape::Lower
                    && t.is(class::PLURAL)
                    && t.is(class::ROLE | class::VAGUE | class::WITNESS)
                    && k + 1 < e
                    && starts_clause(doc, k + 1)
                    && bare_clause_has_verb(doc, k + 1, se)
                    // ("told a veterans group that …": no clause before "that")
                    && !(k + 1..se.min(k + 4)).any(|x| doc.is_word(x, "that"))
            })
            .map_or(e, |k| k + 1)
    })
}

/// "says, win or lose in Tuesday’s primary, he’s staying in the race": an aside between
/// commas at `j`, then the clause; where the content starts ("said, in a statement, the
/// bill was dead": an adverbial aside is no part of what was said).
fn after_aside(doc: &Doc<'_>, frames: u32, j: usize, se: usize) -> Option<usize> {
    if doc.toks[j].is_punct(',')
        && frames & frame::THAT != 0
        && !doc.toks[j].in_quote()
        && let Some(k) = (j + 2..se.min(j + 16)).find(|&k| {
            doc.toks[k].is_punct(',') || doc.toks[k].is_quote_mark() || doc.toks[k].is_terminal()
        })
        && doc.toks[k].is_punct(',')
        && !doc.toks[j + 1].is(class::CONJ | class::WH)
        && !doc.has(j + 1, feat::ING)
        && (doc.toks[k + 1..se].iter().take(2).all(|t| !t.is_quote_mark()))
        && starts_clause(doc, k + 1)
        && doc
            .toks
            .get(k + 1)
            .is_some_and(|t| t.is(class::PRON | class::DET | class::POSSPRON) || t.is_cap())
        && clause_has_verb(doc, k + 1, se)
        && !(j + 1..k).any(|x| {
            doc.toks[x].is(class::CUE) && doc.toks[x].shape == crate::document::Shape::Lower
        })
    {
        // "said, in a statement, the bill was dead": the aside is no part of what was said
        return Some(if skip_adverbials(doc, j + 1, k) >= k { k + 1 } else { j + 1 });
    }
    None
}

/// The shape of the content at `j` that the cue's frames allow: a clause ("that …", a
/// quotation, a wh- clause, a bare clause), a phrase (an infinitive, a noun phrase), or
/// none.
fn content_shape(doc: &Doc<'_>, c: &CueCand, frames: u32, j: usize, se: usize) -> Option<Shape> {
    let t = &doc.toks[j];
    let w = doc.lower(j);
    // words left in the sentence (its final punctuation may be missing)
    let rest = (j..se.min(j + 4))
        .filter(|&k| doc.toks[k].is_word() || doc.toks[k].kind == TokKind::Clitic)
        .count();
    let that_np = w == "that" && frames & (frame::THAT | frame::THAT_REQ | frame::NP) == 0;
    if w == "that" && !that_np {
        (frames & (frame::THAT | frame::THAT_REQ | frame::NP) != 0 && rest >= 1 && j + 1 < se)
            .then_some(Shape::Clause)
    } else if t.kind == TokKind::QuoteOpen {
        (frames & (frame::QUOTE | frame::THAT | frame::NP) != 0).then_some(Shape::Clause)
    } else if w == "to" || (w == "not" && doc.is_word(j + 1, "to")) {
        (frames & frame::INF != 0).then_some(Shape::Phrase)
    } else if ((t.is(class::WH) || w == "whether" || w == "if") && frames & frame::WH != 0)
        || bare_clause_ok(doc, frames, j, se, rest)
    {
        Some(Shape::Clause)
    } else if np_content_ok(doc, c, frames, j, se) {
        Some(Shape::Phrase)
    } else {
        None
    }
}

/// Whether the frames allow a bare clause at `j` (with `rest` words left in the sentence's
/// next four tokens), perhaps after a leading adverbial phrase ("says despite all that, Obama
/// wasn’t influenced").
fn bare_clause_ok(doc: &Doc<'_>, frames: u32, j: usize, se: usize, rest: usize) -> bool {
    let t = &doc.toks[j];
    let lead_in = || {
        t.is(class::PREP | class::SUBORD)
            && (j + 1..se.min(j + 12))
                .find(|&k| doc.toks[k].is_punct(','))
                .is_some_and(|k| starts_clause(doc, k + 1) && clause_has_verb(doc, k + 1, se))
    };
    frames & frame::THAT != 0
        && ((starts_clause(doc, j)
            && rest >= 2
            && (!t.is(class::OBJPRON) || t.is(class::POSSPRON))
            && bare_clause_has_verb(doc, j, se))
            || lead_in())
}

/// Whether the frames of cue `c` allow a noun phrase at `j`, with its "as" or its quoted
/// name when the cue takes one ("described his role as “technical”", "called Obama a
/// “petulant child”").
fn np_content_ok(doc: &Doc<'_>, c: &CueCand, frames: u32, j: usize, se: usize) -> bool {
    let t = &doc.toks[j];
    let as_ok = frames & frame::AS == 0
        || frames & frame::NP != 0
        || (j..se.min(j + 25)).any(|k| {
            doc.is_word(k, "as")
                || doc.toks[k].kind == TokKind::QuoteOpen
                || (k > j && doc.toks[k].is(class::INDEF) && c.has(doc, frame::NAMING))
        });
    frames & (frame::NP | frame::AS) != 0
        && as_ok
        && (np_after(doc, j, se).is_some() || t.is(class::OBJPRON) || t.kind == TokKind::QuoteOpen)
        && !doc.toks[j].is_punct(',')
}

/// What kind of content follows a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    /// a clause: "that …", a bare clause, a quotation, a wh-clause — runs to the sentence end
    Clause,
    /// a noun phrase or an infinitive: "disputed that account", "vowed to fight" — ends at
    /// the first comma, dash or coordinated verb
    Phrase,
}

/// Where content starts after a cue.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Start {
    pub at: usize,
    /// an addressee was skipped ("told Reuters that …")
    pub object: bool,
    pub shape: Shape,
}

/// End of a phrase content: the first comma, dash, semicolon or bracket, or "and"/"but"
/// before another verb ("has proposed conducting surveillance … and signaled support …").
pub(crate) fn phrase_end(doc: &Doc<'_>, j: usize, e: usize) -> usize {
    let ends = [
        dash_or_bracket,
        comma_ends_phrase,
        subordinate_clause,
        coordinated_verb,
        comma_and_clause,
        figures_after_name,
    ];
    (j + 1..e).find(|&k| ends.iter().any(|f| f(doc, j, k, e))).map_or(e, |k| trim(doc, j, k))
}

/// A dash, semicolon or bracket outside quotation marks (a hyphen with a space before it).
fn dash_or_bracket(doc: &Doc<'_>, _j: usize, k: usize, _e: usize) -> bool {
    let t = &doc.toks[k];
    !t.in_quote()
        && (t.is_punct('—')
            || t.is_punct('–')
            || t.is_punct(';')
            || t.is_punct('(')
            || (t.is_punct('-') && doc.toks[k - 1].end() < t.start()))
}

/// A comma ends the phrase unless it separates the items of a list ("workers in New York,
/// Los Angeles and Seattle"), introduces more of the same ("several factors, including …")
/// or an appositive or participle describing the phrase's last noun.
fn comma_ends_phrase(doc: &Doc<'_>, _j: usize, k: usize, e: usize) -> bool {
    let t = &doc.toks[k];
    if t.in_quote() || !t.is_punct(',') {
        return false;
    }
    let n = k + 1;
    // the items of a list up to its "and"/"or", with no verb among them
    let list = (n..e.min(n + 30))
        .take_while(|&x| !doc.toks[x].is_terminal())
        .find(|&x| doc.is_word(x, "and") || doc.is_word(x, "or"))
        .is_some_and(|c| {
            !doc.toks[n..c].iter().any(|x| {
                x.is(class::AUX | class::MODAL | class::WH | class::SUBORD)
                    || (x.is(class::CUE) && x.shape == crate::document::Shape::Lower)
            }) && (c - n <= 8 || doc.toks[n..c].iter().filter(|x| x.is_punct(',')).count() >= 1)
        });
    // "several factors, including …", "the tweets, as well as the prayers …"
    let more = doc.in_set(n, set::EXAMPLES)
        || (doc.is_word(n, "such") && doc.is_word(n + 1, "as"))
        || (doc.is_word(n, "as") && doc.is_word(n + 1, "well") && doc.is_word(n + 2, "as"));
    // "his support for Mr. Trump, the presumptive nominee", "the figure of Neil Heslin,
    // sitting alone in the firehouse": an appositive or a participle describing the
    // phrase's last noun, with no verb of its own
    let seg_end =
        (n..e).find(|&x| doc.toks[x].is_punct(',') || doc.toks[x].is_terminal()).unwrap_or(e);
    let describing = n < seg_end
        && (doc.toks[n].is(class::DET | class::POSSPRON)
            || (doc.toks[n].shape == crate::document::Shape::Lower
                && doc.has(n, feat::ING)
                && !doc.toks[n].is(class::FUNCTION)))
        && !doc.toks[n + 1..seg_end].iter().any(|x| {
            x.is(class::AUX | class::MODAL | class::WH | class::SUBORD | class::PAST)
                || (x.is(class::CUE)
                    && x.shape == crate::document::Shape::Lower
                    && !x.is(class::NOUNISH))
                || x.is_quote_mark()
        });
    !list && !more && !describing
}

/// "supported the bill when it came to the Senate", "… as a weak commander-in-chief": a
/// subordinate clause never belongs (but "to determine whether …" is the infinitive's own
/// complement).
fn subordinate_clause(doc: &Doc<'_>, j: usize, k: usize, _e: usize) -> bool {
    let t = &doc.toks[k];
    t.is(class::SUBORD)
        && !t.is(class::PREP)
        && k > j + 1
        && !t.in_quote()
        && !(doc.is_word(k, "whether") && doc.toks[k - 1].shape == crate::document::Shape::Lower)
}

/// "… and taunting the appearance of a rival": "and" or "but" before a verb (inside a
/// quotation the words are the speaker's: “go to your place and vote”).
fn coordinated_verb(doc: &Doc<'_>, _j: usize, k: usize, _e: usize) -> bool {
    let t = &doc.toks[k];
    let Some(n) = doc.toks.get(k + 1) else { return false };
    if !(doc.is_word(k, "and") || doc.is_word(k, "but")) || t.in_quote() {
        return false;
    }
    // "… and taunting the appearance of a rival": a coordinated verb phrase too
    n.is(class::AUX | class::MODAL | class::CUE | class::PAST)
        || (n.shape == crate::document::Shape::Lower
            && ((n.has(feat::ED) && !doc.in_set(k + 1, set::NOT_PAST))
                || (n.has(feat::ING) && n.span().len() > 5 && !n.in_quote())))
}

/// "…, and the Anti-Defamation League denounced …": a new clause, unless the phrase is a
/// list already under way ("she hoped to get it back, and then would continue …" is the
/// same subject's next verb).
fn comma_and_clause(doc: &Doc<'_>, j: usize, k: usize, e: usize) -> bool {
    let t = &doc.toks[k];
    t.is_punct(',')
    && !t.in_quote()
    && (doc.is_word(k + 1, "and") || doc.is_word(k + 1, "but"))
    && !doc.toks[j..k].iter().any(|x| x.is_punct(',') && !x.in_quote())
    // ("she hoped to get it back, and then would continue …": the same subject's
    // next verb)
    && !{
        let mut v = k + 2;
        while v < e && doc.toks[v].is(class::ADV) {
            v += 1;
        }
        doc.toks.get(v).is_some_and(|x| x.is(class::AUX | class::MODAL) && !x.is(class::PRON))
    }
}

/// "leads Trump 58 percent to 21 percent": figures after a noun phrase are the reporter's.
fn figures_after_name(doc: &Doc<'_>, j: usize, k: usize, _e: usize) -> bool {
    let t = &doc.toks[k];
    t.kind == TokKind::Number
        && k > j
        && !t.in_quote()
        && !doc.is_word(j, "to")
        && doc.toks[k - 1].is_word()
        && doc.toks[k - 1].is_cap()
}

/// Whether a bare content clause has something like a finite verb: an auxiliary, a modal, a
/// cue verb, or a word ending in -ed or -s after its first word.
fn clause_has_verb(doc: &Doc<'_>, j: usize, se: usize) -> bool {
    verb_after_subject(doc, j, se, false)
}

/// Whether what follows a cue at `j` is a clause of its own, with a verb that can only be its
/// subject's: not one after "and" ("added salt to the soup and stirred"), not a participle
/// after a determiner ("a packed room"), not a plural after a number ("added 12 new routes").
fn bare_clause_has_verb(doc: &Doc<'_>, j: usize, se: usize) -> bool {
    verb_after_subject(doc, j, se, true)
}

fn verb_after_subject(doc: &Doc<'_>, j: usize, se: usize, bare: bool) -> bool {
    // a lower-case start ("allies were rattled") needs a clearer verb than a name does; a
    // gerund subject ("having Trump on the ticket puts …") is no noun that could be an object
    let gerund = doc.toks[j].kind == TokKind::Word && doc.has(j, feat::ING);
    let strict = doc.toks[j].shape == crate::document::Shape::Lower
        && !gerund
        && !doc.toks[j].is(class::PRON
            | class::DET
            | class::QUANT
            | class::NUM
            | class::POSSPRON
            | class::THERE);
    let end = se.min(j + 18);
    // "they welcome the national attention": a subject pronoun makes a clause on its own
    if doc.toks[j].is(class::PRON)
        && !doc.toks[j].is(class::OBJPRON)
        && !doc.is_word(j, "it")
        && !doc.is_word(j, "you")
    {
        return true;
    }
    (j + 1..end).any(|k| verb_at(doc, j, k, bare, strict))
}

/// Whether token `k` of the clause starting at `j` looks like its verb: an auxiliary, a
/// modal or a reporting verb in lower case, a past tense, or (unless `strict`) a third-person
/// "-s" form.
fn verb_at(doc: &Doc<'_>, j: usize, k: usize, bare: bool, strict: bool) -> bool {
    let t = &doc.toks[k];
    let lw = doc.lower(k);
    let w = lw.as_str();
    // (a reporting verb that is also a noun is the noun after a determiner: "told a joke
    // at the start")
    if bare
        && t.is(class::CUE)
        && t.is(class::NOUNISH)
        && doc.toks[k - 1].is(class::DET | class::POSSPRON | class::NUM | class::QUANT)
    {
        return false;
    }
    // (a capitalised word is no verb: "told The Washington Post")
    if t.is(class::AUX | class::MODAL | class::CUE)
        && (t.shape == crate::document::Shape::Lower || t.kind == TokKind::Clitic)
    {
        return !(t.kind == TokKind::Clitic && t.has(feat::S | feat::SS));
    }
    let p = &doc.toks[k - 1];
    // "salt to the soup and stirred": a verb after "and" goes with the main clause's
    // subject, not with a noun of what follows the cue
    if bare && p.is(class::CONJ) {
        return false;
    }
    // "a packed room": a participle after a determiner is an adjective
    let adjective = bare
        && (p.is(class::DET | class::POSSPRON | class::NUM | class::QUANT)
            || p.kind == TokKind::Number);
    let past = ((t.has(feat::ED) && w.len() > 4 && !doc.in_set(k, set::NOT_PAST))
        || t.is(class::PAST))
        && !adjective;
    // "12 new routes": a plural after a number or quantifier is a noun
    let counted = bare
        && (j..k).any(|x| {
            doc.toks[x].is(class::NUM | class::QUANT) || doc.toks[x].kind == TokKind::Number
        });
    t.kind == TokKind::Word
        && t.shape == crate::document::Shape::Lower
        && (past
            || (!strict
                && !counted
                && t.has(feat::S)
                && !t.is(class::FUNCTION | class::DET | class::TIME | class::ADV | class::QUANT)))
}

/// End of a content clause that starts at `j` and may run to the sentence end `se`: stops
/// before the sentence's final punctuation, before ", according to", before a following
/// participle cue (", adding that …") and before "and" + another cue ("… and declined to
/// discuss").
pub(crate) fn content_end(doc: &Doc<'_>, j: usize, se: usize, later: &[CueCand]) -> usize {
    let e = content_end_in_sentence(doc, j, se, later);
    // a quotation that goes on past the sentence end carries the content with it:
    // … “fighting to defend the Constitution. I’ll tell you this, …”
    if e == trim(doc, j, se)
        && e > j
        && let Some(q) = doc.outer_quote(e - 1)
        && doc.quote_range[q].start >= j
        && doc.quote_range[q].end > se
    {
        return doc.quote_range[q].end;
    }
    e
}

fn content_end_in_sentence(doc: &Doc<'_>, j: usize, se: usize, later: &[CueCand]) -> usize {
    let limit = se.min(j + MAX_CONTENT);
    // the cues are in text order: take the slice inside the content window
    let from = later.partition_point(|c| c.start <= j);
    let to = later.partition_point(|c| c.start < limit).max(from);
    let cx = EndCx { doc, j, limit, later: &later[from..to] };
    // "that although Lazar confessed, he showed no remorse": the comma after a leading
    // subordinate clause opens the main clause, which belongs to the content
    // ("argue that, while the tax may lower premiums, workers …": a comma after "that")
    let comma_after_that =
        doc.is_word(j, "that") && doc.toks.get(j + 1).is_some_and(|t| t.is_punct(','));
    let sub_at = if comma_after_that {
        j + 2
    } else if doc.is_word(j, "that") {
        j + 1
    } else {
        j
    };
    let mut lead_comma = doc
        .toks
        .get(sub_at)
        .is_some_and(|t| t.is(class::SUBORD) && !doc.is_word(sub_at, "that"))
        .then(|| (sub_at + 1..limit.min(sub_at + 20)).find(|&x| doc.toks[x].is_punct(',')))
        .flatten();
    for k in j..limit {
        if lead_comma == Some(k) || (comma_after_that && k == j + 1) {
            if k != j + 1 {
                lead_comma = None;
            }
            continue;
        }
        let t = &doc.toks[k];
        let clause_punct = t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–');
        let end = clause_punct
            .then(|| cx.at_punct(k))
            .flatten()
            .or_else(|| cx.before_speech_participle(k))
            .or_else(|| cx.at_conjunction(k))
            .or_else(|| cx.after_closing_mark(k))
            .or_else(|| cx.before_another_subject(k));
        if let Some(e) = end {
            return e;
        }
    }
    trim(doc, j, limit)
}

/// What the checks of a content's end share: the content's start `j`, the end of its
/// window, and the later cues inside the window.
struct EndCx<'a, 'd, 't> {
    doc: &'d Doc<'t>,
    j: usize,
    limit: usize,
    later: &'a [CueCand],
}

impl EndCx<'_, '_, '_> {
    /// At the clause punctuation `k` (a comma, semicolon or dash): "according to" after it,
    /// a speech participle, "citing", the sentence's own verb after a relative clause, a
    /// cue after a quotation closing on the comma, or the reporter's own clause.
    fn at_punct(&self, k: usize) -> Option<usize> {
        let (doc, j, later) = (self.doc, self.j, self.later);
        let t = &doc.toks[k];
        let n = k + 1;
        if doc.is_word(n, "according") && doc.is_word(n + 1, "to") {
            return Some(trim(doc, j, k));
        }
        if later
            .iter()
            .any(|c| c.start == n && c.is_participle() && c.has(doc, frame::QUOTE | frame::AS))
        {
            return Some(trim(doc, j, k));
        }
        if crate::link::clause::citing_at(doc, n) {
            return Some(trim(doc, j, k));
        }
        // "Mr. Leenders, who estimated that …, said he voted …": a verb right after the
        // comma belongs to the sentence the relative clause sits in
        // (a passive after the comma is no speech of the sentence's subject: "the new
        // tenants, most of them students, had not been told …")
        if t.is_punct(',') && later.iter().any(|c| c.start == n && !c.is_participle() && !c.passive)
        {
            return Some(trim(doc, j, k));
        }
        // "citing ''the momentum of the campaign,'' said …": the same after a quotation
        // that closes on the comma
        let mut q = n;
        while doc.toks.get(q).is_some_and(|x| x.kind == TokKind::QuoteClose) {
            q += 1;
        }
        if t.is_punct(',') && q > n && later.iter().any(|c| c.start == q && !c.is_participle()) {
            return Some(q);
        }
        // "…, but it was not clear when", "…, which took a hit", "…, while others …": the
        // reporter's own clause after the attributed one
        if t.is_punct(',')
            && doc.in_set(n, set::CLAUSE_CUT)
            && !doc.toks[k].in_quote()
            && !self.goes_on_after(n)
        {
            return Some(trim(doc, j, k));
        }
        None
    }

    /// Whether the content goes on past the clause cut at `n` after a comma: over a
    /// relative clause inside the content's subject, whose verb follows it ("the
    /// announcement, which some have argued was a ploy, was an “insult”"), or with quoted
    /// words after "but" ("…, but “the offers were …”").
    fn goes_on_after(&self, n: usize) -> bool {
        let doc = self.doc;
        let quoted_on = doc.is_word(n, "but")
            && doc.toks.get(n + 1).is_some_and(|x| x.kind == TokKind::QuoteOpen);
        quoted_on
            || !doc.is_word(n, "but")
                && (n + 1..self.limit.min(n + 25))
                    .find(|&m| doc.toks[m].is_punct(',') || doc.toks[m].is_terminal())
                    .is_some_and(|m| doc.toks[m].is_punct(',') && finite_after_comma(doc, m + 1))
    }

    /// "… before adding that …", "… after saying …": a preposition and another speech
    /// participle start the next attribution.
    fn before_speech_participle(&self, k: usize) -> Option<usize> {
        let (doc, j, later) = (self.doc, self.j, self.later);
        let t = &doc.toks[k];
        if k > j
            && t.is(class::PREP | class::SUBORD)
            && !t.in_quote()
            && later
                .iter()
                .any(|c| c.start == k + 1 && c.is_participle() && c.has(doc, frame::QUOTE))
        {
            return Some(trim(doc, j, k));
        }
        None
    }

    /// At "and" or "but": a cue or a non-response after it, or a new clause with its own
    /// subject pronoun.
    fn at_conjunction(&self, k: usize) -> Option<usize> {
        let (doc, j, later) = (self.doc, self.j, self.later);
        if (doc.is_word(k, "and") || doc.is_word(k, "but")) && k > j {
            let n = if doc.toks.get(k + 1).is_some_and(|t| t.is(class::ADV))
                || doc.in_set(k + 1, set::DISCOURSE)
            {
                k + 2
            } else {
                k + 1
            };
            if later.iter().any(|c| (c.start == n || c.start == k + 1) && !c.is_participle())
                || crate::link::responses::starts_response(doc, n)
            {
                return Some(trim(doc, j, k));
            }
            // "… and he foreshadowed …": a new clause with its own subject pronoun
            if doc.toks.get(k + 1).is_some_and(|x| x.is(class::PRON) && !x.is(class::OBJPRON))
                && !doc.is_word(k + 1, "it")
            {
                return Some(trim(doc, j, k));
            }
        }
        None
    }

    /// "“… maniacal,” adding, “…”": a participle right after a closing mark.
    fn after_closing_mark(&self, k: usize) -> Option<usize> {
        let (doc, j, later) = (self.doc, self.j, self.later);
        let t = &doc.toks[k];
        if t.kind == TokKind::QuoteClose
            && k > j
            && later.iter().any(|c| {
                c.start == k + 1 && c.is_participle() && c.has(doc, frame::QUOTE | frame::AS)
            })
        {
            return Some(k + 1);
        }
        None
    }

    /// "…, 39 have said they support Sanders": another subject with its own cue after a
    /// comma, semicolon or conjunction.
    fn before_another_subject(&self, k: usize) -> Option<usize> {
        let (doc, j, later) = (self.doc, self.j, self.later);
        let t = &doc.toks[k];
        if k > j
            && (t.is_punct(',')
                || t.is_punct(';')
                || doc.is_word(k, "and")
                || doc.is_word(k, "but"))
        {
            let n = k + 1;
            let starts_subject = |c: &CueCand| {
                c.start > n
                    && c.start - n <= 12
                    && !c.is_participle()
                    && c.has(doc, frame::INV)
                    && crate::phrase::np_before(doc, c.start, n) == Some(n)
            };
            // ("Mills and another aide asked …": a coordinated subject, with no verb yet;
            // "the bridge, which opened in 1998, needs new cables": the comma closes a
            // relative clause and the verb of the content's clause follows)
            if later.iter().any(starts_subject)
                && (!doc.is_word(k, "and") || clause_has_verb(doc, j, k))
                && !closes_relative(doc, j, k)
            {
                return Some(trim(doc, j, k));
            }
        }
        None
    }
}

/// Whether the word at `m`, after a comma, reads as a finite verb: an auxiliary, a modal, a
/// past tense, a verb in -s or -ed.
fn finite_after_comma(doc: &Doc<'_>, m: usize) -> bool {
    doc.toks.get(m).is_some_and(|x| {
        x.kind == TokKind::Word
            && x.shape == crate::document::Shape::Lower
            && (x.is(class::AUX | class::MODAL | class::PAST)
                || (x.has(feat::S) && !x.is(class::FUNCTION))
                || (x.has(feat::ED) && !doc.in_set(m, set::NOT_PAST)))
    })
}

/// Whether the comma at `k` closes a relative clause opened after a comma inside `[j, k)`
/// ("the bridge, which opened in 1998,") and a verb-like word follows it ("needs").
fn closes_relative(doc: &Doc<'_>, j: usize, k: usize) -> bool {
    let Some(open) = (j.max(k.saturating_sub(25))..k).rev().find(|&m| doc.toks[m].is_punct(','))
    else {
        return false;
    };
    let relative = doc.is_word(open + 1, "which") || doc.is_word(open + 1, "who");
    relative
        && doc.toks.get(k + 1).is_some_and(|x| {
            x.kind == TokKind::Word
                && x.shape == crate::document::Shape::Lower
                && (x.is(class::AUX | class::MODAL | class::PAST)
                    || (x.has(feat::S) && !x.is(class::FUNCTION)))
        })
}

/// `[j, e)` without trailing punctuation (closing quotation marks stay).
pub(crate) fn trim(doc: &Doc<'_>, j: usize, mut e: usize) -> usize {
    while e > j {
        let t = &doc.toks[e - 1];
        let drop = match t.kind {
            TokKind::Punct => {
                matches!(t.ch(), ',' | ';' | ':' | '.' | '—' | '–' | '-' | '(' | '?' | '!')
                    && !(matches!(t.ch(), '?' | '!') && e - 1 > j && inside_quote_end(doc, e - 1))
            }
            TokKind::Ellipsis => true,
            _ => false,
        };
        if !drop {
            break;
        }
        e -= 1;
    }
    e
}

fn inside_quote_end(doc: &Doc<'_>, k: usize) -> bool {
    doc.toks[k].in_quote()
}

/// Whether a cue clause ending at `j` closes the sentence: only adverbials, an addressee
/// ("told reporters"), a participle clause, "citing …" or an appositive follow.
pub(crate) fn tail_ok(doc: &Doc<'_>, j: usize, se: usize, later: &[CueCand]) -> bool {
    let mut k = skip_adverbials(doc, j, se);
    // "…, said an American official who was briefed on …": a relative clause describing the
    // source right after it
    if k == j && (doc.is_word(k, "who") || doc.is_word(k, "whose")) && !doc.toks[k].in_quote() {
        return true;
    }
    // "told reporters", "told The Associated Press", "wrote Linick"
    if k < se
        && (outlet_at(doc, k, se).is_some()
            || doc.toks[k].is(class::OBJPRON | class::DET | class::POSSPRON)
            || doc.toks[k].is(class::ROLE)
            || (doc.toks[k].is_cap() && doc.toks[k].is_word()))
    {
        let end = trim(doc, j, se);
        // "told her", "told POLITICO earlier this week": the object may stop before a time
        // phrase that the noun phrase reading swallowed
        let e = np_after(doc, k, se).unwrap_or(k + 1);
        if (k + 1..=e).any(|x| skip_adverbials(doc, x, se) >= end) {
            return true;
        }
        k = skip_adverbials(doc, e, se);
    }
    let end = trim(doc, j, se);
    // (punctuation without words closes it too: "…, a senior official said :)")
    if k >= end || !doc.words_from(k, se) {
        return true;
    }
    let t = &doc.toks[k];
    if t.is_punct(',') || t.is_punct(';') || t.is_punct('—') || t.is_punct('–') {
        let n = k + 1;
        return crate::link::clause::citing_at(doc, n)
            || (doc.is_word(n, "according") && doc.is_word(n + 1, "to"))
            || later.iter().any(|c| c.start == n && c.is_participle())
            || doc.toks.get(n).is_some_and(|t| t.is(class::WH) && !doc.is_word(n, "that"))
            || t.is_punct(';')
            || doc.toks.get(n).is_some_and(|t| t.kind == TokKind::QuoteOpen)
            // "…, Kim Lee said, and declined to comment": the speaker's next verb
            || ((doc.is_word(n, "and") || doc.is_word(n, "but"))
                && (crate::link::responses::starts_response(doc, n + 1)
                    || later.iter().any(|c| c.start == n + 1 && !c.is_participle())))
            || skip_adverbials(doc, n, se) >= end;
    }
    false
}
