"""The earlier side of a comparison restated per share ("compared with $3 million, or 9 cents a share, in the
year-ago quarter") takes the year-back phrase even when the parser hangs that phrase on the reporting verb
(`attachment._back_on_earlier_side`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _periods(nlp, text: str, published: dt.date) -> dict[float, tuple]:
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: (f.period.start, f.period.end) if f.period else None for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "published", "later", "earlier", "expected"),
    [
        (
            "Harrow Pumps posts second-quarter profit\n\n"
            "Harrow Pumps Inc reported a profit of $4.1 million, or 11 cents a share, compared with $5.2 million, "
            "or 14 cents a share, in the year-ago period.",
            D(2015, 7, 29),
            4.1e6,
            5.2e6,
            (D(2014, 4, 1), D(2014, 6, 30)),
        ),
        (
            "Ostlund Media third-quarter earnings fall\n\n"
            "Ostlund Media Corp reported net income of $18 million, or 40 cents per share, compared with $22 million, "
            "or 49 cents per share, in the same quarter last year.",
            D(2012, 10, 24),
            1.8e7,
            2.2e7,
            (D(2011, 7, 1), D(2011, 9, 30)),
        ),
        (
            "Quenby Foods first-quarter profit rises\n\n"
            "Quenby Foods Ltd announced a net profit of $63 million, or $1.02 a share, for the quarter, compared with "
            "$51 million, or 83 cents a share, in the prior-year period.",
            D(2010, 4, 21),
            6.3e7,
            5.1e7,
            (D(2009, 1, 1), D(2009, 3, 31)),
        ),
    ],
)
def test_a_restated_earlier_side_takes_the_year_back_period(nlp, text, published, later, earlier, expected):
    periods = _periods(nlp, text, published)
    assert periods[earlier] == expected
    start, end = expected
    assert periods[later] == (start.replace(year=start.year + 1), end.replace(year=end.year + 1))
