"""Bad settings and lexicons raise WhosaidError (a ValueError) with the crate's messages."""

from __future__ import annotations

import pytest

import whosaid

OPINE = "opine neutral inv,that opine opines opined opined opining"


def test_custom_lexicons_work():
    analyzer = whosaid.Analyzer(cue_verbs=OPINE, media_outlets="The Daily Planet | Daily Planet")
    analysis = analyzer.analyze("The Daily Planet opined that the mayor had lied.")
    (a,) = analysis.attributions
    assert a.cue_lemma == "opine"
    assert a.speaker_kind == "media"


def test_lexicon_files_and_first_names(tmp_path):
    verbs = tmp_path / "verbs.txt"
    verbs.write_text("# my verbs\n" + OPINE + "\n", encoding="utf-8")
    outlets = tmp_path / "outlets.txt"
    outlets.write_text("The Daily Planet | Daily Planet\n", encoding="utf-8")
    analyzer = whosaid.Analyzer(
        cue_verbs_files=[verbs], media_outlets_files=str(outlets), first_names={"Ngozi": "female"}
    )
    analysis = analyzer.analyze("The Daily Planet opined that the mayor had lied.")
    assert [a.cue_lemma for a in analysis.attributions] == ["opine"]
    whosaid.Analyzer(first_names=[("Ngozi", "f"), ("Kwame", "male")])


def test_settings():
    analyzer = whosaid.Analyzer(min_confidence=0.9, pronoun_window=2)
    assert analyzer.min_confidence == pytest.approx(0.9)
    assert analyzer.pronoun_window == 2
    text = "Prices rose, officials said. “It is fair,” said Ana Pérez."
    kept = analyzer.analyze(text).attributions
    assert all(a.confidence >= 0.9 for a in kept)
    assert len(kept) <= len(whosaid.analyze(text).attributions)


def test_min_confidence_out_of_range():
    with pytest.raises(whosaid.WhosaidError, match="invalid setting min_confidence: must be between 0 and 1, got 1.5") as e:
        whosaid.Analyzer(min_confidence=1.5)
    assert isinstance(e.value, ValueError)
    assert e.value.kind == "config"
    assert e.value.setting == "min_confidence"


def test_window():
    text = "“We will win the vote,” said Senator Maria Okonkwo-Reyes.\n\n"
    text += "The council met on Tuesday to discuss the budget.\n\n" * 30
    text += "Maria Okonkwo-Reyes said the vote was close.\n"
    assert whosaid.Analyzer().window == 262144
    small = whosaid.Analyzer(window=1024)
    assert small.window == 1024
    a = small.analyze(text)
    assert len(a.attributions) == 2
    # one speaker across the windows, identified by the title of the first
    [speaker] = [s for s in a.speakers if s.name == "Maria Okonkwo-Reyes"]
    assert speaker.attribution_indices == [0, 1]
    assert [x.sourcing for x in a.attributions] == [speaker.sourcing] * 2
    with pytest.raises(whosaid.WhosaidError, match="window") as e:
        whosaid.Analyzer(window=100)
    assert e.value.setting == "window"
    with pytest.raises(whosaid.WhosaidError, match="window"):
        whosaid.Analyzer(window=-1)


def test_bad_pronoun_window():
    with pytest.raises(whosaid.WhosaidError, match="pronoun_window") as e:
        whosaid.Analyzer(pronoun_window=-1)
    assert e.value.kind == "config"


def test_bad_cue_verb_line():
    with pytest.raises(whosaid.WhosaidError, match=r'cue verb lexicon, line 1: .*unknown frame "thta"') as e:
        whosaid.Analyzer(cue_verbs="opine neutral inv,thta opine opines opined opined opining")
    assert e.value.kind == "lexicon"
    assert e.value.lexicon == "cue verb"
    assert e.value.line == 1
    assert e.value.file is None


def test_builtin_verb_again_is_an_error():
    with pytest.raises(whosaid.WhosaidError, match="cue verb lexicon"):
        whosaid.Analyzer(cue_verbs="say neutral inv,that say says said said saying")


def test_bad_line_in_a_file_names_the_file_and_line(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(OPINE + "\nmuse neutral nosuchframe muse muses mused mused musing\n", encoding="utf-8")
    with pytest.raises(whosaid.WhosaidError) as e:
        whosaid.Analyzer(cue_verbs_files=path)
    assert str(e.value).startswith(f"{path}: cue verb lexicon, line 2: ")
    assert (e.value.kind, e.value.file, e.value.line) == ("lexicon", str(path), 2)


def test_missing_file():
    with pytest.raises(whosaid.WhosaidError, match="^cannot read no/such/verbs.txt: ") as e:
        whosaid.Analyzer(cue_verbs_files="no/such/verbs.txt")
    assert (e.value.kind, e.value.file) == ("io", "no/such/verbs.txt")


def test_bad_first_names():
    with pytest.raises(whosaid.WhosaidError, match="first name"):
        whosaid.Analyzer(first_names={"Jean Paul": "male"})
    with pytest.raises(whosaid.WhosaidError, match="gender") as e:
        whosaid.Analyzer(first_names={"Alex": "other"})
    assert (e.value.kind, e.value.setting, e.value.file, e.value.line) == ("config", "first_names", None, None)


def test_bad_threads():
    with pytest.raises(ValueError, match="threads"):
        whosaid.analyze_many(["a"], threads=0)


def test_keyword_only_and_unknown_settings():
    with pytest.raises(TypeError):
        whosaid.Analyzer(0.5)  # type: ignore[misc]
    with pytest.raises(TypeError):
        whosaid.Analyzer(min_confidense=0.5)  # type: ignore[call-arg]


def test_cue_verbs_and_frames_listed():
    builtin = whosaid.Analyzer().cue_verbs()
    say = [v for v in builtin if v["lemma"] == "say"]
    assert say and say[0]["past"] == "said" and say[0]["builtin"] is True
    assert say[0]["class"] in whosaid.CUE_CLASSES
    assert set(say[0]["frames"]) <= set(whosaid.FRAMES)
    assert "that" in whosaid.FRAMES and "said" in whosaid.FRAMES["that"]
    added = whosaid.Analyzer(cue_verbs=OPINE).cue_verbs()
    assert len(added) == len(builtin) + 1
    assert added[-1] == {
        "lemma": "opine",
        "particle": None,
        "class": "neutral",
        "frames": ["inv", "that"],
        "base": "opine",
        "third_person": "opines",
        "past": "opined",
        "past_participle": "opined",
        "ing": "opining",
        "builtin": False,
    }
