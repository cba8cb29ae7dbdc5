//! Continuation quotes: a quotation standing as a sentence of its own, with no cue, right
//! after an attributed quotation, belongs to the same speaker.
//!
//! ```text
//! “There are real problems with this so-called ‘peace plan,’ …,” said Senator Roger Wicker.
//! “Ukraine should not be forced to cede its lands to Vladimir Putin …”   ← Wicker again
//! ```

use crate::link::{Draft, Linker};
use crate::rule::Rule;

/// The confidence of a continuation in the paragraph after its parent's.
const NEXT_PARAGRAPH: f32 = 0.7;
use crate::document::{TokKind, TokRange};
use crate::model::{AttributionKind, Pattern, QuoteKind, Resolution};

/// The rule: adds a continuation draft for every stand-alone quotation that follows an
/// attributed one in the same paragraph (the rule's base confidence), or opens the
/// paragraph after one that ended with it (0.7).
pub(super) fn apply(lk: &mut Linker<'_, '_>) {
    let doc = lk.doc;
    // drafts in text order of their content
    let mut order: Vec<usize> = (0..lk.drafts.len()).collect();
    order.sort_by_key(|&i| lk.drafts[i].extent().start);
    let mut next_draft = 0; // first draft in `order` starting at or after the current quote
    let mut new = Vec::new();
    for (qi, q) in doc.quotes.iter().enumerate() {
        if q.depth() != 0 || q.kind() == QuoteKind::Title {
            continue;
        }
        let TokRange { start: qa, end: qb } = doc.quote_range[qi];
        while next_draft < order.len()
            && lk.drafts[order[next_draft]].extent().start < q.span().start
        {
            next_draft += 1;
        }
        if doc.is_heading(qa) || lk.in_content(qa) || covered(lk, &order, next_draft, q.span()) {
            continue;
        }
        if !stands_alone(doc, qa, qb) {
            continue;
        }
        let Some((parent, pend_draft)) = parent_of(lk, &order, next_draft) else { continue };
        let pd = &lk.drafts[parent];
        let Some(same_para) = placement(lk, pend_draft, qa) else { continue };
        let root = pd.parent.unwrap_or(parent);
        let mut d =
            Draft::new(vec![q.span()], None, None, Pattern::Continuation, Rule::Continuation);
        if !same_para {
            d.confidence = NEXT_PARAGRAPH;
        }
        d.parent = Some(root);
        d.resolution = Some(Resolution::Continuation);
        new.push(d);
    }
    lk.drafts.extend(new);
}

/// Whether the quotation `[qa, qb)` stands as a sentence of its own: the sentence starts
/// before it and ends after it.
fn stands_alone(doc: &crate::document::Doc<'_>, qa: usize, qb: usize) -> bool {
    let se = doc.sentence_of(qb.saturating_sub(1)).end;
    !doc.words_before(qa) && !doc.words_from(qb, se)
}

/// The attributed quotation a continuation continues, and the draft whose end it follows,
/// from the drafts before it in text order (`order[..next_draft]`).
fn parent_of(lk: &Linker<'_, '_>, order: &[usize], next_draft: usize) -> Option<(usize, usize)> {
    let doc = lk.doc;
    let mut parent = next_draft.checked_sub(1).and_then(|p| order.get(p).copied())?;
    // "“…,” said Ed Rendell, referring to …. “…”": a participle of the same speaker sits
    // between the quotation and its continuation
    if lk.drafts[parent].resolution == Some(Resolution::Subject)
        && let Some(&before) = next_draft.checked_sub(2).and_then(|p| order.get(p))
        && lk.drafts[before].source.is_some()
        && lk.drafts[before].source == lk.drafts[parent].source
    {
        parent = before;
    }
    // "“…,” said Elizabeth Arnold, a former staff member who said she planned to
    // demonstrate. “…”": a reported clause inside the speaker's description does not break
    // the quotation's run
    let pend_draft = parent;
    if !quoted(lk, parent) {
        let sentence = doc.sentence_of(tok_at(lk, lk.drafts[parent].extent().start));
        if let Some(&earlier) = (2..4)
            .filter_map(|back| next_draft.checked_sub(back).and_then(|p| order.get(p)))
            .take_while(|&&i| doc.sentence_of(tok_at(lk, lk.drafts[i].extent().start)) == sentence)
            .find(|&&i| quoted(lk, i) && lk.drafts[i].source.is_some())
        {
            parent = earlier;
        }
    }
    let pd = &lk.drafts[parent];
    (quoted(lk, parent) && (pd.source.is_some() || pd.parent.is_some()))
        .then_some((parent, pend_draft))
}

/// Whether the quotation at `qa` is in the paragraph of the draft `pend_draft` ends in
/// (`Some(true)`), opens the next paragraph after one that ended with it (`Some(false)`), or
/// neither.
fn placement(lk: &Linker<'_, '_>, pend_draft: usize, qa: usize) -> Option<bool> {
    let doc = lk.doc;
    // nothing attributed between the parent (or what it holds) and this quotation
    let pe = lk.drafts[pend_draft].extent();
    let pend = doc.toks.partition_point(|t| t.start() < pe.end);
    let before = doc.para_of(pend.saturating_sub(1));
    let here = doc.para_of(qa);
    let same_para = before.is_some() && before == here;
    let next_para = !same_para
        && here.is_some_and(|q| before.is_some_and(|p| q == p + 1))
        && (qa == 0 || doc.toks[qa].para_start())
        && para_ends_with_draft(lk, pend, qa);
    (same_para || next_para).then_some(same_para)
}

/// The index of the token starting at or after byte `at`.
fn tok_at(lk: &Linker<'_, '_>, at: usize) -> usize {
    lk.doc.toks.partition_point(|t| t.start() < at).min(lk.doc.toks.len().saturating_sub(1))
}

/// Whether draft `i` attributes a quotation (its content opens with one, or holds one).
fn quoted(lk: &Linker<'_, '_>, i: usize) -> bool {
    let doc = lk.doc;
    lk.drafts[i].content.iter().any(|s| {
        let a = doc.toks.partition_point(|t| t.start() < s.start);
        doc.toks.get(a).is_some_and(|t| t.kind == TokKind::QuoteOpen)
            || crate::link::kind::of(doc, std::slice::from_ref(s)) != AttributionKind::Indirect
    })
}

/// Whether a draft's content already covers the quotation.
fn covered(lk: &Linker<'_, '_>, order: &[usize], next: usize, span: crate::span::Span) -> bool {
    order[next.saturating_sub(3)..(next + 3).min(order.len())]
        .iter()
        .any(|&i| lk.drafts[i].content.iter().any(|s| s.overlaps(span)))
}

/// Whether the tokens between the parent's content end `pend` and `qa` hold no words other
/// than the parent's own cue clause (the parent ended its paragraph).
fn para_ends_with_draft(lk: &Linker<'_, '_>, pend: usize, qa: usize) -> bool {
    let doc = lk.doc;
    let se = doc.sentence_of(pend.saturating_sub(1)).end;
    se >= qa || (se..qa).all(|k| !doc.toks[k].is_word())
}
