"""A generic figure noun keeps what it is a figure of (extractor/facts/generic_heads.py): "the rate for business
loans", "the size of the offering", "the cost of the cleanup" name the measure with their "of"/"for" phrase
(FACTS.md "Predicates": the measured noun first, then its post-modifier). Before, the predicate was the bare noun
("rate", "size", "cost"), which names nothing measured. An object that tells whose or when the figure is (a place,
a region, a time), a move noun and a figure stay out of the predicate. `measured_part` gives the period rules the
bare head, so a kept phrase ("size of the stock offering") never makes the figure a stock's daily quote.

Every sentence is written for these tests; the names are invented.
"""

import pytest

from extractor.facts.attachment_days import is_dated_daily
from extractor.facts.predicate_forms import measured_part
from tests.facts.surface_facts import predicate_of

# a generic head with an of/for phrase naming a common noun: the phrase stays
KEPT_PHRASES = [
    ("Harlow Bank said the rate for business loans will be 4.3 percent from Monday.", 4.3, "rate for business loans"),
    ("Kestrel Telecom said the rate of customer turnover fell to 1.8 percent.", 1.8, "rate of customer turnover"),
    ("At Dunmore Bank the reading for bond trading rose 10 percent in the quarter.", 10.0, "reading for bond trading"),
    ("Brentmoor Corp raised the size of its share offering to $900 million on Tuesday.", 9e8, "size of share offering"),
    ("Harlow Oil said the cost of the pipeline repair has reached $60 million.", 6e7, "cost of pipeline repair"),
    ("Kestrel Funds said the return for its corporate bonds was 7 percent.", 7.0, "return for corporate bonds"),
    ("Dunmore Steel said the ratio of overdue invoices rose to 4 percent.", 4.0, "ratio of overdue invoices"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), KEPT_PHRASES)
def test_a_generic_head_keeps_what_it_is_a_figure_of(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


# near-misses: no phrase, or a phrase that tells whose, when or how the figure moved
BARE_HEADS = [
    ("Harlow Bank said the rate for the whole of next year would be 2.1 percent.", 2.1, "rate"),
    ("Kestrel Telecom said the rate of decline slowed to 1.9 percent.", 1.9, "rate"),
    ("The reading for the euro zone rose to 99.6, Dunmore Research said.", 99.6, "reading"),
    ("Brentmoor Bank said its deposit rate will be 1.5 percent.", 1.5, "deposit rate"),
    ("Harlow Oil said the cost will be $40 million.", 4e7, "cost"),
]


@pytest.mark.parametrize(("text", "amount", "expected"), BARE_HEADS)
def test_a_phrase_of_holder_time_or_move_is_left_out(nlp, text: str, amount: float, expected: str) -> None:
    assert predicate_of(nlp, text, amount) == expected


MEASURED_PARTS = [
    ("size of stock offering", "size"),
    ("rate for business loans", "rate"),
    ("return for index funds", "return"),
    ("share price", "share price"),  # not a generic head: as it is
    ("yield on bonds", "yield on bonds"),  # not a kept preposition
    ("rate", "rate"),
]


@pytest.mark.parametrize(("predicate", "expected"), MEASURED_PARTS)
def test_period_rules_read_the_bare_generic_head(predicate: str, expected: str) -> None:
    assert measured_part(predicate) == expected


@pytest.mark.parametrize("predicate", ["size of stock offering", "cost of index funds", "return for shares"])
def test_a_kept_phrase_never_makes_a_daily_quote(predicate: str) -> None:
    assert not is_dated_daily(predicate)
