"""The two readings title_owners and the subject rules share (extractor/facts/named_owners.py)."""

import pytest

from extractor.facts.named_owners import whose_antecedent


@pytest.mark.parametrize(
    ("sentence", "antecedent"),
    [
        ("Pellbrook, whose profits doubled last year, will open two plants.", "Pellbrook"),
        ("The regulator fined Arnholt Mills, whose chairman stepped down in May.", "Mills"),
        ("Analysts praised the insurer Corrigan Re, whose premiums grew 9 percent.", "Re"),
    ],
)
def test_whose_stands_for_the_noun_its_relative_clause_hangs_on(nlp, sentence, antecedent):
    doc = nlp(sentence)
    whose = next(t for t in doc if t.lower_ == "whose")
    found = whose_antecedent(whose)
    assert found is not None and found.text == antecedent


def test_a_question_whose_has_no_antecedent(nlp):
    doc = nlp("Whose shares fell the most on Friday?")
    assert whose_antecedent(doc[0]) is None
