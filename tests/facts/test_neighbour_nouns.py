"""The measured noun, not a noun near it: a valuing verb names a valuation ("in court filings" says where);
a participle on a measure ("estimated losses for the first three months") names no forecaster, and a forecast's
"for" phrase names a measure only past periods and containers; money burned is a cash burn; stock bought back
is a repurchase; a bare percentage owned or bought is a stake. Sentences written for these tests, invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Halvane Corp reported its results on Tuesday. "


def assert_predicate(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert surface in found, f"no fact for {surface!r}: {found}"
    assert found[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("In papers lodged with the regulator, Halvane valued Brimcote at $3.1 billion.", "$3.1 billion", "valuation"),
        ("A pension fund valued Halvane at 420 million euros, including debt.", "420 million euros", "valuation"),
        ("A funding round last month valued Halvane at $750 million.", "$750 million", "valuation"),
        (
            "Halvane, which is valued at roughly $12 billion, may sell its coatings arm.",
            "$12 billion",
            "market value",
        ),
        (
            "Halvane agreed to buy Brimcote in a deal that valued the Dutch firm at 310 million pounds.",
            "310 million pounds",
            "acquisition value",  # what a deal values a company at is its value (preds10, round 11)
        ),
    ],
)
def test_a_valuing_verb_names_the_measure(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Halvane values its 40 percent stake in the venture at $90 million.", "$90 million", "stake"),
        (
            "The group was also granted restricted share and option units valued at $2.4 million.",
            "$2.4 million",
            # a thing valued at money is its value, as "worth" puts it and the gold writes "seat value" (preds12)
            "restricted share and option unit value",
        ),
        (
            "Brimcote may draw a bid of $6 to $9 per share, valuing the chain at about $300 million.",
            "$300 million",
            "acquisition value",  # an offer valuing a company: the deal's value (preds10, round 11)
        ),
    ],
)
def test_a_valued_noun_of_its_own_keeps_its_measure(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Halvane's estimated storm losses for the first six months of 2011 exceed the $1.9 billion it booked "
            "for the whole of last year.",
            "$1.9 billion",
            "estimated storm losses",
        ),
        (
            "Halvane said estimated repair costs for the first half of 2012 came to $85 million.",
            "$85 million",
            "estimated repair costs",
        ),
        (
            "The insurer's estimated flood claims for the three months to June were 120 million euros.",
            "120 million euros",
            "estimated flood claims",
        ),
    ],
)
def test_a_participle_on_a_measure_names_no_forecaster(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Estimates for the level of the central bank's overnight lending rate stood at 6.5 percent.",
            "6.5 percent",
            "overnight lending rate",
        ),
        (
            "Forecasts for the level of Freedonia's benchmark policy rate held at 3.25 percent this week.",
            "3.25 percent",
            "benchmark policy rate",
        ),
        (
            "Economists' estimates for the pace of consumer price inflation stood at 2.8 percent.",
            "2.8 percent",
            "consumer price inflation",
        ),
    ],
)
def test_a_forecast_names_what_its_container_holds(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Halvane burned $2.7 billion of cash in the second quarter.", "$2.7 billion", "cash burn"),
        ("Over the half the truck maker burned through some $6 billion.", "$6 billion", "cash burn"),
        ("Halvane expects to burn $400 million next year.", "$400 million", "cash burn"),
    ],
)
def test_money_burned_is_a_cash_burn(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Over the year Halvane bought back $900 million worth of stock.", "$900 million", "share repurchases"),
        ("The insurer bought back about $250 million worth of its shares.", "$250 million", "share repurchases"),
        # another company's stock bought is a purchase of it (round 34 preds34), never a repurchase
        ("Halvane bought $60 million worth of stock in Brimcote.", "$60 million", "stock purchases"),
    ],
)
def test_stock_bought_back_is_a_repurchase(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The pension fund ranks behind the province, which owns nearly 60 percent.", "60 percent", "stake"),
        ("Brimcote Capital said it now holds 12.5 percent.", "12.5 percent", "stake"),
        ("Halvane agreed in March to buy another 4.1 percent from the founders.", "4.1 percent", "stake acquired"),
    ],
)
def test_a_bare_percentage_owned_or_bought_is_a_stake(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Halvane offered to buy back $2.2 billion of its debt from small savers.", "$2.2 billion", "debt repurchased"),
        (
            "Brimcote Securities will buy back about $640 million of the frozen notes.",
            "$640 million",
            "frozen notes repurchased",
        ),
        (
            "Halvane offered to buy back up to $900 million in municipal bonds.",
            "$900 million",
            "municipal bonds repurchased",
        ),
        ("Halvane bought back $310 million in shares last year.", "$310 million", "share repurchases"),
    ],
)
def test_what_a_buyback_buys_is_named(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Halvane's floating-rate notes maturing next year dropped to 71.5 cents on the dollar on Monday.",
            "71.5 cents",
            "floating-rate note price",
        ),
        (
            "The group's unsecured bonds were quoted at about 45 cents on the dollar late on Friday.",
            "45 cents",
            "unsecured bond price",
        ),
        ("Halvane's senior bonds due 2030 rose to 92 cents on the euro.", "92 cents", "senior bond price"),
        ("Halvane has $600 million of senior notes due on the first of May.", "$600 million", "senior notes"),
    ],
)
def test_a_bond_quoted_on_the_dollar_is_its_price(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Before one-time charges Halvane earned 62 cents a share, 4 cents higher than the Street had expected.",
            "4 cents",
            "earnings per share",
        ),
        (
            "Net income rose to $81 million, or 19 cents a share, 2 cents above the average forecast.",
            "2 cents",
            "earnings per share",
        ),
        (
            "Halvane earned 80 cents a diluted share, 6 cents ahead of the consensus.",
            "6 cents",
            "diluted earnings per share",
        ),
    ],
)
def test_a_difference_after_a_per_share_figure_is_per_share(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Shares in Halvane closed down 2.1 percent at $33.40 per share on Friday.", "$33.40", "share price"),
        ("Halvane stock ended at $18.75 a share in New York.", "$18.75", "share price"),
        ("Halvane shares rose 3 percent to $40 a share, 2 percent higher than the offer.", "2 percent", "share price"),
    ],
)
def test_a_share_price_takes_no_second_rate(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Halvane, which has a market value of $2.3 billion, closed at $14.10.", "$2.3 billion", "market value"),
        (
            "Brimcote bought the chain for an enterprise value of about 410 million euros.",
            "410 million euros",
            "enterprise value",
        ),
        ("The writedown was reflected in Halvane's year-end book value of $31.20.", "$31.20", "book value"),
    ],
)
def test_a_named_value_is_the_measure(nlp, text, surface, predicate):
    assert_predicate(nlp, text, surface, predicate)
