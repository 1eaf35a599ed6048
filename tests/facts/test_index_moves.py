"""A move noun told of a named index where the parse gives it no "in"/"of" phrase is the index's change
(facts/index_moves.py): the index of the noun's "on" phrase, or the index subject of the verb whose object the
move noun is. Before, the move named nothing ("amount") or borrowed the sentence's stock move ("share price").
A move "on" something that is no named index, and a company's move, keep their readings.

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 14)


def changes(nlp, text):
    """The change facts in percent, as (subject, predicate, amount)."""
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.value.amount)
        for f in facts
        if f.kind == "change" and f.value is not None and f.value.unit == "percent"
    ]


def _names_the_index(subject):
    return "Norland" in subject or "Freedonia" in subject


INDEX_MOVES = [
    ("Belford Mutual stock added 5 percent, beating a 4.5 percent rise on the Norland 100 Index.", 4.5),
    ("Tessaly Steel stock climbed 8 percent, outpacing a 3 percent advance on the Freedonia Composite Index.", 3.0),
    ("The Norland 100 index posted a 2 percent gain on Friday.", 2.0),
    ("In July the Norland 100 index has historically eked out an average gain of 0.6 percent.", 0.6),
    ("A 1 percent drop on the Norland metals index last month weighed on Belford Mutual.", 1.0),
]


@pytest.mark.parametrize(("text", "amount"), INDEX_MOVES)
def test_a_move_told_of_a_named_index_is_the_index_change(nlp, text, amount):
    found = [(subject, predicate) for subject, predicate, value in changes(nlp, text) if value == amount]
    assert found and all(predicate == "index" and _names_the_index(subject) for subject, predicate in found)


# near misses: a move on no named index, a company's own move, a move "of" an index (already read)
KEPT = [
    ("Belford Mutual posted a 2 percent gain on the sale of its bakery unit.", 2.0, "index", False),
    ("Belford Mutual shares rose 3 percent after a 2 percent rise on the year.", 2.0, "index", False),
    ("Belford Mutual posted a 4 percent gain in the quarter.", 4.0, "index", False),
    (
        "Belford Mutual stock added 5 percent, ahead of a 1.3 percent rise of the Norland insurance index.",
        1.3,
        "index",
        True,
    ),
]


@pytest.mark.parametrize(("text", "amount", "predicate", "expected"), KEPT)
def test_other_moves_keep_their_reading(nlp, text, amount, predicate, expected):
    found = [p for _, p, value in changes(nlp, text) if value == amount]
    assert found and (predicate in found) == expected
