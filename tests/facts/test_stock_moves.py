"""A company's bare move in a market report is its share price: "X ( XX.N ) shed 2.3 percent", "its rival X was
down 9.3 percent", "X lost 4 percent to $5.78" (a percentage or a level "to" a price is no loss); a sum lost stays
a loss. Sentences written for these tests, with invented names."""

import pytest

from extractor.facts.stock_moves import moves_a_stock
from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Among homebuilders, Dunmore Homes ( DNH.N ) shed 2.3 percent to $20.21.", "2.3 percent", "share price"),
        ("Among homebuilders, Dunmore Homes ( DNH.N ) shed 2.3 percent to $20.21.", "$20.21", "share price"),
        ("Orvane Financial, Kestrel Bank's closest rival, was down 9.3 percent.", "9.3 percent", "share price"),
        ("Kestrel Bank's closest rival, Orvane Financial, was down 9.3 percent.", "9.3 percent", "share price"),
        ("Tessaly Foods ( TSF.N ) lost 4 percent to $5.78 in late trading.", "4 percent", "share price"),
        ("Tessaly Foods ( TSF.N ) lost 4 percent to $5.78 in late trading.", "$5.78", "share price"),
        ("Kestrel Corp edged up 0.4 percent to $44.10 after the upgrade.", "0.4 percent", "share price"),
    ],
)
def test_a_company_moved_by_a_market_verb_is_its_share_price(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tessaly Foods lost $40 million in the quarter.", "$40 million", "loss"),
        ("Kestrel Corp's revenue was up 5 percent in the quarter.", "5 percent", "revenue"),
        ("Kestrel Corp added 300 jobs in the quarter.", "300", "jobs added"),
    ],
)
def test_a_named_measure_or_a_sum_lost_is_not_a_stock_move(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


def test_adding_to_a_count_is_no_stock_move(nlp):
    """ "add" is no market verb: it adds to a count as often as to a price."""
    text = "Kestrel Corp will shut 40 plants, adding to 100 already being closed."
    assert predicates_of(nlp, text).get("100") != "share price"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Tessaly Foods said quarterly profit, factoring out a tax change, rose and it was up 20 percent.",
            "20 percent",
        ),
        ("In October the $2 billion Marlow Global Macro fund lost 5 percent.", "5 percent"),
        (
            "Tessaly Foods reported higher profit; the company said it was up 12 percent from a year earlier.",
            "12 percent",
        ),
    ],
)
def test_a_pronoun_or_a_fund_moved_up_or_down_is_no_stock(nlp, text, surface):
    """ "it was up 20 percent" in a results story is its profit; a fund that lost 5 percent lost value, not a stock."""
    assert predicates_of(nlp, text).get(surface) != "share price"


# the subject is a share noun of `share_nouns`, read by lemma; a bare "stocks" is the market, not a company's stock
@pytest.mark.parametrize(
    ("text", "verb", "moves"),
    [
        ("Shares in Kestrel Corp slipped 2 percent by noon.", "slipped", True),
        ("The stock climbed 6 percent after Tessaly Foods raised its forecast.", "climbed", True),
        ("The share sank 3 percent when Orvane Financial cut its dividend.", "sank", True),
        ("Stocks slid 1 percent across the region on Tuesday.", "slid", False),
    ],
)
def test_a_share_noun_subject_moves_a_stock(nlp, text, verb, moves):
    doc = nlp(text)
    assert moves_a_stock(next(t for t in doc if t.text == verb)) is moves
