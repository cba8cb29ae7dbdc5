"""Self-tests for polnear-to-jsonl.py, on a made-up PolNeAR compartment in brat standoff.

    python3 tools/test_polnear_to_jsonl.py

Python 3.11 standard library only.
"""

import importlib.util
import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import quote_kind  # noqa: E402

spec = importlib.util.spec_from_file_location("polnear_to_jsonl", HERE / "polnear-to-jsonl.py")
convert = importlib.util.module_from_spec(spec)
spec.loader.exec_module(convert)

# characters beyond ASCII before every span, so that character and byte offsets differ
TEXT = (
    "Ana Pérez said the plan 😀 was\n"
    "dead.\n"
    "“It is over,” she said. “We go on.”\n"
    "Prices rose in Zürich.\n"
    "By Jo Smith\n"
)


def chars(sub, nth=0):
    """Character span (brat's offsets) of the nth occurrence of `sub` in TEXT."""
    i = -1
    for _ in range(nth + 1):
        i = TEXT.index(sub, i + 1)
    return i, i + len(sub)


def byte_span(sub, nth=0):
    a, b = chars(sub, nth)
    return {"start": len(TEXT[:a].encode("utf-8")), "end": len(TEXT[:b].encode("utf-8"))}


def t_line(ident, kind, *frags):
    ranges = ";".join(f"{a} {b}" for a, b in frags)
    shown = " ".join(TEXT[a:b] for a, b in frags).replace("\n", " ")
    return f"{ident}\t{kind} {ranges}\t{shown}"


DOC = "nyt_2016-09-01_a-made-up-article"

ANN = "\n".join([
    # E1: a content that brat split at a line break, with a space left at its end
    t_line("T1", "Source", chars("Ana Pérez")),
    t_line("T2", "Cue", chars("said")),
    t_line("T3", "Content", chars("the plan 😀 was"), (chars("dead.")[0], chars("dead.")[1] + 1)),
    t_line("T4", "Attribution", chars("said")),
    "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
    # E2: a split quotation, its second part a repeated role (Content2)
    t_line("T5", "Content", chars("“It is over,”")),
    t_line("T6", "Source", chars("she")),
    t_line("T7", "Cue", chars("said", 1)),
    t_line("T8", "Content", chars("“We go on.”")),
    t_line("T9", "Attribution", chars("said", 1)),
    "E2\tAttribution:T9 Content:T5 Source:T6 Cue:T7 Content2:T8",
    # E3: no source and no cue: kept
    t_line("T10", "Content", chars("Prices rose in Zürich.")),
    t_line("T11", "Attribution", chars("rose")),
    "E3\tAttribution:T11 Content:T10",
    # E4: no content: dropped
    t_line("T12", "Cue", chars("rose")),
    t_line("T13", "Attribution", chars("rose")),
    "E4\tAttribution:T13 Cue:T12",
    # a byline the annotators left out
    t_line("T14", "Discard", chars("By Jo Smith")),
]) + "\n"

# a second annotator, whose id sorts after the first: not used
OTHER = t_line("T1", "Content", chars("dead.")) + "\nE1\tAttribution:T1 Content:T1\n"


class ConvertTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        root = Path(self.tmp.name)
        (root / "text").mkdir()
        (root / "attributions").mkdir()
        (root / "text" / f"{DOC}.txt").write_text(TEXT, encoding="utf-8", newline="")
        (root / "attributions" / f"{DOC}_4e07.ann").write_text(ANN, encoding="utf-8")
        (root / "attributions" / f"{DOC}_d473.ann").write_text(OTHER, encoding="utf-8")
        # an article nobody annotated is skipped
        (root / "text" / "nyt_2016-09-02_unannotated.txt").write_text("x", encoding="utf-8")
        self.root = root

    def tearDown(self):
        self.tmp.cleanup()

    def expected(self):
        return {
            "id": DOC,
            "text": TEXT,
            "publisher": "nyt",
            "annotator": "4e07",
            "discard": [byte_span("By Jo Smith")],
            "attributions": [
                {
                    "source": [byte_span("Ana Pérez")],
                    "cue": [byte_span("said")],
                    # one span from "the" to "dead.": only a line break between the parts,
                    # and the trailing newline trimmed
                    "content": [{"start": byte_span("the plan")["start"], "end": byte_span("dead.")["end"]}],
                    "kind": "indirect",
                    "ref": "E1",
                },
                {
                    "source": [byte_span("she")],
                    "cue": [byte_span("said", 1)],
                    "content": [byte_span("“It is over,”"), byte_span("“We go on.”")],
                    "kind": "direct",
                    "ref": "E2",
                },
                {
                    "source": [],
                    "cue": [],
                    "content": [byte_span("Prices rose in Zürich.")],
                    "kind": "indirect",
                    "ref": "E3",
                },
            ],
        }

    def test_records(self):
        records = list(convert.convert(self.root, quote_kind))
        self.assertEqual(len(records), 1)
        self.assertEqual(records[0], self.expected())
        # the byte offsets slice the texts the annotators marked
        data = TEXT.encode("utf-8")
        a = records[0]["attributions"][1]
        self.assertEqual(data[a["content"][0]["start"]:a["content"][0]["end"]].decode(), "“It is over,”")

    def test_command_line_keeps_the_corpus_layout(self):
        out = subprocess.run(
            [sys.executable, str(HERE / "polnear-to-jsonl.py"), str(self.root)],
            capture_output=True, text=True, encoding="utf-8", check=True,
        )
        lines = out.stdout.splitlines()
        self.assertEqual(len(lines), 1)
        self.assertEqual(lines[0], json.dumps(self.expected(), ensure_ascii=False))
        self.assertIn("unannotated: no annotation, skipped", out.stderr)
        self.assertIn("1 articles", out.stderr)

    def test_char_to_byte(self):
        to_byte = convert.char_to_byte("é😀a")
        self.assertEqual([to_byte(i) for i in range(4)], [0, 2, 6, 7])
        self.assertEqual(to_byte(99), 7)


if __name__ == "__main__":
    os.chdir(HERE)
    unittest.main()
