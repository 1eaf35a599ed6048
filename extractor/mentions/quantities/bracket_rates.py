"""A rate's denominator an editor put in brackets after the amount: "64,000 barrels (per day)", "$1.35 (per
lb)" (docs/DECISIONS.md, "Quantities", round 16). Read as if written without the brackets: the caller sends the
opening word and the unit through the same choice as an unbracketed "per day" or "a day" (`shown_period`), as a
unit in brackets after a quoted figure is read ("a raise of 15 (percent)"); only when the brackets hold the
denominator and nothing else, so "(a year earlier)" dates the amount and stays out."""

from __future__ import annotations

import re
from typing import NamedTuple

from extractor.mentions.quantities.lexicon import lex, unit_name

_OPEN = re.compile(r"\s*[(\[]\s*(per|a|an|each)\s+", re.IGNORECASE)
_CLOSE = re.compile(r"\s*[)\]]")


class Denominator(NamedTuple):
    opener: str  # "per", "a", "an" or "each": "a day" is shown only, "per day" makes a rate unit
    name: str  # the unit's name ("day", "pound")
    end: int  # the end of the closing bracket


def bracketed_denominator(text: str, at: int) -> Denominator | None:
    """The bracketed denominator starting at `at` ("(per day)"), else None."""
    opened = _OPEN.match(text, at)
    if opened is None:
        return None
    unit = lex().unit_after.match(text, opened.end())
    if unit is None:
        return None
    name = unit_name(unit.group("unit"))
    # the unit pattern takes a bracket glued to the unit ("lb)") as its own close
    closed = unit if unit.group("close") else _CLOSE.match(text, unit.end())
    if name is None or closed is None:
        return None
    return Denominator(opened.group(1), name, closed.end())
