//! Named regression tests for adversarial inputs: floods of quotation marks and cue words,
//! a giant paragraph, control characters, input cut after an opening mark. Each must give
//! an `Analysis` without panicking or hanging, with every span on the text's char
//! boundaries and the sentences tiling the text.
//!
//! Sizes are kept so that each test runs in well under a few seconds in debug mode. Where a
//! size had to be cut because the library is not linear there, the comment says what was
//! observed (debug build, 2 shared cores).

use std::time::Instant;

use whosaid::{Analysis, Span};

/// Analyses `text`, checks the cheap invariants and returns the analysis.
fn analyze_checked<'t>(name: &str, text: &'t str) -> Analysis<'t> {
    let start = Instant::now();
    let analysis = whosaid::analyze(text);
    eprintln!("{name}: {} bytes in {:.3} s", text.len(), start.elapsed().as_secs_f64());

    let mut spans: Vec<(&str, Span)> = Vec::new();
    for q in analysis.quotes() {
        spans.push(("quote", q.span()));
        spans.push(("quote inner", q.inner()));
    }
    for s in analysis.sentences() {
        spans.push(("sentence", s.span()));
        spans.push(("sentence trimmed", s.trimmed()));
    }
    for p in analysis.paragraphs() {
        spans.push(("paragraph", p.span()));
    }
    for m in analysis.mentions() {
        spans.push(("mention", m.span()));
        spans.push(("mention head", m.head()));
    }
    for a in analysis.attributions() {
        assert!(!a.content().is_empty(), "{name}: attribution without content");
        for &c in a.content() {
            assert!(!c.is_empty(), "{name}: empty content span {c:?}");
            spans.push(("content", c));
        }
        if let Some(cue) = a.cue() {
            spans.push(("cue", cue.span()));
        }
    }
    for s in analysis.speakers() {
        spans.push(("speaker name", s.name()));
    }
    for r in analysis.non_responses() {
        spans.push(("non-response cue", r.cue()));
    }
    for (what, s) in spans {
        assert!(
            s.start <= s.end && text.get(s.range()).is_some(),
            "{name}: {what} {s:?} is not a span of the {}-byte text",
            text.len()
        );
    }

    let sentences = analysis.sentences();
    if text.is_empty() {
        assert!(sentences.is_empty(), "{name}: empty text has sentences");
    } else {
        assert_eq!(sentences.first().map(|s| s.span().start), Some(0), "{name}: first sentence");
        assert_eq!(
            sentences.last().map(|s| s.span().end),
            Some(text.len()),
            "{name}: last sentence"
        );
        for w in sentences.windows(2) {
            assert_eq!(w[0].span().end, w[1].span().start, "{name}: sentences don't tile");
        }
    }
    analysis
}

#[test]
fn hundred_thousand_opening_curly_quotes() {
    let text = "“".repeat(100_000);
    let analysis = analyze_checked("100 000 ×“", &text);
    assert!(analysis.attributions().is_empty());
    assert!(analysis.quotes().iter().all(|q| !q.is_terminated()), "no mark closes a quotation");
}

/// 50 000 alternating marks in one sentence without words. Continuation quotes used to
/// scan from the sentence start for every quotation, which made this quadratic.
#[test]
fn alternating_curly_quotes() {
    let text = "“”".repeat(25_000);
    let analysis = analyze_checked("50 000 alternating “”", &text);
    assert!(analysis.attributions().is_empty());
}

/// The same path with straight quotes.
#[test]
fn straight_double_quotes() {
    let text = "\"".repeat(50_000);
    let analysis = analyze_checked("50 000 ×\"", &text);
    assert!(analysis.attributions().is_empty());
}

/// Doubled apostrophes (the ''…'' quotation style), 20 000 pairs.
#[test]
fn doubled_apostrophes() {
    let text = "''".repeat(20_000);
    analyze_checked("20 000 ×''", &text);
}

#[test]
fn ten_thousand_apostrophes() {
    let text = "'".repeat(10_000);
    analyze_checked("10 000 ×'", &text);
}

