"""Shared fixtures: the repository's bundled reference article and the optional corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

PYTHON_DIR = Path(__file__).resolve().parents[1]
REPO = PYTHON_DIR.parent
ARTICLE = REPO / "tests" / "fixtures" / "peace-plan-article.txt"
# The evaluation corpus sits next to the repository when it is there; its texts belong to
# their publishers, so tests read it in place and never copy it.
CORPUS = REPO.parent / "shared" / "corpus" / "polnear-dev.jsonl"


@pytest.fixture(scope="session")
def article() -> str:
    return ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def corpus_texts() -> list[str]:
    if not CORPUS.is_file():
        pytest.skip(f"{CORPUS} not found")
    with CORPUS.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]
