#!/usr/bin/env python3
"""Convert the public PolNeAR release to the attribution JSONL of FORMAT.md.

    python3 tools/polnear-to-jsonl.py PolNeAR/data/dev > polnear-dev.jsonl
    python3 tools/polnear-to-jsonl.py PolNeAR/data/train > polnear-train.jsonl

PolNeAR (Newell, Margolin and Ruths, LREC 2018) is the public repository
networkdynamics/PolNeAR; each compartment folder (data/train, data/dev, data/test,
data/annotator-training) holds text/DOC.txt and attributions/DOC_ANNOTATOR.ann in brat
standoff. One JSON object per article, in file name order:

    {"id", "text", "publisher", "annotator", "discard", "attributions": [{"source", "cue",
     "content", "kind", "ref"}]}

(the keys in the order of the corpus files, so that a converted split can be compared with
them byte for byte)

The conversion:

* brat offsets count characters; they become UTF-8 byte offsets into "text";
* each brat event is one attribution, "ref" its event id; repeated roles (Content2) join
  the role's span list; spans are trimmed of whitespace, and fragments separated only by
  whitespace (brat splits a selection at line breaks) are joined; lists are sorted;
* events with no argument or no content are dropped; attributions with no source are
  kept, with "source": []; attributions are in the order of their first content span;
* an article annotated by several annotators keeps the annotation of the
  lexicographically first annotator id;
* "kind" (direct / mixed / indirect) is the rule of quote_kind.py, the one the scorer
  (score.py) uses, both in this folder (or the folder given with --tools);
* "discard" lists the Discard spans (bylines, "Read the rest here.").

Python 3.11 standard library only. Texts are read exactly as stored (no newline change),
so offsets are into the file's own text.
"""

import argparse
import json
import os
import sys
from pathlib import Path

ROLES = ("Source", "Cue", "Content")


def char_to_byte(text):
    """A function mapping a character offset of `text` to its UTF-8 byte offset."""
    table = [0] * (len(text) + 1)
    n = 0
    for i, ch in enumerate(text):
        table[i] = n
        n += len(ch.encode("utf-8"))
    table[len(text)] = n
    return lambda c: table[max(0, min(c, len(text)))]


def parse_ann(path):
    """Text-bound annotations {id: (type, [(start, end), ...])} and events
    [(id, {role: [T ids]})] of one .ann file."""
    spans, events = {}, []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        fields = line.split("\t")
        ident = fields[0]
        if ident.startswith("T") and len(fields) >= 2:
            kind, _, ranges = fields[1].partition(" ")
            frags = []
            for r in ranges.split(";"):
                a, b = r.split()
                frags.append((int(a), int(b)))
            spans[ident] = (kind, frags)
        elif ident.startswith("E") and len(fields) >= 2:
            roles = {}
            for arg in fields[1].split()[1:]:  # the first is the trigger, Attribution:T4
                role, _, target = arg.partition(":")
                base = role.rstrip("0123456789")
                roles.setdefault(base, []).append(target)
            events.append((ident, roles))
    return spans, events


def clean(text, frags):
    """Character fragments trimmed of whitespace, empty ones dropped, sorted, and those
    separated only by whitespace joined."""
    out = []
    for a, b in sorted(frags):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a < b:
            out.append([a, b])
    joined = []
    for a, b in out:
        if joined and text[joined[-1][1]:a].strip() == "" and a >= joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], b)
        elif joined and a < joined[-1][1]:
            joined[-1][1] = max(joined[-1][1], b)  # overlapping fragments
        else:
            joined.append([a, b])
    return joined


def convert(folder, quote_kind):
    folder = Path(folder)
    texts = sorted((folder / "text").glob("*.txt"))
    anns = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        doc, _, annotator = ann.stem.rpartition("_")
        anns.setdefault(doc, []).append((annotator, ann))
    for text_path in texts:
        doc = text_path.stem
        if doc not in anns:
            print(f"warning: {doc}: no annotation, skipped", file=sys.stderr)
            continue
        annotator, ann = min(anns[doc])
        with open(text_path, encoding="utf-8", newline="") as f:
            text = f.read()
        to_byte = char_to_byte(text)
        spans, events = parse_ann(ann)
        attributions = []
        for ident, roles in events:
            parts = {}
            for role in ROLES:
                frags = []
                for t in roles.get(role, []):
                    if t in spans:
                        frags.extend(spans[t][1])
                parts[role] = clean(text, frags)
            if not any(parts.values()) or not parts["Content"]:
                continue
            content_text = "\n".join(text[a:b] for a, b in parts["Content"])
            attributions.append({
                "source": [{"start": to_byte(a), "end": to_byte(b)} for a, b in parts["Source"]],
                "cue": [{"start": to_byte(a), "end": to_byte(b)} for a, b in parts["Cue"]],
                "content": [{"start": to_byte(a), "end": to_byte(b)} for a, b in parts["Content"]],
                "kind": quote_kind.kind(content_text),
                "ref": ident,
            })
        attributions.sort(key=lambda a: (a["content"][0]["start"], a["content"][0]["end"]))
        discard = [
            {"start": to_byte(a), "end": to_byte(b)}
            for kind, frags in spans.values() if kind == "Discard"
            for a, b in clean(text, frags)
        ]
        discard.sort(key=lambda s: s["start"])
        yield {
            "id": doc,
            "text": text,
            "publisher": doc.split("_", 1)[0],
            "annotator": annotator,
            "discard": discard,
            "attributions": attributions,
        }


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("folder", help="a PolNeAR compartment: PolNeAR/data/dev, …/train, …/test")
    p.add_argument("--tools", default=os.path.dirname(os.path.abspath(__file__)),
                   help="the folder of score.py and quote_kind.py (default: this script's folder)")
    args = p.parse_args()
    sys.path.insert(0, args.tools)
    try:
        import quote_kind
    except ImportError:
        sys.exit(f"error: quote_kind.py not found in {args.tools} (give the scorer's folder with --tools)")
    n = 0
    out = sys.stdout
    for record in convert(args.folder, quote_kind):
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    print(f"{n} articles", file=sys.stderr)


if __name__ == "__main__":
    main()