/// One paragraph of 200 000 bytes without punctuation, made of words that include a cue
/// verb, so the linker sees one 35 000-token sentence full of cues. Observed 0.4 s for
/// 100 000 bytes and 1.5 s for 200 000 (debug): superlinear, but within budget.
#[test]
fn giant_paragraph_without_punctuation() {
    let unit = "officials said the plan would fail and ";
    let text = unit.repeat(200_000 / unit.len());
    assert!(text.len() > 199_000);
    let analysis = analyze_checked("200 KB paragraph", &text);
    assert_eq!(analysis.paragraphs().len(), 1);
    assert_eq!(analysis.sentences().len(), 1);
}

/// 20 000 × " said": every cue used to copy the sentence's later cues.
#[test]
fn said_flood() {
    let text = " said".repeat(20_000);
    analyze_checked("20 000 × said", &text);
}

/// ", he said," repeated 10 000 times in one sentence: every cue used to scan back to the
/// sentence start for the content's first word.
#[test]
fn he_said_comma_flood() {
    let text = ", he said,".repeat(10_000);
    analyze_checked("10 000 × , he said,", &text);
}

#[test]
fn only_a_newline() {
    let analysis = analyze_checked("\\n", "\n");
    assert!(analysis.paragraphs().is_empty());
    assert!(analysis.attributions().is_empty());
}

#[test]
fn only_newlines() {
    let text = "\n".repeat(100_000);
    let analysis = analyze_checked("100 000 ×\\n", &text);
    assert!(analysis.paragraphs().is_empty());
    assert!(analysis.attributions().is_empty());
}

#[test]
fn nul_character() {
    let analysis = analyze_checked("NUL", "\u{0}");
    assert!(analysis.attributions().is_empty());
}

#[test]
fn lone_closing_quote() {
    let analysis = analyze_checked("lone ”", "”");
    assert!(analysis.attributions().is_empty());
}

#[test]
fn text_ends_right_after_an_opening_quote() {
    let text = "He said “";
    let analysis = analyze_checked("ends after “", text);
    for q in analysis.quotes() {
        assert!(!q.is_terminated(), "{q:?}");
        assert_eq!(q.span().end, text.len(), "an unterminated quotation runs to the paragraph end");
    }
    let text = "He said “We";
    let analysis = analyze_checked("ends inside “", text);
    assert!(analysis.quotes().iter().all(|q| !q.is_terminated()));
}

#[test]
fn whitespace_only() {
    let text = " \t\r\n \u{a0}\u{2003}\u{3000}\n \u{2028}\u{feff} ";
    let analysis = analyze_checked("whitespace", text);
    assert!(analysis.attributions().is_empty());
    assert!(analysis.quotes().is_empty());
}

#[test]
fn empty_text() {
    let analysis = analyze_checked("empty", "");
    assert!(analysis.paragraphs().is_empty());
    assert!(analysis.attributions().is_empty());
}

#[test]
fn unclosed_quote_over_many_paragraphs() {
    let text = format!("“{}", "He said the plan would fail.\n".repeat(2_000));
    analyze_checked("unclosed “ over 2 000 paragraphs", &text);
}

#[test]
fn deeply_nested_openings() {
    let text = "“‘".repeat(10_000);
    analyze_checked("10 000 × “‘", &text);
}

#[test]
fn guillemet_flood() {
    let text = "«".repeat(25_000);
    analyze_checked("25 000 ×«", &text);
}

#[test]
fn one_long_quotation() {
    let text = format!("“{}” he said.", "word ".repeat(20_000));
    analyze_checked("100 KB quotation", &text);
}

#[test]
fn long_name_chain() {
    let text = "Senator Roger Wicker ".repeat(5_000);
    analyze_checked("5 000 × Senator Roger Wicker", &text);
}

#[test]
fn many_attributions_and_speakers() {
    let text: String = (0..1_000)
        .map(|i| format!("Senator John Doe{i} said the plan was bad. He said it would fail. "))
        .collect();
    let analysis = analyze_checked("1 000 speakers", &text);
    assert!(analysis.attributions().len() >= 1_000);
}
