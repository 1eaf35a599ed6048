"""A monthly release's later readings of its own rate or price, told with no period, are of the release's month
(extractor/facts/default_periods.py, `release_reading`); a rate of another measure quoted in the release holds at
publication. Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def fact_of(nlp, text: str, amount: float):
    for fact in extract(text, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount and fact.kind == "metric":
            return fact
    raise AssertionError(f"no fact of {amount}")


def period_of(nlp, text: str, amount: float) -> tuple[dt.date, dt.date] | None:
    fact = fact_of(nlp, text, amount)
    return (fact.period.start, fact.period.end) if fact.period else None


def story(date: str, title: str, lead: str, body: str) -> str:
    return f" date {date} {title}\n\n{lead}\n\n{body}"


APRIL_2021 = (D(2021, 4, 1), D(2021, 4, 30))
SEPTEMBER_2018 = (D(2018, 9, 1), D(2018, 9, 30))
FEBRUARY_2016 = (D(2016, 2, 1), D(2016, 2, 29))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the release's rate, read for one province after the lead dates it
        (
            story(
                "2021-05-20",
                "Vacancy rates climb in most Freedonian provinces in April",
                "VELDA (Wirepost) - Office vacancy rates rose in nine of Freedonia's 12 provinces in April, the "
                "property bureau said on Thursday.",
                "Lorvia again had the highest vacancy rate, at 14.2 percent.",
            ),
            14.2,
            APRIL_2021,
        ),
        # the national figure of the same rate, in a comparison of the provinces
        (
            story(
                "2018-10-18",
                "Jobless rates fall in Ruritania's regions in September",
                "KORVA (Wirepost) - Jobless rates fell in 14 Ruritanian regions in September, the labour office "
                "reported on Thursday.",
                "Six regions had jobless rates well above Ruritania's national rate of 6.3 percent.",
            ),
            6.3,
            SEPTEMBER_2018,
        ),
        # a price the release reports, quoted for one province after the lead
        (
            story(
                "2016-03-15",
                "Freedonia home prices ease in February",
                "VELDA (Wirepost) - Home prices in Freedonia slipped in February as new buildings came onto the "
                "market, the housing agency said.",
                "Lorvia kept the highest price, at $410,000.",
            ),
            410000,
            FEBRUARY_2016,
        ),
        # the subject first, the reading at the end of its clause
        (
            story(
                "2016-03-15",
                "Freedonia delinquency rate edges up in February",
                "VELDA (Wirepost) - The delinquency rate on Freedonian car loans edged up in February, a lenders' "
                "group said on Tuesday.",
                "Lorvia's delinquency rate was the lowest among the provinces, at 1.9 percent.",
            ),
            1.9,
            FEBRUARY_2016,
        ),
    ],
)
def test_a_release_reading_takes_the_release_month(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a jobless rate quoted in a home-sales release: another measure, held at publication
        (
            story(
                "2021-05-20",
                "Freedonia home sales jump in April",
                "VELDA (Wirepost) - Sales of new homes in Freedonia jumped 6 percent in April, the housing bureau "
                "said on Thursday.",
                "Builders remain wary with an unemployment rate of 8.1 percent.",
            ),
            8.1,
        ),
        # the release is a quarter's, not a month's: the rule reads monthly releases only
        (
            story(
                "2019-11-14",
                "Freedonia vacancy rates rise in the third quarter",
                "VELDA (Wirepost) - Office vacancy rates in Freedonia rose in the third quarter of the year, the "
                "property bureau said on Thursday.",
                "Landlords in the capital hope for a vacancy rate of 9 percent.",
            ),
            9,
        ),
        # no monthly release at all: a company story quoting a rate
        (
            story(
                "2018-10-18",
                "Halvard Steel hires in Velda",
                "VELDA (Wirepost) - Halvard Steel will hire 300 workers at its Velda mill, the company said on "
                "Thursday.",
                "The region has a jobless rate of 7.4 percent.",
            ),
            7.4,
        ),
    ],
)
def test_another_rate_is_no_release_reading(nlp, text, amount):
    period = period_of(nlp, text, amount)
    assert period is None or (period[1] - period[0]).days > 31
