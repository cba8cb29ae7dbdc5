"""Inputs shared by the benchmarks: the bundled reference article repeated, and the texts of
a JSONL corpus (by default ../shared/corpus/polnear-dev.jsonl next to the repository, read
in place, never copied)."""

from __future__ import annotations

import json
import os
import statistics
import time
from pathlib import Path
from typing import Callable, Dict, List, Optional

REPO = Path(__file__).resolve().parents[2]
ARTICLE = REPO / "tests" / "fixtures" / "peace-plan-article.txt"
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "polnear-dev.jsonl"


def article_texts(copies: int) -> List[str]:
    return [ARTICLE.read_text(encoding="utf-8")] * copies


def corpus_texts(path: Optional[str] = None) -> Optional[List[str]]:
    p = Path(path or os.environ.get("WHOSAID_CORPUS") or DEFAULT_CORPUS)
    if not p.is_file():
        return None
    with p.open(encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def inputs(copies: int, corpus: Optional[str] = None, corpus_repeat: int = 1) -> Dict[str, List[str]]:
    """name -> texts: the article repeated, and the corpus (repeated) when there is one."""
    out = {f"reference article x{copies}": article_texts(copies)}
    texts = corpus_texts(corpus)
    if texts is not None:
        name = Path(corpus or os.environ.get("WHOSAID_CORPUS") or DEFAULT_CORPUS).name
        out[f"{name} ({len(texts)} docs) x{corpus_repeat}"] = texts * corpus_repeat
    return out


def size_mb(texts: List[str]) -> float:
    """Megabytes (10^6 bytes) of UTF-8."""
    return sum(len(t.encode("utf-8")) for t in texts) / 1e6


def best_of(runs: int, f: Callable[[], object]) -> tuple:
    """(best, median) wall seconds of ``runs`` calls of f, after one warm-up call."""
    f()
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times), statistics.median(times)
