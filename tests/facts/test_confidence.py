"""Confidence follows the evidence a fact rests on (weights in extractor/lexicons/fact_confidence.tsv)."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def confidence_of(nlp, text, surface):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    assert facts, f"no fact for {surface!r}"
    return facts[0].confidence


@pytest.mark.parametrize(
    ("direct", "indirect", "surface"),
    [
        (
            "Pellam Foods Inc said revenue rose to $3.2 billion.",
            "Pellam Foods Inc said revenue rose. It booked $3.2 billion in all.",
            "$3.2 billion",
        ),
        (
            "Pellam Foods Inc reported a net profit of 88 million euros.",
            "Pellam Foods Inc reported 88 million euros in the year.",
            "88 million euros",
        ),
        (
            "Pellam Foods Inc said operating profit fell 12 percent.",
            "Pellam Foods Inc said it saw a 12 percent slide, citing weather.",
            "12 percent",
        ),
    ],
)
def test_a_measure_read_next_to_the_figure_is_surer_than_one_carried_over(nlp, direct, indirect, surface):
    assert confidence_of(nlp, direct, surface) > confidence_of(nlp, indirect, surface)


@pytest.mark.parametrize(
    ("own", "fallback", "kind"),
    [
        (
            "Garrick Holdings Inc said sales rose. Orland Bank, Spain's third-largest lender, said profit fell.",
            "Garrick Holdings Inc said sales rose. Profit fell at the third-largest lender in Spain.",
            "rank",
        ),
        (
            "Garrick Holdings Inc said sales rose, said Ana Ortega, chief analyst at Brisk Securities Inc.",
            "Garrick Holdings Inc said sales rose, said chief financial officer Ana Ortega.",
            "role",
        ),
        (
            "Garrick Holdings Inc said sales rose. Orland Bank Inc acquired Pell Networks Inc last year.",
            "Garrick Holdings Inc said sales rose. Last year saw the acquisition of Pell Networks Inc.",
            "event",
        ),
    ],
)
def test_a_named_fact_whose_owner_the_sentence_names_is_surer(nlp, own, fallback, kind):
    def of_kind(text):
        facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == kind]
        assert facts, f"no {kind} in {text!r}"
        return facts[0].confidence

    assert of_kind(own) > of_kind(fallback)


def test_the_confidence_weights_are_read_once_and_are_the_lexicons_numbers():
    from types import MappingProxyType

    from extractor.facts.measure_confidence import confidence_weights
    from extractor.lexicons import table

    weights = confidence_weights()
    assert weights is confidence_weights()  # read once, shared by every fact
    assert isinstance(weights, MappingProxyType)  # shared, so no caller may change it for the others
    assert dict(weights) == {name: float(row[0]) for name, row in table("fact_confidence").items()}
