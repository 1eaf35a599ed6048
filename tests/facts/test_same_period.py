"""periods23: "the same period" by itself is the span named just before it (in its own sentence, else in the sentence
before), not the period the story reports on, and after "over" it is that span, not a year-earlier comparison.
Near-misses: "the same period a year earlier" (a year back from the story's period) and a sentence that names
nothing before the phrase while the sentence before names nothing either."""

import datetime as dt

import pytest

from tests.facts.period_facts import periods_by_amount

D = dt.date
PUBLISHED = D(2012, 5, 10)


@pytest.mark.parametrize(
    ("text", "amount", "start", "end"),
    [
        (  # the sentence before names a quarter; a market price, read over it
            "Drummond Mining said its copper output fell 6 percent in the first quarter. Spot copper prices slid "
            "about 9 percent over the same period.",
            9.0,
            D(2012, 1, 1),
            D(2012, 3, 31),
        ),
        (  # its own sentence names a span to publication before it
            "Freight volumes at Tarrow Port Authority have tripled since 2007, while its rail traffic grew by 40 "
            "percent during the same period.",
            40.0,
            D(2007, 1, 1),
            PUBLISHED,
        ),
        (  # a horizon of a plan, then a second saving
            "Corven Steel said the plan would save $400 million over the next five years. Closing two plants would "
            "save $90 million over the same period, it said.",
            90_000_000.0,
            PUBLISHED,
            D(2017, 5, 9),
        ),
    ],
)
def test_the_same_period_is_the_span_named_before(nlp, text, amount, start, end):
    assert periods_by_amount(nlp, text, PUBLISHED)[amount] == (start, end)


def test_the_same_period_a_year_earlier_is_a_year_back(nlp):
    text = (
        " date 2012-05-10 Tarrow Bank first-quarter profit rises\n\nTarrow Bank said its first-quarter net income "
        "rose to $80 million from $64 million in the same period a year earlier."
    )
    periods = periods_by_amount(nlp, text, PUBLISHED)
    assert periods[80_000_000.0] == (D(2012, 1, 1), D(2012, 3, 31))
    assert periods[64_000_000.0] == (D(2011, 1, 1), D(2011, 3, 31))


def test_nothing_named_before_leaves_the_same_period_undated(nlp):
    text = "Lamont Homes sold 300 houses. Its rival Kerr Homes sold 120 houses over the same period."
    assert periods_by_amount(nlp, text, PUBLISHED)[120.0] in (None, (None, None))
