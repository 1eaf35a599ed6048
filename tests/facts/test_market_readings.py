"""Readings of commodities, currencies and government bonds in market reports (FACTS.md "Subjects" and
"Periods and points in time"): the instrument is the subject of its quotes, never an organization named
elsewhere in the story; a quote with no date of its own is of the session (the publication day), a stated
day or span dates it, and a futures contract's month is no period. Stories written for these tests, with
invented company names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import only_fact_with_amount, story_extraction

PUBLISHED = dt.date(2014, 6, 11)  # a Wednesday
SESSION = (PUBLISHED, PUBLISHED)
LEAD = "Halvorsen Petroleum said on Wednesday it would shut two platforms for repairs. "


def run(nlp, text, title="Markets report"):
    return story_extraction(nlp, LEAD + text, title=title, published=PUBLISHED)


def dates(fact):
    return (fact.period.start, fact.period.end) if fact.period is not None else None


# a commodity's price and its moves take the commodity as it is named, without the exchange before a grade
@pytest.mark.parametrize(
    ("text", "amount", "subject"),
    [
        ("Brent crude climbed 82 cents to settle at $71.40 a barrel.", 71.40, "Brent crude"),
        ("Copper fell 1.8 percent as stockpiles in warehouses grew.", 1.8, "copper"),
        ("In Rotterdam, ICE Urals crude slid 64 cents to end at $68.25 a barrel.", 0.64, "Urals crude"),
        ("Spot silver prices rose $0.35 to $19.80 an ounce in thin trade.", 19.80, "spot silver"),
        ("U.S. front-month crude eased 1.2 percent to $64.10 a barrel.", 64.10, "U.S. crude"),
        ("The price of platinum dropped 2.6 percent after weak car sales data.", 2.6, "platinum"),
        ("SILVER Spot silver has gained 7 percent since May.", 7.0, "spot silver"),
        ("The prospect of $150 oil hurt the shares of airlines and truckers.", 150.0, "oil"),
    ],
)
def test_commodity_is_the_subject_of_its_price(nlp, text, amount, subject):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.subject.lower() == subject.lower()
    assert "price" in fact.predicate


# a currency's quote or move takes the currency; a bond's yield and price the bond with its maturity
@pytest.mark.parametrize(
    ("text", "amount", "subject", "predicate"),
    [
        ("The euro rose 0.6 percent against the dollar after the vote.", 0.6, "euro", "euro exchange rate"),
        ("Against the Swiss franc, the dollar was up 0.3 percent at 0.9125.", 0.9125, "dollar", "dollar exchange rate"),
        ("The yen weakened 1.1 percent as exporters sold it.", 1.1, "yen", "yen exchange rate"),
        (
            "The benchmark 10-year Treasury note fell 9/32 in price to yield 2.64 percent.",
            2.64,
            "10-year Treasury note",
            "yield",
        ),
        ("The 30-year bond was up 14/32, with the yield at 3.41 percent.", 3.41, "30-year bond", "yield"),
        ("German Bunds slipped 0.4 percent as investors bought riskier assets.", 0.4, "German Bunds", "price"),
    ],
)
def test_currency_and_bond_are_subjects_of_their_quotes(nlp, text, amount, subject, predicate):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert (fact.subject, fact.predicate) == (subject, predicate)


# no instrument: a sum in a currency, a share of a commodity, the ministry called Treasury, a volume of oil
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Halvorsen Petroleum will spend $3 billion on new wells, it said.", 3e9),
        ("About 70 percent of Halvorsen's crude is sold under long-term contracts.", 70.0),
        ("The Treasury will lend up to $40 billion to the region's lenders.", 4e10),
        ("Halvorsen pumped 400,000 barrels of oil a day in May.", 400000.0),
        ("They will put nearly $7 billon dollars into the fund, a banker said.", 7.0),
    ],
)
def test_no_instrument_without_a_quote_of_one(nlp, text, amount):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.subject not in ("crude", "oil", "dollar")
    assert fact.predicate not in ("price", "yield") and not fact.predicate.endswith("exchange rate")


# dating: no date of its own is the session; a stated day or span stays; a contract month is no period
@pytest.mark.parametrize(
    ("text", "amount", "period"),
    [
        ("U.S. crude for July delivery settled down $1.05 at $103.40 a barrel.", 103.40, SESSION),
        ("Gold futures for August fell $6.20 to $1,254.80 an ounce.", 1254.80, SESSION),
        ("August crude edged up 4 cents to settle at $104.10 a barrel.", 104.10, SESSION),
        ("Copper had jumped 3.1 percent on Tuesday.", 3.1, (dt.date(2014, 6, 10), dt.date(2014, 6, 10))),
        ("Oil has risen 12 percent since March on supply worries.", 12.0, (dt.date(2014, 3, 1), PUBLISHED)),
        ("The euro was down 0.25 percent at $1.3540.", 1.3540, SESSION),
    ],
)
def test_market_quote_dating(nlp, text, amount, period):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert dates(fact) == period
    if fact.kind == "metric":
        assert fact.as_of == period[1]


def test_year_on_year_move_in_a_results_report_keeps_the_reported_quarter(nlp):
    text = (
        "Halvorsen Petroleum posted a 20 percent drop in fourth-quarter profit on Wednesday. "
        "On a year-on-year basis, natural gas prices fell 31 percent in the quarter."
    )
    fact = only_fact_with_amount(run(nlp, text, title="Halvorsen fourth-quarter profit falls"), 31.0)
    assert fact.subject == "natural gas"
    assert dates(fact) == (dt.date(2013, 10, 1), dt.date(2013, 12, 31))


# a stock index named by its short name alone: its moves and its level in no currency are its readings
@pytest.mark.parametrize(
    ("text", "amount", "subject"),
    [
        ("The Halden 300 gained 1.4 percent to 1,642.10, its best close in a month.", 1642.10, "Halden 300"),
        ("Japan's Ostrava fell 0.6 percent to 14,210.55.", 14210.55, "Ostrava"),
        ("The benchmark Kessler 50 closed up 0.9 percent at 3,915.20.", 0.9, "Kessler 50"),
        ("The Tarvo rose 85.12 points, or 0.7 percent, to 12,877.40.", 12877.40, "Tarvo"),
        ("The benchmark Ostrava .OST gained 126.45 points to 8,407.19 in late trade.", 126.45, "Ostrava"),
        ("The broader Kessler .KSX was up 0.6 percent to 791.36.", 791.36, "Kessler"),
    ],
)
def test_short_index_name_is_the_subject_of_its_readings(nlp, text, amount, subject):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert (fact.subject, fact.predicate) == (subject, "index")
    assert dates(fact) == SESSION


# a company's own move is no index reading: its ticker, its price in a currency, or the story's company
@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Brindle Corp ( BRN.N ) fell 3.2 percent to $41.15.", 3.2),
        ("Halvorsen Petroleum rose 2.1 percent to 1,240 crowns on the news.", 2.1),
        ("Halvorsen Petroleum climbed 4.4 percent, its biggest gain this year.", 4.4),
        ("Halvorsen posted a margin of 31.5 percent, a 2.5 percentage point increase from a year ago.", 2.5),
    ],
)
def test_company_move_is_no_index_reading(nlp, text, amount):
    fact = only_fact_with_amount(run(nlp, text), amount)
    assert fact.predicate != "index"


def test_a_short_index_name_read_once_stays_an_index(nlp):
    text = "The Ostrava .OST closed down 58.21 points at 9,412.66. Over the week the Ostrava climbed 2.6 percent."
    fact = only_fact_with_amount(run(nlp, text), 2.6)
    assert (fact.subject, fact.predicate) == ("Ostrava", "index")
