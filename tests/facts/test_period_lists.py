"""A period on the first measure of a list dates every figure of the list, also when the parse hangs the later
measure inside the first's phrase ("earnings of $1.20 a share and sales of $2.4 billion"; attachment
`_dates_the_list`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Orvane Corp expects full-year earnings of $1.20 a share and sales of $2.4 billion.",
            D(2021, 4, 14),
            2.4e9,
            (D(2021, 1, 1), D(2021, 12, 31)),
        ),
        (
            "Tamsin Foods forecast third-quarter earnings of 30 cents a share and revenue of $640 million.",
            D(2021, 4, 14),
            6.4e8,
            (D(2021, 7, 1), D(2021, 9, 30)),
        ),
        (
            "Brisco Inc sees fiscal 2022 earnings of $2.10 to $2.20 per share and revenue of about $5.1 billion.",
            D(2021, 11, 14),
            5.1e9,
            (D(2022, 1, 1), D(2022, 12, 31)),
        ),
    ],
)
def test_the_lists_period_dates_its_later_measure(nlp, text, published, amount, expected):
    facts = extract("Results\n\n" + text, published=published, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert (fact.period.start, fact.period.end) == expected
