"""A denominator in brackets after an amount is read as if the brackets were not there (`bracket_rates`,
`currencies.shown_period`; docs/DECISIONS.md, "Quantities", round 16): the mention's own unit, which the facts
read, is the same for "(per day)" as for "per day", and for "(a year)" as for "a year". The news table compares
only the unit shown to the user, so the mention's unit and `per` are checked here. Sentences written for this
test, with invented names."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import find_quantities


def _read(text: str) -> tuple[str | None, str | None]:
    first = find_quantities(text)[0]
    return first.quantity.unit, first.extras.get("per")


@pytest.mark.parametrize(
    ("bracketed", "plain", "unit", "per"),
    [
        # "per": a rate unit, bracketed or not
        (
            "Wells at Ostra Ridge pump 64,000 barrels (per day).",
            "Wells at Ostra Ridge pump 64,000 barrels per day.",
            "barrel_per_day",
            None,
        ),
        (
            "Upkeep will cost Renwick $12 million (per year).",
            "Upkeep will cost Renwick $12 million per year.",
            "USD_per_year",
            None,
        ),
        (
            "Brokers quote zinc near $1.35 (per lb) again.",
            "Brokers quote zinc near $1.35 per lb again.",
            "USD_per_pound",
            None,
        ),
        # "a": the plain unit, with the period shown only
        (
            "Each kiln at Dunmore fires 700 tonnes (a week) of clay.",
            "Each kiln at Dunmore fires 700 tonnes a week of clay.",
            "tonne",
            "week",
        ),
        (
            "The levy brings in 55 million pesos (a year) for roads.",
            "The levy brings in 55 million pesos a year for roads.",
            "MXN",
            "year",
        ),
        (
            "A pipeline to Tarrow would carry 8 million cubic metres (a day) of gas.",
            "A pipeline to Tarrow would carry 8 million cubic metres a day of gas.",
            "cubic_meter",
            "day",
        ),
    ],
)
def test_a_bracketed_denominator_reads_as_an_unbracketed_one(
    bracketed: str, plain: str, unit: str, per: str | None
) -> None:
    assert _read(bracketed) == _read(plain) == (unit, per), bracketed
