"""Who said what, in English news text.

``whosaid`` finds every claim a news text attributes to someone: what was said (the
content), how (the cue, "said", "according to"), by whom (the source as written and the
speaker it resolves to), and how strong the sourcing is, from named, identified people down
to "people familiar with the matter". It is the Python face of the Rust library of the
same name: rule-based, no model to load, 15 to 25 MB of text per second per core for the
analysis itself.

Quick start::

    >>> import whosaid
    >>> text = ("“There are real problems with this plan,” said Senator Roger Wicker. "
    ...         "A senior US official told Reuters that the talks had stalled. "
    ...         "The CIA declined to comment.")
    >>> analysis = whosaid.analyze(text)
    >>> [(a.kind, a.speaker_name, a.sourcing) for a in analysis.attributions]
    [('direct', 'Roger Wicker', 'named_identified'), ('indirect', 'a senior US official', 'anonymous_characterized')]
    >>> a = analysis.attributions[0]
    >>> text[a.start:a.end] == a.text
    True
    >>> analysis.non_responses[0].kind
    'declined'

What there is:

* :func:`analyze` and :func:`analyze_many` with the default settings; :class:`Analyzer`
  for settings (``min_confidence``, ``pronoun_window``) and your own lexicon entries
  (cue verbs, media outlets, first names, from strings or files).
  ``analyze_many`` releases the GIL and analyses on every core (``threads=N``, or the
  environment variable ``RAYON_NUM_THREADS``, sets how many).
* :class:`Analysis`: ``attributions``, ``speakers``, ``non_responses``, ``quotes``,
  ``sentences``, ``paragraphs``, ``profile``; ``to_dict()`` / ``to_json()`` (the documented
  JSON format of ``schema/analysis.schema.json``) and ``citron()`` (BBC Citron's format).
* :class:`Attribution`, :class:`Speaker`, :class:`NonResponse`, :class:`Mention`,
  :class:`Cue`, :class:`Quote`, :class:`Paragraph`, :class:`Span` and :class:`Profile`,
  each with attributes and ``to_dict()``.
* :class:`WhosaidError` (a ``ValueError``) for bad settings and lexicons.

Offsets: every span has ``start``/``end`` in **characters** — Python's own indices, so
``text[span.start:span.end] == span.text`` holds for accents, emoji and CJK alike — and
``byte_start``/``byte_end`` in UTF-8 bytes (``text.encode()[b0:b1].decode()``).

Values of kinds and levels are the lower-case names of the JSON format: ``ATTRIBUTION_KINDS``,
``SOURCING_LEVELS``, ``SPEAKER_KINDS`` and the other tuples of this module list them.

The library reads English: text in another language gives no attributions (an empty
result, not an error). Analysing text never raises.
"""

from __future__ import annotations

import json as _json
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple, Union

from ._whosaid import JSON_FORMAT_VERSION, NativeAnalysis as _NativeAnalysis
from ._whosaid import NativeAnalyzer as _NativeAnalyzer
from ._whosaid import WhosaidError
from ._whosaid import __version__
from ._whosaid import frames as _frames

__all__ = [
    "analyze",
    "analyze_many",
    "Analyzer",
    "Analysis",
    "Attribution",
    "Speaker",
    "NonResponse",
    "Mention",
    "Cue",
    "Quote",
    "Paragraph",
    "Span",
    "Profile",
    "WhosaidError",
    "ATTRIBUTION_KINDS",
    "SOURCING_LEVELS",
    "SPEAKER_KINDS",
    "MENTION_KINDS",
    "CUE_CLASSES",
    "TENSES",
    "RESPONSE_KINDS",
    "PATTERNS",
    "FRAMES",
    "JSON_FORMAT_VERSION",
    "__version__",
]

#: Direct (all the content in quotation marks), indirect (none), mixed (some).
ATTRIBUTION_KINDS = ("direct", "indirect", "mixed")
#: Sourcing levels, strongest first.
SOURCING_LEVELS = (
    "witnessed",
    "named_identified",
    "named_bare",
    "record",
    "anonymous_characterized",
    "anonymous_vague",
    "unattributed",
)
#: What a speaker is.
SPEAKER_KINDS = ("person", "organisation", "media", "document", "anonymous", "unknown")
#: What kind of phrase a source mention is.
MENTION_KINDS = (
    "name",
    "pronoun",
    "description",
    "anonymous",
    "organisation",
    "media",
    "document",
)
#: The stance class of a cue.
CUE_CLASSES = (
    "neutral",
    "assertive",
    "skeptical",
    "denial",
    "belief",
    "intention",
    "inquiry",
    "evaluation",
    "evidence",
)
#: The tense of a cue as written.
TENSES = (
    "present",
    "past",
    "present_perfect",
    "past_perfect",
    "progressive",
    "future",
    "non_finite",
)
#: Kinds of non-response.
RESPONSE_KINDS = ("declined", "no_response", "unreachable")
#: The grammar patterns that produce attributions.
PATTERNS = (
    "quote_source_cue",
    "quote_cue_source",
    "source_cue_quote",
    "continuation",
    "source_cue_content",
    "source_cue_object_content",
    "content_source_cue",
    "content_cue_source",
    "parenthetical",
    "according_to",
    "as_source_cue",
    "participle",
    "colon",
    "described_as",
    "sourceless",
    "nominal",
    "relative_clause",
)

