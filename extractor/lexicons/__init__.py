"""Word lists the rules read: loaded once from `lexicons/*.txt|tsv`. No names of companies, products or people."""

from __future__ import annotations

from functools import cache
from pathlib import Path

LEXICON_DIR = Path(__file__).parent


def _lines(name: str) -> list[str]:
    text = (LEXICON_DIR / name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A one-column list (`name.txt`) as a set of lower-case entries."""
    return frozenset(line.strip().lower() for line in _lines(f"{name}.txt"))


@cache
def any_words(*names: str) -> frozenset[str]:
    """The union of several one-column lists, built once: a rule asked per figure or per mention that joined
    them itself built the same set on every call (about 22k joins per 200 stories)."""
    return frozenset().union(*(words(name) for name in names))


@cache
def words_but(names: tuple[str, ...], left_out: str) -> frozenset[str]:
    """`any_words(*names)` less the entries of the list `left_out`, built once."""
    return any_words(*names) - words(left_out)


@cache
def table(name: str) -> dict[str, tuple[str, ...]]:
    """A tab-separated list (`name.tsv`): first column -> the other columns."""
    rows = (line.split("\t") for line in _lines(f"{name}.tsv"))
    return {row[0].strip().lower(): tuple(cell.strip() for cell in row[1:]) for row in rows}
