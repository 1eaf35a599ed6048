"""Stocks named by membership, enrollment, population or market value (periods10): a level of such a stock holds
at a point in time (`as_of`), not over the story's period, and a state told in a relative clause ("which runs
1,240 shops") stays actual beside a goal the main clause sets."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2013, 8, 7)


def one_fact(text: str, surface: str):
    facts = [f for f in extract(text, published=PUBLISHED) if f.value is not None and f.value.surface == surface]
    assert len(facts) == 1, [(f.predicate, f.value.surface) for f in extract(text, published=PUBLISHED) if f.value]
    return facts[0]


@pytest.mark.parametrize(
    ("text", "surface", "as_of"),
    [
        (
            "Membership in Ostrel Health's group plans climbed 6 percent to 1.9 million in the second quarter.",
            "1.9 million",
            D(2013, 6, 30),
        ),
        (
            "Enrollment at Brannock Insurance's senior plans slipped to 812,000 in the second quarter from 830,000 "
            "a year before.",
            "812,000",
            D(2013, 6, 30),
        ),
        (
            "Quillon Telecom said its market value fell to $6.2 billion in the first half, down from $7 billion.",
            "$6.2 billion",
            D(2013, 6, 30),
        ),
        (
            "The town's population grew 3 percent to 48,000 in 2012, the council of Vardby said.",
            "48,000",
            D(2012, 12, 31),
        ),
        (
            "Tarwick Cable said its subscriber base grew by 90,000 in the second quarter to 4.4 million.",
            "4.4 million",
            D(2013, 6, 30),
        ),
        (
            "Dellmore Fuels said the number of its service centers rose to 2,150 in the first half.",
            "2,150",
            D(2013, 6, 30),
        ),
        (
            "The number of data centers run by Ambry Data climbed to 61 in the second quarter from 54.",
            "61",
            D(2013, 6, 30),
        ),
    ],
)
def test_a_level_of_such_a_stock_has_no_period(text, surface, as_of):
    fact = one_fact(text, surface)
    assert (fact.period, fact.as_of) == (None, as_of)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Membership in Ostrel Health's group plans climbed 6 percent to 1.9 million in the second quarter.",
            "6 percent",
        ),
        ("The town's population grew 3 percent to 48,000 in 2012, the council of Vardby said.", "3 percent"),
        (
            "Enrollment at Brannock Insurance's senior plans slipped 2.2 percent in the second quarter.",
            "2.2 percent",
        ),
    ],
)
def test_the_change_of_such_a_stock_keeps_its_period(text, surface):
    assert one_fact(text, surface).period is not None


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Harwick Retail, which runs 860 stores in 12 countries, targets sales of $9 billion by 2016.",
            "860",
            "actual",
        ),
        (
            "Pellam Foods, which operates 37 plants, aims to lift its margin to 14 percent by 2015.",
            "37",
            "actual",
        ),
        (
            "Corwen Bank, which has 4,100 branches, plans to raise its capital ratio to 10 percent next year.",
            "4,100",
            "actual",
        ),
        # the goal itself stays a target
        (
            "Corwen Bank, which has 4,100 branches, plans to raise its capital ratio to 10 percent next year.",
            "10 percent",
            "target",
        ),
    ],
)
def test_a_state_in_a_relative_clause_stays_actual_beside_a_goal(text, surface, modality):
    assert one_fact(text, surface).modality == modality


@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Dunmore Bank plans to sell 2 billion euros of new shares to rebuild capital after losses of 840 million "
            "euros on property loans.",
            "840 million euros",
            "actual",
        ),
        (
            "Ravel Airlines will cut 900 jobs following charges of $310 million for its regional unit.",
            "$310 million",
            "actual",
        ),
        (
            "Tesmond Mining intends to shut two mines in Chile after writedowns of $1.2 billion on copper assets.",
            "$1.2 billion",
            "actual",
        ),
        # the plan's own figure stays a target
        (
            "Ravel Airlines will cut 900 jobs following charges of $310 million for its regional unit.",
            "900",
            "target",
        ),
    ],
)
def test_a_sum_sized_under_a_preposition_of_ground_is_known(text, surface, modality):
    assert one_fact(text, surface).modality == modality
