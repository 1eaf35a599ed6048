"""A pronoun subject of a bare move stands for the measure told before it, also outside a clause joined to its
own: the main clause's subject before a relative clause on another noun ("where it rose"), or the previous
sentence's subject for a pronoun that opens its sentence. A name or a stock's shares before it keep the share-price
reading (facts/pronoun_measures.py). Sentences written for these tests, with invented names."""

import pytest

from extractor.eval.predicates import predicate_compatible
from tests.facts.surface_facts import facts_of


def _fact(nlp, text: str, surface: str):
    facts = [f for f in facts_of(nlp, text, title="Quarterly update", published="2012-05-10") if f.value]
    found = [f for f in facts if f.value.surface == surface]
    assert found, [(f.predicate, f.value.surface) for f in facts]
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        (
            "Same-store sales at Tolliver Stores were strongest in the southern region, where they climbed 6.4 "
            "percent.",
            "6.4 percent",
            "sales",
        ),
        (
            "Operating income grew fastest at the cable division of Dunmore Group, where it rose 18 percent.",
            "18 percent",
            "income",
        ),
        (
            "Freedonia's index of wholesale prices rose 0.4 percent in October. It is forecast to rise 0.2 percent "
            "in November.",
            "0.2 percent",
            "index",
        ),
    ],
)
def test_a_pronoun_takes_the_measure_told_before_it(nlp, text, surface, head):
    predicate = _fact(nlp, text, surface).predicate
    assert predicate_compatible(predicate, head), predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Shares of Marrow Foods fell 2 percent on Monday. They closed at $14.10 in late trading.", "$14.10"),
        ("Marrow Foods Corp posted its results before the bell. It rose 4 percent in early trading.", "4 percent"),
    ],
)
def test_shares_or_a_company_before_the_pronoun_stay_a_share_price(nlp, text, surface):
    assert _fact(nlp, text, surface).predicate == "share price"
