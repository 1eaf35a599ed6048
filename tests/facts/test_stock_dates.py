"""A stock's date (`as_of`) is the nearest "at the end of" / "at end-" phrase not across a comparison from it
(`facts/stock_dates.py`). Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2012, 11, 6)


def _as_of(nlp, text: str) -> dict[str, dt.date | None]:
    facts = extract("Report\n\n" + text, published=PUBLISHED, nlp=nlp)
    return {f.value.surface: f.as_of for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "later", "earlier", "date"),
    [
        (
            "Pellow Steel's net debt fell to 3.1 billion euros at the end of September from 3.9 billion euros at "
            "the end of June.",
            "3.1 billion euros",
            "3.9 billion euros",
            D(2012, 6, 30),
        ),
        (
            "Varnholt Bank's capital ratio rose to 11.2 percent, compared with 9.8 percent at end-2011.",
            "11.2 percent",
            "9.8 percent",
            D(2011, 12, 31),
        ),
        (
            "Orlin Mining's cash pile stood at $2.4 billion, against $1.7 billion at the end of March.",
            "$2.4 billion",
            "$1.7 billion",
            D(2012, 3, 31),
        ),
    ],
)
def test_a_stock_takes_the_date_on_its_own_side(nlp, text, later, earlier, date):
    found = _as_of(nlp, text)
    assert found[earlier] == date
    assert found[later] != date  # the earlier side's phrase does not date the later side


@pytest.mark.parametrize(
    ("text", "now"),
    [
        (
            "Dunmore Telecom aims to have 6 million customers by the end of 2014, up from 4.5 million now.",
            "4.5 million",
        ),
        (
            "Kestrel Bank forecasts 2 million online accounts by 2016, up from 1.2 million now.",
            "1.2 million",
        ),
        ("Tarvia's grid operator is targeting 12,000 charging points by end-2015, up from about 3,000 now.", "3,000"),
    ],
)
def test_the_earlier_side_of_a_deadline_is_todays_level(nlp, text, now):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.surface == now)
    assert fact.period is None
    assert fact.as_of == PUBLISHED


@pytest.mark.parametrize(
    ("text", "now", "level", "month_end"),
    [
        # a level "now" between the figure and the phrase: the phrase is the next level's, not the figure's
        (
            "Copper could finish the year at $7,100, versus $7,350 now and $6,900 at end-June.",
            "$7,350",
            "$6,900",
            (6, 30),
        ),
        ("Wheat could slip to $6.10, versus $6.40 now and $5.90 at end-May.", "$6.40", "$5.90", (5, 31)),
        ("The peso may weaken to 19.6, compared with 19.1 now and 18.8 at end-June.", "19.1", "18.8", (6, 30)),
    ],
)
def test_a_level_now_is_not_dated_by_the_next_levels_phrase(nlp, text, now, level, month_end):
    found = _as_of(nlp, text)
    assert (found[level].month, found[level].day) == month_end
    assert found[now] == PUBLISHED


DEADLINE_PUBLISHED = D(2013, 12, 10)


@pytest.mark.parametrize(
    ("text", "surface", "end"),
    [
        ("Halvard Group has to repay $500 million of bonds by March.", "$500 million", D(2014, 3, 31)),
        ("Brenmoor Bank needs to raise 2 billion euros in capital by June.", "2 billion euros", D(2014, 6, 30)),
        (
            "Tessaly Airways is required to pay 40 million pounds in fines by November 30.",
            "40 million pounds",
            D(2014, 11, 30),
        ),
        ("Corvan Shipping must refinance $800 million of debt by the end of October.", "$800 million", D(2014, 10, 31)),
    ],
)
def test_an_obligation_by_a_month_gone_this_year_is_next_years_deadline(nlp, text, surface, end):
    """A "by" month already past at publication, in a clause not told in the past, is a deadline ahead (the
    future reading), not the date a stock stood at."""
    facts = extract("Report\n\n" + text, published=DEADLINE_PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.surface == surface)
    assert (fact.period.start, fact.period.end) == (DEADLINE_PUBLISHED, end)
    assert fact.as_of is None


def test_a_by_date_told_in_the_past_dates_the_stock(nlp):
    facts = extract(
        "Report\n\nHalvard Group had repaid $500 million of bonds by the end of March.",
        published=DEADLINE_PUBLISHED,
        nlp=nlp,
    )
    fact = next(f for f in facts if f.value and f.value.surface == "$500 million")
    assert fact.as_of == D(2013, 3, 31)


@pytest.mark.parametrize(
    ("text", "earlier", "date"),
    [
        (
            "Rates on Norvik's bonds eased to 4.1 percent, compared with 4.6 percent in the past 6 months at "
            "end-September.",
            "4.6 percent",
            D(2012, 9, 30),
        ),
        (
            "Orlin Bank's bad loans fell to 2.2 percent, against 2.9 percent over the last 12 months at the end of "
            "June.",
            "2.9 percent",
            D(2012, 6, 30),
        ),
        (
            "Pellow Steel's net debt dropped to 1.1 billion euros, versus 1.4 billion euros for the previous 9 months "
            "at end-August.",
            "1.4 billion euros",
            D(2012, 8, 31),
        ),
    ],
)
def test_a_number_inside_a_period_phrase_is_no_figure_between(nlp, text, earlier, date):
    # "the past 6 months" between the figure and its date phrase holds a number, but no other figure
    assert _as_of(nlp, text)[earlier] == date
