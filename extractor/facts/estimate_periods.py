"""The period of a prediction that names none, taken from the figure told just before it.

Wire stories set an estimate or an outlook right after the figure it is measured against, often in a sentence of
its own: "Acme sees fiscal 2012 earnings of $2.10 to $2.20 a share. Analysts expect $2.18." or "Revenue rose to $4.1
billion. That beat the average forecast of $3.9 billion." The estimate has no period phrase; the story's report
period is not its period when the figure before it is guidance for a later one. Such a prediction takes the period
of the first figure the sentence before told.
"""

from __future__ import annotations

from spacy.tokens import Span

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words
from extractor.mentions.quantities.unit_classes import unit_class
from extractor.models import Fact, Period, Quantity

PREDICTIONS = ("forecast", "target")


def period_told_before(
    sent: Span, fact_value: Quantity, modality: str, only_estimates: bool, before: list[Fact]
) -> Period | None:
    """The period of a figure told in the sentence before, for a prediction with no period of its own that is
    measured against that figure: an estimate with no other kind of figure before it in its sentence takes the
    period of the first figure of the same kind ("Analysts expect $2.18.", "Analysts had expected earnings of
    $1.10 a share on revenue of $4 billion"); an estimate or an outlook in a sentence about "that" figure ("That
    compares with a forecast of ...", "That translates into an outlook of ...") the period of the first figure."""
    if modality not in PREDICTIONS:
        return None
    if _about_that_figure(sent):
        return _span_period(before[:1])
    if modality == "forecast" and only_estimates:
        return _span_period([f for f in before if unit_class(f.value) == unit_class(fact_value)][:1])
    return None


def _span_period(facts: list[Fact]) -> Period | None:
    """The period of the first of `facts`, when it is a dated span (not a day, not a label)."""
    period = facts[0].period if facts else None
    if period is None or period.start is None or period.start == period.end:
        return None
    return period


def _about_that_figure(sent: Span) -> bool:
    """The main clause's subject is a demonstrative pronoun ("That was below estimates", "This compares with")."""
    root = sent.root
    return any(
        c.dep_ in SUBJECT_DEPS and c.lower_ in words("demonstrative_pronouns") and not list(c.children)
        for c in root.children
    )
