"""The per-share measure rule (extractor/mentions/quantities/share_nouns.py): a money amount is shown per share only
when the parse makes it the value of "earnings per share", "EPS", "per-share profit" or "dividend per share". The
rows assert the MAIN unit, so that a rule which tags every nearby price per share fails here (the news table accepts
the plain amount as an equivalent and would not). Sentences and names were written for this file."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities import quantities_for_text

# (sentence, surface of the amount, main unit expected)
VALUES_OF_A_MEASURE = [
    ("Vellmore said its EPS was $1.30 for the half.", "$1.30", "USD_per_share"),
    ("Ostrova reported per-share profit of $2.45, helped by lower freight costs.", "$2.45", "USD_per_share"),
    ("The board of Kilnay set a dividend per share of 40 cents.", "40 cents", "USD_per_share"),
    ("Quarterly EPS at Dannock hit 73 cents, its best in four years.", "73 cents", "USD_per_share"),
    ("Profit per diluted share at Sorrel Bank came to $3.02 last year.", "$3.02", "USD_per_share"),
    ("Gorlan pegged its 2027 EPS at $4.60, up from $4.15 in its first outlook.", "$4.15", "USD_per_share"),
    # "share-based" inside a relative clause between the measure and its verb changes nothing
    ("Earnings per share, which leave out share-based pay, were $1.85 at Pellam.", "$1.85", "USD_per_share"),
]

# a price, salary, bond price or closing price in the same sentence hangs from another subject or noun
OTHER_AMOUNTS = [
    ("Profit per share rose 12 percent, while Hobbet kept its best-selling blender at $19.99.", "$19.99", "USD"),
    ("Earnings per share fell, and the chief executive's salary at Wenlo was cut to $950,000.", "$950,000", "USD"),
    ("EPS at Marrow Air beat forecasts; its stock finished the day at $45.20.", "$45.20", "USD"),
    ("Its per-share profit grew after Zelko sold 2 million handsets at $199 each.", "$199", "USD"),
    ("Tamsin's EPS rose as its bonds traded at $98.50 in the afternoon.", "$98.50", "USD"),
    ("Earnings per share at Corvay rose thanks to a $2 increase in each ticket sold.", "$2", "USD"),
    ("A tonne of EPS foam from Brackley costs about $1,500.", "$1,500", "USD"),
    ("Per-share earnings edged higher, and Brisk Air priced its new fares at $89.", "$89", "USD"),
]


def _main_unit(nlp, text: str, surface: str) -> str | None:
    found = [q for q in quantities_for_text(text, nlp) if q["surface"].startswith(surface)]
    assert found, f"{surface!r} not read in {text!r}"
    return found[0]["unit"]


@pytest.mark.parametrize(("text", "surface", "unit"), VALUES_OF_A_MEASURE + OTHER_AMOUNTS)
def test_per_share_measure_main_unit(nlp, text: str, surface: str, unit: str) -> None:
    assert _main_unit(nlp, text, surface) == unit
