"""Builders shared by the scorer's tests: quantities, facts for either side, and one document's counts."""

from __future__ import annotations

from extractor.eval.gold import GoldEvidence, GoldFact
from extractor.eval.scoring import Counts, score_document
from extractor.models import Fact, Quantity


def q(amount: float, unit: str | None = None, **fields) -> Quantity:
    return Quantity(amount=amount, unit=unit, surface=fields.pop("surface", str(amount)), **fields)


def fact(kind: str = "metric", value: Quantity | None = None, **fields) -> GoldFact:
    """A fact for either side: a GoldFact is a Fact (with `optional` and no id needed), so one builder serves both."""
    defaults = {
        "doc_id": "d",
        "subject": "Xiaomi",
        "predicate": "smartphone shipments",
        "evidence": GoldEvidence(sentence=fields.pop("sentence", "Shipments reached 23.16 million.")),
    }
    if kind in {"metric", "change", "rank"} and value is None:
        value = q(23_160_000.0)
    return GoldFact(kind=kind, value=value, **(defaults | fields))


def counts(predicted: list[Fact], gold: list[Fact], **kwargs) -> tuple[Counts, Counts]:
    """(value, strict) counts over all kinds for one document."""
    result = score_document("d", predicted, gold, **kwargs)
    value = sum(result.counts["value"].values(), Counts())
    strict = sum(result.counts["strict"].values(), Counts())
    return value, strict
