"""A sum led by an article sizes the noun that follows it, past a currency conversion in parentheses ("a record
4.9 billion euro ($7.2 billion) trading loss") or a noun the tagger read as an adjective ("a possible $2 billion
fine"); no noun after it, or a period word, leaves the reading as it was. Sentences written for these tests, with
invented names."""

import pytest

from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Kelso Corp revealed an unexpected 2.3 billion euros ($3.1 billion) trading loss on Friday.",
            "2.3 billion euros",
            "trading loss",
        ),
        (
            "Halden Group posted a 120 million Swiss franc ($125 million) net loss for the year.",
            "120 million Swiss franc",
            "net loss",
        ),
        ("Kelso Corp faces a possible $2 billion fine.", "$2 billion", "possible fine"),
    ],
)
def test_a_sum_sizes_the_noun_after_its_conversion(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Kelso Corp reported a $1.2 billion (950 million euros) charge for the quarter.", "$1.2 billion", "charge"),
        (
            "Marrow Bank's net income rose to 2.1 billion euros ($2.9 billion) in 2018.",
            "2.1 billion euros",
            "net income",
        ),
    ],
)
def test_a_sum_read_by_the_parse_keeps_its_noun(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


def test_a_change_noun_after_the_sum_is_not_its_measure(nlp):
    text = "Pump prices at Halden Group stations rose 6 cents, adding to a five cent increase in the previous week."
    assert predicates_of(nlp, text).get("five cent") != "increase"
