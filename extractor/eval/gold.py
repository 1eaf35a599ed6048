"""Gold files (FACTS.md "Gold files and scoring"): their models, stricter than predictions, and the loader.

A gold fact is a prediction's fact with three differences: it may be `optional` (neither rewarded nor
punished), and it may leave `fact_id` and the evidence offsets out (gold quotes the sentence).
Every gold model forbids unknown fields, so a typo in a gold file is an error, not a dropped field.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pydantic import Field, ValidationError

from extractor.models import Evidence, Fact, Model


class GoldError(ValueError):
    """A gold file or folder that cannot be read; the message names the file and the reason."""


class GoldEvidence(Evidence):
    """The sentence of a gold fact, or a quote from it; offsets are optional."""

    start: int | None = Field(default=None, ge=0)
    """Character offset of the sentence in the document text, when known."""
    end: int | None = Field(default=None, ge=0)
    """End offset, exclusive, when known."""


class GoldFact(Fact):
    """A fact a careful reader takes from the article."""

    fact_id: str | None = None
    """Gold may leave the id out."""
    evidence: GoldEvidence
    """The sentence, or a quote from it; offsets optional."""
    optional: bool = False
    """A fact that is neither rewarded nor punished."""


class GoldEntity(Model):
    label: str | list[str]
    """Expected label (or labels)."""
    name: str
    """Canonical name."""
    alt_labels: list[str] = Field(default_factory=list)
    """Other acceptable labels."""
    aliases: list[str] = Field(default_factory=list)
    """Other names of the same entity."""
    optional: bool = False
    """Neither rewarded nor punished."""


class GoldFile(Model):
    doc_id: str
    """Id of the annotated document."""
    published: dt.date | None = None
    """Publication date."""
    title: str | None = None
    """Title."""
    facts: list[GoldFact]
    """Required and optional gold facts."""
    entities: list[GoldEntity] = Field(default_factory=list)
    """Document entities."""


def load_gold_file(file: Path) -> GoldFile:
    """One gold file, checked against the model and its own name. Raises GoldError naming the file and field."""
    try:
        record = GoldFile.model_validate_json(file.read_bytes())
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise GoldError(f"{file}: {where}: {first['msg']}") from None
    if record.doc_id != file.stem:
        raise GoldError(f"{file}: doc_id {record.doc_id!r} differs from the file name")
    strays = sorted({f.doc_id for f in record.facts if f.doc_id != record.doc_id})
    if strays:
        raise GoldError(f"{file}: facts with doc_id {strays[0]!r}, not {record.doc_id!r}")
    return record


def load_gold_dir(path: Path) -> dict[str, GoldFile]:
    """Every `*.json` gold file in `path`, keyed by doc_id (which must be the file stem).

    Raises GoldError for a missing or empty folder, invalid JSON or a file that breaks the model.
    """
    path = Path(path)
    if not path.is_dir():
        raise GoldError(f"{path}: not a folder")
    files = sorted(path.glob("*.json"))
    if not files:
        raise GoldError(f"{path}: no *.json gold files")
    records = (load_gold_file(file) for file in files)
    return {record.doc_id: record for record in records}


def is_optional(fact: Fact) -> bool:
    """True for an optional gold fact; a prediction is never optional."""
    return isinstance(fact, GoldFact) and fact.optional
