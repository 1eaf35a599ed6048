"""periods5: in a story whose title and lead name no period, "a year earlier" is relative to the first quarter
(or half) over at publication that the body names in a sentence about results; figures with no phrase of their
own still take no period, and a fiscal calendar the text does not date gives no base."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def period_of(facts, amount):
    for fact in facts:
        if fact.value is not None and fact.value.amount == amount:
            return (fact.period.start, fact.period.end) if fact.period else None
    raise AssertionError(f"no fact of {amount} in {[f.value.amount for f in facts if f.value]}")


@pytest.mark.parametrize(
    ("published", "body", "amount", "expected"),
    [
        (
            "2011-07-21",
            "Regional lenders are making more loans to small firms. Thinner margins worry their investors. "
            "Brennor Bank and Larch Trust both posted results for the three months that ended on June 30 that beat "
            "forecasts. Brennor Bank said net income rose to $410 million from $352 million a year earlier.",
            352_000_000.0,
            (D(2010, 4, 1), D(2010, 6, 30)),
        ),
        (
            "2009-10-29",
            "Two hospital operators warned on costs. Halvern Health forecast a third-quarter loss wider than "
            "analysts had expected. Its rival Pexton said profit slid to $31 million, from $44 million a year ago.",
            44_000_000.0,
            (D(2008, 7, 1), D(2008, 9, 30)),
        ),
        (
            "2012-08-02",
            "Orders for hull parts are slowing. The shipyard group reported its results for the first half of "
            "2012 on Thursday. Dravik Marine's revenue climbed to 812 million euros from 640 million euros in the "
            "year-ago period.",
            640_000_000.0,
            (D(2011, 1, 1), D(2011, 6, 30)),
        ),
    ],
)
def test_year_ago_is_relative_to_the_quarter_the_body_reports(nlp, published, body, amount, expected):
    text = f" date {published} Lenders lift lending as margins shrink\n\nNEW YORK (Reuters) - {body}"
    assert period_of(extract(text, nlp=nlp), amount) == expected


def test_an_undated_fiscal_calendar_gives_no_base(nlp):
    text = (
        " date 2011-03-18 Shoe maker lifts prices as costs bite\n\nNEW YORK (Reuters) - Margins slipped in the "
        "third quarter, the company said. Net income for the fiscal third quarter rose to $520 million, compared "
        "with $490 million in the year-earlier quarter."
    )
    assert period_of(extract(text, nlp=nlp), 490_000_000.0) == (None, None)
