#!/usr/bin/env python3
"""Analyse a JSONL corpus on a Dask cluster: one JSON line per document, in input order.

Input: one document per line, ``{"id": ..., "text": "..."}`` (other keys are ignored; the
id may be a string or a number). Output: one line per document,
``{"id": <the input id>, "analysis": <Analysis.to_dict()>}``, in the order of the input
(``--offsets-only``: ``Analysis.to_dict(with_texts=False)``, spans without their texts,
about half the size).

    # a local cluster of 2 worker processes with 1 thread each (the default)
    python examples/dask_corpus.py corpus.jsonl out.jsonl

    # a running cluster: the scheduler's address; whosaid installed on every worker
    python examples/dask_corpus.py corpus.jsonl out.jsonl --scheduler tcp://scheduler:8786

How it works: ``dask.bag.read_text`` splits the file into blocks of whole lines
(``--blocksize``), and each worker reads its own blocks, so on a real cluster the input
must be where every worker can read it (a shared file system, or ``s3://…`` with s3fs).
Each partition is analysed by one ``whosaid.Analyzer`` per worker process, made on first
use and kept on the worker, with as many threads as the worker has (the GIL is released
while it runs). The client collects the partitions in order and writes the output file.

Dask needs only pip (``pip install "dask[distributed]"``) and no JVM, which is why this
example uses it rather than Spark; the per-partition function is the same one would give
``RDD.mapPartitions``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any, Dict, Iterable, Iterator, List, Optional

import whosaid

# the settings every worker builds its analyzer with (whosaid.Analyzer's keywords)
Settings = Dict[str, Any]

_LOCAL_ANALYZERS: Dict[str, whosaid.Analyzer] = {}


def worker_analyzer(settings: Settings) -> whosaid.Analyzer:
    """The analyzer of this worker for these settings, made on first use.

    It is kept on the Dask worker object (``distributed.get_worker()``), so one worker
    process builds it once, whichever task asks first; outside a worker (a test, the
    synchronous scheduler) it is kept in this process.
    """
    key = json.dumps(settings, sort_keys=True, default=str)
    try:
        from distributed import get_worker

        cache = get_worker().__dict__.setdefault("_whosaid_analyzers", {})
    except (ImportError, ValueError):
        cache = _LOCAL_ANALYZERS
    analyzer = cache.get(key)
    if analyzer is None:
        analyzer = cache[key] = whosaid.Analyzer(**settings)
    return analyzer


def worker_threads() -> Optional[int]:
    """How many threads the analysis may use here: the Dask worker's thread count, so that
    Dask's accounting of cores holds (None outside a worker: every core)."""
    try:
        from distributed import get_worker

        return max(1, int(get_worker().state.nthreads))
    except (ImportError, ValueError, AttributeError):
        return None


def parse_documents(lines: Iterable[str]) -> Iterator[tuple]:
    """(id, text) for every non-blank JSONL line."""
    for line in lines:
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
            text = doc["text"]
        except (ValueError, KeyError, TypeError) as e:
            raise ValueError(f"not a document ({e}): {line[:80]!r}") from None
        if not isinstance(text, str):
            raise ValueError(f"\"text\" is not a string: {line[:80]!r}")
        yield doc.get("id"), text


def analyze_partition(lines: Iterable[str], settings: Settings, with_texts: bool = True) -> List[str]:
    """One partition of JSONL lines in, its output lines out (same order).

    This is all a cluster runs; it suits ``dask.bag.map_partitions`` as it is, and Spark's
    ``mapPartitions`` or a multiprocessing pool just as well.
    """
    docs = list(parse_documents(lines))
    analyzer = worker_analyzer(settings)
    ids = [None if i is None else str(i) for i, _ in docs]
    analyses = analyzer.analyze_many_json(
        [t for _, t in docs], ids=ids, threads=worker_threads(), with_texts=with_texts
    )
    return [
        '{"id":' + json.dumps(doc_id, ensure_ascii=False) + ',"analysis":' + analysis + "}"
        for (doc_id, _), analysis in zip(docs, analyses)
    ]


def run(
    corpus: str,
    output: str,
    *,
    client: Any,
    blocksize: Any = "4MiB",
    settings: Optional[Settings] = None,
    with_texts: bool = True,
) -> Dict[str, Any]:
    """Analyses ``corpus`` (a JSONL path or URL that the workers can read) on the cluster of
    ``client`` and writes ``output`` on the client, in input order. Returns counts and the
    time taken."""
    import dask.bag as db

    settings = dict(settings or {})
    # fail early, on the client, for bad settings
    whosaid.Analyzer(**settings)
    start = time.perf_counter()
    bag = db.read_text(corpus, blocksize=blocksize, encoding="utf-8")
    parts = bag.map_partitions(analyze_partition, settings, with_texts).to_delayed()
    futures = client.compute(parts)
    documents = 0
    with open(output, "w", encoding="utf-8") as out:
        for future in futures:  # in partition order; later partitions run meanwhile
            for line in future.result():
                out.write(line)
                out.write("\n")
                documents += 1
            future.release()
    return {
        "documents": documents,
        "partitions": len(parts),
        "seconds": time.perf_counter() - start,
    }


def main(argv: Optional[List[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("corpus", help="JSONL input, one {\"id\", \"text\"} per line")
    p.add_argument("output", help="JSONL output, one {\"id\", \"analysis\"} per line")
    p.add_argument("--scheduler", help="address of a running scheduler (tcp://host:8786); without it, a local cluster")
    p.add_argument("--workers", type=int, default=2, help="local cluster: worker processes (default 2)")
    p.add_argument("--threads-per-worker", type=int, default=1, help="local cluster: threads per worker (default 1)")
    p.add_argument("--blocksize", default="4MiB", help="bytes of input per partition (default 4MiB)")
    p.add_argument("--min-confidence", type=float, default=0.0, help="drop attributions below this confidence")
    p.add_argument("--offsets-only", action="store_true", help="spans without their texts (about half the output)")
    args = p.parse_args(argv)

    from distributed import Client, LocalCluster

    settings: Settings = {"min_confidence": args.min_confidence}
    try:
        if args.scheduler:
            client = Client(args.scheduler)
            cluster = None
        else:
            cluster = LocalCluster(
                n_workers=args.workers,
                threads_per_worker=args.threads_per_worker,
                processes=True,
                dashboard_address=None,
            )
            client = Client(cluster)
        try:
            stats = run(
                args.corpus,
                args.output,
                client=client,
                blocksize=args.blocksize,
                settings=settings,
                with_texts=not args.offsets_only,
            )
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
    except whosaid.WhosaidError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(
        f"{stats['documents']} documents in {stats['partitions']} partitions, "
        f"{stats['seconds']:.2f} s -> {args.output}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
