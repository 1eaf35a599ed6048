"""Stocks held by a company (assets under management, cash balances, deposits) are levels at a point in time
(FACTS.md "Periods and points in time"): dated by a span they hold at its end (`as_of`), with no flow
period; a level planned for a future date keeps the period it is expected in. Stories written for these
tests, with invented company names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import only_fact_with_amount, story_extraction

PUBLISHED = dt.date(2012, 10, 24)
LEAD = "Corvant Asset Management said on Wednesday its third-quarter profit rose 12 percent. "


def run(nlp, text):
    return story_extraction(nlp, LEAD + text, title="Corvant third-quarter profit rises", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "as_of"),
    [
        (
            "Assets under management were $48.2 billion at the end of September, up from $44.9 billion a year earlier.",
            44.9e9,
            dt.date(2011, 9, 30),
        ),
        (
            "Net inflows in the quarter lifted its assets under management to $51.7 billion.",
            51.7e9,
            dt.date(2012, 9, 30),
        ),
        ("Its cash balance fell to $310 million in the third quarter.", 310e6, dt.date(2012, 9, 30)),
        ("Customer deposits rose to 12.4 billion euros in the quarter.", 12.4e9, dt.date(2012, 9, 30)),
    ],
)
def test_held_stock_dated_by_a_span_is_a_level_at_its_end(nlp, text, amount, as_of):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.period is None
    assert fact.as_of == as_of


@pytest.mark.parametrize(
    ("text", "amount", "end"),
    [
        ("Corvant aims to lift assets under management to $80 billion by 2015.", 80e9, dt.date(2015, 12, 31)),
        ("It wants customer deposits to reach 20 billion euros by the end of 2014.", 20e9, dt.date(2014, 12, 31)),
        ("Corvant said it had raised $2.1 billion in new deposits in the quarter.", 2.1e9, dt.date(2012, 9, 30)),
    ],
)
def test_planned_level_or_new_additions_keep_their_period(nlp, text, amount, end):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.period is not None and fact.period.end == end