#: The frames a cue verb line may list (``Analyzer(cue_verbs=...)``): name -> what the frame
#: allows after the verb, with an example.
FRAMES: Dict[str, str] = dict(_frames())

# ----------------------------------------------------------------------------- values --


class Span:
    """A stretch of the analysed text (made by an analysis).

    ``start``/``end`` count characters (Python's ``str`` indices, half-open):
    ``analysis.text[span.start:span.end] == span.text``. ``byte_start``/``byte_end`` count
    UTF-8 bytes: ``analysis.text.encode()[span.byte_start:span.byte_end]``.
    """

    __slots__ = ("_src", "start", "end", "byte_start", "byte_end")

    def __init__(self, src: str, start: int, end: int, byte_start: int, byte_end: int):
        self._src = src
        self.start = start
        self.end = end
        self.byte_start = byte_start
        self.byte_end = byte_end

    @classmethod
    def _from_json(cls, d: Mapping[str, Any], src: str) -> "Span":
        return cls(src, d["char_start"], d["char_end"], d["start"], d["end"])

    @property
    def text(self) -> str:
        """The spanned text."""
        return self._src[self.start : self.end]

    def to_dict(self) -> Dict[str, Any]:
        """``{"text", "start", "end", "byte_start", "byte_end"}``."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
        }

    def __len__(self) -> int:
        return self.end - self.start

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Span):
            return NotImplemented
        return (self.start, self.end, self.byte_start, self.byte_end, self.text) == (
            other.start,
            other.end,
            other.byte_start,
            other.byte_end,
            other.text,
        )

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.text))

    def __repr__(self) -> str:
        return f"Span({self.start}, {self.end}, {self.text!r})"


def _opt_span(d: Optional[Mapping[str, Any]], src: str) -> Optional[Span]:
    return None if d is None else Span._from_json(d, src)


def _span_fields(prefix: str, span: Optional[Span]) -> Dict[str, Any]:
    if span is None:
        return {
            f"{prefix}text": None,
            f"{prefix}start": None,
            f"{prefix}end": None,
            f"{prefix}byte_start": None,
            f"{prefix}byte_end": None,
        }
    return {
        f"{prefix}text": span.text,
        f"{prefix}start": span.start,
        f"{prefix}end": span.end,
        f"{prefix}byte_start": span.byte_start,
        f"{prefix}byte_end": span.byte_end,
    }


class Cue:
    """The reporting verb or phrase of an attribution: "said", "has vowed", "according to".

    ``span`` is where it is written (with its auxiliaries), ``lemma`` the dictionary form
    ("say"), ``cue_class`` the stance class (one of ``CUE_CLASSES``; also readable as
    ``cls``), ``tense`` one of ``TENSES``.
    """

    __slots__ = ("span", "lemma", "cue_class", "tense")

    def __init__(self, span: Span, lemma: str, cue_class: str, tense: str):
        self.span = span
        self.lemma = lemma
        self.cue_class = cue_class
        self.tense = tense

    @property
    def text(self) -> str:
        """The cue as written."""
        return self.span.text

    @property
    def cls(self) -> str:
        """The stance class (``cue_class``)."""
        return self.cue_class

    def to_dict(self) -> Dict[str, Any]:
        """The span's fields plus ``lemma``, ``class`` and ``tense``."""
        d = self.span.to_dict()
        d.update(lemma=self.lemma, **{"class": self.cue_class}, tense=self.tense)
        return d

    def __repr__(self) -> str:
        return f"Cue({self.span.text!r}, lemma={self.lemma!r}, class={self.cue_class!r})"


class Mention:
    """A phrase that names or stands for a source, as written ("he", "a senior official").

    ``kind`` is one of ``MENTION_KINDS`` (``None`` for cited sources and the sources of
    non-responses, whose kind the JSON format does not carry); ``speaker_index`` points
    into ``Analysis.speakers`` (``speaker`` resolves it).
    """

    __slots__ = ("span", "kind", "speaker_index", "_analysis")

    def __init__(
        self,
        span: Span,
        kind: Optional[str],
        speaker_index: Optional[int],
        analysis: Optional["Analysis"] = None,
    ):
        self.span = span
        self.kind = kind
        self.speaker_index = speaker_index
        self._analysis = analysis

    @property
    def text(self) -> str:
        """The mention as written."""
        return self.span.text

    @property
    def start(self) -> int:
        """First character."""
        return self.span.start

    @property
    def end(self) -> int:
        """One past the last character."""
        return self.span.end

    @property
    def speaker(self) -> Optional["Speaker"]:
        """The speaker the mention resolves to."""
        if self.speaker_index is None or self._analysis is None:
            return None
        return self._analysis.speakers[self.speaker_index]

    def to_dict(self) -> Dict[str, Any]:
        """The span's fields plus ``kind`` and ``speaker`` (an index)."""
        d = self.span.to_dict()
        d.update(kind=self.kind, speaker=self.speaker_index)
        return d

    def __repr__(self) -> str:
        return f"Mention({self.span.text!r}, kind={self.kind!r})"


