"""Cheap checks in front of whole-text scans change no result: each shape the scan finds still passes its check."""

from __future__ import annotations

import re

import pytest

from extractor.mentions.quantities.currencies import _names_sterling
from extractor.mentions.quantities.ratios import ratio_counts

STERLING = re.compile(r"£|\bpounds?\b|\bpence\b|\bsterling\b|\bgbp\b|\d+p\b")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Holders approved a 3-for-1 split of Varrow stock.", [3.0, 1.0]),
        ("The Brenna board voted 7-2 to keep the payout.", [7.0, 2.0]),
        ("Odds stood at 5:1 against a Castel win.", [5.0, 1.0]),
        ("Rival bids were outnumbered two to one at Felsing.", [2.0, 1.0]),
        ("Tallen won the final 6-4, 3-6, 7-5 at home.", [6.0, 4.0, 3.0, 6.0, 7.0, 5.0]),
    ],
)
def test_ratio_scans_still_find_each_form(text: str, sides: list[float]) -> None:
    assert [r.amount for r in ratio_counts(text)] == sides


@pytest.mark.parametrize(
    "text",
    ["Margins rose 2-3 points in 2021-22.", "Sales of 1,200 units on 2024-05-01 at 10:30 gmt.", ""],
)
def test_texts_without_a_ratio_give_none(text: str) -> None:
    assert ratio_counts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "shares fell 12p to 340p in london",
        "a loss of 4 million pounds",
        "the pound slid against the euro",  # "pound" alone is no match of the word pattern
        "paid in sterling and gbp",
        "prices of £5",
        "a 20-pence coin",
        "rose 3 percent to 2.5 percent in p1p",
        "no currency named here",
    ],
)
def test_sterling_check_answers_as_the_whole_alternation(text: str) -> None:
    assert _names_sterling(text) == (STERLING.search(text) is not None)
