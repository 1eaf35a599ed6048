""" "From" with an object that holds no number and names no time is a source, not an earlier value: a period phrase
after it still dates the figure ("received $52 million from royalties in 2020"). A figure revised "to X from Y" keeps
Y in the same period (attachment_comparisons `_source`, `_revised`). Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

D = dt.date
PUBLISHED = D(2021, 4, 14)
OPENING = "Orvane\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Orvane Corp received $52 million from royalties and fees in 2020, filings showed.",
            5.2e7,
            (D(2020, 1, 1), D(2020, 12, 31)),
        ),
        (
            "Tamsin Mining said it would cut $300 million from its operating costs by 2023.",
            3e8,
            (PUBLISHED, D(2023, 12, 31)),
        ),
        (
            "Brisco Bank raised $3 billion in new capital from its shareholders last week.",
            3e9,
            (D(2021, 4, 5), D(2021, 4, 11)),
        ),
    ],
)
def test_a_phrase_after_a_source_dates_the_figure(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Halvard Steel's first-quarter output was revised to 2.1 million tonnes from 2.3 million tonnes.",
            2.3e6,
            (D(2021, 1, 1), D(2021, 3, 31)),
        ),
        (
            "Orvane Corp's 2020 revenue was restated to $4.1 billion from $4.4 billion.",
            4.4e9,
            (D(2020, 1, 1), D(2020, 12, 31)),
        ),
        (
            "Pellworth Bank's fourth-quarter loan losses were adjusted to $95 million from $80 million.",
            8e7,
            (D(2020, 10, 1), D(2020, 12, 31)),
        ),
    ],
)
def test_a_revised_figure_keeps_the_same_period(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected
