//! A quotation signed with a dash: "Sonya Herridge ― “…”", "“…” ― Sonya Herridge", or a
//! quotation paragraph followed by a paragraph "- Bernie Sanders." (letters, tweets, vox
//! pops).

use super::Range;
use super::transcript::{MAX_LABEL, is_dash, is_name_label};
use crate::document::TokKind;
use crate::link::content::trim;
use crate::link::{Draft, DraftCue, Linker};
use crate::model::Pattern;
use crate::rule::Rule;

/// The rule: a paragraph that attributes with a dash: "Sonya Herridge ― “…”", or a quotation paragraph
/// followed by "- Bernie Sanders."
pub(super) fn apply(lk: &mut Linker<'_, '_>, (start, end): Range, prev: Option<Range>) {
    if name_then_quotation(lk, (start, end)) || quotation_then_name(lk, (start, end)) {
        return;
    }
    name_below_quotation(lk, (start, end), prev);
}

/// Name ― “quotation”: links it when the paragraph `[start, end)` reads so; whether it does.
fn name_then_quotation(lk: &mut Linker<'_, '_>, (start, end): Range) -> bool {
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
        push_signed(lk, (d + 1, ce), d, (start, d));
    }
    true
}

/// “quotation” ― Name (a signed quotation: letters, tweets, vox pops): links it when the
/// paragraph `[start, end)` reads so; whether it does.
fn quotation_then_name(lk: &mut Linker<'_, '_>, (start, end): Range) -> bool {
    let doc = lk.doc;
    let label_end = trim(doc, start, end);
    if let Some(d) = (label_end.saturating_sub(MAX_LABEL + 3).max(start + 1)..label_end)
        .find(|&x| is_dash(doc, x))
        && doc.toks[d - 1].kind == TokKind::QuoteClose
        && doc.toks[start].kind == TokKind::QuoteOpen
        && is_name_label(doc, d + 1, label_end)
        && !lk.in_content(start)
    {
        push_signed(lk, (start, d), d, (d + 1, label_end));
        return true;
    }
    false
}

/// “quotation” ⏎ - Name.: links the quotation paragraph `prev` to the name in the paragraph
/// `[start, end)` (the quotation paragraph may end with a full stop after its closing mark).
fn name_below_quotation(lk: &mut Linker<'_, '_>, (start, end): Range, prev: Option<Range>) {
    let doc = lk.doc;
    let quote_paragraph = |(ps, pe): (usize, usize)| {
        doc.toks[ps].kind == TokKind::QuoteOpen
            && (doc.toks[pe - 1].kind == TokKind::QuoteClose
                || (pe >= 2 && doc.toks[pe - 2].kind == TokKind::QuoteClose))
    };
    if is_dash(doc, start)
        && let Some((ps, pe)) = prev
        && quote_paragraph((ps, pe))
    {
        let label_end = trim(doc, start + 1, end);
        if is_name_label(doc, start + 1, label_end) && !lk.in_content(ps) {
            let ce = trim(doc, ps, pe);
            push_signed(lk, (ps, ce), start, (start + 1, label_end));
        }
    }
}

/// Links the content `[a, b)` to the source signed with the dash at `dash`.
fn push_signed(lk: &mut Linker<'_, '_>, (a, b): Range, dash: usize, source: Range) {
    let cue = Some(DraftCue::Colon { start: dash, end: dash + 1 });
    let span = lk.doc.span(a, b);
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
