"""A count after "to"/"at" whose verb moves a direct object counts its own noun ("cutting the chain to 310
stores" -> stores, not the chain); a verb's subject ("volumes rose to ..."), an object that is itself a measure
("raised production to ...") and generic units keep the clause's noun. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import predicates_of

PUBLISHED = dt.date(2019, 8, 14)
OPENING = "Tolvane Corp reported quarterly net income of $40 million. "


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Tolvane said it would close 40 more outlets, cutting its chain to 310 stores.", "310", "stores"),
        ("The merged retailer will run 600 kiosks at 95 railway stations.", "95", "stations"),
        ("Tolvane has taken control of more than 1,500 foreclosed homes in Ohio.", "1,500", "homes"),
        ("The deal gives Tolvane access to about 9 million paying subscribers.", "9 million", "subscribers"),
    ],
)
def test_a_count_after_to_or_at_counts_its_own_noun(nlp, text, surface, head):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface].split()[-1] == head


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Worldwide volumes rose 5 percent to 180 billion cigarettes.", "180 billion", "worldwide volumes"),
        ("Tolvane raised production to 40,000 vehicles last year.", "40,000", "production"),
        ("Tolvane cut its output to 2 million units.", "2 million", "output"),
    ],
)
def test_a_subject_a_measure_or_generic_units_keep_the_clause_noun(nlp, text, surface, predicate):
    assert predicates_of(nlp, OPENING + text, PUBLISHED)[surface] == predicate
