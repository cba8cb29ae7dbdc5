#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz target `analyze` into fuzz/seeds/analyze/.

Seeds are the bundled article (tests/fixtures/*.txt) cut into pieces of at most 4000 bytes
on paragraph ends, and short made-up sentences. The target reads the first byte as option
flags (bit 0: a second analyzer with min_confidence 0.5, bit 1: a user lexicon, bit 2: JSON
with texts and UTF-16 offsets), so every seed is written with flags 0 and 7.

    python3 fuzz/make_seeds.py   # from the repository root or from fuzz/
"""
import hashlib
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
OUT = HERE / "seeds" / "analyze"
FIXTURES = HERE.parent / "tests" / "fixtures"

MADE_UP = [
    "“We will not back down,” said Senator Jane Doe of Ohio.",
    "“It is fair,” she said. “And it is late.”",
    "A senior US official told Reuters that the talks had stalled.",
    "Two people familiar with the matter said the deal was close.",
    "According to the mayor’s office, the bridge will reopen in May.",
    "The budget is balanced, the minister said, adding that taxes would not rise.",
    "The ministry declined to comment. Her office did not immediately respond to requests for comment.",
    "Asked whether he would resign, Mr. Lopez said: “No.”",
    "‘Nested “quotes” here,’ he said.",
    "«Bonjour», a dit le maire. „Gut“, sagte sie.",
    "\"Plain quotes,\" said Dr. Amy Ng, 42. 'Single ones,' said Jr. Bo.",
    "``TeX quotes,'' the report said.",
    "“Unclosed quotation, said nobody.\n\nNext paragraph” she said.",
    "He said. She said. They said. “” “ ” ‘’",
    "The Daily Planet opined that Zorba had lied, the paper reported, citing officials.",
    "Officials — speaking on condition of anonymity because they were not authorized to "
    "speak publicly — said the U.S. plan had 28 points.",
    "Q: Did you sign it?\r\nA: I did not, the governor said.\r\n",
    "“Justice 👩‍⚖️ was served,” said Seán O’Brien. José\u0301 said 中文 “ok”.",
    "THE PRESIDENT SAID THE WAR WOULD END SOON",
    "said said said said said “ “ “ ” ” ” ’ ’ '",
]


def pieces(text, limit=4000):
    paras = text.split("\n")
    piece = ""
    for p in paras:
        if piece and len((piece + "\n" + p).encode()) > limit:
            yield piece
            piece = p
        else:
            piece = piece + "\n" + p if piece else p
    if piece:
        yield piece


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    texts = []
    for f in sorted(FIXTURES.glob("*.txt")):
        texts.extend(pieces(f.read_text(encoding="utf-8")))
    texts.extend(MADE_UP)
    texts.append("\n".join(MADE_UP))
    for text in texts:
        for flags in (0, 7):
            data = bytes([flags]) + text.encode("utf-8")[:4095]
            name = hashlib.sha1(data).hexdigest()
            (OUT / name).write_bytes(data)
    print(f"{len(list(OUT.iterdir()))} seeds in {OUT}")


if __name__ == "__main__":
    main()
