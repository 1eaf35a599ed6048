"""Rates told per so many people: "410 cases per 100,000 people", "a murder rate of 5.2 per 100,000 residents",
"12 deaths per 1,000 live births". The figure is one rate, shown as "<counted>_per_<base>_<population>"
("case_per_100000_person"; "count_per_..." when no noun is counted); the base after "per" is no amount of its own
and leaves the readings. The figure's counted noun (its lemma from the parse, "branch" of "branches") names the
rate in `named_rate`; the population noun comes from lexicon `population_nouns`.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import table
from extractor.mentions.quantities.reading import Reading

_BASES = frozenset({100.0, 1000.0, 10000.0, 100000.0, 1000000.0})
_PER_GAP = re.compile(r"(?:\s+[a-z]+s)?\s+per\s+")
# the rate as read from the text, before the parse names its counted noun
_UNNAMED = re.compile(r"count(_per_\d+_[a-z_]+)")


@cache
def _population_after() -> re.Pattern[str]:
    nouns = sorted(table("population_nouns"), key=len, reverse=True)
    return re.compile(r"\s+(?P<noun>" + "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns) + r")\b")


def population_rates(text: str, readings: list[Reading]) -> list[Reading]:
    """The readings, with each base of a rate per people folded into the figure before it as its shown unit."""
    dropped: set[int] = set()
    for i, (figure, base) in enumerate(zip(readings, readings[1:], strict=False)):
        gap = _PER_GAP.fullmatch(text[figure.end : base.start])
        if gap is None or figure.unit is not None or figure.shown_unit or figure.low is not None:
            continue
        if base.unit is not None or base.low is not None or base.amount not in _BASES:
            continue
        population = _population_after().match(text, base.end)
        if population is None:
            continue
        people = table("population_nouns")[re.sub(r"\s+", " ", population.group("noun").lower())][0]
        figure.shown_unit = f"count_per_{int(base.amount)}_{people}"  # named by its counted noun in `named_rate`
        dropped.add(i + 1)
    return [r for i, r in enumerate(readings) if i not in dropped]


def named_rate(shown_unit: str, counted: str | None) -> str:
    """ "count_per_100000_person" of "410 cases per 100,000 people" named by the counted lemma: "case_per_...";
    a rate with no counted noun ("a murder rate of 5.2 per 100,000 residents") stays "count_per_..."; any other
    shown unit is returned as it is."""
    unnamed = _UNNAMED.fullmatch(shown_unit)
    return f"{counted}{unnamed.group(1)}" if unnamed and counted else shown_unit
