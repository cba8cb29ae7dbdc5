"""The cluster example (examples/dask_corpus.py) on a local Dask cluster of two worker
processes: its output equals the single-process analysis, document for document, in input
order."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

import whosaid

distributed = pytest.importorskip("distributed")
cloudpickle = pytest.importorskip("cloudpickle")

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
sys.path.insert(0, str(EXAMPLES))
import dask_corpus  # noqa: E402

# On a real cluster the example is not installed on the workers: ship it by value, as a
# script run as __main__ is.
cloudpickle.register_pickle_by_value(dask_corpus)

SENTENCES = [
    "“There are real problems with this plan,” said Senator Roger Wicker of Mississippi.",
    "A senior US official told Reuters that the talks had stalled.",
    "The CIA declined to comment.",
    "“Mañana,” said Seán O’Brien. “We’ll see 😀,” he added.",
    "“東京は美しい,” said Yuki Tanaka, a spokeswoman for the ministry.",
    "Two people familiar with the matter said the deal was close.",
    "Prices rose, officials said.",
    "No claims here at all.",
]


def make_corpus(path: Path, article: str, n: int = 60) -> list:
    """A corpus written by the test: short made-up documents and the bundled article."""
    docs = []
    for i in range(n):
        parts = [SENTENCES[(i + k) % len(SENTENCES)] for k in range(i % 5)]
        text = " ".join(parts)
        if i % 10 == 3:
            text = article
        doc_id = i if i % 2 else f"doc-{i}"  # numeric and string ids
        docs.append({"id": doc_id, "text": text, "source": "test"})
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=(d["id"] == 5)) + "\n")
        f.write("\n")  # a blank line is skipped
    return docs


def single_process(docs: list, with_texts: bool = True, **settings) -> list:
    analyzer = whosaid.Analyzer(**settings)
    return [
        {"id": d["id"], "analysis": analyzer.analyze(d["text"]).to_dict(id=str(d["id"]), with_texts=with_texts)}
        for d in docs
    ]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    c = distributed.Client(cluster)
    try:
        yield c
    finally:
        c.close()
        cluster.close()


def read_lines(path: Path) -> list:
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_cluster_output_equals_single_process(client, tmp_path, article):
    corpus = tmp_path / "corpus.jsonl"
    docs = make_corpus(corpus, article)
    out = tmp_path / "out.jsonl"
    stats = dask_corpus.run(str(corpus), str(out), client=client, blocksize=4000)
    assert stats["documents"] == len(docs)
    assert stats["partitions"] > 2  # several partitions, over both workers
    got = read_lines(out)
    assert [g["id"] for g in got] == [d["id"] for d in docs]
    assert got == single_process(docs)
    # one analyzer per worker process, made once whatever the number of tasks
    counts = client.run(lambda dask_worker: len(getattr(dask_worker, "_whosaid_analyzers", {})))
    assert len(counts) == 2
    assert all(n == 1 for n in counts.values()), counts


def test_cluster_settings_and_command_line(client, tmp_path, article):
    corpus = tmp_path / "corpus.jsonl"
    docs = make_corpus(corpus, article, n=12)
    out = tmp_path / "out.jsonl"
    rc = dask_corpus.main(
        [str(corpus), str(out), "--scheduler", client.scheduler.address, "--blocksize", "3000", "--min-confidence", "0.9"]
    )
    assert rc == 0
    assert read_lines(out) == single_process(docs, min_confidence=0.9)
    rc = dask_corpus.main([str(corpus), str(out), "--scheduler", client.scheduler.address, "--offsets-only"])
    assert rc == 0
    got = read_lines(out)
    assert got == single_process(docs, with_texts=False)
    assert "text" not in got[3]["analysis"] and "text" not in got[3]["analysis"]["attributions"][0]["content"][0]


def test_a_bad_line_is_reported(client, tmp_path):
    corpus = tmp_path / "bad.jsonl"
    corpus.write_text('{"id": 1, "text": "Prices rose, he said."}\n{"id": 2}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="not a document"):
        dask_corpus.run(str(corpus), str(tmp_path / "out.jsonl"), client=client)


def test_partition_function_alone():
    lines = ['{"id": "a", "text": "Prices rose, officials said."}', "", '{"id": 7, "text": ""}']
    out = [json.loads(line) for line in dask_corpus.analyze_partition(lines, {})]
    assert [o["id"] for o in out] == ["a", 7]
    assert out[0]["analysis"]["attributions"][0]["cue"]["lemma"] == "say"


def test_shared_corpus_if_present(client, tmp_path):
    """The PolNeAR dev corpus next to the repository, read in place (never copied)."""
    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "polnear-dev.jsonl"
    if not corpus.is_file():
        pytest.skip(f"{corpus} not found")
    with corpus.open(encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    out = tmp_path / "dev.jsonl"
    stats = dask_corpus.run(str(corpus), str(out), client=client, blocksize="64KiB")
    assert stats["documents"] == len(docs)
    assert read_lines(out) == single_process(docs)
