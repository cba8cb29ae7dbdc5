#!/usr/bin/env python3
"""Compare the predictions of two builds of whosaid over a JSONL corpus.

    tools/preddiff.py REF CORPUS.jsonl [CORPUS.jsonl ...] [--continuations separate] [--quiet]

Builds the `evaluate` example twice, once at the git ref REF (in a worktree in the system's
temporary directory, its build in target/preddiff/, both reused between runs) and once from the working tree, runs both over every
corpus (the evaluation JSONL of ../shared/corpus/FORMAT.md), and prints, per document, each
attribution that only one build finds and each attribution whose speaker, speaker kind or
sourcing level differs. Attributions are matched by their content spans (exact byte
offsets). Non-responses are compared by their sources and cue spans.

The last line counts the differences by kind (direct / mixed / indirect). The exit status is 0
when the builds agree, 1 when they differ and 2 on an error, so that a restructuring commit can
be checked with

    tools/preddiff.py HEAD ../shared/corpus/polnear-dev.jsonl --quiet

Standard library only (Python 3.8 or later).
"""

import argparse
import hashlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(cmd, cwd, **kw):
    return subprocess.run(cmd, cwd=cwd, check=True, **kw)


def build(tree, target):
    """Builds the evaluate example of the source tree `tree`; returns the binary's path."""
    env = dict(os.environ, CARGO_TARGET_DIR=target)
    run(["cargo", "build", "--quiet", "--release", "--example", "evaluate"], tree, env=env)
    return os.path.join(target, "release", "examples", "evaluate")


def worktree_at(ref):
    """A worktree of the repository checked out at `ref` (detached), created or updated."""
    # outside the repository: inside it, cargo would take the tree for a member of the
    # working tree's workspace (or of none, for an old ref)
    tag = hashlib.sha1(ROOT.encode()).hexdigest()[:10]
    path = os.path.join(tempfile.gettempdir(), "whosaid-preddiff-" + tag)
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", ref + "^{commit}"],
        cwd=ROOT, check=True, capture_output=True, text=True,
    ).stdout.strip()
    if not os.path.isdir(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        run(["git", "worktree", "add", "--detach", "--quiet", path, commit], ROOT)
    else:
        run(["git", "checkout", "--detach", "--quiet", commit], path)
    return path, commit


def predict(binary, corpus, continuations):
    out = subprocess.run(
        [binary, "--continuations", continuations, corpus],
        check=True, capture_output=True, text=True,
    ).stdout
    docs = {}
    for line in out.splitlines():
        if line.strip():
            d = json.loads(line)
            docs[d["id"]] = d
    return docs


def spans_key(spans):
    return tuple((s["start"], s["end"]) for s in spans)


def text_of(text, spans):
    b = text.encode("utf-8")
    return " … ".join(b[s["start"]:s["end"]].decode("utf-8", "replace") for s in spans)


def describe(a, text):
    source = text_of(text, a.get("source") or []) or "-"
    return "{} | {} | source {!r} | speaker {!r} ({}) | {}".format(
        a.get("kind"),
        short(text_of(text, a["content"])),
        source,
        a.get("speaker"),
        a.get("speaker_kind"),
        a.get("sourcing"),
    )


def short(s, n=90):
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def compare(corpus, old, new, quiet):
    texts = {}
    with open(corpus, encoding="utf-8-sig") as f:
        for line in f:
            if line.strip():
                d = json.loads(line)
                texts[str(d["id"])] = d["text"]
    counts = Counter()
    for doc_id in sorted(set(old) | set(new)):
        text = texts.get(doc_id, "")
        a = {spans_key(x["content"]): x for x in old.get(doc_id, {}).get("attributions", [])}
        b = {spans_key(x["content"]): x for x in new.get(doc_id, {}).get("attributions", [])}
        lines = []
        for k in sorted(a.keys() - b.keys()):
            counts["removed " + str(a[k].get("kind"))] += 1
            lines.append("  - " + describe(a[k], text))
        for k in sorted(b.keys() - a.keys()):
            counts["added " + str(b[k].get("kind"))] += 1
            lines.append("  + " + describe(b[k], text))
        for k in sorted(a.keys() & b.keys()):
            x, y = a[k], b[k]
            fields = ("speaker", "speaker_kind", "sourcing", "source", "cue")
            if any(x.get(f) != y.get(f) for f in fields):
                counts["changed " + str(x.get("kind"))] += 1
                lines.append("  ~ " + describe(x, text))
                lines.append("    " + describe(y, text))
        ra = {json.dumps(r, sort_keys=True) for r in old.get(doc_id, {}).get("responses", [])}
        rb = {json.dumps(r, sort_keys=True) for r in new.get(doc_id, {}).get("responses", [])}
        for r in sorted(ra - rb):
            counts["removed response"] += 1
            lines.append("  - response " + r)
        for r in sorted(rb - ra):
            counts["added response"] += 1
            lines.append("  + response " + r)
        if lines and not quiet:
            print(doc_id)
            print("\n".join(lines))
    return counts


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("ref", help="git ref of the build to compare with the working tree")
    p.add_argument("corpora", nargs="+", help="JSONL corpora (FORMAT.md)")
    p.add_argument("--continuations", default="merge", choices=["merge", "separate"])
    p.add_argument("--quiet", action="store_true", help="print the counts only")
    args = p.parse_args()
    try:
        tree, commit = worktree_at(args.ref)
        old_bin = build(tree, os.path.join(ROOT, "target", "preddiff", "target"))
        new_bin = build(ROOT, os.path.join(ROOT, "target"))
        total = Counter()
        for corpus in args.corpora:
            old = predict(old_bin, corpus, args.continuations)
            new = predict(new_bin, corpus, args.continuations)
            counts = compare(corpus, old, new, args.quiet)
            summary = ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) or "no difference"
            print(f"{corpus}: {commit[:10]} → working tree: {summary}")
            total.update(counts)
    except (subprocess.CalledProcessError, OSError, json.JSONDecodeError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
