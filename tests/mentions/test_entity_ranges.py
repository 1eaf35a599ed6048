"""A token's entity found by bisection in per-Doc ranges is the one a walk of `doc.ents` finds; the per-Doc
offsets and ranges of the entity clean-up and the short forms answer as the walks they replace. Texts written for
these tests, invented names."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from extractor.mentions.entity_clusters import _inside_other_name
from extractor.mentions.entity_ranges import entity_span, offsets_in

CASES = [
    ("Marvel Brisk Foods said Tom Ollander of Port Vesta left .", [(0, 3, "ORG"), (4, 6, "PERSON"), (7, 9, "GPE")]),
    ("Shares of Quell rose in Darnley on Tuesday", [(2, 3, "ORG"), (5, 6, "GPE"), (7, 8, "DATE")]),
    ("Nothing here names anyone at all", []),
    ("Hollis Crane", [(0, 2, "ORG")]),  # an entity at both ends of the Doc
]


def _walk(token):
    return next(((e.start, e.end) for e in token.doc.ents if e.start <= token.i < e.end), None)


@pytest.mark.parametrize(("text", "ents"), CASES)
def test_entity_span_is_the_walks_entity(nlp_blank, text, ents):
    doc = nlp_blank(text)
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    for token in doc:
        found = entity_span(token)
        assert (None if found is None else (found.start, found.end)) == _walk(token)


def test_entity_span_is_read_afresh_for_another_doc(nlp_blank):
    first, second = nlp_blank("Quell Mining rose"), nlp_blank("Quell Mining rose")
    first.ents = [Span(first, 0, 2, label="ORG")]
    second.ents = [Span(second, 1, 2, label="ORG")]
    assert (entity_span(first[0]).start, entity_span(second[0])) == (0, None)


NAMES = [(0, 10), (15, 27), (40, 45)]  # in order, not overlapping, as NER's entities are


@pytest.mark.parametrize(
    ("start", "end", "inside"),
    [
        (4, 10, True),  # the surname of a longer name
        (0, 10, False),  # the name itself is not inside another
        (15, 20, True),
        (10, 15, False),  # between two names
        (26, 30, False),  # runs past the end of one
        (41, 44, True),
        (46, 50, False),  # after the last
    ],
)
def test_inside_other_name_answers_as_a_walk(start, end, inside):
    walk = any(a <= start and end <= b and (a, b) != (start, end) for a, b in NAMES)
    assert _inside_other_name(NAMES, start, end) is walk is inside


def test_offsets_in_ranges():
    ranges = [(3, 6), (5, 8), (20, 21)]
    covered = offsets_in(ranges)
    for offset in range(30):
        assert (offset in covered) == any(a <= offset < b for a, b in ranges)
    assert offsets_in([]) == set()
