"""A fraction written in words as a share of a whole, in percent.

"Roughly a quarter of the group's sales", "over two-thirds of its branches", "nearly half the market":
FACTS.md's gold writes such a share as a percent (25, 66.67, 50) with the fraction itself as an equivalent
(TRAPS.md: "'nearly half' is 50 percent (approximate, equivalent 0.5)"). The quantity reader keeps the plain
number (0.25), which `extract quantities` shows; a metric fact turns it into the percent where its kind is
decided (`assembly.quantity_facts`) and keeps the number beside it, so the value reads as either form. A
fraction that sizes a move ("fell by a third") is a percent already; a change's bare fraction is left as it was
read.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.mentions.quantities.lexicon import lex
from extractor.models import Quantity

# a rank's "third" is a position, not a part; a change keeps its fraction ("cut a third of its staff": the
# quantity reader reads a percent move only after "by" or a movement word, docs/DECISIONS.md "Quantities")
_SHARE_KINDS = frozenset({"metric"})


@cache
def _fraction_word() -> re.Pattern[str]:
    """Any denominator word ("third", "quarters", "fifth") or "half", as a whole word."""
    names = sorted({*lex().fractions, "half", "halves"}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b", re.IGNORECASE)


def names_a_fraction(text: str) -> bool:
    """ "two-thirds", "One-fourth", "half": the text holds a denominator word or "half", a part of a whole."""
    return _fraction_word().search(text) is not None


def is_written_fraction(value: Quantity) -> bool:
    """A plain number below one read from a fraction written in words ("two-thirds"), not from digits."""
    surface = value.surface or ""
    return (
        value.unit is None
        and 0.0 < value.amount < 1.0
        and not any(ch.isdigit() for ch in surface)
        and names_a_fraction(surface)
    )


def _percent(amount: float | None) -> float | None:
    return None if amount is None else round(100.0 * amount, 2)


def as_percent_share(value: Quantity, kind: str) -> Quantity:
    """A written fraction of a metric as a percent, with the fraction kept as its equivalent."""
    if kind not in _SHARE_KINDS or not is_written_fraction(value):
        return value
    fraction = value.model_copy(update={"equivalents": [], "counted": None})
    return value.model_copy(
        update={
            "amount": _percent(value.amount),
            "low": _percent(value.low),
            "high": _percent(value.high),
            "unit": "percent",
            "counted": None,
            "equivalents": [fraction, *value.equivalents],
        }
    )
