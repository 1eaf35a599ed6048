"""periods13: a clause opened by "when" on the figure's own verb ("held 40 percent of the venture when it was set up
in 2004", "was priced at $3 billion when the two sides unveiled it in March") tells the time of that verb, so its
period phrase dates the figure, as a clause above it would; before, a phrase in a nested clause dated nothing outside
it. Not a when-clause after a comma that sets off another noun's phrase ("47 cents, in line with its estimate when
...")."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.test_when_clauses import _fact  # the same one-story document, dated 2013-06-12

D = dt.date


@pytest.mark.parametrize(
    ("body", "amount", "start", "end"),
    [
        (
            "Kestrel Freight took over terminals at nine inland ports when it acquired Pellow Lines in February.",
            9.0,
            D(2013, 2, 1),
            D(2013, 2, 28),
        ),
        (
            "Brisa Foods is selling its dairy arm; the sale was priced at $3 billion when the two sides unveiled it "
            "in March.",
            3_000_000_000.0,
            D(2013, 3, 1),
            D(2013, 3, 31),
        ),
        (
            "When it listed its shares in May 2011, Vellamo Systems was worth about $2 billion.",
            2_000_000_000.0,
            D(2011, 5, 1),
            D(2011, 5, 31),
        ),
    ],
)
def test_a_when_clause_dates_the_figure_of_its_verb(nlp, body, amount, start, end):
    fact = _fact(nlp, body, amount)
    assert fact.period is not None
    assert (fact.period.start, fact.period.end) == (start, end)


def test_a_stock_held_when_a_clause_names_a_year_is_as_of_its_end(nlp):
    body = "Tolland Partners held more than 60 percent of the venture when it was set up in 2004."
    fact = _fact(nlp, body, 60.0)
    assert fact.as_of == D(2004, 12, 31)


def _results(nlp, body: str, amount: float):
    text = f" date 2013-05-20 Ardent Homes first-quarter profit rises\n\nZURICH (Reuters) - {body}"
    [fact] = [f for f in extract(text, nlp=nlp) if f.value is not None and f.value.amount == amount]
    return fact


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Ardent Homes said first-quarter profit rose. Earnings from continuing operations were 61 cents a share, "
            "in line with its forecast when it trimmed projections earlier in May.",
            0.61,
        ),
        (
            "Ardent Homes said first-quarter profit rose. Sales were $30 million, matching the target when the plan "
            "was set in April.",
            30_000_000.0,
        ),
        (
            "Ardent Homes said first-quarter profit rose. It earned $40 million, a figure it had flagged when it "
            "warned in April.",
            40_000_000.0,
        ),
    ],
)
def test_a_when_clause_after_a_comma_dates_another_noun(nlp, body, amount):
    fact = _results(nlp, body, amount)
    assert (fact.period.start, fact.period.end) == (D(2013, 1, 1), D(2013, 3, 31))
