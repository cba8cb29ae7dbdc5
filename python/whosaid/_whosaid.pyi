"""Type stubs of the native module behind the ``whosaid`` package (use ``whosaid`` itself)."""

from os import PathLike
from typing import Any, Optional, Sequence, Tuple, Union, final

__all__ = ["NativeAnalyzer", "NativeAnalysis", "WhosaidError", "frames", "__version__", "JSON_FORMAT_VERSION"]

__version__: str
JSON_FORMAT_VERSION: int

class WhosaidError(ValueError):
    """Invalid settings or lexicon entries, or a lexicon file that cannot be read."""

    kind: str
    lexicon: Optional[str]
    file: Optional[str]
    line: Optional[int]
    setting: Optional[str]

@final
class NativeAnalyzer:
    def __new__(
        cls,
        *,
        min_confidence: float = 0.0,
        pronoun_window: int = 6,
        window: int = ...,
        cue_verbs: Sequence[str] = ...,
        media_outlets: Sequence[str] = ...,
        first_names: Sequence[Tuple[str, str]] = ...,
        cue_verbs_files: Sequence[Union[str, PathLike[str]]] = ...,
        media_outlets_files: Sequence[Union[str, PathLike[str]]] = ...,
    ) -> NativeAnalyzer: ...
    @property
    def min_confidence(self) -> float: ...
    @property
    def pronoun_window(self) -> int: ...
    @property
    def window(self) -> int: ...
    def cue_verbs(self) -> list[dict[str, Any]]: ...
    def analyze(self, text: str) -> NativeAnalysis: ...
    def analyze_many(self, texts: Sequence[str], threads: Optional[int] = None) -> list[NativeAnalysis]: ...
    def analyze_many_json(
        self,
        texts: Sequence[str],
        ids: Optional[Sequence[Optional[str]]] = None,
        threads: Optional[int] = None,
        span_texts: bool = True,
    ) -> list[str]: ...

@final
class NativeAnalysis:
    @property
    def text(self) -> str: ...
    def json(self, id: Optional[str] = None, texts: bool = True) -> str: ...
    def citron_json(self) -> str: ...
    def part(self, name: str) -> Any: ...
    def state(self) -> str: ...
    @staticmethod
    def from_state(state: str) -> NativeAnalysis: ...

def frames() -> list[tuple[str, str]]: ...
