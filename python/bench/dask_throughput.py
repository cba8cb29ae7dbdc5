#!/usr/bin/env python3
"""Throughput of the cluster example (examples/dask_corpus.py) on a local Dask cluster,
against the same job in one process.

    python bench/dask_throughput.py                 # 2 workers x 1 thread, article x400
    python bench/dask_throughput.py --workers 2 --threads-per-worker 1 --copies 400

The corpus is written to a scratch folder: the reference article repeated (with ids), and
the texts of ../shared/corpus/polnear-dev.jsonl repeated when present. Measured: the whole
run (read, analyse, collect in order, write) on a cluster already started, and the cluster's
start-up apart; the single-process baseline writes the same lines with
``Analyzer.analyze_many_json`` on one thread and on every core.

Not part of CI: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "examples"))

import whosaid  # noqa: E402
from common import inputs, size_mb  # noqa: E402

import dask_corpus  # noqa: E402


def write_corpus(path: Path, texts: list) -> None:
    with path.open("w", encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": f"doc-{i}", "text": t}, ensure_ascii=False) + "\n")


def single_process(corpus: Path, out: Path, threads: int, with_texts: bool) -> float:
    t0 = time.perf_counter()
    with corpus.open(encoding="utf-8") as f:
        lines = f.readlines()
    analyzer = whosaid.Analyzer()
    docs = list(dask_corpus.parse_documents(lines))
    jsons = analyzer.analyze_many_json(
        [t for _, t in docs], ids=[str(i) for i, _ in docs], threads=threads, with_texts=with_texts
    )
    with out.open("w", encoding="utf-8") as f:
        for (doc_id, _), a in zip(docs, jsons):
            f.write('{"id":' + json.dumps(doc_id) + ',"analysis":' + a + "}\n")
    return time.perf_counter() - t0


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads-per-worker", type=int, default=1)
    p.add_argument("--copies", type=int, default=400, help="copies of the reference article (default 400)")
    p.add_argument("--corpus-repeat", type=int, default=8, help="times polnear-dev is repeated (default 8)")
    p.add_argument("--blocksize", default="1MiB", help="input bytes per partition (default 1MiB)")
    p.add_argument("--runs", type=int, default=3)
    args = p.parse_args()

    from distributed import Client, LocalCluster

    t0 = time.perf_counter()
    cluster = LocalCluster(
        n_workers=args.workers,
        threads_per_worker=args.threads_per_worker,
        processes=True,
        dashboard_address=None,
    )
    client = Client(cluster)
    startup = time.perf_counter() - t0
    cores = args.workers * args.threads_per_worker
    print(f"local cluster: {args.workers} workers x {args.threads_per_worker} threads, started in {startup:.2f} s; {os.cpu_count()} cores")
    print("| input | MB | job | seconds (best) | MB/s | MB/s per core |")
    print("|---|---:|---|---:|---:|---:|")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for name, texts in inputs(args.copies, None, args.corpus_repeat).items():
                corpus = Path(tmp) / "corpus.jsonl"
                write_corpus(corpus, texts)
                mb = size_mb(texts)
                out = Path(tmp) / "out.jsonl"
                for with_texts in (True, False):
                    output = "with texts" if with_texts else "offsets only"
                    best = min(
                        dask_corpus.run(str(corpus), str(out), client=client, blocksize=args.blocksize, with_texts=with_texts)["seconds"]
                        for _ in range(args.runs)
                    )
                    cluster_lines = out.read_text(encoding="utf-8")
                    print(f"| {name} | {mb:.2f} | dask_corpus.py, {cores} worker threads, {output} | {best:.2f} | {mb / best:.1f} | {mb / best / cores:.1f} |", flush=True)
                    for threads in sorted({1, os.cpu_count() or 1}):
                        single = Path(tmp) / "single.jsonl"
                        best1 = min(single_process(corpus, single, threads, with_texts) for _ in range(args.runs))
                        same = single.read_text(encoding="utf-8") == cluster_lines
                        print(
                            f"| {name} | {mb:.2f} | one process, analyze_many_json, {threads} threads, {output}{'' if same else ' (OUTPUT DIFFERS)'} | "
                            f"{best1:.2f} | {mb / best1:.1f} | {mb / best1 / threads:.1f} |",
                            flush=True,
                        )
    finally:
        client.close()
        cluster.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
