"""The story's period from a lead that names its results in the plural (periods4): "first-quarter profits",
"second-quarter revenues", "third-quarter losses" read like "profit", "revenue", "loss"."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


@pytest.mark.parametrize(
    ("text", "surface", "period"),
    [
        (
            " date 2010-04-28 Brakmor and Quillon lift payouts\n\nLONDON (Reuters) - Refiners Brakmor Plc and"
            " Quillon Plc posted big rises in first-quarter profits on Wednesday.\n\n"
            "Brakmor Plc said net income rose 14 percent to $2.2 billion.\n",
            "$2.2 billion",
            (D(2010, 1, 1), D(2010, 3, 31)),
        ),
        (
            " date 2011-07-21 Ostrava Media beats forecasts\n\nPRAGUE (Reuters) - Ostrava Media Inc reported higher"
            " second-quarter revenues on Thursday as advertising recovered.\n\n"
            "Ostrava Media Inc said sales climbed 9 percent to $410 million.\n",
            "$410 million",
            (D(2011, 4, 1), D(2011, 6, 30)),
        ),
        (
            " date 2009-11-05 Kestrel Air trims deficit\n\nDUBLIN (Reuters) - Kestrel Air Plc narrowed its"
            " third-quarter losses on Thursday as fuel costs fell.\n\n"
            "Kestrel Air Plc said its operating costs fell 12 percent to 300 million euros.\n",
            "300 million euros",
            (D(2009, 7, 1), D(2009, 9, 30)),
        ),
    ],
)
def test_a_plural_result_noun_in_the_lead_names_the_story_period(text, surface, period):
    facts = [f for f in extract(text) if f.value is not None and f.value.surface == surface]
    assert [(f.period.start, f.period.end) if f.period else None for f in facts] == [period]
