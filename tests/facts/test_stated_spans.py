"""periods19: a span the body states to the day ("the four weeks ended March 1") keeps its own dates in a story
headed by a whole month, and so does its year-ago side (`stated_spans`, `attachment._as_story`). Sentences
written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor.facts.stated_spans import stated_span
from extractor.models import Period
from tests.facts.period_facts import periods_by_amount

D = dt.date


@pytest.mark.parametrize(
    ("text", "published", "amount", "expected"),
    [
        (
            "Pellam Outlets February same-store sales climb 3.2 pct\n\n"
            "Pellam Outlets Inc said its February sales at stores open a year climbed 3.2 percent.\n\n"
            "Revenue in the four weeks ended March 1 reached $212.4 million, against $198.7 million a year "
            "earlier, the discount chain said.",
            D(2009, 3, 5),
            212_400_000.0,
            (D(2009, 2, 2), D(2009, 3, 1)),
        ),
        (
            "Corvin Apparel June same-store sales slip 4 pct\n\n"
            "Corvin Apparel Corp posted a 4 percent drop in June same-store sales on Thursday.\n\n"
            "For the five weeks ending July 4, its net sales were $88 million, up from $81 million.",
            D(2010, 7, 8),
            88_000_000.0,
            (D(2010, 5, 31), D(2010, 7, 4)),
        ),
        (
            "Tamsin Warehouse November sales up 6 pct\n\n"
            "Tamsin Warehouse Co said November sales rose 6 percent at stores open at least a year.\n\n"
            "Total sales grew to $1.31 billion from $1.22 billion a year ago for the four weeks ended "
            "November 29, it said.",
            D(2008, 12, 4),
            1_220_000_000.0,
            (D(2007, 11, 2), D(2007, 11, 29)),
        ),
    ],
)
def test_a_stated_span_keeps_its_days_in_a_story_on_a_month(nlp, text, published, amount, expected):
    assert periods_by_amount(nlp, text, published)[amount] == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        (Period(start=D(2009, 2, 2), end=D(2009, 3, 1), label="span"), True),  # four weeks to a Sunday
        (Period(start=D(2009, 2, 1), end=D(2009, 2, 28), label="span"), False),  # the calendar month
        (Period(start=D(2009, 1, 1), end=D(2009, 3, 31), label="span"), False),  # a calendar quarter
        (Period(start=D(2008, 11, 2), end=D(2009, 2, 1), label="span"), True),  # a retailer's quarter to its stated day
    ],
)
def test_stated_span_tells_days_from_whole_months(period, expected):
    assert stated_span(period) is expected
