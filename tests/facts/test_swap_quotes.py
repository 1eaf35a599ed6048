"""A credit default swap's spread in basis points is a quote of its session, as a bond's yield is: with no period
phrase it is of the publication day, with a day phrase of that day (`attachment_days.quotes_a_swap`,
`lexicons/swap_names.txt`); a sum lost on swaps, or a rate move with no swap named, keeps its span."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2024, 5, 10)  # a Friday
DAY = (PUBLISHED, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the spread and its move, no period phrase: the day of the story
        (
            "Five-year credit default swaps on Halden Corp widened 12 basis points to 240 basis points, traders said.",
            2.4,
            DAY,
        ),
        (
            "Five-year credit default swaps on Halden Corp widened 12 basis points to 240 basis points, traders said.",
            0.12,
            DAY,
        ),
        # "the cost of insuring ... with credit default swaps" in other words
        (
            "The cost to insure the debt of Brindle Mining Corp with credit default swaps jumped to 415 basis points, "
            "traders said.",
            4.15,
            DAY,
        ),
        # a day phrase dates the quote
        (
            "Default swaps protecting Quillby Foods bonds tightened by 20 basis points on Thursday.",
            0.2,
            (D(2024, 5, 9), D(2024, 5, 9)),
        ),
    ],
)
def test_swap_spread_is_a_quote_of_its_session(nlp, text, amount, expected):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # near miss: a sum lost on swaps is the quarter's result, not a quote
        (
            "Halden Corp booked a $40 million loss on credit default swaps in the first quarter.",
            40_000_000.0,
            (D(2024, 1, 1), D(2024, 3, 31)),
        ),
        # near miss: basis points with no swap named keep their month
        (
            "Selvik Bank raised its lending rate by 25 basis points in April.",
            0.25,
            (D(2024, 4, 1), D(2024, 4, 30)),
        ),
    ],
)
def test_other_figures_near_a_swap_keep_their_span(nlp, text, amount, expected):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == expected
