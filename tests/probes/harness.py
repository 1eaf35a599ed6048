"""One harness for every probe (period, subject, role probes): each row becomes a short story, the stories'
facts come from one extraction run, and the probe's own comparison marks each expectation of a row against
the facts of its story. The probes differ only in their rows and in what they compare."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from extractor.models import Fact

Row = TypeVar("Row")


@dataclass(frozen=True)
class Mark:
    """One expectation compared with a story's facts: met or not, the parts of it that were met (for a run
    that counts them apart), and what was missed. `expected=False` marks a fact the probe did not expect."""

    ok: bool
    parts: frozenset[str] = frozenset()
    note: str = ""
    expected: bool = True


@dataclass
class Tally:
    """A probe's score: expectations met of those written, unexpected facts, met parts and the notes."""

    right: int = 0
    total: int = 0
    extra: int = 0
    parts: Counter = field(default_factory=Counter)
    notes: list[str] = field(default_factory=list)

    def add(self, mark: Mark) -> None:
        if mark.expected:
            self.total += 1
            self.right += mark.ok
            self.parts.update(mark.parts)
        else:
            self.extra += 1
        if mark.note:
            self.notes.append(mark.note)


def story_text(published: str, title: str, body: str) -> str:
    """A probe story as a text document: a header line with its published day and its title, then the body."""
    return f" date {published} {title}\n\n{body}"


def probe_facts(nlp, texts: Sequence[str]) -> list[list[Fact]]:
    """The facts of each story text, in order, from one run of the extractor."""
    documents = [document_from_text(text, doc_id=f"p{index}") for index, text in enumerate(texts)]
    return [extraction.facts for extraction in extract_documents(documents, nlp=nlp)]


def score(
    nlp,
    rows: Sequence[Row],
    text: Callable[[Row], str],
    compare: Callable[[Row, list[Fact]], Iterable[Mark]],
) -> Tally:
    """Rows -> story texts -> facts -> the marks `compare` gives each row's expectations, tallied."""
    tally = Tally()
    for row, facts in zip(rows, probe_facts(nlp, [text(row) for row in rows]), strict=True):
        for mark in compare(row, facts):
            tally.add(mark)
    return tally
