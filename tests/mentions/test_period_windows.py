"""Round four of the period rules (periods4): "later this year", "<month> of last year", and the window
after a superlative ("the weakest since late 1998"), which dates no figure."""

import datetime as dt

import pytest

from extractor import extract
from extractor.mentions.periods import FiscalCalendar, find_periods

D = dt.date
PUBLISHED = D(2014, 5, 20)


def spans(text: str) -> list[tuple[dt.date | None, dt.date | None]]:
    return [(m.period.start, m.period.end) for m in find_periods(text, published=PUBLISHED, fiscal=FiscalCalendar(1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trelwick expects the sale to close later this year.", [(PUBLISHED, D(2014, 12, 31))]),
        ("A second plant should open later in the year.", [(PUBLISHED, D(2014, 12, 31))]),
        ("The lender will publish the review later in 2014.", [(PUBLISHED, D(2014, 12, 31))]),
        ("Stocks recovered earlier this year.", [(D(2014, 1, 1), PUBLISHED)]),  # the mirror is unchanged
    ],
)
def test_later_this_year_runs_from_publication_to_year_end(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prices were 3 percent above those in October of last year.", [(D(2013, 10, 1), D(2013, 10, 31))]),
        ("Volumes slipped from their level in March of this year.", [(D(2014, 3, 1), D(2014, 3, 31))]),
        ("The brewer sold 40,000 barrels during June of last year.", [(D(2013, 6, 1), D(2013, 6, 30))]),
    ],
)
def test_month_of_a_relative_year_is_one_phrase(text, expected):
    assert spans(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The gauge fell to 41.2, its lowest since March 2009.",
        "Bookings climbed to the highest level since the third quarter of 2019.",
        "Exports grew for the first time since 2010.",
        "The yen hit its weakest level against the euro since late 2008.",
        "Dealers had their best month since December 2007.",
        "The unit made its first profit since the second quarter of 2011.",
    ],
)
def test_a_window_after_a_superlative_is_no_period(text):
    assert spans(text) == []


def test_since_without_a_record_is_a_span_to_publication():
    assert spans("Orders have risen 20 percent since March 2013.") == [(D(2013, 3, 1), PUBLISHED)]


@pytest.mark.parametrize(
    ("text", "predicate", "period"),
    [
        # the window does not date the record figure; without one of its own it has none
        (
            "Dorrance Mills Inc said its sales climbed 4 percent to $2 billion, the biggest gain since 2005.",
            "sales",
            None,
        ),
        # the record figure keeps a period of its own
        (
            "Dorrance Mills Inc said sales rose to $3 billion in 2013, the highest since 2007.",
            "sales",
            (D(2013, 1, 1), D(2013, 12, 31)),
        ),
        # a target "later this year" runs to the end of the year from publication
        (
            "Dorrance Mills Inc said its revenue would rise 10 percent later this year.",
            "revenue",
            (PUBLISHED, D(2014, 12, 31)),
        ),
        # "<month> of last year" dates the figure in last year's month
        (
            "Dorrance Mills Inc sold 5.1 million units in April of last year.",
            "unit sales",
            (D(2013, 4, 1), D(2013, 4, 30)),
        ),
    ],
)
def test_facts_take_these_periods(text, predicate, period):
    facts = [f for f in extract(text, published=PUBLISHED) if predicate in f.predicate]
    assert facts, "the figure is extracted"
    got = {(f.period.start, f.period.end) if f.period else None for f in facts}
    assert got == {period}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a month that ended in the weeks before publication is still told in the future tense
        ("May data will be published soon.", D(2014, 6, 3), [(D(2014, 5, 1), D(2014, 5, 31))]),
        ("Dealers expect sales in April to reach 1.3 million.", D(2014, 5, 2), [(D(2014, 4, 1), D(2014, 4, 30))]),
        ("The fund will hold 5 percent at the end of March.", D(2014, 4, 20), [(D(2014, 3, 1), D(2014, 3, 31))]),
        # a month further back is the next one, and "next" is always ahead
        ("The plant will open in February.", D(2014, 5, 20), [(D(2015, 2, 1), D(2015, 2, 28))]),
        ("The plant will open next April.", D(2014, 5, 2), [(D(2015, 4, 1), D(2015, 4, 30))]),
    ],
)
def test_future_month_just_ended_is_that_month(text, published, expected):
    found = find_periods(text, published=published, future=True, fiscal=FiscalCalendar(1))
    assert [(m.period.start, m.period.end) for m in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # results for the first months of a year that are not over yet are last year's
        ("The tax rate was 36 percent for the first nine months.", D(2014, 2, 4), (D(2013, 1, 1), D(2013, 9, 30))),
        ("Output fell in the first eight months of the year.", D(2014, 3, 10), (D(2013, 1, 1), D(2013, 8, 31))),
        ("Exports rose in the first seven months.", D(2014, 8, 12), (D(2014, 1, 1), D(2014, 7, 31))),
        ("Imports fell in the first six months of this year.", D(2014, 7, 15), (D(2014, 1, 1), D(2014, 6, 30))),
    ],
)
def test_first_months_are_over_at_publication(text, published, expected):
    found = find_periods(text, published=published, fiscal=FiscalCalendar(1))
    assert [(m.period.start, m.period.end) for m in found] == [expected]


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("The carrier expects to break even by 2016 or 2017.", D(2017, 12, 31)),
        ("Output should reach 2 million units by 2015 or 2016, the group said.", D(2016, 12, 31)),
        ("The mine will be sold by 2018.", D(2018, 12, 31)),
    ],
)
def test_by_one_year_or_another_reaches_the_later(text, end):
    found = find_periods(text, published=PUBLISHED, future=True, fiscal=FiscalCalendar(1))
    assert [(m.period.start, m.period.end, m.role) for m in found] == [(PUBLISHED, end, "by")]