class Attribution:
    """One claim the text credits to someone.

    * ``kind``: ``"direct"``, ``"indirect"`` or ``"mixed"`` (all, none or some of the
      content's words in quotation marks).
    * ``contents``: the content spans, one or several for a split quotation
      ("“A,” he said, “B.”"). A direct quotation's content includes its marks; a
      paraphrase's starts with its complementizer ("that …").
    * ``start``/``end`` (characters), ``byte_start``/``byte_end`` and ``text``: from the
      first content span's start to the last one's end, so that
      ``analysis.text[a.start:a.end] == a.text``; ``content_text`` joins the content
      spans' texts with " … " instead.
    * ``cue``: the :class:`Cue`, ``None`` for a continuation quote; ``cue_text``,
      ``cue_lemma``, ``cue_class`` read it.
    * ``source``: the :class:`Mention` next to the cue, ``None`` when unattributed;
      ``source_text`` reads it.
    * ``speaker``: the :class:`Speaker` the source resolves to; ``speaker_name``,
      ``speaker_kind``, ``speaker_index``; ``label`` is the name, else the source as written.
    * ``sourcing``: one of ``SOURCING_LEVELS``; ``confidence`` from 0 to 1; ``pattern``
      one of ``PATTERNS``; ``resolution`` how the speaker was found when the source does
      not name it ("pronoun", "short_name", …) or ``None``.
    * ``citing``: for "X reported, citing S", the cited mentions; ``quote_indices``,
      ``sentence_indices``, ``paragraph_indices``: what it touches.
    """

    __slots__ = (
        "index",
        "kind",
        "contents",
        "cue",
        "source",
        "speaker_index",
        "speaker_name",
        "sourcing",
        "resolution",
        "pattern",
        "confidence",
        "citing",
        "quote_indices",
        "sentence_indices",
        "paragraph_indices",
        "_analysis",
    )

    def __init__(self, d: Mapping[str, Any], analysis: "Analysis"):
        self._analysis = analysis
        src = analysis.text
        self.index: int = d["index"]
        self.kind: str = d["kind"]
        self.contents: List[Span] = [Span._from_json(s, src) for s in d["content"]]
        cue = d["cue"]
        self.cue: Optional[Cue] = (
            None
            if cue is None
            else Cue(Span._from_json(cue["span"], src), cue["lemma"], cue["class"], cue["tense"])
        )
        source = d["source"]
        self.speaker_index: Optional[int] = d["speaker"]
        self.source: Optional[Mention] = (
            None
            if source is None
            else Mention(Span._from_json(source["span"], src), source["kind"], d["speaker"], analysis)
        )
        self.speaker_name: Optional[str] = d["speaker_name"]
        self.sourcing: str = d["sourcing"]
        self.resolution: Optional[str] = d["resolution"]
        self.pattern: str = d["pattern"]
        self.confidence: float = d["confidence"]
        self.citing: List[Mention] = [
            Mention(Span._from_json(c["span"], src), None, c["speaker"], analysis) for c in d["citing"]
        ]
        self.quote_indices: List[int] = list(d["quotes"])
        self.sentence_indices: List[int] = list(d["sentences"])
        self.paragraph_indices: List[int] = list(d["paragraphs"])

    # the content's extent
    @property
    def start(self) -> int:
        """First character of the content."""
        return self.contents[0].start if self.contents else 0

    @property
    def end(self) -> int:
        """One past the last character of the content."""
        return self.contents[-1].end if self.contents else 0

    @property
    def byte_start(self) -> int:
        """First byte of the content."""
        return self.contents[0].byte_start if self.contents else 0

    @property
    def byte_end(self) -> int:
        """One past the last byte of the content."""
        return self.contents[-1].byte_end if self.contents else 0

    @property
    def text(self) -> str:
        """The text from the content's start to its end (``analysis.text[start:end]``)."""
        if len(self.contents) == 1:
            return self.contents[0].text
        return self._analysis.text[self.start : self.end]

    @property
    def content_text(self) -> str:
        """The content spans' texts joined with " … " (the text itself for one span)."""
        return " … ".join(s.text for s in self.contents)

    @property
    def cue_text(self) -> Optional[str]:
        """The cue as written, or ``None``."""
        return None if self.cue is None else self.cue.span.text

    @property
    def cue_lemma(self) -> Optional[str]:
        """The cue's dictionary form ("say", "according to"), or ``None``."""
        return None if self.cue is None else self.cue.lemma

    @property
    def cue_class(self) -> Optional[str]:
        """The cue's stance class (``CUE_CLASSES``), or ``None``."""
        return None if self.cue is None else self.cue.cue_class

    @property
    def source_text(self) -> Optional[str]:
        """The source mention as written ("he", "A senior US official"), or ``None``."""
        return None if self.source is None else self.source.span.text

    @property
    def speaker(self) -> Optional["Speaker"]:
        """The speaker, or ``None`` when the source was not resolved (or is absent)."""
        if self.speaker_index is None:
            return None
        return self._analysis.speakers[self.speaker_index]

    @property
    def speaker_kind(self) -> Optional[str]:
        """The speaker's kind (``SPEAKER_KINDS``), or ``None``."""
        sp = self.speaker
        return None if sp is None else sp.kind

    @property
    def label(self) -> Optional[str]:
        """Who to show as the author: the speaker's name, else the source as written."""
        return self.speaker_name if self.speaker_name is not None else self.source_text

    def to_dict(self) -> Dict[str, Any]:
        """A flat record, one column per scalar, for tables (``pandas.DataFrame``).

        Keys: ``index``, ``kind``, ``text``, ``start``, ``end``, ``byte_start``,
        ``byte_end``, ``content_text``, ``contents`` (a list of span dicts), ``cue_text``,
        ``cue_lemma``, ``cue_class``, ``cue_tense``, ``cue_start``, ``cue_end``,
        ``cue_byte_start``, ``cue_byte_end``, ``source_text``, ``source_kind``,
        ``source_start``, ``source_end``, ``source_byte_start``, ``source_byte_end``,
        ``speaker`` (an index), ``speaker_name``, ``speaker_kind``, ``sourcing``,
        ``resolution``, ``pattern``, ``confidence``, ``citing`` (a list of mention dicts),
        ``quotes``, ``sentences``, ``paragraphs`` (lists of indices). Only JSON types.
        """
        d: Dict[str, Any] = {
            "index": self.index,
            "kind": self.kind,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "byte_start": self.byte_start,
            "byte_end": self.byte_end,
            "content_text": self.content_text,
            "contents": [s.to_dict() for s in self.contents],
        }
        cue = self.cue
        d.update(_span_fields("cue_", None if cue is None else cue.span))
        d["cue_lemma"] = None if cue is None else cue.lemma
        d["cue_class"] = None if cue is None else cue.cue_class
        d["cue_tense"] = None if cue is None else cue.tense
        d.update(_span_fields("source_", None if self.source is None else self.source.span))
        d["source_kind"] = None if self.source is None else self.source.kind
        d.update(
            speaker=self.speaker_index,
            speaker_name=self.speaker_name,
            speaker_kind=self.speaker_kind,
            sourcing=self.sourcing,
            resolution=self.resolution,
            pattern=self.pattern,
            confidence=self.confidence,
            citing=[m.to_dict() for m in self.citing],
            quotes=list(self.quote_indices),
            sentences=list(self.sentence_indices),
            paragraphs=list(self.paragraph_indices),
        )
        return d

    def __repr__(self) -> str:
        return (
            f"Attribution({self.kind}, {self.label!r} {self.cue_text!r} "
            f"{_short(self.content_text)!r}, {self.sourcing})"
        )


