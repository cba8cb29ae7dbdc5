"""The type stubs match the runtime (mypy's stubtest), typed code using the package checks
under mypy --strict, and the docstrings' examples run (doctest)."""

from __future__ import annotations

import doctest
import subprocess
import sys
import textwrap

import pytest

import whosaid


def test_docstring_examples():
    result = doctest.testmod(whosaid)
    assert result.attempted >= 5
    assert result.failed == 0


def test_help_names_the_entry_points():
    text = whosaid.__doc__ or ""
    for name in ("analyze", "analyze_many", "Analyzer", "Analysis", "WhosaidError", "to_dict", "citron"):
        assert name in text


def _mypy(*args: str, cwd) -> subprocess.CompletedProcess:
    # from a scratch folder, so that mypy finds the installed package
    return subprocess.run([sys.executable, "-m", *args], capture_output=True, text=True, cwd=cwd)


def test_stubs_match_the_runtime(tmp_path):
    pytest.importorskip("mypy")
    r = _mypy("mypy.stubtest", "whosaid", cwd=tmp_path)  # the package and its native module
    assert r.returncode == 0, r.stdout + r.stderr


def test_typed_usage_passes_mypy_strict(tmp_path):
    pytest.importorskip("mypy")
    usage = tmp_path / "usage.py"
    usage.write_text(
        textwrap.dedent(
            """
            from typing import Any, Dict, List, Optional

            import whosaid

            analyzer: whosaid.Analyzer = whosaid.Analyzer(min_confidence=0.5, first_names={"Ngozi": "female"})
            analysis: whosaid.Analysis = analyzer.analyze("Prices rose, officials said.")
            many: List[whosaid.Analysis] = whosaid.analyze_many(["a", "b"], threads=2)
            a: whosaid.Attribution = analysis.attributions[0]
            start: int = a.start
            speaker: Optional[whosaid.Speaker] = a.speaker
            name: Optional[str] = a.speaker_name
            cue: Optional[whosaid.Cue] = a.cue
            record: Dict[str, Any] = a.to_dict()
            level: str = a.sourcing
            profile: whosaid.Profile = analysis.profile
            by_level: Dict[str, int] = profile.by_level
            responses: List[whosaid.NonResponse] = analysis.non_responses
            citron: Dict[str, Any] = analysis.citron()
            lines: List[str] = analyzer.analyze_many_json(["x"], ids=["1"])
            try:
                whosaid.Analyzer(min_confidence=2)
            except whosaid.WhosaidError as e:
                kind: str = e.kind
            """
        ),
        encoding="utf-8",
    )
    r = _mypy("mypy", "--strict", "--no-incremental", str(usage), cwd=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
