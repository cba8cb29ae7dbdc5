"""The bundled reference article (tests/fixtures/peace-plan-article.txt) from Python: the
figures that the Rust acceptance test tests/reference_article.rs checks, on the same gold.

The gold below is that test's, as UTF-8 byte offsets into the fixture (compared with the
``byte_start``/``byte_end`` of the Python results); "matched" follows score.py: content
word-token Dice >= 0.5 and, for the headline figure, overlapping sources.
"""

from __future__ import annotations

import re
from typing import NamedTuple, Optional

import whosaid

TEXT_LEN = 6520  # bytes


class Gold(NamedTuple):
    content: tuple[int, int]
    source: tuple[int, int]
    source_text: str
    cue: Optional[tuple[int, int]]
    kind: str
    speaker: str
    speaker_kind: str
    sourcing: str


GOLD = [
    Gold((0, 210), (212, 219), 'Reuters', (220, 228), "indirect", 'Reuters', "media", "record"),
    Gold((731, 847), (697, 717), 'A senior US official', (718, 722), "indirect", 'a senior US official', "anonymous", "anonymous_characterized"),
    Gold((990, 1036), (1038, 1078), 'two people familiar with the discussions', (1079, 1083), "indirect", 'two people familiar with the discussions', "anonymous", "anonymous_vague"),
    Gold((1403, 1438), (1354, 1392), 'Ukrainian President Volodymyr Zelensky', (1393, 1402), "indirect", 'Volodymyr Zelensky', "person", "named_identified"),
    Gold((1774, 1887), (1889, 1924), 'two people familiar with the matter', (1925, 1929), "indirect", 'two people familiar with the matter', "anonymous", "anonymous_vague"),
    Gold((1945, 2110), (1931, 1939), 'A source', (1940, 1944), "indirect", 'a source', "anonymous", "anonymous_vague"),
    Gold((2133, 2160), (2112, 2118), 'Umerov', (2119, 2132), "mixed", 'Rustam Umerov', "person", "named_identified"),
    Gold((2376, 2533), (2332, 2370), 'White House spokeswoman Carolyn Levitt', (2371, 2375), "mixed", 'Carolyn Levitt', "person", "named_identified"),
    Gold((2543, 2629), (2535, 2537), 'He', (2538, 2542), "mixed", 'Carolyn Levitt', "person", "named_identified"),
    Gold((2649, 2702), (2631, 2636), 'Trump', (2637, 2641), "indirect", 'Donald Trump', "person", "named_identified"),
    Gold((2725, 2810), (2704, 2711), 'Reuters', (2712, 2724), "indirect", 'Reuters', "media", "record"),
    Gold((2891, 3002), (2851, 2889), 'two people familiar with the situation', (2838, 2850), "indirect", 'two people familiar with the situation', "anonymous", "anonymous_vague"),
    Gold((3184, 3274), (3158, 3178), 'A senior US official', (3179, 3183), "indirect", 'a senior US official', "anonymous", "anonymous_characterized"),
    Gold((3341, 3430), (3276, 3335), 'State Department Principal Deputy Spokesperson Tommy Pigott', (3336, 3340), "indirect", 'Tommy Pigott', "person", "named_identified"),
    Gold((3466, 3478), (3436, 3456), 'several US officials', (3457, 3465), "indirect", 'several US officials', "anonymous", "anonymous_characterized"),
    Gold((3503, 3581), (3480, 3496), 'Another official', (3497, 3501), "direct", 'another official', "anonymous", "anonymous_characterized"),
    Gold((3590, 3671), (3582, 3584), 'He', (3585, 3589), "indirect", 'another official', "anonymous", "anonymous_characterized"),
    Gold((4066, 4173), (4179, 4274), 'Senator Roger Wicker of Mississippi, Republican chairman of the Senate Armed Services Committee', (4174, 4178), "direct", 'Roger Wicker', "person", "named_identified"),
    Gold((4276, 4398), (4179, 4274), 'Senator Roger Wicker of Mississippi, Republican chairman of the Senate Armed Services Committee', None, "direct", 'Roger Wicker', "person", "named_identified"),
    Gold((4507, 4622), (4436, 4501), 'Dara Massicotte of the Carnegie Endowment for International Peace', (4502, 4506), "mixed", 'Dara Massicotte', "person", "named_identified"),
    Gold((4624, 4668), (4669, 4672), 'she', (4673, 4677), "direct", 'Dara Massicotte', "person", "named_identified"),
    Gold((4728, 4834), (4709, 4722), 'A US official', (4723, 4727), "indirect", 'a US official', "anonymous", "anonymous_characterized"),
    Gold((5153, 5295), (5126, 5151), 'Mueller’s investigation', (5113, 5125), "indirect", 'Mueller’s investigation', "document", "record"),
]

ANOTHER_OFFICIAL, WICKER, WICKER_CONTINUATION, MASSICOTTE_SHE = 15, 17, 18, 20
LEVITT_HE = 8

# (sources as (byte start, byte end, text)), cue, kind
GOLD_RESPONSES = [
    ([(2230, 2238, "Dmitriev"), (2243, 2278, "the Ukrainian Embassy in Washington")], (2279, 2330), "no_response"),
    ([(4958, 4965, "The CIA")], (4966, 4985), "declined"),
    ([(5985, 6000, "Luna’s office")], (6001, 6040), "no_response"),
    ([(2112, 2118, "Umerov")], (2165, 2228), "declined"),
]


