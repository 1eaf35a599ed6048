"""A noun spelt like a change word but naming a thing (`not_change_nouns`: "contracts") is what its change verb
measures, not a change whose measured noun is still to be found ("growth was 2 percent"); read as a change it left
the figure to the "amount" fallback. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import facts_of


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Brandt Homes said signed contracts rose 8 percent in June.", "8 percent", "contracts"),
        (
            "For Brandt Homes, service contracts dropped 5 percent last year, the builder said.",
            "5 percent",
            "contracts",
        ),
        ("Kestrel Corp said its new contracts climbed 11 percent to 430 in the first half.", "11 percent", "contracts"),
    ],
)
def test_a_thing_named_by_a_change_word_is_measured(nlp, text, surface, head):
    facts = facts_of(nlp, text, title="Builder results", published="2019-08-14")
    predicates = {f.value.surface: f.predicate for f in facts if f.value is not None}
    assert predicates[surface].split()[-1] == head
