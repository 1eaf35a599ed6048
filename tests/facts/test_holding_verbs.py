"""Money a holding verb takes (hold, own, recover: `lexicons/holding_verbs.tsv`) is the holders' holdings or
recovery, never the holders (facts/measure_phrases.flow_agent, docs/DECISIONS.md "Predicates, round 30"); an "of"
phrase after the money still names it. Money a verb of investing puts "in" something is the investment in it.
Near misses keep today's predicate: a percentage held is a stake or share, a count held or owned counts its own
noun, a people count, cash "in" a noun, a stock's recovery, a measure that recovers, a bond or commodity that
recovers or holds by money (its price: only a party is a holder). Sentences written for these
tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Brantley Freight Corp said on Tuesday its quarterly revenue rose 6 percent to $1.3 billion.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Brantley results", published="2011-05-10")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the holders are the subject; the money is what they get back or hold
        (
            "Unsecured creditors of Brantley are expected to recover about 25 cents on the dollar under the plan.",
            "25 cents",
            "recovery",
        ),
        (
            "Bondholders recovered roughly $1.2 billion after the depots were auctioned, Brantley said.",
            "$1.2 billion",
            "recovery",
        ),
        ("Money-market funds owned about $14 billion at the end of March, Brantley said.", "$14 billion", "holdings"),
        ("Brantley said foreign pension plans now hold some $3 billion, up from a year ago.", "$3 billion", "holdings"),
        # an of-phrase after the money names what is held
        ("Retail savers owned some $400 million of the debentures, Brantley said.", "$400 million", "debentures"),
        # money held in a company's shares is a stake
        ("A filing showed the Ostrander fund owns roughly $250 million in Brantley stock.", "$250 million", "stake"),
        ("Brantley's founder still holds about $80 million of its shares.", "$80 million", "stake"),
        # money put "in" something is the investment in it
        (
            "Brantley has invested $2 billion in regional depots over five years.",
            "$2 billion",
            "investment in regional depots",
        ),
        (
            "Over a decade the family invested nearly $90 million in local warehouses.",
            "$90 million",
            "investment in local warehouses",
        ),
    ],
)
def test_money_a_holding_or_investing_verb_takes(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Brantley holds 30 percent of the venture.", "30 percent", "share of venture"),
        ("Brantley owns 45 depots in Ohio.", "45", "depots"),
        ("Brantley said 4,000 drivers lost their jobs.", "4,000", "drivers losing jobs"),  # acting_crowds
        ("Brantley holds $500 million in cash.", "$500 million", "cash"),
        ("Brantley shares recovered 3 percent to $21.40 on Wednesday.", "$21.40", "share price"),
        ("Its 2,600 investors hold 3,300 units of the trust.", "3,300", "units"),
        ("Brantley held its dividend at 40 cents a share.", "40 cents", "dividend per share"),
        ("Brantley's freight revenue recovered to $600 million in the quarter.", "$600 million", "freight revenue"),
        ("Brantley invested $300 million last year.", "$300 million", "investment"),
        # a measure that recovers by money is that measure, not who holds it
        ("Diesel prices have recovered about $4 since the spring, Brantley said.", "$4", "prices"),
        # a traded thing that recovers or holds by money moves in price: only a party is a holder
        ("Brantley's bonds recovered 6 cents on the dollar on Thursday.", "6 cents", "bond price"),
        ("Copper recovered $210 to $8,100 a tonne in London.", "$210 to $8,100 a tonne", "copper price"),
        ("U.S. crude recovered $1.60 a barrel by midday.", "$1.60 a barrel", "crude price"),
        ("Arabica coffee held $1.45 a pound in late trade.", "$1.45 a pound", "coffee price"),
    ],
)
def test_holding_near_misses_keep_their_predicate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


def test_money_hung_on_a_holding_verb_but_not_its_object_is_no_holding(nlp):
    # the money is the price of what is owned, hung on "for": "owns" does not take it
    text = "The bidder offered to buy every depot Brantley still owns for $40 million in cash."
    assert "holdings" not in predicate_of(nlp, text, "$40 million")
