"""A stock average named by a proper noun and moving as its clause's subject ("the Kestrel average climbed")
measures the index, as "the Kestrel index" does (syntax._names_an_index): the predicate is "index". An average
without a name ("the industry average") or one a figure is compared with keeps its own words. Sentences written
for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2012, 11, 16)
OPENING = "Stocks in Norland traded on Friday. "


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Kestrel average climbed 1.9 percent on Friday, its best day in a month.", "1.9 percent"),
        ("The benchmark Kestrel average slid 0.8 percent to 8,410.22 by the midday break.", "8,410.22"),
        ("Norland's Halvard average was down 2.4 percent at the close as exporters fell.", "2.4 percent"),
    ],
)
def test_a_named_average_moving_is_an_index(nlp, text, surface):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == "index", found


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("The industry average rose 3 percent last year, a trade group said.", "3 percent", "industry average"),
        ("Torvane's margin beat the Norland average of 12 percent.", "12 percent", "norland average"),
    ],
)
def test_other_averages_keep_their_words(nlp, text, surface, predicate):
    found = predicates_of(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == predicate, found
