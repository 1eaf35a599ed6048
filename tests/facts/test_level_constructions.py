"""Figures whose construction makes them levels although a move word stands near them: the figure after "than
the", money that sizes a passive cause, money a cutting or write-down verb takes as object, the size of a thing a
verb moves by another figure. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 3, 12)


def fact_for(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and surface in f.value.surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0]


def kind_and_direction(nlp, text, surface):
    fact = fact_for(nlp, text, surface)
    return fact.kind, fact.value.direction


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brimley Mills said its tax rate was 31 percent, lower than the 34 percent of a year earlier.", "34 percent"),
        (
            "Tarnow Bank's core capital ratio reached 11 percent, higher than the 9 percent regulators demand.",
            "9 percent",
        ),
        ("Quelvin Airways Inc said it would shed 900 jobs, more than the 600 it had flagged in June.", "600"),
    ],
)
def test_a_definite_figure_after_than_is_the_level_compared_with(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Fourth-quarter profit at Ostrava Chemicals Corp was hit by a $120 million charge for plant closures.",
            "$120 million",
        ),
        (
            "Net income at Velmar Group was dragged down by a 75 million euro provision for legal claims.",
            "75 million euro",
        ),
        ("Earnings at Pellham Retail Inc were weighed down by $38 million of store closing costs.", "$38 million"),
    ],
)
def test_money_sizing_a_passive_cause_is_a_level(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Corvane Motors Inc plans to cut $250 million in costs over the next two years.", "$250 million"),
        ("Halden Bank said it would write down another $700 million on its loan book.", "$700 million"),
        ("Marrit Insurance Co wrote off $90 million of goodwill in the quarter.", "$90 million"),
        ("Velmar Group aims to slash 40 billion yen in costs in the business year to March 2016.", "40 billion yen"),
    ],
)
def test_money_cut_or_written_down_is_the_size_of_the_cut(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Corvane Motors Inc cut its marketing budget by $40 million this year.", "$40 million", "down"),
        ("Sales at Brimley Mills rose more than 5 percent in May.", "5 percent", "up"),
        (
            "Quelvin Airways Inc shares are down 20 percent this year, a steeper fall than the 4 percent decline of "
            "the wider market.",
            "4 percent",
            "down",
        ),
        ("Revenue at Tarnow Bank was hurt by a 6 percent drop in fee income.", "6 percent", "down"),
        ("Halden Bank said it would cut $30 million from its travel budget.", "$30 million", "down"),
    ],
)
def test_moves_keep_their_direction(nlp, text, surface, direction):
    assert kind_and_direction(nlp, text, surface) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pellham Retail Inc wants to boost a $2 billion credit line by another $500 million.", "$2 billion"),
        ("Velmar Group plans to trim the $6 billion loan book of its leasing arm by a third.", "$6 billion"),
        (
            "Ostrava Chemicals Corp plans to expand a 400 million euro bond programme by 100 million euros.",
            "400 million euro",
        ),
    ],
)
def test_the_size_of_a_thing_moved_by_another_figure_is_a_level(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dallow Bank Inc sold 30 million new shares at $9 each, 6 percent below Tuesday's closing price.",
            "6 percent",
        ),
        ("The offer of $55 a share for Hemmet Steel Corp is 28 percent above its last close.", "28 percent"),
        (
            "The cash bid values Marrit Insurance Co at $18 a share, 12 percent above the company's 52-week high.",
            "12 percent",
        ),
    ],
)
def test_a_percent_above_or_below_a_reference_price_is_a_premium_or_discount(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("metric", None)


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("Fuel demand at Corvane Motors Inc plants ran 7 percent below a year earlier.", "7 percent", "down"),
        ("Orders at Brimley Mills were 9 percent above their year-earlier level.", "9 percent", "up"),
        ("Shares of Pellham Retail Inc fell 4 percent below $30 on Monday.", "4 percent", "down"),
    ],
)
def test_a_percent_above_or_below_an_earlier_time_stays_a_move(nlp, text, surface, direction):
    assert kind_and_direction(nlp, text, surface) == ("change", direction)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Corvane Motors Inc dropped its margin goal for Asia after losing about $640 million there in 2013.",
            "$640 million",
        ),
        ("Pellham Retail Inc, losing $90 million a year on its catalog arm, is looking for a buyer.", "$90 million"),
        ("Dallow Bank Inc overall lost $4.1 billion in the year, mostly on bad property loans.", "$4.1 billion"),
    ],
)
def test_money_an_organization_loses_without_a_subject_of_its_own_is_a_loss(nlp, text, surface):
    fact = fact_for(nlp, text, surface)
    assert (fact.kind, fact.value.direction, fact.predicate) == ("metric", None, "loss")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Hemmet Steel Corp fell sharply, losing $1.40 to close at $22.", "$1.40"),
        ("The stock of Brimley Mills lost 85 cents in early trading.", "85 cents"),
        ("Tarnow Bank shares slid on Friday, shedding $2.10 by the close.", "$2.10"),
    ],
)
def test_money_a_traded_stock_loses_is_a_fall(nlp, text, surface):
    assert kind_and_direction(nlp, text, surface) == ("change", "down")
