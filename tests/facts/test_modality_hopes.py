""" "Hopes to", "hoped to", "hoping to" tell the subject's plan, like "aims to" (`target_cues`). The rule lemmatizer
read these forms as "hop" (`lemmas.add_lemma_exceptions`, `lexicons/lemma_exceptions.tsv`), so the cue was missed
and the figure read as a result. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 9, 20)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tenby Mills Inc hopes to have 8 percent of its power from wind farms by 2020.", 8),
        ("By selling its barges, Rossiter Rail Corp hopes to raise about $240 million for debt repayment.", 2.4e8),
        ("Calloway Brands Ltd is hoping to sell 30 percent of its packaging arm.", 30),
        ("Ferrand Mining Plc said it hoped to ship 2 million tonnes of ore from the new pit.", 2e6),
    ],
)
def test_a_hoped_for_figure_is_a_target(nlp, text, amount):
    facts = extract("Plans\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"


@pytest.mark.parametrize("form", ["hopes", "hoped", "hoping", "Hopes"])
def test_forms_of_hope_take_its_lemma(nlp, form):
    doc = nlp(f"Halden Foods {form} to expand.")
    assert doc[2].lemma_.lower() == "hope"


def test_a_hop_stays_a_hop(nlp):
    doc = nlp("The rabbit hops across the lawn.")
    assert doc[2].lemma_ == "hop"
