"""Money followed by its own "of" phrase measures the noun of that phrase (facts/money_of_nouns.py, docs/DECISIONS.md
"Predicates, round 26"): not the verb's subject, a noun of another clause or a deal's price. Near misses keep today's
predicate: a percentage of a whole, how the money is held ("of stock"), a container ("of the total"), a verb's own
name for the money, a predicate that already names the noun. Sentences written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import fact_with_surface

OPENING = "Brantley Freight Corp said on Tuesday its quarterly revenue rose 6 percent to $1.3 billion.\n"


def predicate_of(nlp, text, surface):
    fact = fact_with_surface(nlp, OPENING + text, surface, title="Brantley results", published="2011-05-10")
    return fact.predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the verb's subject is who holds the money, not what it measures
        ("Brantley said its customers still hold $900 million of the notes.", "$900 million", "notes"),
        # a deal's financing, not its price
        (
            "Brantley bought the depot operator last year in a deal funded with $450 million of loans.",
            "$450 million",
            "loans",
        ),
        # the object of "to" after a passive verb
        ("Brantley said its bridge loan will be swapped for $300 million of new equity.", "$300 million", "equity"),
        # a figure in a cause phrase: the noun of its own phrase, not the main clause's object
        (
            "Brantley lowered its forecast because of roughly $75 million of customer rebates.",
            "$75 million",
            "customer rebates",
        ),
    ],
)
def test_money_measures_the_noun_of_its_own_of_phrase(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a percentage of a whole is a share of it, read elsewhere
        ("Brantley said its lenders hold 40 percent of the notes.", "40 percent", "share of notes"),
        # a verb that buys back securities names its own flow, with the noun in it
        ("Brantley bought back $200 million of its bonds in May.", "$200 million", "bonds repurchased"),
        # how the money is held is no measure
        ("Brantley repurchased $250 million of stock in the quarter.", "$250 million", "share repurchases"),
        # the verb names the money: funds raised, not the noun after "of"
        ("Brantley raised $600 million of fresh capital from investors.", "$600 million", "funds raised"),
        # a change verb moves its subject to the level: the subject keeps the figure (with the "of" phrase that says
        # what it is the size of, facts/generic_heads.py, round 41)
        ("Brantley said the size of its note sale grew to $700 million of bonds.", "$700 million", "size of note sale"),
        # an owned unit holds the money: the unit's measure is named with the unit
        (
            "Brantley said its parcels business should post roughly $2 billion of revenue in 2012.",
            "$2 billion",
            "revenue of parcels business",
        ),
        # the figure is what something is worth: the value of that thing, not of the goods after "of"
        ("Each new hire received vouchers worth $80 of meals.", "$80", "voucher value"),
        ("Brantley handed its drivers coupons worth $30 of fuel each.", "$30", "coupon value"),
        ("Brantley said the bonus pool, worth $3 million of shares, was cut.", "$3 million", "bonus pool value"),
        ("Each retiree got a gift card worth $200 of tools from Brantley.", "$200", "gift card value"),
        # the figure is the object of a measure's own "of": the measure keeps it
        ("Brantley reported operating profit of $80 million.", "$80 million", "operating profit"),
    ],
)
def test_money_of_phrase_near_misses_keep_their_predicate(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
