"""Threads: analyze from several Python threads at once; analyze_many equals a loop."""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import whosaid

TEXTS = [
    "“There are real problems with this plan,” said Senator Roger Wicker of Mississippi.",
    "A senior US official told Reuters that the talks had stalled. The CIA declined to comment.",
    "Prices rose, officials said.",
    "No claims here.",
    "",
    "“Mañana,” said Seán O’Brien. “We’ll see 😀,” he added.",
    "Two people familiar with the matter said the deal was close, according to Reuters.",
]


def test_analyze_many_equals_a_loop(article):
    texts = TEXTS + [article] * 5 + TEXTS
    loop = [whosaid.analyze(t).to_dict() for t in texts]
    assert [a.to_dict() for a in whosaid.analyze_many(texts)] == loop
    assert [a.to_dict() for a in whosaid.analyze_many(texts, threads=1)] == loop
    assert [a.to_dict() for a in whosaid.analyze_many(texts, threads=3)] == loop
    assert [a.to_dict() for a in whosaid.analyze_many(iter(texts))] == loop
    assert whosaid.analyze_many([]) == []


def test_analyze_many_json_with_ids(article):
    import json

    analyzer = whosaid.Analyzer()
    texts = TEXTS + [article]
    ids = [f"doc-{i}" for i in range(len(texts))]
    lines = analyzer.analyze_many_json(texts, ids=ids, threads=2)
    assert [json.loads(line) for line in lines] == [analyzer.analyze(t).to_dict(id=i) for t, i in zip(texts, ids)]
    assert json.loads(analyzer.analyze_many_json(["Prices rose, he said."])[0])["id"] is None


def test_analyzer_shared_by_python_threads(article):
    analyzer = whosaid.Analyzer(min_confidence=0.1)
    texts = (TEXTS + [article]) * 8
    expected = [analyzer.analyze(t).to_dict() for t in texts]
    with ThreadPoolExecutor(max_workers=max(4, os.cpu_count() or 2)) as pool:
        got = list(pool.map(lambda t: analyzer.analyze(t).to_dict(), texts))
        assert got == expected
        # module-level functions and analyze_many from threads at once, too
        many = list(pool.map(lambda chunk: [a.to_dict() for a in whosaid.analyze_many(chunk, threads=2)], [texts[i::4] for i in range(4)]))
    assert [d for chunk in many for d in chunk] == [d for i in range(4) for d in [whosaid.analyze(t).to_dict() for t in texts[i::4]]]


def test_results_are_independent_of_the_thread_count(article):
    texts = [article, *TEXTS] * 3
    one = [a.to_json() for a in whosaid.analyze_many(texts, threads=1)]
    two = [a.to_json() for a in whosaid.analyze_many(texts, threads=2)]
    assert one == two


def test_the_gil_is_released_while_analysing(article):
    """Python code runs on another thread while analyze and analyze_many work: the main
    thread's loop keeps turning between the worker's timestamps taken just before and just
    after the calls."""
    import threading
    import time

    texts = [article] * 300
    big = article * 100
    window = {}

    def work():
        window["start"] = time.perf_counter()
        whosaid.analyze_many(texts, threads=1)
        whosaid.analyze(big)
        window["end"] = time.perf_counter()

    worker = threading.Thread(target=work)
    stamps = []
    worker.start()
    while worker.is_alive():
        stamps.append(time.perf_counter())
    worker.join()
    inside = [t for t in stamps if window["start"] < t < window["end"]]
    seconds = window["end"] - window["start"]
    # a loop like this one turns millions of times a second; while another thread holds the
    # GIL (json.loads of a large document, say) it turns a few thousand times
    print(f"{len(inside)} iterations in {seconds:.3f} s")
    assert len(inside) > 50_000 * seconds, (len(inside), seconds)
