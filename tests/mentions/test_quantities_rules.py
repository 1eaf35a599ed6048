"""One table per quantity rule of issue 11, on sentences written for these tests (invented names).

`find_quantities` reads text without a parse, so these tables need no model; rules that read the
parse (direction) use the `nlp` fixture.
"""

from __future__ import annotations

import math

import pytest
import spacy

from extractor.api import default_model
from extractor.mentions.quantities import find_quantities, quantities_for_text


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(default_model(), exclude=["ner"])


def _read(text: str) -> list[tuple]:
    """(amount or (low, high), unit) of every quantity in `text`."""
    out = []
    for mention in find_quantities(text):
        q = mention.quantity
        value = (q.low, q.high) if q.low is not None else q.amount
        out.append((value, q.unit))
    return out


def _same(got: list[tuple], want: list[tuple]) -> bool:
    if len(got) != len(want):
        return False
    for (g_value, g_unit), (w_value, w_unit) in zip(got, want, strict=True):
        if g_unit != w_unit or isinstance(g_value, tuple) != isinstance(w_value, tuple):
            return False
        pairs = zip(g_value, w_value, strict=True) if isinstance(w_value, tuple) else [(g_value, w_value)]
        if not all(math.isclose(a, b, rel_tol=1e-6) for a, b in pairs):
            return False
    return True


# A comma followed by a space ends a grouped number: "12,500, not 13,000" is two numbers, not four.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Attendance at the Morrow fair was 24,600, a record.", [(24600, None)]),
        ("Brelton paid $3,250,000, half what it asked.", [(3250000, "USD")]),
        ("The depot holds 8,400, while the annex holds 1,150.", [(8400, None), (1150, None)]),
        ("Of the 2,900, most were seasonal hires.", [(2900, None)]),
    ],
)
def test_grouped_number_ends_at_comma_space(text, want):
    assert _same(_read(text), want), _read(text)


# A range's first end shares the second's scale only when it then stays below the second end.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Cottages at Lake Verlo sell for $350,000 to $1.8 million.", [((350000, 1.8e6), "USD")]),
        ("Upgrades could cost from $90 to $2 million per site.", [((90, 2e6), "USD")]),
        ("Lots fetched 800,000 euros to 2.5 million euros.", [((800000, 2.5e6), "EUR")]),
        ("Quorvex guided to sales of $4.1 to $4.3 billion.", [((4.1e9, 4.3e9), "USD")]),
    ],
)
def test_range_first_end_keeps_own_scale(text, want):
    assert _same(_read(text), want), _read(text)


# "150,000- to 180,000-year-old": a hyphen left hanging before "to" shares the second end's unit.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Divers found 40,000- to 60,000-year-old timber off the cape.", [((40000, 60000), "year")]),
        ("Traders bet on a 10- to 20-basis-point cut by the Randol bank.", [((0.1, 0.2), "percentage_point")]),
        ("The cliffs hold 5- to 7-million-year-old shells.", [((5e6, 7e6), "year")]),
    ],
)
def test_range_with_hanging_hyphen(text, want):
    assert _same(_read(text), want), _read(text)


# "$6/$8": a slash between two amounts that each carry a currency symbol is a range.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Brokers put a $14/$16 target on Pellam stock.", [((14, 16), "USD")]),
        ("The bid-ask spread was €2.10/€2.30 at the open.", [((2.1, 2.3), "EUR")]),
        ("Tolvey sees fair value at £3/£4.", [((3, 4), "GBP")]),
    ],
)
def test_slash_range_between_currency_amounts(text, want):
    assert _same(_read(text), want), _read(text)


# A rate written once after the second end applies to the whole range.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Zinc may trade at $2,900 to $3,100 a tonne.", [((2900, 3100), "USD_per_tonne")]),
        ("Nurses earn between $38 and $45 an hour at Calder.", [((38, 45), "USD_per_hour")]),
        ("Marsh crude traded between $78 and $82 per barrel.", [((78, 82), "USD_per_barrel")]),
    ],
)
def test_range_rate_written_after_second_end(text, want):
    assert _same(_read(text), want), _read(text)


# Vague magnitudes are approximate ranges: "thousands of" 1,000-10,000, "tens of millions of euros" 1e7-1e8 EUR.
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Tens of thousands of fans filled the Ostra arena.", [((1e4, 1e5), None)]),
        ("The fraud cost savers hundreds of millions of dollars.", [((1e8, 1e9), "USD")]),
        ("Millions of euros were wired to Pazo accounts.", [((1e6, 1e7), "EUR")]),
        ("Thousands of flights were grounded.", [((1e3, 1e4), None)]),
    ],
)
def test_vague_magnitude_is_approximate_range(text, want):
    assert _same(_read(text), want), _read(text)
    assert all(m.quantity.approximate for m in find_quantities(text))
