"""Running totals and spans since a dated event (undated27): a sum of deeds told in the perfect or with "already",
"so far" or "to date" has no period unless its own clause names one; after "since" and a dated phrase it runs
from that phrase's start to publication. Invented stories; a results lead makes Q3 2010 the report period."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2010, 10, 19)
LEAD = (
    "NEW YORK - Corvane Systems Inc said on Tuesday its third-quarter profit rose to $210 million, as revenue "
    "grew 8 percent to $1.9 billion.\n"
)
Q3 = (dt.date(2010, 7, 1), dt.date(2010, 9, 30))


def dating(sentence: str, surface: str) -> tuple:
    text = f" date {PUBLISHED.isoformat()} Corvane Systems third-quarter profit rises\n" + LEAD + sentence
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text) if f.value]
    fact = facts[0]
    return (fact.period.start, fact.period.end) if fact.period else None, fact.as_of


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Over the years Corvane has poured $800 million into its own fibre network, its founder said.",
            "$800 million",
        ),
        ("Hospitals have so far bought 2,000 of its scanners, Corvane said.", "2,000"),
        ("Corvane cut its dividend in 2009 and has since spent $2.5 billion on acquisitions.", "$2.5 billion"),
        ("Corvane has already collected $3 million in pledges for its crowd-funded tablet.", "$3 million"),
        ("Over a decade Corvane has ploughed 1.5 billion euros into research.", "1.5 billion euros"),
        ("Savers have ploughed $900 million into its funds to date.", "$900 million"),
        ("The central bank has already bought about $900 billion worth of bonds.", "$900 billion"),
        # the count of those the deeds reached, and a percent share moved
        ("Corvane has shipped its new router to more than 3,500 schools, it said.", "3,500"),
        ("Corvane has signed deals with grocers for some 800 new kiosks.", "800"),
        ("Over two years Corvane has sold off three units and a 14 percent holding in a rival.", "14 percent"),
        ("Corvane has so far raised $600 million from selling its printer unit.", "$600 million"),
    ],
)
def test_a_running_total_has_no_period(sentence, surface):
    assert dating(sentence, surface) == (None, PUBLISHED)


def test_a_running_total_through_a_day_is_as_of_that_day():
    sentence = "Corvane has spent $1.1 billion on its own shares through Oct. 3, a filing shows."
    assert dating(sentence, "$1.1 billion") == (None, dt.date(2010, 10, 3))


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # a flow the report tells, in the simple past or with a period phrase of its own clause
        ("Corvane bought back $300 million of shares in the third quarter.", "$300 million"),
        ("It invested $120 million in the quarter, up from $90 million a year earlier.", "$120 million"),
        ("The company has repurchased $150 million of stock in the third quarter.", "$150 million"),
    ],
)
def test_a_flow_of_the_quarter_keeps_its_period(sentence, surface):
    assert dating(sentence, surface)[0] == Q3


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        # a deed of its own day or year keeps it: no perfect, no "already"
        ("Corvane bought a 12 percent stake in Brixton Labs on Monday.", "12 percent", (dt.date(2010, 10, 18),) * 2),
        (
            "Corvane paid $90 million for Crane Software last year.",
            "$90 million",
            (dt.date(2009, 1, 1), dt.date(2009, 12, 31)),
        ),
    ],
)
def test_a_dated_deed_keeps_its_date(sentence, surface, period):
    assert dating(sentence, surface)[0] == period


@pytest.mark.parametrize(
    ("sentence", "surface", "start"),
    [
        (
            "Dealers have signed up 5,000 of its kiosks since Corvane unveiled them in May 2009.",
            "5,000",
            dt.date(2009, 5, 1),
        ),
        (
            "Corvane has raised $400 million from bond buyers since its debut on the market in June.",
            "$400 million",
            dt.date(2010, 6, 1),
        ),
        # a simple past with a since-clause not set off by a comma still runs from the clause's date
        ("Corvane shares slid 7 percent since the recall began on Oct. 4.", "7 percent", dt.date(2010, 10, 4)),
        (
            "The stock has gained 9 percent since a chip recall in April, traders said.",
            "9 percent",
            dt.date(2010, 4, 1),
        ),
    ],
)
def test_since_a_dated_event_runs_to_publication(sentence, surface, start):
    assert dating(sentence, surface)[0] == (start, PUBLISHED)


def test_since_an_undated_event_stays_undated():
    sentence = "The stock is up some 30 percent since the spin-off, traders said."
    assert dating(sentence, "30 percent")[0] in (None, (None, None))  # a label at most, no dates


def test_a_past_perfect_total_keeps_the_date_another_clause_gives():
    sentence = "Kestrel Fund's report for the second quarter of 2009 showed it had purchased 4 percent of Corvane."
    assert dating(sentence, "4 percent")[0] == (dt.date(2009, 4, 1), dt.date(2009, 6, 30))


def test_a_past_perfect_total_is_not_as_of_publication():
    sentence = "Before its lender failed, Corvane had collected some $2 billion in credit lines."
    assert dating(sentence, "$2 billion")[1] is None  # a total of some past time: dated as any figure (left as main)


def test_a_bare_year_after_since_runs_from_its_start():
    sentence = "Corvane shares have fallen 30 percent since 2007."
    assert dating(sentence, "30 percent")[0] == (dt.date(2007, 1, 1), PUBLISHED)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the date belongs to a clause nested below the since-clause's own verb: a label at most, no dates
        ("Corvane stock has climbed 12 percent since the firm announced it would close plants in March.", "12 percent"),
        (
            "The shares have slipped 6 percent since analysts warned that a contract signed in August was at risk.",
            "6 percent",
        ),
        # a since-clause on a simple past gives the cause, not the start
        (
            "Corvane shares dropped 5 percent, since traders worried that the loan agreed in July would be called.",
            "5 percent",
        ),
        ("Corvane shares slid 3 percent, since dealers expected a weak quarter in June.", "3 percent"),
    ],
)
def test_since_with_no_date_of_its_own_gives_no_span(sentence, surface):
    period = dating(sentence, surface)[0]
    assert period is None or period[0] in (None, PUBLISHED)  # a label, or the day's move; never from the clause's date


@pytest.mark.parametrize(
    ("sentence", "surface", "period"),
    [
        # a deed never done is no running total: the figure keeps the date its own clause gives (as main does)
        (
            "Corvane has not yet spent any of the $700 million it borrowed from banks in March.",
            "$700 million",
            (dt.date(2010, 3, 1), dt.date(2010, 3, 31)),
        ),
        (
            "Corvane has never touched the $80 million it raised in a share sale in 2008.",
            "$80 million",
            (dt.date(2008, 1, 1), dt.date(2008, 12, 31)),
        ),
    ],
)
def test_a_negated_deed_is_no_running_total(sentence, surface, period):
    assert dating(sentence, surface) == (period, None)


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        # the level a "from" replaced, and one-off deals whose amount sizes one thing or pays for one end
        ("Corvane has raised its bid to $42 a share from $40.", "$40"),
        ("Corvane has signed a $250 million contract with a railway.", "$250 million"),
        ("Corvane has paid $30 million to end the patent dispute.", "$30 million"),
        ("Corvane has sold 12 million new shares to pension funds.", "12 million"),
    ],
)
def test_an_amount_the_deed_does_not_sum_is_not_as_of_publication(sentence, surface):
    assert dating(sentence, surface)[1] is None