def _short(s: str, n: int = 60) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


class Speaker:
    """A real-world source behind one or more mentions ("Senator Roger Wicker", "Wicker",
    "the senator", "he").

    * ``name`` (a description's determiner in lower case: "a senior US official"),
      ``name_span``, ``kind`` (``SPEAKER_KINDS``), ``sourcing`` (``SOURCING_LEVELS``).
    * What the text says of it, as text or ``None``: ``title``, ``role``, ``affiliation``,
      and for anonymous sources ``seniority``, ``basis`` (of knowledge) and
      ``anonymity_reason``; the spans as ``title_span``, ``role_span``, …
    * ``gender`` ("female", "male" or ``None``); ``count`` for anonymous sources:
      ``{"exact": 2}``, ``{"vague": "several"}`` or ``None``.
    * ``mentions``: the spans of every mention, in text order.
    * ``attribution_indices``, ``non_response_indices``, ``cited_in_indices``: indices
      into the analysis' lists; ``attributions``, ``non_responses`` and ``cited_in``
      resolve them.
    """

    __slots__ = (
        "index",
        "name",
        "name_span",
        "kind",
        "sourcing",
        "title_span",
        "role_span",
        "affiliation_span",
        "seniority_span",
        "basis_span",
        "anonymity_reason_span",
        "gender",
        "count",
        "mentions",
        "attribution_indices",
        "non_response_indices",
        "cited_in_indices",
        "_analysis",
    )

    def __init__(self, d: Mapping[str, Any], analysis: "Analysis"):
        self._analysis = analysis
        src = analysis.text
        self.index: int = d["index"]
        self.name: str = d["name"]
        self.name_span: Span = Span._from_json(d["name_span"], src)
        self.kind: str = d["kind"]
        self.sourcing: str = d["sourcing"]
        self.title_span = _opt_span(d["title"], src)
        self.role_span = _opt_span(d["role"], src)
        self.affiliation_span = _opt_span(d["affiliation"], src)
        self.seniority_span = _opt_span(d["seniority"], src)
        self.basis_span = _opt_span(d["basis"], src)
        self.anonymity_reason_span = _opt_span(d["anonymity_reason"], src)
        self.gender: Optional[str] = d["gender"]
        self.count: Optional[Dict[str, Any]] = d["count"]
        self.mentions: List[Span] = [Span._from_json(m, src) for m in d["mentions"]]
        self.attribution_indices: List[int] = list(d["attributions"])
        self.non_response_indices: List[int] = list(d["non_responses"])
        self.cited_in_indices: List[int] = list(d["cited_in"])

    @property
    def title(self) -> Optional[str]:
        """A title: "President"."""
        return None if self.title_span is None else self.title_span.text

    @property
    def role(self) -> Optional[str]:
        """A role: "spokeswoman"."""
        return None if self.role_span is None else self.role_span.text

    @property
    def affiliation(self) -> Optional[str]:
        """An affiliation: "White House"."""
        return None if self.affiliation_span is None else self.affiliation_span.text

    @property
    def seniority(self) -> Optional[str]:
        """For anonymous sources, seniority: "senior"."""
        return None if self.seniority_span is None else self.seniority_span.text

    @property
    def basis(self) -> Optional[str]:
        """For anonymous sources, basis of knowledge: "familiar with the matter"."""
        return None if self.basis_span is None else self.basis_span.text

    @property
    def anonymity_reason(self) -> Optional[str]:
        """For anonymous sources, the stated reason for anonymity."""
        span = self.anonymity_reason_span
        return None if span is None else span.text

    @property
    def attributions(self) -> List[Attribution]:
        """Its attributions, in text order."""
        a = self._analysis.attributions
        return [a[i] for i in self.attribution_indices]

    @property
    def non_responses(self) -> List["NonResponse"]:
        """Its non-responses ("declined to comment")."""
        r = self._analysis.non_responses
        return [r[i] for i in self.non_response_indices]

    @property
    def cited_in(self) -> List[Attribution]:
        """The attributions that cite it ("X reported, citing S")."""
        a = self._analysis.attributions
        return [a[i] for i in self.cited_in_indices]

    def to_dict(self) -> Dict[str, Any]:
        """A record: ``index``, ``name``, ``kind``, ``sourcing``, the name span's fields as
        ``name_start``, ``name_end``, ``name_byte_start``, ``name_byte_end``, ``title``,
        ``role``, ``affiliation``, ``seniority``, ``basis``, ``anonymity_reason`` (texts),
        ``gender``, ``count``, ``mentions`` (span dicts), ``attributions``,
        ``non_responses``, ``cited_in`` (indices). Only JSON types."""
        return {
            "index": self.index,
            "name": self.name,
            "kind": self.kind,
            "sourcing": self.sourcing,
            "name_start": self.name_span.start,
            "name_end": self.name_span.end,
            "name_byte_start": self.name_span.byte_start,
            "name_byte_end": self.name_span.byte_end,
            "title": self.title,
            "role": self.role,
            "affiliation": self.affiliation,
            "seniority": self.seniority,
            "basis": self.basis,
            "anonymity_reason": self.anonymity_reason,
            "gender": self.gender,
            "count": None if self.count is None else dict(self.count),
            "mentions": [m.to_dict() for m in self.mentions],
            "attributions": list(self.attribution_indices),
            "non_responses": list(self.non_response_indices),
            "cited_in": list(self.cited_in_indices),
        }

    def __repr__(self) -> str:
        return f"Speaker({self.name!r}, {self.kind}, {self.sourcing})"


