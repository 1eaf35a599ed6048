"""The data contract of FACTS.md as pydantic v2 models of predictions: plain data and validators.

Gold files add fields of their own (`optional`, ids and offsets left out): see `extractor.eval.gold`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Kind = Literal["metric", "change", "rank", "event", "role"]
Modality = Literal["actual", "target", "forecast"]
Bound = Literal["=", ">", ">=", "<", "<="]
Direction = Literal["up", "down"]


class Model(BaseModel):
    """Strict base: unknown fields are errors, attribute docstrings become schema descriptions."""

    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True)


def _require_order(first: Any, last: Any, message: str) -> None:
    """Raise ValueError(message) when both ends are given and the first comes after the last."""
    if first is not None and last is not None and first > last:
        raise ValueError(message)


class Quantity(Model):
    amount: float
    """The stated number, scaled: 23160000.0 for "23.16 million"; the midpoint of a range."""
    unit: str | None = None
    """ISO 4217 code for money, "percent", "percentage_point", a physical unit's name; None for a plain count."""
    counted: str | None = None
    """For a plain count, the noun it counts, lower case and singular ("store")."""
    approximate: bool = False
    """True for "about", "nearly", "thousands of"."""
    bound: Bound = "="
    """How the amount bounds the true value: "more than 100" is ">"."""
    low: float | None = None
    """Lower end of a range."""
    high: float | None = None
    """Upper end of a range."""
    direction: Direction | None = None
    """The movement the text states ("rose" up, "fell" down); amount stays the magnitude."""
    surface: str
    """The exact text the quantity was read from."""
    equivalents: list[Quantity] = Field(default_factory=list)
    """The same amount restated, e.g. a parenthetical currency conversion."""

    @model_validator(mode="after")
    def _range_is_ordered(self) -> Quantity:
        _require_order(self.low, self.high, f"low {self.low} is greater than high {self.high}")
        return self


class Period(Model):
    start: dt.date | None = None
    """First day of the period, inclusive."""
    end: dt.date | None = None
    """Last day of the period, inclusive."""
    label: str
    """Human form: "Q2 2017", "H1 2017", "2018", "next 12 months"."""

    @model_validator(mode="after")
    def _start_before_end(self) -> Period:
        _require_order(self.start, self.end, f"period start {self.start} is after its end {self.end}")
        return self


class Evidence(Model):
    sentence: str
    """The sentence the fact was read from."""
    start: int = Field(ge=0)
    """Character offset of the sentence in Document.text."""
    end: int = Field(ge=0)
    """End offset, exclusive: Document.text[start:end] == sentence."""

    @model_validator(mode="after")
    def _offsets_cover_sentence(self) -> Evidence:
        # Gold evidence (a subclass) may leave the offsets out; when both are given they must fit.
        _require_order(self.start, self.end, f"evidence start {self.start} is after its end {self.end}")
        if self.start is not None and self.end is not None and self.end - self.start != len(self.sentence):
            raise ValueError("evidence offsets do not span the sentence")
        return self


class Fact(Model):
    doc_id: str
    """Id of the document the fact comes from."""
    fact_id: str
    """Deterministic id: the same input gives the same id."""
    kind: Kind
    """metric, change, rank, event or role."""
    subject: str
    """Canonical name of who or what the claim is about."""
    predicate: str
    """What is measured or what happened, lower case."""
    object: str | None = None
    """Second argument: the product of an event, the person of a role, the field of a rank."""
    value: Quantity | None = None
    """The amount (metric), the size of the change (change), the position (rank)."""
    period: Period | None = None
    """The time the claim covers."""
    as_of: dt.date | None = None
    """Point in time, for counts of a stock or levels."""
    location: str | None = None
    """Place the claim is restricted to."""
    comparison: Period | str | None = None
    """For a change: what it is compared with."""
    modality: Modality = "actual"
    """actual; target (the subject's own goal or plan); forecast (someone else's prediction)."""
    attributed_to: str | None = None
    """Who said it."""
    evidence: Evidence
    """The sentence the fact was read from, with its offsets."""
    confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    """Confidence in [0, 1]."""


class Document(Model):
    doc_id: str
    """Stable id: the file stem, or the caller's id."""
    title: str | None = None
    """The title, from the header line or the caller."""
    published: dt.date | None = None
    """Publication date; relative periods resolve against it."""
    text: str
    """The full text as read; every offset points into it."""


class Entity(Model):
    doc_id: str
    """Id of the document the entity was found in."""
    label: str
    """spaCy entity label: ORG, PERSON, GPE, ..."""
    name: str
    """Canonical name, deduplicated across the document."""


class Extraction(Model):
    """One document with what was extracted from it; checks that evidence is grounded."""

    document: Document
    """The document as read."""
    facts: list[Fact] = Field(default_factory=list)
    """Facts, in document order."""
    entities: list[Entity] = Field(default_factory=list)
    """Document-level entities."""

    @model_validator(mode="after")
    def _evidence_slices_text(self) -> Extraction:
        text = self.document.text
        for fact in self.facts:
            ev = fact.evidence
            if text[ev.start : ev.end] != ev.sentence:
                raise ValueError(f"fact {fact.fact_id}: Document.text[start:end] != evidence.sentence")
        return self
