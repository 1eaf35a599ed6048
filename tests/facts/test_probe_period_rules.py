"""periods9 (round 10): rules found by a probe of invented stories (tests/probes/period_probe1.py). A named index
whose head is "average" quotes the session; an estimate told in the past is of the figure just released; a
stock "ended the quarter with" is as of the quarter's end; a span from publication keeps its dates in a story
with stated dates; a lead that names a quarter by its months dates the title's ordinal."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def _dates(fact) -> tuple[str, str] | None:
    return None if fact.period is None else (str(fact.period.start), str(fact.period.end))


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "NEW YORK (Reuters) - Stocks slid on Friday. The Dow Jones industrial average fell 88.32 points to "
            "12,169.88.",
            "88.32 points",
        ),
        (
            "NEW YORK (Reuters) - Wall Street rose on Friday. The Dow Jones blue-chip average put on 0.7 "
            "percent, its best day in a month.",
            "0.7 percent",
        ),
        (
            "TOKYO (Reuters) - Shares of Kirova Heavy jumped on Friday, while the benchmark Nikkei average closed "
            "down 1.3 percent.",
            "1.3 percent",
        ),
        (
            "TOKYO (Reuters) - Kirova Heavy rose on Friday. Earlier, Tokyo's Nikkei average had finished 1.4 percent "
            "lower.",
            "1.4 percent",
        ),
    ],
)
def test_a_named_average_quotes_the_session(nlp, text, surface):
    fact = fact_with_surface(nlp, text, surface, title="Stocks end week", published="2011-03-04")
    assert _dates(fact) == ("2011-03-04", "2011-03-04")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "VALDORA (Reuters) - Consumer prices in Dalvania rose 2.1 percent year-on-year in October, the "
            "statistics office said. Forecasters were expecting the unemployment rate to stay at 7.4 percent.",
            "7.4 percent",
        ),
        (
            "VALDORA (Reuters) - Consumer prices in Dalvania rose 2.1 percent year-on-year in October. "
            "Analysts had expected the jobless rate to hold at 7.1 percent.",
            "7.1 percent",
        ),
        (
            "VALDORA (Reuters) - Consumer prices in Dalvania rose 2.1 percent year-on-year in October. "
            "A Reuters survey of economists had pointed to a core inflation rate of 1.6 percent.",
            "1.6 percent",
        ),
    ],
)
def test_an_estimate_told_in_the_past_is_of_the_released_month(nlp, text, surface):
    fact = fact_with_surface(nlp, text, surface, title="Dalvania October inflation eases", published="2010-11-17")
    assert fact.modality == "forecast"
    assert _dates(fact) == ("2010-10-01", "2010-10-31")


def test_an_estimate_told_in_the_future_still_holds_no_release_month(nlp):
    text = (
        "VALDORA (Reuters) - Consumer prices in Dalvania rose 2.1 percent year-on-year in October. "
        "Economists expect the jobless rate to climb to 7.5 percent."
    )
    fact = fact_with_surface(nlp, text, "7.5 percent", title="Dalvania October inflation eases", published="2010-11-17")
    assert fact.period is None


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        ("The company ended the quarter with 1,412 stores.", "1,412"),
        ("Tessler finished the period with 23,000 employees.", "23,000"),
        ("The chain ended its first quarter with 310 outlets in Canada.", "310"),
    ],
)
def test_a_stock_the_period_ended_with_is_as_of_its_end(nlp, sentence, surface):
    text = (
        "(Reuters) - Tessler Stores Inc posted a higher profit on Thursday. For the first quarter ended May 1, "
        f"Tessler earned $112 million. {sentence}"
    )
    fact = fact_with_surface(nlp, text, surface, title="Tessler Stores quarterly profit rises", published="2010-05-20")
    assert fact.period is None
    assert str(fact.as_of) == "2010-05-01"


@pytest.mark.parametrize(
    ("sentence", "surface", "end"),
    [
        ("The group has cut 600 jobs since March and will close 30 stores in the next 12 months.", "30", "2018-02-13"),
        ("It plans to shut 45 branches over the next year.", "45", "2018-02-13"),
        (
            "Hollins will spend 80 million pounds on its website in the coming 12 months.",
            "80 million pounds",
            "2018-02-13",
        ),
    ],
)
def test_a_span_from_publication_keeps_its_dates_beside_a_stated_year(nlp, sentence, surface, end):
    text = (
        "LONDON (Reuters) - Hollins Group said on Tuesday it would close stores. Hollins expects profit of 180 "
        f"million pounds in the year to January 2018. {sentence}"
    )
    fact = fact_with_surface(nlp, text, surface, title="Hollins Group to shut shops", published="2017-02-14")
    assert _dates(fact) == ("2017-02-14", end)


@pytest.mark.parametrize(
    ("title", "lead", "later", "surface", "dates"),
    [
        (
            "Sorata Motor Q1 profit plunges",
            "Sorata Motor said on Friday its April-June operating profit plunged 75 percent.",
            "It sold 1.42 million vehicles in the quarter.",
            "1.42 million",
            ("2011-04-01", "2011-06-30"),
        ),
        (
            "Keisen Paper first-quarter net falls",
            "Keisen Paper posted a 12 percent fall in net profit for the April-June period on Friday.",
            "Sales in the quarter fell 4 percent to 310 billion yen.",
            "310 billion yen",
            ("2011-04-01", "2011-06-30"),
        ),
        (
            "Varna Steel first-half profit rises",
            "Varna Steel said its net profit for October-March rose 9 percent on Friday.",
            "Revenue rose to 4.1 billion rupees in the period from 3.8 billion rupees a year earlier.",
            "3.8 billion rupees",
            ("2009-10-01", "2010-03-31"),
        ),
    ],
)
def test_a_lead_that_names_the_months_dates_the_titles_ordinal(nlp, title, lead, later, surface, dates):
    fact = fact_with_surface(nlp, f"TOKYO (Reuters) - {lead} {later}", surface, title=title, published="2011-07-29")
    assert _dates(fact) == dates


def test_an_unnamed_average_is_no_quote_of_the_session(nlp):
    text = (
        "PARIS (Reuters) - The Dalvania leading indicator slipped to 99.3, staying under the ten-year average of 100."
    )
    fact = fact_with_surface(nlp, text, "100", title="Dalvania leading indicator slips", published="2013-02-11")
    assert fact.period is None


def test_a_past_estimate_in_a_story_with_no_reported_period_holds_at_publication(nlp):
    text = (
        "LONDON (Reuters) - Brandt Motors is in talks to take a stake in Kestrel Cars. Traders had expected the "
        "jobless rate to rise to 7.2 percent."
    )
    fact = fact_with_surface(nlp, text, "7.2 percent", title="Brandt eyes stake in Kestrel", published="2009-01-19")
    assert fact.period is None and str(fact.as_of) == "2009-01-19"


CLAIMS = (
    "WASHINGTON (Reuters) - New claims for jobless benefits fell by 15,000 to 330,000 last week, the Labor "
    "Department reported on Thursday."
)


@pytest.mark.parametrize(
    ("published", "text", "surface", "dates"),
    [
        (
            "2014-02-07",
            "NEW YORK (Reuters) - Stocks rose on Friday as investors weighed the data. Nonfarm payrolls rose by "
            "113,000 in January, the Labor Department said. Economists polled by Reuters had expected a gain of "
            "185,000 jobs.",
            "185,000",
            ("2014-01-01", "2014-01-31"),
        ),
        (
            "2014-01-09",
            f"{CLAIMS} Wholesale inventories rose 0.6 percent in November, a separate report from the Commerce "
            "Department showed. Analysts had expected inventories to climb 0.3 percent.",
            "0.3 percent",
            ("2013-11-01", "2013-11-30"),
        ),
        (
            "2014-01-09",
            f"{CLAIMS} The trade deficit shrank to $34.3 billion in November, the Commerce Department said. "
            "Economists polled by Reuters had forecast a gap of $40 billion.",
            "$40 billion",
            ("2013-11-01", "2013-11-30"),
        ),
    ],
)
def test_a_past_estimate_is_of_the_period_just_named(nlp, published, text, surface, dates):
    fact = fact_with_surface(nlp, text, surface, title="Jobless claims fall", published=published)
    assert fact.modality == "forecast"
    assert _dates(fact) == dates


def test_a_prediction_told_now_is_not_dated_by_the_sentence_before(nlp):
    text = (
        "NEW YORK (Reuters) - Stocks rose on Friday. Nonfarm payrolls rose by 113,000 in January. Economists "
        "expect the jobless rate to reach 7.1 percent."
    )
    fact = fact_with_surface(nlp, text, "7.1 percent", title="Stocks rise after data", published="2014-02-07")
    assert fact.period is None and str(fact.as_of) == "2014-02-07"


@pytest.mark.parametrize(
    ("sentence", "surface"),
    [
        (
            "Sales climbed to $2.41 billion, against the $2.36 billion analysts had predicted on average.",
            "$2.36 billion",
        ),
        ("Turnover reached $3.37 billion; forecasters had looked for $3.29 billion, on average.", "$3.29 billion"),
        ("Profit per share was 87 cents, while brokers had predicted 81 cents.", "81 cents"),
    ],
)
def test_an_estimate_beside_a_result_takes_the_results_period(nlp, sentence, surface):
    text = (
        "ATLANTA (Reuters) - Corvin Airlines Inc posted a fourth-quarter profit on Tuesday. Its passenger traffic "
        f"rose 3 percent last week, the company said. {sentence}"
    )
    fact = fact_with_surface(
        nlp, text, surface, title="Corvin Airlines swings to fourth-quarter profit", published="2011-01-18"
    )
    assert fact.modality == "forecast"
    assert _dates(fact) == ("2010-10-01", "2010-12-31")
