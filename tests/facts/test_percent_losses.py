"""A loss sized in percent is a fall of what the clause is about, not a sum lost (docs/DECISIONS.md, round 32
preds32): "after a 30 percent loss" and "after losing 30 percent" in a sentence about a stock are moves of the
stock, as "after a 30 percent drop" is. A loss sized in money stays the loss ("a $40 million loss"), and a loss
that is itself the subject of a move keeps its name ("its net loss narrowed 20 percent"). Sentences written for
these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 5, 9)
OPENING = "Torvane Corp reported its results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Torvane stock has climbed 8 percent this year after a 30 percent loss in 2011.", "30 percent"),
        ("They have gained 6 percent since January, after losing about 25 percent last year.", "25 percent"),
        (
            "Late on Tuesday Torvane shares were up 5.1 percent, more than recovering a 3.9 percent loss in the "
            "regular session.",
            "3.9 percent",
        ),
        ("Shares of Torvane rose 2 percent on Wednesday, trimming a 12 percent loss for the month.", "12 percent"),
    ],
)
def test_a_loss_in_percent_is_a_move_of_the_stock(nlp, text, surface):
    found = predicates_of(nlp, OPENING + "Its shares rose on Tuesday. " + text, PUBLISHED)
    assert found.get(surface) == "share price", found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Torvane shares rose 2 percent even after the company posted a $40 million loss.", "$40 million", "loss"),
        ("Torvane lost $12 million in the quarter as demand slumped.", "$12 million", "loss"),
        ("Torvane's net loss narrowed 20 percent to $31 million.", "20 percent", "net loss"),
        ("Torvane lost 5 percent of its market share in Europe last year.", "5 percent", "market share"),
    ],
)
def test_a_loss_in_money_or_a_loss_that_moves_keeps_its_name(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
