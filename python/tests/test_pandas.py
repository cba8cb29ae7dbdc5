"""Results as tables: a pandas round trip of the attribution records."""

from __future__ import annotations

import json

import pytest

import whosaid

pd = pytest.importorskip("pandas")


def test_attributions_dataframe_round_trip(article):
    analysis = whosaid.analyze(article)
    records = [a.to_dict() for a in analysis.attributions]
    df = pd.DataFrame(a.to_dict() for a in analysis.attributions)
    assert len(df) == len(analysis.attributions) >= 22
    for column in ["kind", "text", "start", "end", "byte_start", "byte_end", "cue_lemma", "cue_class", "source_text", "speaker_name", "speaker_kind", "sourcing", "confidence", "pattern"]:
        assert column in df.columns
    assert (df["speaker_name"] == "Roger Wicker").sum() == 2
    assert set(df["kind"]) <= set(whosaid.ATTRIBUTION_KINDS)
    assert df["confidence"].between(0, 1).all()
    # the character offsets slice the text
    assert all(article[s:e] == t for s, e, t in zip(df["start"], df["end"], df["text"]))
    # back to records: the same values (missing values as None, lists as lists)
    back = json.loads(df.to_json(orient="records", force_ascii=False))
    assert back == json.loads(json.dumps(records))
    by_level = df.groupby("sourcing").size().to_dict()
    assert by_level == {k: v for k, v in analysis.profile.by_level.items() if v}


def test_speakers_and_corpus_tables(article):
    analysis = whosaid.analyze(article)
    speakers = pd.DataFrame(s.to_dict() for s in analysis.speakers)
    assert "Roger Wicker" in set(speakers["name"])
    texts = [article, "Prices rose, officials said.", "No claims here."]
    rows = [
        {"doc": i, **a.to_dict()}
        for i, an in enumerate(whosaid.analyze_many(texts))
        for a in an.attributions
    ]
    df = pd.DataFrame(rows)
    assert df.groupby("doc").size().to_dict() == {0: len(analysis.attributions), 1: 1}
    profiles = pd.DataFrame(an.profile.to_dict() for an in whosaid.analyze_many(texts))
    assert list(profiles["attributions"]) == [len(analysis.attributions), 1, 0]
