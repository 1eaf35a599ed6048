"""Units and amounts at the value level of FACTS.md: normalized units, signed forms, the 0.5 % tolerance.

Amounts: a prediction matches when any of its forms (amount or an equivalent) agrees with any gold
form within 0.5 % of the gold form, in the same normalized unit. Direction "down" makes every form
negative (-|amount|), so -3.8 and 3.8 "down" read the same. A range also matches on its ends: when
both sides carry low and high, both ends agree within 0.5 % (datasets/quantities/README.md).
`bound`, `approximate` and `counted` are not compared. A change in "times" also reads as its percent
form, (N - 1) x 100, on either side (FACTS.md "Amounts": either form matches).

The unit forms are the scorer's own lexicons (`scoring_*.tsv`), apart from the extractor's lists, so
that a rule's lexicon change cannot move the yardstick.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractor.lexicons import table
from extractor.models import Quantity
from extractor.word_forms import singular

TOLERANCE = 0.005
"""Relative tolerance for amounts: 0.5 % of the gold amount."""

_ISO = re.compile(r"^[A-Z]{3}$")


@cache
def _unit_forms() -> dict[str, tuple[float, str]]:
    """Each known unit form -> (factor, normalized unit)."""
    return {form: (float(factor), unit) for form, (unit, factor) in table("scoring_units").items()}


@cache
def _scales() -> dict[str, float]:
    return {word: float(factor) for word, (factor,) in table("scoring_scales").items()}


@cache
def _currency_codes() -> frozenset[str]:
    return frozenset(unit for _factor, unit in _unit_forms().values() if _ISO.match(unit))


def normalize_unit(unit: str | None) -> tuple[float, str | None]:
    """A unit's normalized name and the factor its amount must be multiplied by.

    "%" and "per cent" are percent; currency names and symbols are ISO codes; basis points are
    0.01 percentage_point; a scale word ("billion yuan") goes into the factor; other units are
    lower case, singular, joined with "_". None and "" are None.
    """
    if unit is None or not unit.strip():
        return 1.0, None
    raw = unit.strip()
    if _ISO.match(raw):
        return 1.0, raw
    text = " ".join(raw.lower().replace("_", " ").split())
    if " per " in f" {text} " and _unit_forms().get(text, (1.0, None))[1] != "percent":
        return _quotient(text) or _scaled_unit(text)
    return _scaled_unit(text)


def _quotient(text: str) -> tuple[float, str] | None:
    """A quotient ("USD per hour"): each side normalized; a scale word may sit on the numerator only."""
    parts = [part.strip() for part in f" {text} ".split(" per ")]
    if not all(parts):
        return None
    factor, numerator = normalize_unit(parts[0])
    rest = [normalize_unit(part)[1] or part for part in parts[1:]]
    return factor, "_per_".join([numerator or parts[0], *rest])


def _scaled_unit(text: str) -> tuple[float, str | None]:
    """Scale words multiply the factor; what is left is the unit's name."""
    factor = 1.0
    words = []
    for word in text.split():
        scale = _scales().get(singular(word))
        if scale is not None:
            factor *= scale
        else:
            words.append(word)
    if not words:
        return factor, None
    scale, name = _unit_name(" ".join(words))
    return factor * scale, name


def _unit_name(text: str) -> tuple[float, str]:
    """A unit without scale words -> (factor, normalized name)."""
    one = " ".join(singular(word) for word in text.split())
    for form in (text, one):
        if form in _unit_forms():
            return _unit_forms()[form]
        if len(form) == 3 and form.isalpha() and form.upper() in _currency_codes():
            return 1.0, form.upper()
    return 1.0, one.replace(" ", "_")


@dataclass(frozen=True)
class Form:
    """One form of a quantity, signed and in its normalized unit."""

    amount: float
    unit: str | None
    low: float | None
    high: float | None


def quantity_forms(quantity: Quantity, *, change: bool = False) -> list[Form]:
    """The amount and every equivalent as signed forms in normalized units.

    Direction "down" makes each form negative (-|x|): "fell 3.8 percent" and -3.8 read the same.
    With `change`, a multiple also gives its percent form, (N - 1) x 100: FACTS.md lets either form of
    a change in "times" match ("doubled" is 2 times or 100 percent), even where a side leaves the
    percent form out of `equivalents`.
    """
    forms = []
    for item in (quantity, *quantity.equivalents):
        down = (quantity.direction or item.direction) == "down"
        forms.append(_signed_form(item, down=down))
        if change and forms[-1].unit == "times":
            forms.append(_percent_of_multiple(item, down=down))
    return forms


def _signed_form(item: Quantity, *, down: bool) -> Form:
    factor, unit = normalize_unit(item.unit)

    def signed(x: float) -> float:
        return -abs(x) * factor if down else x * factor

    low = high = None
    if item.low is not None and item.high is not None:
        low, high = sorted((signed(item.low), signed(item.high)))
    return Form(signed(item.amount), unit, low, high)


def _percent_of_multiple(item: Quantity, *, down: bool) -> Form:
    """A change of N times as the percent change (N - 1) x 100, signed like the multiple."""
    times = _signed_form(item, down=False)

    def percent(x: float) -> float:
        return -abs(x - 1) * 100 if down else (x - 1) * 100

    low = high = None
    if times.low is not None and times.high is not None:
        low, high = sorted((percent(times.low), percent(times.high)))
    return Form(percent(times.amount), "percent", low, high)


def close(predicted: float, gold: float) -> bool:
    """Amounts agree within 0.5 % of the gold amount (exactly, when the gold amount is 0)."""
    return abs(predicted - gold) <= TOLERANCE * abs(gold)


def values_match(predicted: Quantity | None, gold: Quantity | None, *, change: bool = False) -> bool:
    """Any predicted form agrees with any gold form: same unit, and the amount or both range ends close.

    `change` (both facts are changes) adds the percent form of a multiple on either side.
    """
    if predicted is None or gold is None:
        return predicted is None and gold is None
    gold_forms = quantity_forms(gold, change=change)
    return any(_forms_agree(p, g) for g in gold_forms for p in quantity_forms(predicted, change=change))


def _forms_agree(p: Form, g: Form) -> bool:
    if p.unit != g.unit:
        return False
    if close(p.amount, g.amount):
        return True
    return None not in (p.low, p.high, g.low, g.high) and close(p.low, g.low) and close(p.high, g.high)
