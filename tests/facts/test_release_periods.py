"""The period an economic-data release reports on dates its later figures that name none
(extractor/facts/release_periods.py, story_period). Stories written for these tests."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date


def period_of(nlp, text: str, amount: float) -> tuple[dt.date, dt.date] | None:
    for fact in extract(text, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount and fact.kind in ("metric", "change"):
            return (fact.period.start, fact.period.end) if fact.period else None
    raise AssertionError(f"no fact of {amount}")


def story(date: str, title: str, lead: str, body: str) -> str:
    return f" date {date} {title}\n\n{lead}\n\n{body}"


Q1_2020 = (D(2020, 1, 1), D(2020, 3, 31))
Q2_2019 = (D(2019, 4, 1), D(2019, 6, 30))
Q3_2019 = (D(2019, 7, 1), D(2019, 9, 30))
Q1_2022 = (D(2022, 1, 1), D(2022, 3, 31))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a change verb with the economy as its subject, in the clause the bureau reports
        (
            story(
                "2019-11-14",
                "Freedonia slips into contraction",
                "VELDA (Wirepost) - Freedonia's economy contracted in the third quarter as farm output slumped, "
                "the statistics bureau said on Thursday.",
                "Household spending slipped 0.4 percent, while business investment dropped 1.3 percent.",
            ),
            1.3,
            Q3_2019,
        ),
        # the attribution first, the quarter named by its months
        (
            story(
                "2019-08-09",
                "Freedonia output",
                "KORVA (Wirepost) - According to the planning office, national output in Freedonia grew 0.8 percent "
                "in the April-June quarter.",
                "Shipments of copper abroad were up 5.5 percent.",
            ),
            5.5,
            Q2_2019,
        ),
        # a statistic of an economy, a first estimate a month after the quarter
        (
            story(
                "2022-04-28",
                "Moravian GDP grows",
                "BRNO (Wirepost) - Gross domestic product in Moravia expanded at a 2.4 percent annual pace in the "
                "first quarter, the finance ministry reported.",
                "Moravia's factory production advanced 0.9 percent.",
            ),
            0.9,
            Q1_2022,
        ),
    ],
)
def test_a_release_quarter_dates_later_figures(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # no release measure: a company's shares are no economy
        (
            story(
                "2019-10-10",
                "Halvard shares",
                "OSLO (Wirepost) - Halvard Steel's shares tumbled in the third quarter after a mill fire, the "
                "company said.",
                "Halvard Steel cut its dividend by 12 percent.",
            ),
            12,
        ),
        # a quarter long over is history, not the release
        (
            story(
                "2019-11-14",
                "Freedonia budget",
                "VELDA (Wirepost) - Freedonia's economy contracted in the first quarter of 2017, officials recalled "
                "as they presented a budget.",
                "The budget deficit will narrow to 2.1 percent.",
            ),
            2.1,
        ),
        # no change is stated on the quarter
        (
            story(
                "2019-11-14",
                "Freedonia talks",
                "VELDA (Wirepost) - Freedonia's finance minister met lenders in the third quarter to discuss the "
                "economy, aides said.",
                "The loan totals 300 million dollars.",
            ),
            300e6,
        ),
        # the change is the reason a rate decision gives, in a participle clause
        (
            story(
                "2020-05-06",
                "Moravia holds rates",
                "BRNO (Wirepost) - Moravia's central bank held borrowing costs steady on Tuesday, warning that "
                "household spending fell in the first quarter.",
                "Governor Ana Rell said inflation was 2.2 percent.",
            ),
            2.2,
        ),
        # the change opens a "because" clause of a levy story
        (
            story(
                "2020-05-06",
                "Moravia levy",
                "BRNO (Wirepost) - Moravia put a levy on foreign steel coil on Monday because imports of the metal "
                "surged in the first quarter, its trade minister said.",
                "Moravia collected 400 million dollars in customs duties.",
            ),
            400e6,
        ),
        # a "while" clause before a budget decision
        (
            story(
                "2020-05-06",
                "Ruritania bridges",
                "VELDA (Wirepost) - While the economy expanded in the first quarter, Ruritania's cabinet set aside "
                "8 billion euros for new bridges on Friday.",
                "The plan needs 15,000 builders.",
            ),
            8e9,
        ),
        # the change is what a policymaker's root verb (not a reporting verb) warns of or stresses
        (
            story(
                "2020-05-06",
                "Norway credit",
                "OSLO (Wirepost) - Norway's central bank cautioned on Tuesday that exports dropped in the first "
                "quarter as it opened a credit line for farmers.",
                "The bank approved 900 million dollars of loans to farmers.",
            ),
            900e6,
        ),
        (
            story(
                "2020-05-06",
                "Portugal budget",
                "LISBON (Wirepost) - Portugal's finance minister insisted that national output grew in the first "
                "quarter when he presented the budget.",
                "The cabinet approved 4 billion euros for schools.",
            ),
            4e9,
        ),
        (
            story(
                "2020-05-06",
                "Chile port fees",
                "SANTIAGO (Wirepost) - Chile's transport minister argued that shipping volumes fell in the first "
                "quarter, and the cabinet cut port fees.",
                "Port fees drop by 15 percent.",
            ),
            15,
        ),
    ],
)
def test_no_release_quarter(nlp, text, amount):
    assert period_of(nlp, text, amount) is None


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the measure is the subject of a verb whose object is a change noun
        (
            story(
                "2021-07-20",
                "Freedonia home sales slide",
                "KORVA (Wirepost) - Freedonia's home sales suffered a 14 percent slide in June, the builders' "
                "federation reported.",
                "Buyers signed contracts for 3,150 flats.",
            ),
            3150,
            (D(2021, 6, 1), D(2021, 6, 30)),
        ),
        # the measure is the change noun's own "in" phrase
        (
            story(
                "2021-04-15",
                "Ruritania trade",
                "STREL (Wirepost) - A surge in grain shipments produced a record increase in Ruritania's exports "
                "in March, the customs office reported.",
                "The country's imports climbed 4 percent to $3.3 billion.",
            ),
            3.3e9,
            (D(2021, 3, 1), D(2021, 3, 31)),
        ),
        (
            story(
                "2021-06-11",
                "Moravia inflation",
                "BRNO (Wirepost) - Inflation in Moravia saw its fastest rise in three years in May, the statistics "
                "office said.",
                "Food costs climbed 6 percent.",
            ),
            6,
            (D(2021, 5, 1), D(2021, 5, 31)),
        ),
    ],
)
def test_a_lead_states_the_period_with_a_change_noun(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # "down" and "up" of a phrasal verb state no change
        (
            story(
                "2021-06-09",
                "Orvane closes unit",
                "DUNMERE (Wirepost) - Orvane Foods wound down its frozen-meals unit in May, the company said.",
                "Orvane sold 3 million jars of sauce.",
            ),
            3e6,
        ),
        (
            story(
                "2021-04-07",
                "Tallis Air partner",
                "KORVA (Wirepost) - Tallis Air and a regional carrier teamed up in March to share routes, the "
                "airline said.",
                "Tallis Air flew 4.2 million passengers.",
            ),
            4.2e6,
        ),
        # a cut a company orders is its action, not a measure's move
        (
            story(
                "2021-07-08",
                "Moravia Mobile fees",
                "BRNO (Wirepost) - Moravia Mobile made a deep tariff cut in June to lure callers, the "
                "operator said on Thursday.",
                "The operator gained 310,000 subscribers.",
            ),
            310000,
        ),
        # a bank's move in a relative clause
        (
            story(
                "2021-04-08",
                "Freedonia rates",
                "KORVA (Wirepost) - Freedonia's central bank, whose interest rate increase in March surprised "
                "traders, left borrowing costs alone on Thursday.",
                "Governor Ana Rell said wages were 5 percent higher.",
            ),
            5,
        ),
    ],
)
def test_no_release_month_without_a_measure_change(nlp, text, amount):
    assert period_of(nlp, text, amount) is None


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a results lead in the plural ("second-quarter profits") names the quarter reported on
        (
            story(
                "2021-07-29",
                "Korva lenders' profits top forecasts",
                "KORVA (Wirepost) - Second-quarter profits at Korva Bank and Velda Trust beat forecasts, the two "
                "lenders reported on Thursday.",
                "Korva Bank earned $410 million.",
            ),
            410e6,
            (D(2021, 4, 1), D(2021, 6, 30)),
        ),
        (
            story(
                "2021-07-22",
                "Tallis, Orvane revenues",
                "DUNMERE (Wirepost) - Tallis Air and Orvane Foods both reported higher second-quarter revenues "
                "on Wednesday.",
                "Tallis Air took in $880 million.",
            ),
            880e6,
            (D(2021, 4, 1), D(2021, 6, 30)),
        ),
        (
            story(
                "2021-10-28",
                "Freedonia miners' profits",
                "KORVA (Wirepost) - Freedonia's two largest miners said third-quarter profits doubled as copper "
                "became dearer.",
                "Korva Mining made a net profit of $95 million.",
            ),
            95e6,
            (D(2021, 7, 1), D(2021, 9, 30)),
        ),
    ],
)
def test_a_plural_results_lead(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the phrase hangs on the comparison ("more than forecast in August"): the change is the verb's
        (
            story(
                "2021-09-24",
                "Freedonia orders",
                "VELDA (Wirepost) - Freedonia's factory orders fell far more than forecast in August, the trade "
                "ministry said.",
                "The country's orders for machinery sank 7 percent.",
            ),
            7,
            (D(2021, 8, 1), D(2021, 8, 31)),
        ),
        (
            story(
                "2021-11-05",
                "Freedonia jobless",
                "KORVA (Wirepost) - Freedonia's jobless rate rose faster than economists had predicted in October, "
                "the labour office said.",
                "The number of people out of work reached 212,000.",
            ),
            212000,
            (D(2021, 10, 1), D(2021, 10, 31)),
        ),
        (
            story(
                "2021-03-12",
                "Moravia shops",
                "BRNO (Wirepost) - Moravia's retail sales fell further than analysts had predicted in February.",
                "Sales of clothing slid 4 percent.",
            ),
            4,
            (D(2021, 2, 1), D(2021, 2, 28)),
        ),
    ],
)
def test_a_change_compared_with_a_forecast(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # a comparative adverb on a verb that is no change verb
        (
            story(
                "2021-09-16",
                "Freedonia claims",
                "KORVA (Wirepost) - Last week, jobless claims in Freedonia drifted lower, the labour office reported "
                "on Thursday.",
                "Some 41,500 people filed new claims.",
            ),
            41500,
            (D(2021, 9, 6), D(2021, 9, 12)),
        ),
        (
            story(
                "2021-08-03",
                "Freedonia confidence",
                "KORVA (Wirepost) - Freedonia's consumer confidence crept higher in July, the planning office "
                "reported.",
                "Car registrations rose 3.6 percent.",
            ),
            3.6,
            (D(2021, 7, 1), D(2021, 7, 31)),
        ),
        # "down" with a figure after a copula
        (
            story(
                "2021-05-14",
                "Moravia factories",
                "BRNO (Wirepost) - Moravia's industrial production was down 3 percent in April, the statistics "
                "office said.",
                "Moravia's orders for machine tools fell 7 percent.",
            ),
            7,
            (D(2021, 4, 1), D(2021, 4, 30)),
        ),
    ],
)
def test_a_change_adverb(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the period modifies a change noun that is the main clause's subject
        (
            story(
                "2019-08-22",
                "Freedonia growth",
                "KORVA (Wirepost) - Growth of the Freedonia economy in the second quarter surprised forecasters, the "
                "central bank said.",
                "Car sales rose 4.4 percent.",
            ),
            4.4,
            Q2_2019,
        ),
        (
            story(
                "2020-04-30",
                "Moravia recession",
                "BRNO (Wirepost) - A 2.1 percent decline in Moravia's gross domestic product during the first "
                "quarter pushed the country into recession.",
                "Household spending fell 1.9 percent.",
            ),
            1.9,
            Q1_2020,
        ),
        (
            story(
                "2021-04-20",
                "Ruritania currency",
                "VELDA (Wirepost) - An increase in industrial output in March helped Ruritania's currency firm, "
                "traders said.",
                "Steel production climbed 3.8 percent.",
            ),
            3.8,
            (D(2021, 3, 1), D(2021, 3, 31)),
        ),
    ],
)
def test_a_change_noun_as_subject(nlp, text, amount, expected):
    assert period_of(nlp, text, amount) == expected