class NonResponse:
    """A source that "declined to comment", "did not respond" or "could not be reached":
    an event of that source, never content.

    ``kind`` is one of ``RESPONSE_KINDS``; ``cue`` the phrase (a :class:`Span`);
    ``sources`` the mentions that did not respond; ``speakers`` and ``speaker_names``
    resolve them.
    """

    __slots__ = ("index", "kind", "cue", "sources", "_analysis")

    def __init__(self, d: Mapping[str, Any], analysis: "Analysis"):
        self._analysis = analysis
        src = analysis.text
        self.index: int = d["index"]
        self.kind: str = d["kind"]
        self.cue: Span = Span._from_json(d["cue"], src)
        self.sources: List[Mention] = [
            Mention(Span._from_json(s["span"], src), None, s["speaker"], analysis) for s in d["sources"]
        ]

    @property
    def cue_text(self) -> str:
        """The phrase as written: "declined to comment"."""
        return self.cue.text

    @property
    def speakers(self) -> List[Speaker]:
        """The speakers of its sources (those resolved)."""
        out: List[Speaker] = []
        for m in self.sources:
            sp = m.speaker
            if sp is not None and sp not in out:
                out.append(sp)
        return out

    @property
    def speaker_names(self) -> List[str]:
        """Who did not respond: each source's speaker name, else the source as written."""
        return [m.speaker.name if m.speaker is not None else m.text for m in self.sources]

    def to_dict(self) -> Dict[str, Any]:
        """``index``, ``kind``, the cue span's fields as ``cue_text``, ``cue_start``, …,
        ``sources`` (mention dicts) and ``speaker_names``. Only JSON types."""
        d: Dict[str, Any] = {"index": self.index, "kind": self.kind}
        d.update(_span_fields("cue_", self.cue))
        d["sources"] = [m.to_dict() for m in self.sources]
        d["speaker_names"] = self.speaker_names
        return d

    def __repr__(self) -> str:
        return f"NonResponse({self.kind}, {self.speaker_names!r}, {self.cue.text!r})"


class Quote:
    """A quotation: ``span`` with its marks, ``inner`` without; ``style`` (the marks:
    "curly_double", "straight_double", "guillemets", …), ``kind`` ("full", "fragment",
    "title"), ``depth`` (0 at the top), ``terminated`` (a closing mark was found),
    ``attribution_indices`` (the attributions whose content overlaps it)."""

    __slots__ = ("index", "span", "inner", "style", "kind", "depth", "terminated", "attribution_indices")

    def __init__(self, d: Mapping[str, Any], src: str):
        self.index: int = d["index"]
        self.span = Span._from_json(d["span"], src)
        self.inner = Span._from_json(d["inner"], src)
        self.style: str = d["style"]
        self.kind: str = d["kind"]
        self.depth: int = d["depth"]
        self.terminated: bool = d["terminated"]
        self.attribution_indices: List[int] = list(d["attributions"])

    @property
    def text(self) -> str:
        """The quotation with its marks."""
        return self.span.text

    def to_dict(self) -> Dict[str, Any]:
        """The span's fields plus ``inner`` (a span dict), ``style``, ``kind``, ``depth``,
        ``terminated`` and ``attributions`` (indices)."""
        d = self.span.to_dict()
        d.update(
            index=self.index,
            inner=self.inner.to_dict(),
            style=self.style,
            kind=self.kind,
            depth=self.depth,
            terminated=self.terminated,
            attributions=list(self.attribution_indices),
        )
        return d

    def __repr__(self) -> str:
        return f"Quote({_short(self.span.text)!r}, {self.kind})"


