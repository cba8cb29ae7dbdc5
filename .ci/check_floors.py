#!/usr/bin/env python3
"""Checks evaluation scores against floors; exits 1 naming every score below its floor.

Usage:
    python3 check_floors.py FLOORS.json SCORES.json

FLOORS.json maps an attribution kind ("all", "direct", "mixed", "indirect") to metric
floors, e.g. {"all": {"content_f1": 0.58, "e2e_f1": 0.52}, ...}.  SCORES.json is the
output of `score.py GOLD PRED --json`; the floors are compared with its
["attribution"][KIND][METRIC] values.  A kind or metric of the floors that the scores do
not have is an error (exit 2), so a typo cannot pass silently.

Python 3 standard library only.
"""

import json
import sys


def main(argv):
    if len(argv) != 3:
        print("usage: check_floors.py FLOORS.json SCORES.json", file=sys.stderr)
        return 2
    try:
        with open(argv[1], encoding="utf-8") as f:
            floors = json.load(f)
        with open(argv[2], encoding="utf-8") as f:
            scores = json.load(f)["attribution"]
    except (OSError, ValueError, KeyError, TypeError) as e:
        print(f"error: cannot read floors or scores: {e}", file=sys.stderr)
        return 2
    failures = []
    for kind, metrics in floors.items():
        for metric, floor in metrics.items():
            try:
                score = float(scores[kind][metric])
                floor = float(floor)
            except (KeyError, TypeError, ValueError):
                print(f"error: {argv[1]}: no score {kind}.{metric} (or its floor is not a number)",
                      file=sys.stderr)
                return 2
            ok = score >= floor
            print(f"  {'ok  ' if ok else 'FAIL'} {kind + '.' + metric:<22} {score:.3f}  (floor {floor:.3f})")
            if not ok:
                failures.append(f"{kind}.{metric} = {score:.3f} is below its floor {floor:.3f}")
    if failures:
        for f in failures:
            print(f"error: {f}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
