"""A rate's denominator an editor put in brackets after the amount: "2.2 million barrels (per day)", "$8.10 (per
lb)" (docs/DECISIONS.md, "Quantities", round 16). Read as if written without the brackets, as a unit in brackets
after a quoted figure is ("going for 20 (percent)"); only when the brackets hold the denominator and nothing else,
so "(a year earlier)" dates the amount and stays out."""

from __future__ import annotations

import re

from extractor.mentions.quantities.lexicon import lex

_OPEN = re.compile(r"\s*[(\[]\s*(?:per|a|an)\s+", re.IGNORECASE)
_CLOSE = re.compile(r"\s*[)\]]")


def bracketed_denominator(text: str, at: int) -> tuple[str, int] | None:
    """The unit name of a bracketed denominator starting at `at` and the end of its closing bracket, else None."""
    opened = _OPEN.match(text, at)
    if opened is None:
        return None
    lexicon = lex()
    unit = lexicon.unit_after.match(text, opened.end())
    if unit is None:
        return None
    surface = unit.group("unit")
    name = lexicon.units.get(surface) or lexicon.units.get(surface.lower())
    # the unit pattern takes a bracket glued to the unit ("lb)") as its own close
    closed = unit if unit.group("close") else _CLOSE.match(text, unit.end())
    if name is None or closed is None:
        return None
    return name, closed.end()