def words(data: bytes) -> list[tuple[int, int]]:
    """Word tokens (maximal runs of alphanumeric characters) as byte spans."""
    text = data.decode()
    out = []
    for m in re.finditer(r"[^\W_]+", text):
        start = len(text[: m.start()].encode())
        out.append((start, start + len(m.group().encode())))
    return out


def token_set(ws: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[int]:
    return {i for (s, e) in spans for i, (ws_, we) in enumerate(ws) if we > s and ws_ < e}


def dice(a: set[int], b: set[int]) -> float:
    if not a and not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def byte_spans(a: whosaid.Attribution) -> list[tuple[int, int]]:
    return [(s.byte_start, s.byte_end) for s in a.contents]


def source_span(a: whosaid.Attribution):
    return None if a.source is None else (a.source.span.byte_start, a.source.span.byte_end)


def match_gold(analysis: whosaid.Analysis, text: str, need_source: bool) -> list[Optional[int]]:
    ws = words(text.encode())
    preds = analysis.attributions
    pairs = []
    for g, gold in enumerate(GOLD):
        gold_tokens = token_set(ws, [gold.content])
        for p, pred in enumerate(preds):
            d = dice(gold_tokens, token_set(ws, byte_spans(pred)))
            src = source_span(pred)
            source_ok = src is not None and overlaps(src, gold.source)
            if d >= 0.5 and (source_ok or not need_source):
                pairs.append((-d, g, p))
    pairs.sort()
    gold_to_pred: list[Optional[int]] = [None] * len(GOLD)
    used = set()
    for _, g, p in pairs:
        if gold_to_pred[g] is None and p not in used:
            gold_to_pred[g] = p
            used.add(p)
    return gold_to_pred


def test_fixture_is_the_one_the_gold_was_checked_against(article):
    data = article.encode()
    assert len(data) == TEXT_LEN
    for gold in GOLD:
        assert data[gold.source[0] : gold.source[1]].decode() == gold.source_text


def check_direct(analysis: whosaid.Analysis, g: int, speaker: str) -> None:
    gold = GOLD[g]
    (a,) = [a for a in analysis.attributions if byte_spans(a) == [gold.content]]
    assert a.kind == "direct"
    assert a.source_text == gold.source_text
    assert source_span(a) == gold.source
    cue = None if a.cue is None else (a.cue.span.byte_start, a.cue.span.byte_end)
    assert cue == gold.cue
    assert a.speaker_name == speaker
    assert analysis.text[a.start : a.end] == a.text


def test_direct_quotations(article):
    analysis = whosaid.analyze(article)
    check_direct(analysis, WICKER, "Roger Wicker")
    check_direct(analysis, WICKER_CONTINUATION, "Roger Wicker")
    check_direct(analysis, MASSICOTTE_SHE, "Dara Massicotte")
    check_direct(analysis, ANOTHER_OFFICIAL, "another official")


def test_finds_roger_wicker(article):
    analysis = whosaid.analyze(article)
    wicker = analysis.speaker("Roger Wicker")
    assert wicker is not None
    assert wicker.kind == "person"
    assert wicker.sourcing == "named_identified"
    assert len(wicker.attributions) == 2
    assert wicker.attributions[0].text.startswith("“There are real problems")


def test_matches_at_least_22_of_23_gold_attributions(article):
    analysis = whosaid.analyze(article)
    matched = match_gold(analysis, article, need_source=True)
    hits = sum(m is not None for m in matched)
    assert hits >= 22, [GOLD[g] for g, m in enumerate(matched) if m is None]


def test_non_responses_match_gold(article):
    analysis = whosaid.analyze(article)
    found = [
        (
            sorted((m.span.byte_start, m.span.byte_end) for m in r.sources),
            (r.cue.byte_start, r.cue.byte_end),
            r.kind,
        )
        for r in analysis.non_responses
    ]
    for sources, cue, kind in GOLD_RESPONSES:
        want = sorted((s, e) for s, e, _ in sources)
        hits = [f for f in found if f[0] == want]
        assert hits, (sources, found)
        assert hits[0][1] == cue
        assert hits[0][2] == kind
    assert len(found) == len(GOLD_RESPONSES)
    assert analysis.profile.non_responses == 4


def test_speakers_and_sourcing_match_gold(article):
    analysis = whosaid.analyze(article)
    matched = match_gold(analysis, article, need_source=False)
    right = 0
    for g, p in enumerate(matched):
        if g == LEVITT_HE or p is None:
            continue
        a = analysis.attributions[p]
        gold = GOLD[g]
        if (a.speaker_name, a.speaker_kind, a.sourcing) == (gold.speaker, gold.speaker_kind, gold.sourcing):
            right += 1
    assert right >= 21


def test_levitt_pronoun_is_levitt_or_unresolved(article):
    analysis = whosaid.analyze(article)
    ws = words(article.encode())
    gold_tokens = token_set(ws, [GOLD[LEVITT_HE].content])
    preds = [a for a in analysis.attributions if dice(gold_tokens, token_set(ws, byte_spans(a))) >= 0.5]
    assert preds
    for a in preds:
        assert a.speaker_name in (None, "Carolyn Levitt")


def test_python_offsets_agree_with_bytes_on_the_article(article):
    analysis = whosaid.analyze(article)
    data = article.encode()
    for a in analysis.attributions:
        assert article[a.start : a.end] == a.text
        for s in a.contents:
            assert article[s.start : s.end] == s.text == data[s.byte_start : s.byte_end].decode()
