"""A count that a verb adds to or takes from a stock ("added 40,000 subscribers", "gained 900 customers", "lost
3,000 members") is a flow of the story's period, on both sides of a comparison and in every member of a list; the
stock itself would be as of a day (`default_periods.changes_the_stock`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def _dating(nlp, text: str, published: dt.date) -> dict[float, tuple]:
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: ((f.period.start, f.period.end) if f.period else None, f.as_of) for f in facts if f.value}


Q2_2013, Q2_2012 = (D(2013, 4, 1), D(2013, 6, 30)), (D(2012, 4, 1), D(2012, 6, 30))
Q3_2011, Q3_2010 = (D(2011, 7, 1), D(2011, 9, 30)), (D(2010, 7, 1), D(2010, 9, 30))


@pytest.mark.parametrize(
    ("text", "published", "amounts", "expected"),
    [
        (
            "Brightwave Cable second-quarter results\n\n"
            "Over the April-June quarter Brightwave Cable added roughly 48,000 fibre customers, versus almost "
            "9,000 a year earlier.",
            D(2013, 8, 1),
            (48000, 9000),
            (Q2_2013, Q2_2012),
        ),
        (
            "Corvel Mobile third-quarter results\n\n"
            "The carrier added 15,000 prepaid subscribers, down from 21,000 a year earlier, Corvel Mobile said.",
            D(2011, 10, 27),
            (15000, 21000),
            (Q3_2011, Q3_2010),
        ),
        (
            "Halden Telecom third-quarter profit rises\n\n"
            "Halden Telecom said it gained 70,000 fibre customers, 52,000 mobile customers and 8,000 landline "
            "customers.",
            D(2011, 10, 27),
            (70000, 52000, 8000),
            (Q3_2011, Q3_2011, Q3_2011),
        ),
    ],
)
def test_counts_a_verb_adds_or_loses_are_flows(nlp, text, published, amounts, expected):
    dating = _dating(nlp, text, published)
    assert [dating[a][0] for a in amounts] == list(expected)
    assert all(dating[a][1] is None for a in amounts)


def test_a_stock_told_after_its_additions_stays_a_level(nlp):
    text = (
        "Brightwave Cable second-quarter results\n\n"
        "Brightwave Cable has 2.1 million broadband subscribers, after it added 48,000 in the second quarter."
    )
    dating = _dating(nlp, text, D(2013, 8, 1))
    assert dating[2.1e6][0] is None and dating[2.1e6][1] is not None
