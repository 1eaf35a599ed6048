"""Sizes told as "N by M <unit>": "a container 20 by 8 feet", "a painting 3 by 4 metres", "a 6 by 9 by 2 metre
block". Each bare number before "by" is a length in the unit written once after the last number (lexicon
`dimension_units`). Shown by `extract quantities` only: the facts read no size of an object."""

from __future__ import annotations

import re

from extractor.lexicons import words
from extractor.mentions.quantities.reading import Reading

_BY = re.compile(r"\s+by\s+")


def share_dimension_units(text: str, readings: list[Reading]) -> None:
    """The bare numbers of a size written with "by" take the length unit of its last number."""
    for i in range(len(readings) - 1, 0, -1):
        stated = readings[i]
        if stated.unit not in words("dimension_units") or stated.low is not None:
            continue
        j = i - 1
        while j >= 0 and _BY.fullmatch(text[readings[j].end : readings[j + 1].start]):
            bare = readings[j]
            if bare.unit is not None or bare.low is not None or bare.scaled or bare.shown_unit:
                break
            bare.shown_unit = stated.unit
            j -= 1