class Paragraph:
    """A paragraph: ``span`` (without surrounding whitespace) and ``heading``."""

    __slots__ = ("span", "heading")

    def __init__(self, span: Span, heading: bool):
        self.span = span
        self.heading = heading

    @property
    def text(self) -> str:
        """The paragraph's text."""
        return self.span.text

    def to_dict(self) -> Dict[str, Any]:
        """The span's fields plus ``heading``."""
        d = self.span.to_dict()
        d["heading"] = self.heading
        return d

    def __repr__(self) -> str:
        return f"Paragraph({_short(self.span.text)!r}{', heading' if self.heading else ''})"


class Profile:
    """The document's sourcing profile.

    ``attributions`` (how many), ``by_level`` (attributions per sourcing level, every level
    of ``SOURCING_LEVELS`` a key), ``direct``, ``indirect``, ``mixed``, ``share_anonymous``
    (0 to 1), ``named_speakers``, ``anonymous_speakers``, ``record_speakers`` (distinct
    outlets and documents) and ``non_responses``.
    """

    __slots__ = (
        "attributions",
        "by_level",
        "direct",
        "indirect",
        "mixed",
        "share_anonymous",
        "named_speakers",
        "anonymous_speakers",
        "record_speakers",
        "non_responses",
    )

    def __init__(self, d: Mapping[str, Any]):
        self.attributions: int = d["attributions"]
        self.by_level: Dict[str, int] = dict(d["by_level"])
        self.direct: int = d["direct"]
        self.indirect: int = d["indirect"]
        self.mixed: int = d["mixed"]
        self.share_anonymous: float = d["share_anonymous"]
        self.named_speakers: int = d["named_speakers"]
        self.anonymous_speakers: int = d["anonymous_speakers"]
        self.record_speakers: int = d["record_speakers"]
        self.non_responses: int = d["non_responses"]

    def to_dict(self) -> Dict[str, Any]:
        """The profile as in the JSON format."""
        return {name: (dict(self.by_level) if name == "by_level" else getattr(self, name)) for name in self.__slots__}

    def __repr__(self) -> str:
        return (
            f"Profile(attributions={self.attributions}, non_responses={self.non_responses}, "
            f"share_anonymous={self.share_anonymous})"
        )


# --------------------------------------------------------------------------- analysis --


