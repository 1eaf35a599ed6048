"""A word written twice in a row in a measured noun phrase (a heading in capitals run into the sentence that
follows it) is named once in the predicate; repeats that are not side by side stay. Sentences written for these
tests."""

import pytest

from tests.facts.surface_facts import facts_in


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("NICKEL Nickel prices could slide 5 percent if demand stalls.", "nickel prices"),
        ("SUGAR Sugar prices have fallen 11 percent since January.", "sugar prices"),
        ("COTTON Cotton prices could gain 4 percent on tighter supplies.", "cotton prices"),
    ],
)
def test_a_heading_word_run_into_its_noun_is_named_once(nlp, text, predicate):
    assert [f.predicate for f in facts_in(nlp, text)] == [predicate]


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Zinc prices have climbed 9 percent since March.", "zinc prices"),  # no heading: nothing to drop
        ("Dovecote Ltd said its price-to-price index rose 3 percent.", "price-to-price index"),  # one hyphenated word
        ("WHEAT U.S. wheat, at $7.20 a bushel, could drop to $6.90.", "wheat price"),  # heading not in the phrase
    ],
)
def test_a_word_not_doubled_side_by_side_is_kept(nlp, text, predicate):
    assert {f.predicate for f in facts_in(nlp, text)} == {predicate}
