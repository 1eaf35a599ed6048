"""A forecast or goal noun compounded with a measure ("revenue estimates", "sales outlook", "earnings forecast")
forecasts that measure: its figures take the measure as predicate, not the forecast word nor the topic carried
from an earlier sentence. "price target" stays one term. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2019, 8, 14)
OPENING = "Tolvane Corp reported quarterly net income of $40 million. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("In March it cut revenue estimates for the year by $50 million, to $900 million.", "$900 million", "revenue"),
        ("Tolvane trimmed its full-year earnings estimate to $2.40 a share.", "$2.40", "earnings per share"),
        ("The firm lowered its sales forecast for 2020 by $25 million.", "$25 million", "sales"),
    ],
)
def test_a_forecast_noun_forecasts_its_compound(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tolvane lowered its sales outlook for the year to $700 million.", "$700 million", "sales"),
        ("The board set a revenue target of $1.2 billion for 2021.", "$1.2 billion", "revenue"),
        ("Tolvane raised its shipments guidance to 3 million units.", "3 million", "shipments"),
    ],
)
def test_a_goal_noun_targets_its_compound(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Analyst Rena Booth raised her price target on Tolvane to $55.", "$55"),
        ("Marlow Securities cut its price target for the stock to $31 from $38.", "$31"),
        ("Dunmore analysts set a price target of $72 on the shares.", "$72"),
    ],
)
def test_a_price_target_stays_one_term(nlp, text, surface):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == "price target"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tolvane has $3.1 billion of available cash, its filing showed.", "$3.1 billion", "available cash"),
        ("The miner could spend most of its $600 million of cash on the new shaft.", "$600 million", "cash"),
        ("At the end of June the retailer held $95 million of cash.", "$95 million", "cash"),
    ],
)
def test_money_of_cash_a_holder_has_is_its_cash(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Tolvane will pay $300 million of cash and stock for the mills.", "$300 million"),
        ("The buyer offered $45 million of cash for the unit.", "$45 million"),
        ("Tolvane received $12 million of cash from the sale.", "$12 million"),
    ],
)
def test_money_of_cash_that_changes_hands_is_not_a_holding(nlp, text, surface):
    assert predicates_of(nlp, OPENING + text, PUBLISHED).get(surface) not in ("cash", "available cash")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Lawmakers backed a $90 billion stimulus plan for the region.", "$90 billion", "stimulus plan"),
        ("The council approved a $4 billion rescue plan for the lender.", "$4 billion", "rescue plan"),
        ("Brokers list 12 likely takeover targets in the sector.", "12", "takeover targets"),
    ],
)
def test_a_plan_or_a_takeover_target_is_not_a_forecast(nlp, text, surface, predicate):
    # "likely takeover targets" keeps its adjective
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface].endswith(predicate)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Pension funds track the Varsex & Co's 500, the Halden 300 and the Tamsin 40.", "500"),
        ("The Halden 300 .HLD rose 2 percent, while the Tamsin 40 index slipped.", "300"),
        ("Orders for the Skyward 990, its largest jet, fell 4 percent.", "990"),
    ],
)
def test_digits_after_a_name_are_part_of_the_name(nlp, text, number):
    assert number not in predicates_of(nlp, OPENING + text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "number", "predicate"),
    [
        ("Tolvane's 5,000 workers voted on Monday.", "5,000", "workers voting"),  # what they did (acting_crowds)
        ("The Brisco plant employs 700 people.", "700", "employees"),
        ("In March Tolvane had 260 stores.", "260", "stores"),
    ],
)
def test_a_count_after_a_name_still_counts(nlp, text, number, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[number] == predicate
