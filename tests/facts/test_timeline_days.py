"""Chronology entries (periods17, rows rewritten in mend17c): the day that heads an entry, followed by a dash, dates
the entry's figures and events that have no date of their own; a holding the entry reports stands as of that day;
a heading day with no year takes its year from the heading above it."""

import datetime as dt

import pytest

from extractor import extract
from extractor.facts.timeline_days import entry_heading
from extractor.mentions.periods import find_periods

PUBLISHED = dt.date(2021, 11, 18)
LEAD = "Brenholt Capital LP has battled the board of Quillon Textiles Inc for months. "


def chronology(nlp, text):
    return extract("Quillon chronology.\n\n" + LEAD + text, published=PUBLISHED, nlp=nlp)


def dating_of(nlp, text, amount):
    for fact in chronology(nlp, text):
        if fact.value is not None and fact.value.amount == amount:
            period = (fact.period.start, fact.period.end) if fact.period else None
            return period, fact.as_of
    raise AssertionError(f"no fact of {amount}")


def day(month, d, year=2021):
    return (dt.date(year, month, d), dt.date(year, month, d))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # money proposed, borrowed or bid in an entry is the entry day's
        (
            "Here is how the dispute developed: Apr 6 - Brenholt Capital LP puts $27 a share in cash on the table.",
            27.0,
            (day(4, 6), None),
        ),
        (
            "Feb 17 -- Quillon Textiles Inc borrows 60 million euros from a group of lenders.",
            60_000_000.0,
            (day(2, 17), None),
        ),
        # the entry stays open in its next sentence
        (
            "Mar 9 - Quillon's board turns down the approach. Brenholt Capital answers by raising its bid to $29.50 "
            "a share.",
            29.5,
            (day(3, 9), None),
        ),
    ],
)
def test_entry_day_dates_a_sum(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "entry_day"),
    [
        # a stock noun, whatever the verb
        ("Sep 2 - Brenholt Capital discloses a 6.7 percent stake in Quillon Textiles.", 6.7, dt.date(2021, 9, 2)),
        ("Jun 8 - Quillon Textiles puts its net debt at 320 million euros.", 320_000_000.0, dt.date(2021, 6, 8)),
        # a verb of state, whatever the noun
        ("Apr 3 - Quillon's pension gap totals $140 million, the filing shows.", 140_000_000.0, dt.date(2021, 4, 3)),
        (
            "Aug 19 - The unpaid tax bill of Quillon Textiles stands at 38 million euros.",
            38_000_000.0,
            dt.date(2021, 8, 19),
        ),
        # a count the present tense keeps
        ("Jul 21 - Quillon Textiles serves 9,000 clients across four states.", 9000.0, dt.date(2021, 7, 21)),
        ("Mar 16 - Quillon Textiles insures 400,000 homes in the region.", 400_000.0, dt.date(2021, 3, 16)),
    ],
)
def test_holding_stands_as_of_the_entry_day(nlp, text, amount, entry_day):
    assert dating_of(nlp, text, amount) == (None, entry_day)


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a price proposed is a term of the day, not a holding, though "price" is a stock noun
        ("Oct 5 - Brenholt Capital lifts its offer price to $26 a share.", 26.0, (day(10, 5), None)),
        ("Feb 27 - Brenholt Capital sets a tender price of $23.75 per share.", 23.75, (day(2, 27), None)),
        # a quote is the day's, as period and as_of, even told with a verb of state
        ("Jan 25 - Quillon stock stands at $19.80.", 19.8, (day(1, 25), dt.date(2021, 1, 25))),
        ("May 4 - Quillon shares remain at $16.25 as talks drag on.", 16.25, (day(5, 4), dt.date(2021, 5, 4))),
        (
            "Jun 30 - Quillon shares sink 12 percent to $11.05 after the bid lapses.",
            11.05,
            (day(6, 30), dt.date(2021, 6, 30)),
        ),
    ],
)
def test_prices_of_the_entry_day(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a heading without a year follows the one above it, not the latest such day before publication
        (
            "Sept 14, 2018 - Quillon Textiles Inc hires advisers to study a sale. Nov 30 - Quillon Textiles sells its "
            "yarn arm for 75 million euros.",
            75_000_000.0,
            (day(11, 30, 2018), None),
        ),
        # and steps into the next year when the day would go backwards
        (
            "Nov 3, 2019 - Quillon Textiles Inc opens talks with its banks. Feb 11 - Quillon Textiles raises 95 "
            "million euros from a share sale.",
            95_000_000.0,
            (day(2, 11, 2020), None),
        ),
        # a heading that writes its year keeps it, though the entry above is of an earlier year
        (
            "Sept 5, 2018 - Quillon Textiles Inc warns on profit. Jan 22 - Quillon cuts its dividend. Apr 14, 2020 - "
            "Quillon Textiles lends 6 million euros to a supplier.",
            6_000_000.0,
            (day(4, 14, 2020), None),
        ),
        # a list told newest first: the next year would be after publication, so the reader's day stands
        (
            "Oct 7, 2021 - Quillon Textiles Inc accepts the improved bid. Jun 15 - Quillon Textiles repays 30 million "
            "euros of bonds.",
            30_000_000.0,
            (day(6, 15, 2021), None),
        ),
        # a year put before the day
        (
            "2017 June 14 - Quillon Textiles wins a 3 million euro order from a hotel chain.",
            3_000_000.0,
            (day(6, 14, 2017), None),
        ),
        (
            "2016 October 2 - Quillon Textiles buys back 1.5 million of its shares.",
            1_500_000.0,
            (day(10, 2, 2016), None),
        ),
    ],
)
def test_year_of_a_heading(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a paragraph break closes the entry: a present tense after it holds at publication
        (
            "Mar 9 - Quillon's board turns down the approach.\n\nBrenholt Capital holds 3.1 percent of Quillon.",
            3.1,
            (None, PUBLISHED),
        ),
        # a day inside a sentence heads nothing, even with a dash after it
        (
            "Brenholt Capital said its stake climbed to 4.4 percent on March 30 - a level it means to keep. It runs 14 "
            "separate funds.",
            14.0,
            (None, PUBLISHED),
        ),
        (
            "Quillon Textiles said it repaid its lenders on April 12 -- a week early. The weaver employs 1,850 people.",
            1850.0,
            (None, PUBLISHED),
        ),
        # a day at the head of a sentence with no dash after it is the sentence's subject, not a heading
        (
            "March 30 marked the last day for bids. The weaver employs 1,850 people.",
            1850.0,
            (None, PUBLISHED),
        ),
    ],
)
def test_no_entry(nlp, text, amount, expected):
    assert dating_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("sentence", "heading"),
    [
        ("August 14 - Marrow Steel names a new finance chief.", "August 14"),
        ("Following is a chronology: Sept 2, 2020 -- Marrow Steel cuts its dividend.", "Sept 2, 2020"),
        ("Marrow Steel (Reuters) - The steelmaker cut 300 jobs on August 14.", None),
        ("By August 14 - the deadline - Marrow Steel must repay its loan.", None),
        ("August 14 was the day Marrow Steel repaid its loan.", None),
    ],
)
def test_entry_heading(sentence, heading):
    found = entry_heading(sentence, find_periods(sentence, published=PUBLISHED, future=False, fiscal=None))
    assert (found[0].text if found else None) == heading


@pytest.mark.parametrize(
    ("text", "predicate", "expected"),
    [
        # an event of the entry the heading does not date itself: a second clause, a later sentence
        ("Jul 14 - Quillon finance chief Omar Rusk quits and Tamara Venn takes over.", "resignation", day(7, 14)),
        ("Nov 2 - Quillon Textiles agrees to sell its dye unit to Marlo Chemicals Corp.", "sale", day(11, 2)),
        (
            "Mar 9 - Quillon's board turns down the approach. The weaver also hires Petra Lind as chief financial "
            "officer.",
            "hire",
            day(3, 9),
        ),
        (
            "May 22 - Brenholt Capital LP drops its bid. Quillon Textiles Inc then buys Harwick Mills Inc for cash.",
            "acquisition",
            day(5, 22),
        ),
        # a planned event stays undated
        ("Oct 12 - Quillon Textiles says Ruth Amsel will replace Omar Rusk as finance chief.", "appointment", None),
    ],
)
def test_entry_day_dates_its_events(nlp, text, predicate, expected):
    event = next(f for f in chronology(nlp, text) if f.kind == "event" and f.predicate == predicate)
    assert ((event.period.start, event.period.end) if event.period else None) == expected
