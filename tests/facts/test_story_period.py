"""The period a story reports on, and what it dates: rules of round 3 (issue 10, periods3)."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.period_facts import dates_among

D = dt.date


@pytest.mark.parametrize(
    ("published", "title", "lead", "expected"),
    [
        # a title on the year ahead over a lead on the year just closed: the results are of the closed year
        (
            "2015-02-26",
            "Tellmark upbeat on 2015 after record year",
            "Tellmark Group reported higher earnings for 2014 on Thursday and said it saw further gains this year.",
            (D(2014, 1, 1), D(2014, 12, 31)),
        ),
        # a title naming the quarter ahead and the quarter reported on
        (
            "2016-11-03",
            "Brackley sees weak Q4 after Q3 miss",
            "Brackley Inc shares fell after the maker of valves posted results that missed forecasts.",
            (D(2016, 7, 1), D(2016, 9, 30)),
        ),
        (
            "2013-03-12",
            "Ostrava Steel wary on 2013",
            "Ostrava Steel said on Tuesday that its operating profit for 2012 had fallen, and it gave a cautious "
            "view of the current year.",
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
        # a story on the year ahead only keeps it: no period that is over is named
        (
            "2015-02-26",
            "Tellmark sees profit growth in 2015",
            "Tellmark Group expects its operating profit to rise this year, its chief executive said.",
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
    ],
)
def test_story_period_prefers_a_period_that_is_over(nlp, published, title, lead, expected):
    text = f" date {published} {title}\n\nLONDON (Reuters) - {lead} Sales rose 11 percent to 95 million euros."
    assert dates_among(extract(text, nlp=nlp), 95_000_000.0) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "last month" is the calendar month before publication
        (
            "Factory orders at Caldera Works rose 3.5 percent last month, the company said.",
            3.5,
            (D(2011, 2, 1), D(2011, 2, 28)),
        ),
        ("Ventro Air said last month's passenger count climbed 4.1 percent.", 4.1, (D(2011, 2, 1), D(2011, 2, 28))),
        # "the prior month", "the previous month" are the month before the month the sentence names
        (
            "Wholesale prices in Norland fell 0.4 percent in January after rising 0.9 percent in the prior month.",
            0.9,
            (D(2010, 12, 1), D(2010, 12, 31)),
        ),
        (
            "Norland's retail sales grew 1.2 percent in February, after a 0.6 percent gain the previous month.",
            0.6,
            (D(2011, 1, 1), D(2011, 1, 31)),
        ),
        # after a year, "the previous month" names no month we can date
        (
            "Rents in Norland rose 3 percent in 2010, and by 0.5 percent in the previous month.",
            0.5,
            (None, None),
        ),
    ],
)
def test_relative_months(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2011, 3, 10), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # "an annual rate" (or pace) is how a monthly figure is stated, not the year it covers
        ("Housing starts in Norland rose in May to a seasonally adjusted yearly rate of 612,000 units.", 612_000.0),
        ("Consumer credit at Norland's banks grew at a 4.2 percent annual pace in April.", 4.2),
        ("Norland's exports jumped at an annual rate of 9 percent in the month of April.", 9.0),
    ],
)
def test_annual_rate_is_no_year(nlp, text, amount):
    start, end = dates_among(extract(text, published=D(2011, 6, 20), nlp=nlp), amount)
    assert (start, end) == (
        D(2011, 4, 1) if "April" in text else D(2011, 5, 1),
        D(2011, 4, 30) if "April" in text else D(2011, 5, 31),
    )


@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        # a data release reports on the month its title names, or its first sentence names on a change verb
        (
            "Norland factory orders climb in April",
            "Orders placed with Norland's factories grew strongly, a trade ministry report showed on Tuesday.",
            (D(2014, 4, 1), D(2014, 4, 30)),
        ),
        (
            "Norland's economy shows signs of strain",
            "Retail sales in Norland fell sharply in April as shoppers held back, the statistics office said.",
            (D(2014, 4, 1), D(2014, 4, 30)),
        ),
        (
            "April exports lift Norland's hopes",
            "Shipments abroad from Norland's ports picked up, customs data showed.",
            (D(2014, 4, 1), D(2014, 4, 30)),
        ),
        # a month that only dates a saying, or two months named, make no story period
        (
            "Kestrel Mining names new chairman",
            "Kestrel Mining, which said in April it would sell its coal unit, named a new chairman on Tuesday.",
            (None, None),
        ),
        (
            "Norland data mixed",
            "Norland's retail sales rose in April after falling in March, the statistics office said.",
            (None, None),
        ),
    ],
)
def test_release_month_is_the_story_period(nlp, title, lead, expected):
    text = f" date 2014-05-20 {title}\n\nOSLO (Reuters) - {lead} Wholesale volumes rose 4.4 percent."
    assert dates_among(extract(text, nlp=nlp), 4.4) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # an index reading is dated by the month it names, not by the day the index was published
        (
            "The Harwick consumer confidence index rose 2.1 percent in March, its compiler said on Monday.",
            2.1,
            (D(2013, 3, 1), D(2013, 3, 31)),
        ),
        (
            "Norland's purchasing managers' index slipped to 48.2 in March from 49.0.",
            48.2,
            (D(2013, 3, 1), D(2013, 3, 31)),
        ),
        # a reading with no month of its own, in a release story on March, is March's
        (
            " date 2013-04-08 Norland business mood improves in March\n\nOSLO (Reuters) - The Tolvik business climate "
            "index climbed to 101.5, the Tolvik institute said on Monday.",
            101.5,
            (D(2013, 3, 1), D(2013, 3, 31)),
        ),
    ],
)
def test_index_reading_takes_its_month(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2013, 4, 8), nlp=nlp), amount) == expected


def dated_level(facts, amount):
    """(period start, period end, as_of) of the first fact whose amount is `amount`."""
    for fact in facts:
        if fact.value is not None and fact.value.amount == amount:
            period = fact.period
            return (period.start if period else None, period.end if period else None, fact.as_of)
    raise AssertionError(f"no fact of {amount} in {[f.value.amount for f in facts if f.value]}")


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a stock's level stated for a span holds at its end: as_of, no period
        (
            "Norvale Bank shut 40 outlets over 2013 and 2014, which left it with 1,210 branches.",
            1210.0,
            (None, None, D(2014, 12, 31)),
        ),
        ("Kestrel Foods had 3,400 employees in 2014, its annual report showed.", 3400.0, (None, None, D(2014, 12, 31))),
        (
            "In the first quarter, Brackley Holdings owned a 30 percent stake in the Tamsin mine.",
            30.0,
            (None, None, D(2015, 3, 31)),
        ),
        # an event that changes the stock keeps its period
        ("Norvale Bank axed 700 branches in 2013.", 700.0, (D(2013, 1, 1), D(2013, 12, 31), None)),
        (
            "Brackley Holdings sold a 12 percent stake in the Tamsin mine in March.",
            12.0,
            (D(2015, 3, 1), D(2015, 3, 31), None),
        ),
    ],
)
def test_stock_level_in_a_span_is_as_of_its_end(nlp, text, amount, expected):
    assert dated_level(extract(text, published=D(2015, 5, 12), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a share move takes a year or quarter that is over when it is named in the move's own clause
        ("Shares of Tolvik Energy lost 35 percent of their value in 2013.", 35.0, (D(2013, 1, 1), D(2013, 12, 31))),
        (
            "Brixley Corp's stock, which climbed 12 percent in the fourth quarter, slipped on Monday.",
            12.0,
            (D(2013, 10, 1), D(2013, 12, 31)),
        ),
        # ... not the quarter a company reported on in another clause
        (
            "Brixley Corp's shares fell 4 percent on Monday after it said fourth-quarter profit dropped.",
            4.0,
            (D(2014, 2, 10), D(2014, 2, 10)),
        ),
        # ... nor the month a record is counted from
        (
            "Brixley Corp's shares fell 9 percent on Monday to their lowest since their March 2009 debut.",
            9.0,
            (D(2014, 2, 10), D(2014, 2, 10)),
        ),
        # "since January", "since the start of January": from the month's start to publication
        ("Tolvik's shares have gained 9 percent since the start of January.", 9.0, (D(2014, 1, 1), D(2014, 2, 10))),
        ("Norland's home prices have risen 3 percent since November.", 3.0, (D(2013, 11, 1), D(2014, 2, 10))),
    ],
)
def test_price_moves_over_named_periods(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2014, 2, 10), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # an estimate that a revision replaces is of the same period as the new one
        (
            "Tolvik Corp raised its 2015 revenue forecast to $4.2 billion from $4.0 billion.",
            4.0e9,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        (
            "Norvale Bank now sees full-year profit of $900 million, up from its previous estimate of $850 million.",
            850e6,
            (D(2015, 1, 1), D(2015, 12, 31)),
        ),
        (
            "Kestrel Mining cut its third-quarter output target to 1.1 million tonnes from 1.3 million tonnes.",
            1.3e6,
            (D(2015, 7, 1), D(2015, 9, 30)),
        ),
        # a value of the past keeps the period before
        (
            "Tolvik Corp's revenue rose to $4.2 billion in 2014 from $4.0 billion.",
            4.0e9,
            (D(2013, 1, 1), D(2013, 12, 31)),
        ),
    ],
)
def test_revised_estimate_keeps_the_period(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2015, 7, 20), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "the month" is the month a release reports on; "the month before" the one before it
        (
            " date 2010-03-12 Norland retail sales rise in February\n\nOSLO (Reuters) - Retail sales in Norland rose "
            "1.1 percent in February. Building permits jumped 6 percent during the month.",
            6.0,
            (D(2010, 2, 1), D(2010, 2, 28)),
        ),
        (
            "Orders at Norland factories slipped 0.5 percent in January after a 2.2 percent gain the month before.",
            2.2,
            (D(2009, 12, 1), D(2009, 12, 31)),
        ),
        (
            "Norland's jobless rate rose by 0.2 percent in the month, the ministry said.",
            0.2,
            (D(2010, 2, 1), D(2010, 2, 28)),
        ),
        # in a quarterly story "the month" is still a month, the last one completed
        (
            " date 2010-04-20 Tolvik Corp first-quarter profit rises\n\nTolvik Corp said its first-quarter profit "
            "rose 9 percent. Its online orders grew 14 percent in the month.",
            14.0,
            (D(2010, 3, 1), D(2010, 3, 31)),
        ),
    ],
)
def test_the_month(nlp, text, amount, expected):
    published = None if text.startswith(" date") else D(2010, 3, 12)
    assert dates_among(extract(text, published=published, nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a period on the first measure of a list of figures in one clause dates the later figures too
        (
            "Tolvik Corp now expects full-year earnings of $2.10 to $2.20 a share and revenue of $5.1 billion.",
            5.1e9,
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
        (
            "Norvale Bank sees 2013 earnings of $3.40 a share on revenue of $9.2 billion.",
            9.2e9,
            (D(2013, 1, 1), D(2013, 12, 31)),
        ),
        (
            "Kestrel Mining forecast third-quarter profit of 40 cents to 44 cents a share, excluding items, on sales "
            "of $810 million.",
            810e6,
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        # a period on a noun that holds no figure dates no other figure
        (
            "Tolvik Corp's shares rose 4 percent on Wednesday after it reaffirmed its 2013 goals.",
            4.0,
            (D(2012, 7, 25), D(2012, 7, 25)),
        ),
    ],
)
def test_period_of_a_list_of_figures(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2012, 7, 25), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("sentence", "amount", "expected"),
    [
        # a span of years inside a story on "the next N years" keeps its own years
        (
            "Tolvik Corp estimated demand for 4,000 turbines between 2015 and 2024.",
            4000.0,
            (D(2015, 1, 1), D(2024, 12, 31)),
        ),
        (
            "Tolvik Corp expects orders for 2,600 wind farms in 2015-2023.",
            2600.0,
            (D(2015, 1, 1), D(2023, 12, 31)),
        ),
        (
            "Tolvik Corp expects sales of 900 offshore towers from 2016 through 2025.",
            900.0,
            (D(2016, 1, 1), D(2025, 12, 31)),
        ),
    ],
)
def test_span_of_years_keeps_its_years(nlp, sentence, amount, expected):
    text = (
        " date 2014-06-10 Tolvik sees turbine market worth $90 billion over the next 10 years\n\n"
        f"HAMBURG (Reuters) - Turbine sales will reach $90 billion over the next 10 years, Tolvik Corp said. {sentence}"
    )
    assert dates_among(extract(text, nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "earlier this month" runs from the month's start to publication, "later this month" from publication on
        ("Tolvik Corp's shares lost 14 percent earlier this month.", 14.0, (D(2011, 5, 1), D(2011, 5, 20))),
        (
            "Norland's crude output fell 3 percent earlier this month, the ministry said.",
            3.0,
            (D(2011, 5, 1), D(2011, 5, 20)),
        ),
        ("Kestrel Mining plans to ship 40,000 tonnes later this month.", 40000.0, (D(2011, 5, 20), D(2011, 5, 31))),
    ],
)
def test_earlier_and_later_this_month(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2011, 5, 20), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the sum paid for shares bought, sold or issued is no share price: no publication day
        (
            "Brixley Holdings will buy 12 billion yen of freshly issued Tolvik Corp shares.",
            12e9,
            (None, None),
        ),
        (
            "Norvale Bank repurchased 2.1 million shares for $85 million in the third quarter.",
            85e6,
            (D(2012, 7, 1), D(2012, 9, 30)),
        ),
        ("Kestrel Mining sold shares worth 300 million pounds to pension funds.", 300e6, (None, None)),
        # a share price still is
        ("Tolvik Corp's shares rose to $41.20 on Tuesday.", 41.2, (D(2012, 11, 13), D(2012, 11, 13))),
    ],
)
def test_sum_paid_for_shares_is_no_price(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2012, 11, 14), nlp=nlp), amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # "the first N months of this (last) year" runs from January, also for prices
        (
            "Norland's food prices rose 4 percent in the first five months of this year.",
            4.0,
            (D(2008, 1, 1), D(2008, 5, 31)),
        ),
        (
            "Tolvik Corp's sales climbed 9 percent during the first nine months of last year.",
            9.0,
            (D(2007, 1, 1), D(2007, 9, 30)),
        ),
        (
            "In the first two months of this year, Kestrel Mining shipped 2.4 million tonnes of ore.",
            2.4e6,
            (D(2008, 1, 1), D(2008, 2, 29)),
        ),
        # a share move "this year" still runs to publication
        ("Tolvik Corp's shares have fallen 24 percent this year.", 24.0, (D(2008, 1, 1), D(2008, 8, 15))),
    ],
)
def test_first_months_of_this_year(nlp, text, amount, expected):
    assert dates_among(extract(text, published=D(2008, 8, 15), nlp=nlp), amount) == expected
