"""Character offsets are Python's own: slicing the str gives each span's text, whatever the
script; byte offsets slice the UTF-8 encoding."""

from __future__ import annotations

import pytest

import whosaid

CASES = [
    # accents, the euro sign, curly quotes (3 bytes each)
    ("“We paid €5 million,” said José Álvarez, the mayor.", "“We paid €5 million,”", "José Álvarez"),
    # emoji, a ZWJ sequence and a flag before the quotation (4-byte characters)
    ("👩‍👩‍👧 🇺🇦 Fans cheered. “It was électrique 🎉,” said Zoë Kowalczyk.", "“It was électrique 🎉,”", "Zoë Kowalczyk"),
    # CJK in the quotation and in the name
    ("“東京は美しい,” said Yuki Tanaka, a spokeswoman for the ministry.", "“東京は美しい,”", "Yuki Tanaka"),
    # guillemets and a name with a combining accent (e + U+0301)
    ("«Nous sommes prêts», said Rene\u0301 Dupont, the minister.", "«Nous sommes prêts»", "Rene\u0301 Dupont"),
    # paraphrase after astral characters
    ("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀😀. Officials said that the 東京 talks had stalled.", "that the 東京 talks had stalled", None),
]


@pytest.mark.parametrize("text, content, speaker", CASES)
def test_python_slices_match(text, content, speaker):
    analysis = whosaid.analyze(text)
    matches = [a for a in analysis.attributions if a.text == content]
    assert matches, [a.text for a in analysis.attributions]
    a = matches[0]
    start = text.index(content)
    assert (a.start, a.end) == (start, start + len(content))
    assert text[a.start : a.end] == a.text
    data = text.encode()
    assert a.byte_start == len(text[:start].encode())
    assert data[a.byte_start : a.byte_end].decode() == content
    if speaker is not None:
        assert a.speaker_name == speaker
        assert text[a.source.start : a.source.end] == a.source_text
        assert speaker in a.source_text
    assert text[a.cue.span.start : a.cue.span.end] == a.cue_text == "said"
    # the same in the dicts
    d = a.to_dict()
    assert text[d["start"] : d["end"]] == d["text"]
    assert text[d["cue_start"] : d["cue_end"]] == d["cue_text"]
    doc = analysis.to_dict()
    for span in doc["sentences"]:
        assert text[span["char_start"] : span["char_end"]] == span["text"]
        assert data[span["start"] : span["end"]].decode() == span["text"]
    assert doc["chars"] == len(text)


@pytest.mark.parametrize("text, content, speaker", CASES)
def test_every_span_of_every_result(text, content, speaker):
    analysis = whosaid.analyze(text)
    data = text.encode()
    spans = list(analysis.sentences) + [p.span for p in analysis.paragraphs]
    for a in analysis.attributions:
        spans += a.contents + [m.span for m in a.citing]
        spans += [x.span for x in (a.cue, a.source) if x is not None]
    for s in analysis.speakers:
        spans += [s.name_span, *s.mentions]
    for q in analysis.quotes:
        spans += [q.span, q.inner]
    for span in spans:
        assert text[span.start : span.end] == span.text
        assert data[span.byte_start : span.byte_end].decode() == span.text
    for q in analysis.citron()["quotes"]:
        for span in [q["cue"], *q["sources"], *q["contents"]]:
            assert text[span["start"] : span["end"]] == span["text"]


def test_split_quotation_text_is_the_extent():
    text = "“We will fight,” said María López, “and we will win 🎉.”"
    analysis = whosaid.analyze(text)
    (a,) = analysis.attributions
    assert [s.text for s in a.contents] == ["“We will fight,”", "“and we will win 🎉.”"]
    assert a.text == text
    assert a.content_text == "“We will fight,” … “and we will win 🎉.”"
    for a in analysis.attributions:
        assert text[a.start : a.end] == a.text
        assert a.content_text == " … ".join(s.text for s in a.contents)
    for a in analysis.attributions:
        assert text[a.start : a.end] == a.text
