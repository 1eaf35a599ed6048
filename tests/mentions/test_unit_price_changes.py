"""A small change in the sentence of a price per unit is a change of that price only when the parse tells both of
the same subject (extractor/mentions/quantities/clause_subject.py). The rows assert the MAIN unit of the change:
the news table accepts the plain amount as an equivalent and cannot see over-application. Sentences and names were
written for this file."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import quantities_for_text

# (sentence, surface of the change, main unit expected)
SAME_SUBJECT = [
    (
        "Arabian light finished at $58.30 a barrel, off 90 cents, after losing 40 cents on Tuesday.",
        "40 cents",
        "USD_per_barrel",
    ),
    ("Zinc settled at $2,210 a tonne, up $35, having shed $20 the day before.", "$20", "USD_per_tonne"),
    ("Platinum ended at $905 an ounce, down $7, after climbing $12 in early deals.", "$12", "USD_per_ounce"),
]

# a change of another subject: a conjoined clause with its own subject, a clause with its own object
OTHER_SUBJECT = [
    ("Brent rose to $110 a barrel, and Hestor Oil rose $1.10 to $85.20.", "$1.10", "USD"),
    ("Gold rose to $1,300 an ounce, and Tarn Mining cut its dividend by 10 cents.", "10 cents", "USD"),
    ("Oil climbed to $95 a barrel, pushing up retail gasoline 12 cents.", "12 cents", "USD"),
    ("Nickel firmed to $16,400 a tonne while Orrin Metals stock added $1.40.", "$1.40", "USD"),
]


# a level compared with the nearest LEVEL per unit, not with a change per unit told between (view.py)
LEVEL_PAST_A_CHANGE = [
    ("Zinc settled at $2,210 a tonne, up $35, after touching $2,250 earlier.", "$2,250", "USD_per_tonne"),
    ("Cocoa closed at $3,120 a tonne, off $40, having peaked near $3,200 at midday.", "$3,200", "USD_per_tonne"),
    ("Arabica ended at $2.15 a pound, lower by 4 cents, though it had traded above $2.22.", "$2.22", "USD_per_pound"),
]


def _main_unit(nlp, text: str, surface: str) -> str | None:
    found = [q for q in quantities_for_text(text, nlp) if q["surface"].startswith(surface)]
    assert found, f"{surface!r} not read in {text!r}"
    return found[0]["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), SAME_SUBJECT + OTHER_SUBJECT + LEVEL_PAST_A_CHANGE)
def test_small_change_main_unit(nlp, text: str, surface: str, unit: str) -> None:
    assert _main_unit(nlp, text, surface) == unit
