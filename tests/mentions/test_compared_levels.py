"""The bare earlier level of a comparison written a few words after its figure, or after a degree adverb, takes the
figure's unit (`compared_levels`; docs/DECISIONS.md, "Quantities", round 18). Sentences written for this test,
with invented names and numbers."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import find_quantities


def _units(text: str) -> dict[str, str | None]:
    return {m.quantity.surface: m.quantity.unit for m in find_quantities(text)}


@pytest.mark.parametrize(
    ("text", "bare", "unit"),
    [
        # the figure's own noun and date stand between it and the comparison
        (
            "Kelvar Mining hauled 8.3 million tonnes of bauxite in July, down from 9.1 million in June.",
            "9.1 million",
            "tonne",
        ),
        # a degree adverb inside the move
        ("Output at the Tasso field reached 41,500 barrels, up markedly from 36,800 last spring.", "36,800", "barrel"),
        # both: a noun phrase and an adverb
        ("Brevin Freight moved 620,000 tons of grain last season, down slightly from about 655,000.", "655,000", "ton"),
        # money after a date
        (
            "Orland Bank lent 3.4 billion euros in March, up sharply from 2.2 billion a year before.",
            "2.2 billion",
            "EUR",
        ),
    ],
)
def test_a_bare_earlier_level_takes_the_figures_unit(text, bare, unit):
    assert _units(text)[bare] == unit


@pytest.mark.parametrize(
    ("text", "bare"),
    [
        # a clause joiner: the bare number counts something of another clause
        ("Dunmore exported 5.5 million tonnes while its rival hired staff, up from 4,000.", "4,000"),
        # far apart in size: no level of the same measure
        ("Pellam stored 2.6 million barrels in its tanks at Corby, down sharply from 14.", "14"),
        # the scale word is written on the figure only
        ("Vantor sold 7.5 million tonnes of cement in May, down sharply from 9 the year before.", "9"),
    ],
)
def test_no_unit_is_shared_past_a_joiner_or_across_sizes(text, bare):
    assert _units(text)[bare] is None
