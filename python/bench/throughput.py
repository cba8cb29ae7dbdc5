#!/usr/bin/env python3
"""Python-side throughput of whosaid: MB/s (10^6 bytes of UTF-8 text per second), total and
per core, on one thread and on every core.

    python bench/throughput.py                    # article x200, and polnear-dev if present
    python bench/throughput.py --threads 1 2      # the thread counts to measure
    python bench/throughput.py --corpus my.jsonl  # any JSONL with a "text" per line
    RAYON_NUM_THREADS=1 python bench/throughput.py --threads default

The thread count of ``analyze_many`` is its ``threads=`` argument; without it (``default``
here) the rayon pool has one thread per core, or RAYON_NUM_THREADS if set. Modes:

* ``analyze_many``: the analyses (results held in Rust, Python objects made on first use);
* ``analyze_many + to_dict``: the same, then every analysis turned into its Python dict;
* ``analyze_many + attributions``: the same, then the Attribution objects of every analysis;
* ``analyze_many_json``: the JSON document of every analysis, made on the worker threads;
* ``analyze loop``: ``[analyze(t) for t in texts]``, one call per text, one thread.

Not part of CI: numbers depend on the machine and its load.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import whosaid  # noqa: E402
from common import best_of, inputs, size_mb  # noqa: E402


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--copies", type=int, default=200, help="copies of the reference article (default 200)")
    p.add_argument("--corpus", help="a JSONL corpus (default ../shared/corpus/polnear-dev.jsonl if present)")
    p.add_argument("--corpus-repeat", type=int, default=4, help="times the corpus is repeated (default 4)")
    p.add_argument("--threads", nargs="+", default=["1", str(os.cpu_count() or 1)], help="thread counts, or 'default'")
    p.add_argument("--runs", type=int, default=5, help="timed runs per measurement (default 5; best and median shown)")
    args = p.parse_args()

    analyzer = whosaid.Analyzer()
    print(f"whosaid {whosaid.__version__}, Python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print("| input | MB | mode | threads | MB/s (best) | MB/s (median) | MB/s per core |")
    print("|---|---:|---|---:|---:|---:|---:|")
    for name, texts in inputs(args.copies, args.corpus, args.corpus_repeat).items():
        mb = size_mb(texts)

        def row(mode: str, threads_label: str, cores: int, f) -> None:
            best, median = best_of(args.runs, f)
            print(
                f"| {name} | {mb:.2f} | {mode} | {threads_label} | {mb / best:.1f} | "
                f"{mb / median:.1f} | {mb / best / cores:.1f} |",
                flush=True,
            )

        row("analyze loop", "1", 1, lambda: [analyzer.analyze(t) for t in texts])
        for t in args.threads:
            threads = None if t == "default" else int(t)
            cores = int(os.environ.get("RAYON_NUM_THREADS") or os.cpu_count() or 1) if threads is None else threads
            cores = min(cores, os.cpu_count() or cores)
            row("analyze_many", t, cores, lambda: analyzer.analyze_many(texts, threads=threads))
            row(
                "analyze_many + to_dict",
                t,
                cores,
                lambda: [a.to_dict() for a in analyzer.analyze_many(texts, threads=threads)],
            )
            row(
                "analyze_many + attributions",
                t,
                cores,
                lambda: [a.attributions for a in analyzer.analyze_many(texts, threads=threads)],
            )
            row("analyze_many_json", t, cores, lambda: analyzer.analyze_many_json(texts, threads=threads))
    return 0


if __name__ == "__main__":
    sys.exit(main())
