"""Two predicate rules about what is NOT the measure, with sentences written for these tests (invented names):
- a name the tagger reads as a common noun ("Corvane raised debt of ...", where the story also writes "Corvane
  Holdings") is never the predicate;
- a company-wide sum restated per share ("$98 million, or 37 cents a share") continues the sentence's whole
  measure, not the per-share measure read just before it; a large sum after a per-share offer takes the offer's
  measure as a whole."""

import pytest

from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Corvane Holdings said on Monday it would sell bonds. Corvane raised debt of $4 billion in 2018 and "
            "$3 billion this year.",
            "$3 billion",
            "debt",
        ),
        (
            "Tolvane Corp said on Tuesday its results beat forecasts. Tolvane reported quarterly net income of "
            "$2.3 billion, or 22 cents per share.",
            "22 cents",
            "earnings per share",
        ),
        (
            "Stanlow Group expects a weak year. Stanlow plans to raise $2 billion from investors.",
            "$2 billion",
            "funds raised",
        ),
    ],
)
def test_a_name_read_as_a_noun_is_not_the_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Marrow Foods Corp reported its results. It posted a profit of $120 million, or 45 cents a share, "
            "compared with $98 million, or 37 cents a share, a year earlier.",
            "$98 million",
            "profit",
        ),
        (
            "Dalvik Corp reported its results on Tuesday. Dalvik earned $310 million, or 80 cents a share, "
            "compared with $260 million, or 66 cents a share, a year earlier.",
            "$260 million",
            "earnings",
        ),
        (
            "Pellam Inc could attract a bid of $4 to $7 per share, valuing the chain at about $600 million, "
            "one broker estimated.",
            "$600 million",
            "acquisition value",  # an offer valuing a company: the deal's value (preds10, round 11)
        ),
    ],
)
def test_a_whole_sum_does_not_take_a_per_share_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate
