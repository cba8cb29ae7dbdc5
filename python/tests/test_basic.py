"""The API on short texts: results, offsets, dicts, errors."""

from __future__ import annotations

import json
import pickle

import pytest

import whosaid

TEXT = (
    "“There are real problems with this plan,” said Senator Roger Wicker of Mississippi. "
    "A senior US official told Reuters that the talks had stalled. "
    "The CIA declined to comment."
)


def test_analyze_finds_attributions_speakers_and_non_responses():
    analysis = whosaid.analyze(TEXT)
    wicker, official = analysis.attributions
    assert wicker.kind == "direct"
    assert wicker.text == "“There are real problems with this plan,”"
    assert wicker.speaker_name == "Roger Wicker"
    assert wicker.speaker_kind == "person"
    assert wicker.sourcing == "named_identified"
    assert wicker.cue_text == "said"
    assert wicker.cue_lemma == "say"
    assert wicker.cue_class == "neutral"
    assert wicker.pattern in whosaid.PATTERNS
    assert 0 < wicker.confidence <= 1
    assert wicker.source is not None and wicker.source.kind in whosaid.MENTION_KINDS
    assert wicker.speaker is not None and wicker.speaker.name == "Roger Wicker"

    assert official.kind == "indirect"
    assert official.text == "that the talks had stalled"
    assert official.source_text == "A senior US official"
    assert official.sourcing == "anonymous_characterized"

    (response,) = analysis.non_responses
    assert response.kind == "declined"
    assert response.cue_text == "declined to comment"
    assert response.speaker_names == ["CIA"]
    cia = analysis.speaker("CIA")
    assert cia is not None
    assert cia.non_responses == [response]
    assert [a.index for a in analysis.speaker("Roger Wicker").attributions] == [0]

    profile = analysis.profile
    assert profile.attributions == 2
    assert profile.non_responses == 1
    assert profile.direct == 1 and profile.indirect == 1 and profile.mixed == 0
    assert set(profile.by_level) == set(whosaid.SOURCING_LEVELS)
    assert profile.by_level["named_identified"] == 1


def test_every_span_slices_the_text_in_characters_and_bytes():
    analysis = whosaid.analyze(TEXT)
    data = TEXT.encode()
    spans = []
    for a in analysis.attributions:
        spans += a.contents
        spans += [a.cue.span, a.source.span]
        assert TEXT[a.start : a.end] == a.text
        assert data[a.byte_start : a.byte_end].decode() == a.text
    for s in analysis.speakers:
        spans += [s.name_span, *s.mentions]
    for r in analysis.non_responses:
        spans += [r.cue, *(m.span for m in r.sources)]
    spans += analysis.sentences
    spans += [p.span for p in analysis.paragraphs]
    spans += [q.span for q in analysis.quotes] + [q.inner for q in analysis.quotes]
    assert spans
    for span in spans:
        assert TEXT[span.start : span.end] == span.text
        assert data[span.byte_start : span.byte_end].decode() == span.text


def test_to_dict_is_json_and_the_documented_format():
    analysis = whosaid.analyze(TEXT)
    doc = analysis.to_dict()
    assert doc["format"] == "whosaid-analysis"
    assert doc["version"] == whosaid.JSON_FORMAT_VERSION
    assert doc["text"] == TEXT
    assert doc["chars"] == len(TEXT) and doc["bytes"] == len(TEXT.encode())
    assert json.loads(json.dumps(doc)) == doc
    assert json.loads(analysis.to_json()) == doc
    assert json.loads(analysis.to_json(indent=2)) == doc
    assert analysis.to_dict(id="doc-1")["id"] == "doc-1"
    bare = analysis.to_dict(with_texts=False)
    assert "text" not in bare and "text" not in bare["attributions"][0]["content"][0]
    assert json.loads(analysis.to_json(with_texts=False)) == bare
    content = doc["attributions"][0]["content"][0]
    assert {k: v for k, v in content.items() if k != "text"} == bare["attributions"][0]["content"][0]
    # a new dict each time: changing one does not change the analysis
    doc["attributions"].clear()
    assert len(analysis.to_dict()["attributions"]) == 2

    for record in (
        [a.to_dict() for a in analysis.attributions]
        + [s.to_dict() for s in analysis.speakers]
        + [r.to_dict() for r in analysis.non_responses]
        + [q.to_dict() for q in analysis.quotes]
        + [p.to_dict() for p in analysis.paragraphs]
        + [analysis.profile.to_dict()]
    ):
        assert json.loads(json.dumps(record)) == record

    a = analysis.attributions[0].to_dict()
    assert a["speaker_name"] == "Roger Wicker"
    assert a["cue_lemma"] == "say" and a["cue_class"] == "neutral"
    assert TEXT[a["source_start"] : a["source_end"]] == a["source_text"]
    assert analysis.profile.to_dict() == doc["profile"]


def test_citron_document():
    citron = whosaid.analyze(TEXT).citron()
    assert citron["text"] == TEXT
    first = citron["quotes"][0]
    assert first["speaker"] == "Roger Wicker"
    assert first["cue"]["text"] == "said"
    for q in citron["quotes"]:
        for span in [q["cue"], *q["sources"], *q["contents"], *q.get("coreferences", [])]:
            assert TEXT[span["start"] : span["end"]] == span["text"]
    assert json.loads(json.dumps(citron)) == citron


def test_analysis_pickles_with_its_results():
    analysis = whosaid.analyze(TEXT)
    back = pickle.loads(pickle.dumps(analysis))
    assert back.text == TEXT
    assert back.to_dict() == analysis.to_dict()
    assert back.citron() == analysis.citron()


def test_empty_other_languages_and_odd_input_never_raise():
    for text in ["", " ", "\n\n", "“", "«", "Le ministre a déclaré que le plan était bon.", "\x00\x1b[31m", "😀" * 100]:
        analysis = whosaid.analyze(text)
        assert analysis.text == text
        for a in analysis.attributions:
            assert text[a.start : a.end] == a.text
    assert whosaid.analyze("").attributions == []
    assert whosaid.analyze("").profile.attributions == 0


def test_not_a_string_is_a_type_error():
    with pytest.raises(TypeError):
        whosaid.analyze(b"bytes")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        whosaid.analyze_many(["fine", 3])  # type: ignore[list-item]


def test_reprs_and_help_text():
    analysis = whosaid.analyze(TEXT)
    assert "2 attributions" in repr(analysis)
    assert "Roger Wicker" in repr(analysis.attributions[0])
    assert "Roger Wicker" in repr(analysis.speakers[0])
    assert whosaid.__doc__ and "analyze" in whosaid.__doc__
    for obj in (whosaid.analyze, whosaid.analyze_many, whosaid.Analyzer, whosaid.Analysis, whosaid.Attribution, whosaid.Speaker, whosaid.NonResponse, whosaid.Profile, whosaid.WhosaidError):
        assert obj.__doc__, obj