class Analysis:
    """The result of analysing one text (made by :func:`analyze` and
    :meth:`Analyzer.analyze`).

    ``text`` is the analysed text. The lists (``attributions``, ``speakers``,
    ``non_responses``, ``quotes``, ``sentences``, ``paragraphs``) and ``profile`` are made
    on first use (each list apart) and kept; until then the results stay in Rust. Objects refer
    to each other by index into those lists and resolve them (``attribution.speaker``,
    ``speaker.attributions``).

    An analysis pickles (for multiprocessing and Dask) with its text and every result.
    """

    __slots__ = (
        "_native",
        "_text",
        "_attributions",
        "_speakers",
        "_non_responses",
        "_quotes",
        "_sentences",
        "_paragraphs",
    )

    def __init__(self, native: _NativeAnalysis):
        self._native = native
        self._text: Optional[str] = None
        self._attributions: Optional[List[Attribution]] = None
        self._speakers: Optional[List[Speaker]] = None
        self._non_responses: Optional[List[NonResponse]] = None
        self._quotes: Optional[List[Quote]] = None
        self._sentences: Optional[List[Span]] = None
        self._paragraphs: Optional[List[Paragraph]] = None

    def _part(self, name: str) -> Any:
        # one list of the results, without the span texts (the classes slice them from the
        # text): made in Rust as Python objects, no JSON text between
        return self._native.part(name)

    @property
    def text(self) -> str:
        """The analysed text."""
        if self._text is None:
            self._text = self._native.text
        return self._text

    @property
    def attributions(self) -> List[Attribution]:
        """Attributions, in text order of their content."""
        if self._attributions is None:
            self._attributions = [Attribution(d, self) for d in self._part("attributions")]
        return self._attributions

    @property
    def speakers(self) -> List[Speaker]:
        """Speakers: one per real-world source."""
        if self._speakers is None:
            self._speakers = [Speaker(d, self) for d in self._part("speakers")]
        return self._speakers

    @property
    def non_responses(self) -> List[NonResponse]:
        """Non-responses: sources that declined to comment or did not answer."""
        if self._non_responses is None:
            self._non_responses = [NonResponse(d, self) for d in self._part("non_responses")]
        return self._non_responses

    @property
    def quotes(self) -> List[Quote]:
        """Quotations, in order of their opening marks."""
        if self._quotes is None:
            self._quotes = [Quote(d, self.text) for d in self._part("quotes")]
        return self._quotes

    @property
    def sentences(self) -> List[Span]:
        """Sentences, in order, without the whitespace after them."""
        if self._sentences is None:
            src = self.text
            self._sentences = [Span._from_json(d, src) for d in self._part("sentences")]
        return self._sentences

    @property
    def paragraphs(self) -> List[Paragraph]:
        """Paragraphs, in order."""
        if self._paragraphs is None:
            src = self.text
            self._paragraphs = [
                Paragraph(Span._from_json(d["span"], src), d["heading"])
                for d in self._part("paragraphs")
            ]
        return self._paragraphs

    @property
    def profile(self) -> Profile:
        """The sourcing profile of the document."""
        return Profile(self._part("profile"))

    def speaker(self, name: str) -> Optional[Speaker]:
        """The first speaker of this name, or ``None``."""
        for s in self.speakers:
            if s.name == name:
                return s
        return None

    def to_dict(self, id: Optional[str] = None, *, with_texts: bool = True) -> Dict[str, Any]:
        """The whole analysis in the documented JSON format (``schema/analysis.schema.json``,
        format ``"whosaid-analysis"``, version ``JSON_FORMAT_VERSION``): every span has
        ``start``/``end`` in bytes and ``char_start``/``char_end`` in characters (Python's
        indices), and with ``with_texts`` (the default) its ``text``, the document its whole
        ``text``; without, the spans are offsets only, about half the size. A new dict
        each call; ``id`` is written as the document's ``"id"``."""
        doc: Dict[str, Any] = _json.loads(self._native.json(id, with_texts))
        return doc

    def to_json(
        self, id: Optional[str] = None, indent: Optional[int] = None, *, with_texts: bool = True
    ) -> str:
        """:meth:`to_dict` as a JSON string (compact, or indented by ``indent``)."""
        doc = self._native.json(id, with_texts)
        if indent is None:
            return doc
        return _json.dumps(_json.loads(doc), ensure_ascii=False, indent=indent)

    def citron(self) -> Dict[str, Any]:
        """The analysis in BBC Citron's JSON annotation format: ``text``, ``quotes`` (each
        with ``cue``, ``sources``, ``contents``, ``coreferences``, ``confidence`` and the
        extensions ``speaker`` and ``sourcing``) and ``coreference_groups``; spans are
        ``{"start", "end", "text"}`` in characters."""
        doc: Dict[str, Any] = _json.loads(self._native.citron_json())
        return doc

    def __reduce__(self) -> Tuple[Any, Tuple[str]]:
        return (_restore, (self._native.state(),))

    def __repr__(self) -> str:
        return (
            f"<whosaid.Analysis: {len(self.text)} characters, {len(self.attributions)} "
            f"attributions, {len(self.speakers)} speakers, {len(self.non_responses)} "
            "non-responses>"
        )


def _restore(state: str) -> Analysis:
    return Analysis(_NativeAnalysis.from_state(state))


# --------------------------------------------------------------------------- analyzer --

_Lines = Union[str, Iterable[str], None]


def _lines(value: _Lines) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _paths(value: Any) -> List[str]:
    import os

    if value is None:
        return []
    if isinstance(value, (str, os.PathLike)):
        return [os.fspath(value)]
    return [os.fspath(v) for v in value]


def _names(value: Any) -> List[Tuple[str, str]]:
    if value is None:
        return []
    if isinstance(value, Mapping):
        return [(str(k), str(v)) for k, v in value.items()]
    return [(str(k), str(v)) for k, v in value]


