"""A percentage of a whole that is itself a figure takes the noun that figure measures as its whole
(facts/figure_wholes.py): "N percent of <owner>'s <figure> in/of <noun>" is a share of the noun. Before, the parse's
"of" object was the number, the unit noun or the owner, and the part came out as nothing measured ("amount"), as
the unit noun, or as its subject's noun. A whole that is a noun of its own keeps its reading.

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 14)


def percent_predicates(nlp, text):
    """The predicates of the metric facts in percent."""
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [f.predicate for f in facts if f.kind == "metric" and f.value is not None and f.value.unit == "percent"]


# the whole is a figure: its own "in"/"of" noun is what the percentage is a share of
FIGURE_WHOLES = [
    (
        "Norland buys about 60 percent of Freedonia's 2 million barrels per day of crude exports, officials said.",
        "share of crude exports",
    ),
    ("The division made up roughly 12 percent of Tessaly Motors' $40 billion in sales last year.", "share of sales"),
    (
        "Belford Resorts said its high-roller rooms accounted for 35 percent of the resort's $6 billion in wagers.",
        "share of wagers",
    ),
    ("Corrin Grain Co controls 20 percent of the region's 500,000 tonnes of grain storage.", "share of grain storage"),
    ("Harlow Energy sells nearly half of the state's 90,000 barrels a day of refined fuel.", "share of refined fuel"),
]


@pytest.mark.parametrize(("text", "share"), FIGURE_WHOLES)
def test_a_whole_that_is_a_figure_is_the_noun_it_measures(nlp, text, share):
    assert any(predicate.endswith(share) for predicate in percent_predicates(nlp, text))


# near misses: the whole is a noun of its own, with or without a figure on it
OWN_WHOLES = [
    ("Corrin Foods sold 25 percent of its 80 plants last year.", "share of plants"),
    ("Belford Mutual sold 40 percent of its 300 stores in the region last year.", "share of stores"),
    ("Belford Mutual wrote off 5 percent of its $10 billion loan book.", "share of loan book"),
    ("Tessaly Motors paid 30 percent of the $2 billion price in cash.", "share of price"),
]


@pytest.mark.parametrize(("text", "share"), OWN_WHOLES)
def test_a_whole_of_its_own_keeps_its_noun(nlp, text, share):
    assert share in percent_predicates(nlp, text)
