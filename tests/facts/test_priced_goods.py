"""Money that a participle or a relative clause puts on a noun (extractor/facts/priced_goods.py, valuations.py,
measure_phrases.worth_holder): "<goods> priced at $N" is the goods' price; "<noun>, valued at $N," set off by
commas is that noun's value even when the parser hangs the participle on the clause's verb; "<noun> that is worth
$N" and "<noun>, now worth $N" are the noun's value. Before, the first came out as the bare goods noun ("toys"),
the second as nothing measured (a topic of the paragraph), the worth clauses as the bare noun.

Every sentence is written for these tests; the names are invented.
"""

import pytest

from tests.facts.surface_facts import predicate_of

# goods a participle prices: their price
PRICED_GOODS = [
    ("Kestrel Stores is filling its aisles with toys priced at $5 to draw holiday shoppers.", 5.0, "toy price"),
    ("The new catalog includes lamps that are priced from $15 to $30, Kestrel Stores said.", 22.5, "lamp price"),
    ("Harlow Bank paid for the stake with shares then priced at 40 euros.", 40.0, "share price"),
    ("Brentmoor Outfitters sells leather jackets priced at $80 in its outlet stores.", 80.0, "leather jacket price"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), PRICED_GOODS)
def test_goods_a_participle_prices_take_the_price(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


# a valuing participle set off by commas that the parser hangs on the verb: the noun written before it
SET_OFF_VALUES = [
    (
        "Harlow Corp will also receive 120,000 shares of Brentmoor stock, valued at about $3 million, when the deal"
        " closes.",
        3e6,
        "stock value",
    ),
    (
        "Under the settlement, Harlow Mining gets a block of mineral rights, valued at $45 million, from the state.",
        45e6,
        "mineral right value",
    ),
    (
        "Dunmore Media gave the founders options on its stock, valued at roughly $8 million, as part of the buyout.",
        8e6,
        "stock value",
    ),
]


@pytest.mark.parametrize(("text", "amount", "expected"), SET_OFF_VALUES)
def test_a_set_off_valued_participle_values_the_noun_before_it(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


# a relative clause "that/which is worth": the noun the clause describes
RELATIVE_WORTH = [
    ("Dunmore Logistics will keep a warehouse that is worth about $40 million.", 40e6, "warehouse value"),
    ("Brentmoor Holdings owns a painting which is worth $12 million, the filing showed.", 12e6, "painting value"),
    ("Kestrel Air sold two jets that were worth $90 million together.", 90e6, "jet value"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), RELATIVE_WORTH)
def test_a_noun_that_is_worth_money_takes_its_value(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


# "worth" set off after a comma and an adverb ("now", "currently", "still"): the noun before the comma
SET_OFF_WORTH = [
    (
        "Harlow Capital sold its warehouse portfolio, now worth about $900 million, to a pension fund.",
        9e8,
        "warehouse portfolio value",
    ),
    (
        "Kestrel Trust will auction the art collection, currently worth $50 million, next spring.",
        5e7,
        "art collection value",
    ),
    ("Dunmore Bank kept the tower, still worth roughly $300 million, on its books.", 3e8, "tower value"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), SET_OFF_WORTH)
def test_worth_set_off_by_an_adverb_values_the_noun_before(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


# near misses: a deal or a company priced or valued, a price paid by a verb, a measure noun worth money, a
# participle with its own object
NEAR_MISSES = [
    ("Kestrel Corp agreed to a deal priced at $2 billion.", 2e9, "acquisition price"),
    ("Kestrel Corp, valued at about $15 billion, bought back stock.", 15e9, "market value"),
    ("The Kestrel Corp painting, valued at $12 million, was sold last week.", 12e6, "painting value"),
    ("Dunmore Bank wrote down loans that were worth $600 million at the end of June.", 6e8, "loans"),
    ("Harlow Foods sold 2 million shares at $31 each.", 31.0, "selling price"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected
