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
            "Loria Dairy Co bottled 1.2 million litres at its Pesko plant, down from 1.5 million.",
            "1.5 million",
            "liter",
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
        ("The Gorsk quarry cut 1,850 tonnes of granite this winter, down sharply from 12.", "12"),
        ("Ludo Oil pumped 41,500 barrels on its best day, up markedly from 14.", "14"),
        ("Temra Salt dried 930 tons at the coast, up slightly from 9,600,000 before.", "9,600,000"),
        # the scale word is written on the figure only
        ("Teska Paper pressed 5.2 million reams for export, down sharply from 6 under its old owner.", "6"),
        # the bare number counts a noun of its own
        ("Selka Ferries carried 5,600 tonnes of freight over the weekend, up slightly from 5,100 passengers.", "5,100"),
    ],
)
def test_no_unit_is_shared_past_a_joiner_or_across_sizes(text, bare):
    assert _units(text)[bare] is None