class Analyzer:
    """An analyzer with settings and your own lexicon entries; reusable and thread-safe.

    Arguments (all keyword-only, all optional):

    * ``min_confidence`` (0 to 1, default 0): attributions below it are dropped.
    * ``pronoun_window`` (default 6): how many sentences back a pronoun may look for its
      speaker.
    * ``window`` (bytes, at least 1024, default 262144): a longer text is analysed window
      by window, cut at blank lines; people, organisations and outlets of the same name are
      one speaker across windows, pronouns and descriptions refer back within theirs.
    * ``cue_verbs``: reporting verbs, a string of lines (or a list of them) in the format
      of the built-in lexicon, ``LEMMA CLASS FRAMES BASE THIRD PAST PARTICIPLE ING
      [+PARTICLE]``, e.g. ``"opine neutral inv,that opine opines opined opined opining"``.
      CLASS is one of ``CUE_CLASSES``; FRAMES a comma-separated list of the names of
      ``FRAMES`` (inv, that, obj, …). Adding a built-in verb again is an error:
      :meth:`cue_verbs` lists those in use.
    * ``media_outlets``: news outlets, lines of ``CANONICAL NAME | alias | alias``.
    * ``first_names``: given names and the gender usually associated with them, used to
      resolve "he" and "she": a mapping ``{"Ngozi": "female"}`` or pairs (``"female"``/
      ``"f"``, ``"male"``/``"m"``).
    * ``cue_verbs_files``, ``media_outlets_files``: paths (one or a list) of lexicon files
      in the same formats.

    Raises :class:`WhosaidError` (a ``ValueError``) for a setting out of range, a lexicon
    line that cannot be read (its message names the lexicon, the file and the line) or a
    file that cannot be read.

    >>> analyzer = Analyzer(cue_verbs="opine neutral inv,that opine opines opined opined opining",
    ...                     media_outlets="The Daily Planet | Daily Planet")
    >>> [a.cue_lemma for a in analyzer.analyze("The Daily Planet opined that the mayor had lied.").attributions]
    ['opine']
    """

    __slots__ = ("_native",)

    def __init__(
        self,
        *,
        min_confidence: float = 0.0,
        pronoun_window: int = 6,
        window: int = 262144,
        cue_verbs: _Lines = None,
        media_outlets: _Lines = None,
        first_names: Union[Mapping[str, str], Iterable[Tuple[str, str]], None] = None,
        cue_verbs_files: Any = None,
        media_outlets_files: Any = None,
    ):
        if isinstance(pronoun_window, bool) or not isinstance(pronoun_window, int) or pronoun_window < 0:
            err = WhosaidError(
                f"invalid setting pronoun_window: must be a whole number of sentences, 0 or more, got {pronoun_window!r}"
            )
            err.kind, err.setting, err.lexicon, err.file, err.line = "config", "pronoun_window", None, None, None
            raise err
        if isinstance(window, bool) or not isinstance(window, int) or window < 0:
            err = WhosaidError(f"invalid setting window: must be a whole number of bytes, got {window!r}")
            err.kind, err.setting, err.lexicon, err.file, err.line = "config", "window", None, None, None
            raise err
        self._native = _NativeAnalyzer(
            min_confidence=float(min_confidence),
            pronoun_window=pronoun_window,
            window=window,
            cue_verbs=_lines(cue_verbs),
            media_outlets=_lines(media_outlets),
            first_names=_names(first_names),
            cue_verbs_files=_paths(cue_verbs_files),
            media_outlets_files=_paths(media_outlets_files),
        )

    @property
    def min_confidence(self) -> float:
        """Attributions below this confidence are dropped."""
        return self._native.min_confidence

    @property
    def pronoun_window(self) -> int:
        """How many sentences back a pronoun may look for its speaker."""
        return self._native.pronoun_window

    @property
    def window(self) -> int:
        """The most text analysed as one window, in bytes."""
        return self._native.window

    def cue_verbs(self) -> List[Dict[str, Any]]:
        """The reporting verbs in use, built-in ones first, then those added: one dict each,
        with ``lemma``, ``particle`` (``"out"`` for "point out", else ``None``), ``class``
        (``CUE_CLASSES``), ``frames`` (names of ``FRAMES``), the forms ``base``,
        ``third_person``, ``past``, ``past_participle``, ``ing``, and ``builtin``."""
        verbs: List[Dict[str, Any]] = self._native.cue_verbs()
        return verbs

    def analyze(self, text: str) -> Analysis:
        """Analyses one text (the GIL is released meanwhile). Never raises for any ``str``."""
        return Analysis(self._native.analyze(_text(text)))

    def analyze_many(self, texts: Iterable[str], *, threads: Optional[int] = None) -> List[Analysis]:
        """Analyses many texts in parallel and returns their analyses in input order.

        The GIL is released while the texts are analysed, on a rayon thread pool: by default
        one thread per core (or ``RAYON_NUM_THREADS`` if set when the module loads), or
        ``threads`` threads. Each result equals ``self.analyze(text)``."""
        natives = self._native.analyze_many([_text(t) for t in texts], _threads(threads))
        return [Analysis(n) for n in natives]

    def analyze_many_json(
        self,
        texts: Iterable[str],
        *,
        ids: Optional[Sequence[Optional[str]]] = None,
        threads: Optional[int] = None,
        with_texts: bool = True,
    ) -> List[str]:
        """Like :meth:`analyze_many`, but each result is the JSON document of
        :meth:`Analysis.to_json` (with ``ids[i]`` as its ``"id"``; offsets only, without
        the texts, if ``with_texts`` is false), made on the worker threads too: the fastest way to
        write a corpus out."""
        id_list = None if ids is None else [None if i is None else str(i) for i in ids]
        return self._native.analyze_many_json(
            [_text(t) for t in texts], id_list, _threads(threads), with_texts
        )

    def __repr__(self) -> str:
        return f"Analyzer(min_confidence={self.min_confidence}, pronoun_window={self.pronoun_window})"


def _text(t: Any) -> str:
    if not isinstance(t, str):
        raise TypeError(f"expected a str to analyse, got {type(t).__name__}")
    return t


def _threads(threads: Optional[int]) -> Optional[int]:
    if threads is None:
        return None
    if isinstance(threads, bool) or not isinstance(threads, int) or threads < 1:
        raise ValueError(f"threads must be a whole number, 1 or more, got {threads!r}")
    return threads


_DEFAULT: Optional[Analyzer] = None


def _default() -> Analyzer:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Analyzer()
    return _DEFAULT


def analyze(text: str) -> Analysis:
    """Analyses one text with the default settings: ``Analyzer().analyze(text)``.

    >>> [a.speaker_name for a in analyze("“It works,” said Ana Pérez.").attributions]
    ['Ana Pérez']
    """
    return _default().analyze(text)


def analyze_many(texts: Iterable[str], *, threads: Optional[int] = None) -> List[Analysis]:
    """Analyses many texts in parallel with the default settings, on every core (or
    ``threads`` threads), the GIL released: ``Analyzer().analyze_many(texts)``."""
    return _default().analyze_many(texts, threads=threads)
