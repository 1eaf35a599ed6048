"""How sure a metric or change predicate is, from the evidence it rests on (weights in
lexicons/fact_confidence.tsv; docs/DECISIONS.md "Confidence")."""

from __future__ import annotations

from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_measure_word
from extractor.facts.predicate_forms import predicate_head
from extractor.lexicons import table

if TYPE_CHECKING:
    from extractor.facts.measures import Reading


@cache
def confidence_weights() -> MappingProxyType[str, float]:
    """The weights of lexicons/fact_confidence.tsv as numbers, read once: every fact asks for them, and building
    the mapping anew per figure cost more than the score itself. Read-only, as every caller shares it."""
    return MappingProxyType({name: float(row[0]) for name, row in table("fact_confidence").items()})


def measure_confidence(reading: Reading, span: Span, predicate: str, source: str) -> float:
    """How sure the predicate is, from the evidence it rests on (weights in lexicons/fact_confidence.tsv):
    `source` is "parse" (read from this sentence), "coordinated"/"topic" (taken from another figure) or
    "fallback"; a parsed noun near the figure in the tree, or a known measure noun, raises it."""
    weights = confidence_weights()
    if source == "fallback":
        return round(weights["base"] + weights["fallback"], 2)
    score = weights["base"] + (weights["topic"] if source == "topic" else 0.0)
    score += weights["coordinated"] if source == "coordinated" else 0.0
    score += weights["restated"] if reading.restates else 0.0  # a forecast restating the measure it is compared with
    if source == "parse" and reading.measured is None:
        score += weights["construction"]  # a named construction gave the predicate ("buy X for", "owns N percent of")
    elif source == "parse" and reading.measured is not None:
        distance = tree_distance(span.root, reading.measured)
        score += weights["near"] if distance <= 2 else weights["far"] if distance > 4 else 0.0
    if is_measure_word(predicate_head(predicate)):
        score += weights["known_measure"]
    return round(min(max(score, 0.05), 0.95), 2)


def tree_distance(a: Token, b: Token) -> int:
    """Edges on the dependency path between two tokens of one sentence."""
    up_a = [a, *a.ancestors]
    depth_b = {t.i: k for k, t in enumerate([b, *b.ancestors])}
    return next((k + depth_b[t.i] for k, t in enumerate(up_a) if t.i in depth_b), len(up_a) + len(depth_b))
