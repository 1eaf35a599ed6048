"""Money set after "at" on a trade of securities is the price they changed hands at, named by the trading verb
("selling price", "offering price") or per piece: sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract
from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2016, 2, 18)


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Pollard Capital sold 3 million Varden shares at $27 each to a group of pension funds.",
            "$27",
            "selling price",
        ),
        ("Kestrel Mining Corp priced 12 million shares at $8.50 a share.", "$8.50", "offering price per share"),
        ("Halvard will issue 60 million new shares at 2.40 euros apiece.", "2.40 euros", "issue price"),
        ("Marrow Partners bought 4 million Brindle shares at $41.20 per share.", "$41.20", "purchase price per share"),
        ("Varden Bank said its convertible notes sold at $96 each.", "$96", "selling price"),
    ],
)
def test_money_at_which_securities_trade_is_their_price(nlp, text, surface, expected):
    assert predicates_of(nlp, text, PUBLISHED)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Brindle Stores sells most of its towels at $4 in the spring sale.", "$4", "selling price"),
        ("Ostrava Electronics priced its new tablets at $199 for the holiday season.", "$199", "offering price"),
        ("Kestrel bought the warehouse at $12 million last year.", "$12 million", "purchase price"),
    ],
)
def test_goods_that_are_no_securities_get_no_trading_price(nlp, text, surface, expected):
    assert predicates_of(nlp, text, PUBLISHED).get(surface) != expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Varden Capital might sell 6 million Ostrava shares at $25 each next month.", "$25"),
        ("Brindle Foods could offer 2 million shares at $33 each later this year.", "$33"),
        ("Halvard Bank will offer 40 million new shares at 3 euros apiece in 2017.", "3 euros"),
    ],
)
def test_a_planned_share_sale_keeps_its_plan_and_period(nlp, text, surface):
    fact = next(f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface)
    assert fact.modality == "target"  # a sale of shares still to come is no agreed deal term
    assert fact.period is not None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The warrants at $2.10 apiece expire in 2019, Halvard said.", "$2.10", "price per warrant"),
        ("Kestrel said 2 million convertible notes at $980 apiece were left unsold.", "$980", "price per note"),
        ("The 3 million Ostrava shares at 4.20 euros apiece went to a single fund.", "4.20 euros", "price per share"),
    ],
)
def test_money_at_a_security_sold_by_the_piece_is_its_price_per_piece(nlp, text, surface, expected):
    assert predicates_of(nlp, text, PUBLISHED)[surface] == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Marrow Mining said its offering of 12 million shares at $6.40 each was twice covered.", "$6.40"),
        ("Pollard's placement of 9 million shares at 75 pence each raised 6.8 million pounds.", "75 pence"),
        ("Brindle Capital's holding of 4 million Varden shares at $31 each is worth $124 million.", "$31"),
    ],
)
def test_an_offering_or_a_stake_is_not_priced_by_the_piece(nlp, text, surface):
    assert not predicates_of(nlp, text, PUBLISHED).get(surface, "").startswith("price per")
