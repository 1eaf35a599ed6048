"""A traded commodity's price is the commodity's reading, not the story's company's (market_readings.py):
stories written for these tests, with invented company names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Company news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


def subjects_of(extraction, amount):
    """The subjects of the figures with this amount, lowercased: these rows name holders in lower case."""
    return {subject.lower() for subject in subjects_with_amount(extraction, amount)}


COMPANY = "Harnwick Airlines Inc said on Wednesday its quarterly profit rose 12 percent as fuel costs eased. "


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # the exchange's acronym is where the contract trades, not the commodity's name
        (COMPANY + "In London, ICE Halvor crude for May fell 52 cents to $121.40 a barrel.", 121.40, "halvor crude"),
        # the delivery month is no part of the name; the country names the market
        (
            COMPANY + "U.S. heavy crude for April delivery settled down 1.1 percent at $105.43 a barrel.",
            1.1,
            "u.s. heavy crude",
        ),
        (COMPANY + "Spot gold was up 0.8 percent at $1,642.10 an ounce.", 1642.10, "spot gold"),
        # a price noun of a commodity: the commodity, with the country the prices are of
        (COMPANY + "Crude oil prices have fallen more than 10 percent since February.", 10.0, "crude oil"),
        (
            COMPANY + "Analysts said U.S. gasoline prices were 40 cents a gallon higher than a year ago.",
            0.40,
            "u.s. gasoline",
        ),
        (COMPANY + "Traders said copper slid 2 percent on worries about demand.", 2.0, "copper"),
    ],
)
def test_a_commodity_holds_its_price(nlp, text, amount, holder):
    assert subjects_of(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a possessor keeps its own price: the company's realized price is its figure
        (
            "Drellmoor Energy said its realized natural gas price fell 20 percent in the quarter.",
            20.0,
            "drellmoor energy",
        ),
        # a sum of money spent on a commodity is no price (a price is per unit)
        (
            "Harnwick Airlines Inc said it spent $350 million on jet fuel and crude hedges in the quarter.",
            350e6,
            "harnwick airlines",
        ),
        # a company's own output of a commodity is the company's
        ("Quillon Mining Ltd said gold output rose 6 percent to 410,000 ounces in the quarter.", 6.0, "quillon mining"),
    ],
)
def test_a_company_keeps_its_own_commodity_figures(nlp, text, amount, holder):
    assert subjects_of(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a proper name written with its number is a stock index, the subject of its moves by that short name
        (COMPANY + "For the week, the Dow gained 1.2 percent and the Halden 500 rose 0.9 percent.", 0.9, "halden 500"),
        (COMPANY + "The Kestral 100 has rallied 26 percent since March.", 26.0, "kestral 100"),
        # a quote code after the name and number
        (COMPANY + "The Verbena 300 .VRB3 ended up 0.5 percent.", 0.5, "verbena 300"),
    ],
)
def test_a_numbered_index_holds_its_moves(nlp, text, amount, holder):
    assert subjects_of(run(nlp, text), amount) == {holder}


def test_a_company_name_with_a_year_is_no_index(nlp):
    text = "Ostrel Foods said on Monday its 2012 sales rose 7 percent to $3 billion."
    assert subjects_of(run(nlp, text), 7.0) == {"ostrel foods"}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a short name in a list of market moves beside a numbered index is an index too
        (
            COMPANY + "On Friday the Keldor was up 1.1 percent, the Halden 500 rose 1.3 percent "
            "and the Varn gained 0.8 percent.",
            0.8,
            "varn",
        ),
        (
            COMPANY + "On Friday the Keldor was up 1.1 percent, the Halden 500 rose 1.3 percent "
            "and the Varn gained 0.8 percent.",
            1.1,
            "keldor",
        ),
        (
            COMPANY + "So far this year the Ostrava is up 9 percent, while the Pellam 100 is up 7 percent.",
            9.0,
            "ostrava",
        ),
        (COMPANY + "The Quenby slipped 0.3 percent and the Nordal 50 fell 0.5 percent.", 0.3, "quenby"),
        # a short name that starts the full name of an index the story wrote out earlier
        (
            COMPANY
            + "Stocks rallied, with the Marlow Jones industrial average at a record. The Marlow closed up 1.4 percent.",
            1.4,
            "marlow",
        ),
        (
            COMPANY + "Traders watched the Tarrant Mid-Cap index all week. The Tarrant has lost 3 percent this week.",
            3.0,
            "tarrant",
        ),
        (COMPANY + "The Brevik Composite Index opened higher. By midday the Brevik was up 0.6 percent.", 0.6, "brevik"),
    ],
)
def test_a_short_index_name_holds_its_moves(nlp, text, amount, holder):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert {(f.subject.lower(), f.predicate) for f in facts} == {(holder, "index")}


@pytest.mark.parametrize(
    "text",
    [
        # a company by its bare name moves beside an index: still its share price
        "Keldor Corp said on Monday it would cut 200 jobs. "
        "Keldor rose 3.5 percent while the Halden 500 gained 1.2 percent.",
        "Ostrava Mining fell 3.5 percent on Friday, and the Pellam 100 lost 0.4 percent.",
        # "the" and a percentage alone, with no index beside it or named before, name no index
        "Shares of Tarrant Foods rose on Monday. The Tarrant was up 3.5 percent after the bid.",
    ],
)
def test_a_company_beside_an_index_is_no_index(nlp, text):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - 3.5) < 1e-6]
    assert facts and all(f.predicate != "index" for f in facts), [(f.subject, f.predicate) for f in facts]


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # the whole market a stock is compared with is an index, named as written
        (
            COMPANY + "Its shares fell 2.3 percent to $4.12 in a broader market that was up 0.4 percent.",
            0.4,
            "broader market",
        ),
        (
            COMPANY + "The stock has lost 15 percent this year, while the overall benchmark slid by 3.1 percent.",
            3.1,
            "overall benchmark",
        ),
        (
            COMPANY + "On Tuesday its stock outpaced the Ostrava stock exchange, which gained 0.3 percent on the day.",
            0.3,
            "ostrava stock exchange",
        ),
        (COMPANY + "By noon the wider market had slipped 0.7 percent.", 0.7, "wider market"),
    ],
)
def test_a_whole_market_holds_its_moves(nlp, text, amount, holder):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert {(f.subject.lower(), f.predicate) for f in facts} == {(holder, "index")}


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # a product's or a company's own market is measured by the company, never an index
        ("The smartphone market grew 20 percent last year, Harnwick Airlines said.", 20.0),
        ("Harnwick Airlines said its sales rose 6 percent in its home market.", 6.0),
        ("Harnwick Airlines said the market for regional jets shrank 9 percent.", 9.0),
    ],
)
def test_a_product_market_is_no_index(nlp, text, amount):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert facts and all(f.predicate != "index" for f in facts), [(f.subject, f.predicate) for f in facts]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the market where shares traded to a price names no measure of that price: it is the share price
        ("Harnwick Airlines shares fell 2 percent to $4.12 in a broader market that was flat.", 4.12),
        ("Harnwick Airlines stock ended at $17.40 in a wider market that fell 1.2 percent.", 17.4),
        ("Harnwick Airlines shares rose 3 percent to 52 euros in an overall market that slipped.", 52.0),
    ],
)
def test_a_price_in_a_whole_market_is_a_share_price(nlp, text, amount):
    facts = [f for f in run(nlp, text).facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert {(f.subject, f.predicate) for f in facts} == {("Harnwick Airlines", "share price")}


@pytest.mark.parametrize(
    ("text", "stock", "market"),
    [
        # the whole market compared with a stock is read over the stock's period, the story's quarter
        (
            "Harnwick Airlines said on Wednesday its profit for the quarter ended Feb. 25 rose 12 percent. "
            "Its stock has dropped 8 percent in the quarter, against a 2.5 percent drop in the broader market.",
            8.0,
            2.5,
        ),
        (
            "Harnwick Airlines posted a 12 percent rise in profit for its fiscal quarter ended Feb. 25. "
            "Its shares gained 6 percent in the quarter, compared with a 1.5 percent rise in the overall benchmark.",
            6.0,
            1.5,
        ),
        (
            "Harnwick Airlines said on Wednesday its net profit for the quarter ended Feb. 25 fell 12 percent. "
            "The shares lost 9 percent during the quarter, while the wider market fell 4 percent.",
            9.0,
            4.0,
        ),
    ],
)
def test_a_whole_market_moves_over_the_stocks_period(nlp, text, stock, market):
    facts = run(nlp, text).facts
    periods = {
        amount: {
            f.period and (f.period.start, f.period.end)
            for f in facts
            if f.value and abs(f.value.amount - amount) < 1e-6
        }
        for amount in (stock, market)
    }
    quarter = (dt.date(2011, 11, 26), dt.date(2012, 2, 25))  # the three months ended Feb. 25
    assert periods[stock] == periods[market] == {quarter}, periods
