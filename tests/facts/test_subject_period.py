"""periods5: a period phrase on the subject of a figure's verb ("Full-year net profit slumped 40 percent to 1.2
billion euros") dates the level after the change as well as the change, even with the change between them; the
story's period (a quarter in the title) does not."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


@pytest.mark.parametrize(
    ("published", "title", "body", "amount", "expected"),
    [
        (
            "2013-02-14",
            "Varnell Group fourth-quarter profit falls",
            "For the whole year, net profit dropped 40 percent to 1.2 billion euros, and the dividend was halved.",
            1_200_000_000.0,
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
        (
            "2012-08-02",
            "Kestrel Airways first-half profit rises",
            "Second-quarter pretax profit rose 15 percent to 320 million pounds, the airline said.",
            320_000_000.0,
            (D(2012, 4, 1), D(2012, 6, 30)),
        ),
        (
            "2012-10-25",
            "Dunmore Holdings third-quarter earnings beat forecasts",
            "Nine-month revenue slipped 3 percent to $6.2 billion, while costs were flat.",
            6_200_000_000.0,
            (D(2012, 1, 1), D(2012, 9, 30)),
        ),
    ],
)
def test_a_period_on_the_subject_dates_the_level_after_the_change(nlp, published, title, body, amount, expected):
    text = f" date {published} {title}\n\nLONDON (Reuters) - The company reported results on Thursday. {body}"
    facts = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    assert [(f.period.start, f.period.end) if f.period else None for f in facts] == [expected]
