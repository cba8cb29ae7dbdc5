//! A quotation signed with a dash: "Sonya Herridge ― “…”", "“…” ― Sonya Herridge", or a
//! quotation paragraph followed by a paragraph "- Bernie Sanders." (letters, tweets, vox
//! pops).

use super::transcript::{MAX_LABEL, is_dash, is_name_label};
use crate::document::{TokKind, TokRange};
use crate::link::content::trim;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule: a paragraph that attributes with a dash: "Sonya Herridge ― “…”", or a quotation paragraph
/// followed by "- Bernie Sanders."
pub(super) fn apply(lk: &mut Linker<'_, '_>, para: TokRange, prev: Option<TokRange>) {
    if name_then_quotation(lk, para) || quotation_then_name(lk, para) {
        return;
    }
    name_below_quotation(lk, para, prev);
}

/// Name ― “quotation”: links it when the paragraph `[start, end)` reads so; whether it does.
fn name_then_quotation(lk: &mut Linker<'_, '_>, TokRange { start, end }: TokRange) -> bool {
    let doc = lk.doc;
    let Some(d) = (start + 1..end.min(start + MAX_LABEL + 3)).find(|&x| is_dash(doc, x)) else {
        return false;
    };
    if !(doc.toks.get(d + 1).is_some_and(|t| t.kind == TokKind::QuoteOpen)
        && is_name_label(doc, start, d))
    {
        return false;
    }
    let ce = trim(doc, d + 1, end);
    if ce > d + 1 {
        push_signed(lk, TokRange::new(d + 1, ce), d, TokRange::new(start, d));
    }
    true
}

/// “quotation” ― Name (a signed quotation: letters, tweets, vox pops): links it when the
/// paragraph `[start, end)` reads so; whether it does.
fn quotation_then_name(lk: &mut Linker<'_, '_>, TokRange { start, end }: TokRange) -> bool {
    let doc = lk.doc;
    let label_end = trim(doc, start, end);
    if let Some(d) = (label_end.saturating_sub(MAX_LABEL + 3).max(start + 1)..label_end)
        .find(|&x| is_dash(doc, x))
        && doc.toks[d - 1].kind == TokKind::QuoteClose
        && doc.toks[start].kind == TokKind::QuoteOpen
        && is_name_label(doc, d + 1, label_end)
        && !lk.in_content(start)
    {
        push_signed(lk, TokRange::new(start, d), d, TokRange::new(d + 1, label_end));
        return true;
    }
    false
}

/// “quotation” ⏎ - Name.: links the quotation paragraph `prev` to the name in the paragraph
/// `[start, end)` (the quotation paragraph may end with a full stop after its closing mark).
fn name_below_quotation(lk: &mut Linker<'_, '_>, para: TokRange, prev: Option<TokRange>) {
    let (doc, TokRange { start, end }) = (lk.doc, para);
    let quote_paragraph = |TokRange { start: ps, end: pe }: TokRange| {
        doc.toks[ps].kind == TokKind::QuoteOpen
            && (doc.toks[pe - 1].kind == TokKind::QuoteClose
                || (pe >= 2 && doc.toks[pe - 2].kind == TokKind::QuoteClose))
    };
    if is_dash(doc, start)
        && let Some(p) = prev
        && quote_paragraph(p)
    {
        let label_end = trim(doc, start + 1, end);
        if is_name_label(doc, start + 1, label_end) && !lk.in_content(p.start) {
            let ce = trim(doc, p.start, p.end);
            push_signed(lk, TokRange::new(p.start, ce), start, TokRange::new(start + 1, label_end));
        }
    }
}

/// Links the content tokens `content` to the source signed with the dash at `dash`.
fn push_signed(lk: &mut Linker<'_, '_>, content: TokRange, dash: usize, source: TokRange) {
    let cue = Some(DraftCue::Colon { start: dash, end: dash + 1 });
    let span = lk.doc.span(content.start, content.end);
    lk.push(Draft::new(vec![span], cue, Some(source), Pattern::Colon, Rule::Signed));
}

#[cfg(test)]
mod tests {
    use super::super::testing::{finds, misses};
    use crate::rule::Rule;

    #[test]
    fn a_signed_quotation() {
        finds(
            "Letters.\n\n“The bus never comes on time.” ― Mirela Popescu\n",
            Rule::Signed,
            "“The bus never comes on time.”",
            Some("Mirela Popescu"),
        );
    }

    #[test]
    fn a_dash_inside_a_sentence_signs_nothing() {
        misses("The bus ― which never comes on time ― is late again.\n", Rule::Signed);
    }
}
