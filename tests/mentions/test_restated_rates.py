"""Which bracket after a money amount restates it (`quantities/restated_rates.restatement_end`): a currency sign
or an upper-case code before a figure, maybe after "about"; never a bare figure, a change or lower-case letters.
The sentences were written for this test."""

from __future__ import annotations

import pytest

from extractor.mentions.quantities.restated_rates import restatement_end

ROWS = [
    ("Rendell charges 620 rupees ($7.40) per visit.", "620 rupees", " ($7.40)"),
    ("Orvik quoted 88 kroner (about US$8.30) a kilo.", "88 kroner", " (about US$8.30)"),
    ("The pass costs 900 yen (EUR 5.70) per day.", "900 yen", " (EUR 5.70)"),
    ("Tolls rise to 14 lira [$0.45] per axle.", "14 lira", " [$0.45]"),
    ("Fees rose to 12 zloty (about 3.1 euros) per night.", "12 zloty", " (about 3.1 euros)"),
    ("Velko pays 2 billion rand (110 million dollars) a year.", "2 billion rand", " (110 million dollars)"),
    # no restatement: last year's figure with no currency sign, a change, lower-case letters, a word
    ("Caldwell pays 31.5p (28.0p) per share.", "31.5p", None),
    ("Grain fetched 410 rand (up 4 percent) a tonne.", "410 rand", None),
    ("Fares stay at 60 baht (usd 1.70) per ride.", "60 baht", None),
    ("Bread sells at 3 zloty (a record) per loaf.", "3 zloty", None),
]


@pytest.mark.parametrize(("text", "amount", "bracket"), ROWS)
def test_restatement_end(text: str, amount: str, bracket: str | None):
    end = text.index(amount) + len(amount)
    found = restatement_end(text, end)
    if bracket is None:
        assert found is None
    else:
        assert text[end:found].strip() == bracket.strip()
