"""The Python examples of python/README.md and of the repository README's "From Python"
section run as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def python_blocks(path: Path, section: str | None = None) -> list:
    text = path.read_text(encoding="utf-8")
    if section is not None:
        start = text.index(section)
        rest = text[start + len(section) :]
        nxt = re.search(r"^## ", rest, re.M)
        text = rest[: nxt.start()] if nxt else rest
    return re.findall(r"```python\n(.*?)```", text, re.S)


@pytest.mark.parametrize(
    "path, section",
    [(ROOT / "python" / "README.md", None), (ROOT / "README.md", "## From Python")],
)
def test_readme_examples_run(path, section, capsys):
    pytest.importorskip("pandas")
    blocks = python_blocks(path, section)
    assert blocks, f"no Python example in {path.name}"
    for block in blocks:
        exec(compile(block, str(path), "exec"), {"__name__": "readme"})
