"""`_whole_word_find` finds a name as `re.search(r"(?<!\\w)NAME(?!\\w)")` does, without a pattern per name."""

from __future__ import annotations

import re

import pytest

from extractor.mentions.salience import _whole_word_find


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("Orvane Bank profit rises", "Orvane Bank", 0),
        ("Korvane Bank and Orvane Bank merge", "Orvane Bank", 17),  # not inside a longer word
        ("Orvane_Bank shares fall; Orvane Bank falls too", "Orvane Bank", 25),  # "_" is a word character
        ("Shares of Brélix rise", "Brélix", 10),
        ("Brélixé rises", "Brélix", None),  # an accented letter continues the word
        ("Tessaro (TSR.N) beats forecasts", "TSR.N", 9),
        ("No such name here", "Vantora", None),
    ],
)
def test_whole_word_find_agrees_with_the_regex(text: str, name: str, expected: int | None) -> None:
    found = re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    assert _whole_word_find(text, name) == expected == (found.start() if found else None)