# periods5: "since" in find_periods. A phrase right after "since" starts a span to publication; a clause after a
# superlative and "since" bounds a record; a price move after "since <clause> <phrase>" is not of that phrase.


def roles(text: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    found = find_periods(text, published=PUBLISHED, fiscal=FiscalCalendar(1))
    return [(m.role, m.period.start, m.period.end) for m in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Freight volumes at Dunmore Rail have fallen 18 percent since 2009.", [("to_date", D(2009, 1, 1), PUBLISHED)]),
        ("Kessling Foods has opened 120 stores since the start of 2011.", [("to_date", D(2011, 1, 1), PUBLISHED)]),
        ("The krona has lost a tenth of its value since the end of 2012.", [("to_date", D(2013, 1, 1), PUBLISHED)]),
        ("Since 2010, the co-operative has added 300 members.", [("to_date", D(2010, 1, 1), PUBLISHED)]),
        ("Tariffs have doubled since early 2013.", [("to_date", None, None)]),  # a vague start keeps its label
    ],
)
def test_a_phrase_right_after_since_starts_a_span_to_publication(text, expected):
    assert roles(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Starts fell to the lowest level since the survey began in 1971.",
        "It was the strongest quarter since the two carriers merged in May 2010.",
        "The bank posted its first loss since its shares were listed in 1998.",
        "Bookings had their worst week since the volcano erupted in April 2010.",
    ],
)
def test_a_record_window_over_a_since_clause_dates_nothing(text):
    assert roles(text) == []


def test_a_since_clause_keeps_its_own_date():
    # "since it bought the mill in 2008": the phrase dates the purchase, so it stays a period, flagged
    (mention,) = find_periods("Harbin Steel has cut 900 jobs since it bought the mill in 2008.", published=PUBLISHED)
    assert (mention.role, mention.period.start, mention.since_clause) == ("period", D(2008, 1, 1), True)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Pellam Bank stock has lost 25 percent since its chief executive quit in March.", D(2014, 3, 1)),
        ("Shares of Trelwick Corp have dropped 40 percent since the fraud came to light last month.", D(2014, 4, 1)),
        ("Orvan Mining shares have climbed 60 percent since the company struck copper in January.", D(2014, 1, 1)),
    ],
)
def test_a_price_move_after_a_dated_since_clause_runs_from_its_date(text, start):
    (fact,) = [f for f in extract(text, published=PUBLISHED) if f.predicate == "share price"]
    # the since-clause's own date starts the span, publication ends it (undated27's since_spans, round 27: the
    # readable gold dates such moves); neither that month alone nor the publication day
    assert (fact.period.start, fact.period.end) == (start, PUBLISHED)
    assert fact.period.label.lower().startswith("since")


def test_a_price_move_after_an_undated_since_clause_keeps_its_label():
    text = "Orvan Mining shares have climbed 60 percent since the company struck copper."
    (fact,) = [f for f in extract(text, published=PUBLISHED) if f.predicate == "share price"]
    assert (fact.period.start, fact.period.end) == (None, None)
    assert fact.period.label.lower().startswith("since")
