"""Changes stated by a comparative or by "off": sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def figures(nlp, text):
    return [
        (f.kind, f.value.amount, f.value.direction)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.value is not None and f.kind in ("metric", "change")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Foods said its chain of shops was 4.1 percent smaller at the close of 2018.",
            ("change", 4.1, "down"),
        ),
        ("Pollard Inc said its order book was 6 percent bigger than a year earlier.", ("change", 6.0, "up")),
        ("Varden Bank said the peso was 8 percent weaker against the dollar in July.", ("change", 8.0, "down")),
    ],
)
def test_a_comparative_adjective_after_a_figure_states_a_change(nlp, text, expected):
    assert expected in figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Varden Bank network ended 2018 with 2,000 fewer outlets than in 2012.", ("change", 2000.0, "down")),
        ("Pollard Inc now runs 300 more stores than it did a year ago.", ("change", 300.0, "up")),
        ("Kestrel Air flew 1,200 fewer flights in May than it had planned.", ("change", 1200.0, "down")),
    ],
)
def test_a_count_compared_with_fewer_or_more_than_is_a_change(nlp, text, expected):
    assert expected in figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Airline stocks fell, with Kestrel Air Inc down 2.6 percent and Pollard Corp off 4.3 percent.", 4.3),
        ("Pollard Corp shares were off 2 percent at midday in Frankfurt.", 2.0),
        ("Halvern Corp's orders were off 2.3 percent in Europe but rose in Asia.", 2.3),
    ],
)
def test_off_governing_a_figure_is_a_fall(nlp, text, expected):
    assert ("change", expected, "down") in figures(nlp, text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Pollard Corp laid off 300 workers in May.", 300.0),
        ("Varden Bank had to write off 15 percent of its loans to builders.", 15.0),
        ("Pollard Corp paid off 40 percent of its debt.", 40.0),
        ("Pollard Inc hired 300 more engineers in March.", 300.0),
    ],
)
def test_a_particle_off_or_a_count_without_than_states_no_change(nlp, text, amount):
    assert [f for f in figures(nlp, text) if f[1] == amount and f[2] is not None] == []


@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        (
            "Kestrel Foods warned its operating margin for the current quarter could be 2 percentage points "
            "below year-earlier levels.",
            2.0,
            (dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        ),
        (
            "Pollard Inc said second-quarter sales were about 5 percent above the year-ago level.",
            5.0,
            (dt.date(2019, 4, 1), dt.date(2019, 6, 30)),
        ),
        (
            "Varden Energy said third-quarter output was 7 percent below the year-earlier figure.",
            7.0,
            (dt.date(2019, 7, 1), dt.date(2019, 9, 30)),
        ),
    ],
)
def test_above_or_below_a_year_ago_compares_and_keeps_the_figures_own_period(nlp, text, amount, period):
    [fact] = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.amount == amount]
    assert fact.comparison == "year on year"
    assert (fact.period.start, fact.period.end) == period
