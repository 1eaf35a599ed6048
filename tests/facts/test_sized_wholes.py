"""Money written before a market, a sector, an industry or an IPO tells the size of that whole ("the $400 billion
leasing sector": "leasing sector size"; docs/DECISIONS.md, round 34 preds34). Money before another noun keeps
that noun ("a $2 billion market value"), and so does a percentage ("a 30 percent market share"). Sentences
written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The group tracks activity in the $400 billion leasing sector.", "$400 billion", "leasing sector size"),
        ("Bankers lined up anchor buyers for a $15 billion IPO of the state lender.", "$15 billion", "ipo size"),
        (
            "The collapse of the $200 billion municipal bond market hurt banks.",
            "$200 billion",
            "municipal bond market size",
        ),
        ("Torvane leads the 30 billion euro packaging industry.", "30 billion euro", "packaging industry size"),
    ],
)
def test_money_before_a_whole_is_its_size(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane has a $2 billion market value.", "$2 billion", "market value"),
        ("Torvane holds a 30 percent market share.", "30 percent", "market share"),
        ("Torvane launched a $500 million share offering.", "$500 million", "share offering"),
    ],
)
def test_money_before_another_noun_keeps_it(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
