""" "Hopes to", "hoped to", "hoping to" tell the subject's plan, like "aims to" (`target_cues`). The rule lemmatizer
read these forms as "hop" (`lemmas.add_lemma_exceptions`, `lexicons/lemma_exceptions.tsv`), so the cue was missed
and the figure read as a result. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract
from extractor.nlp import load_nlp

PUBLISHED = dt.date(2016, 9, 20)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Activist investor Mara Quill hopes to lift her holding in Tenby Mills Inc to 8 percent.", 8),
        ("Rossiter Rail Corp has said it hopes to repay bondholders about $240 million.", 2.4e8),
        ("Calloway Brands Ltd is hoping to sell 30 percent of its packaging arm.", 30),
        ("Ferrand Mining Plc said it hoped to ship 2 million tonnes of ore from the new pit.", 2e6),
    ],
)
def test_a_hoped_for_figure_is_a_target(nlp, text, amount):
    facts = extract("Plans\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"


@pytest.mark.parametrize("form", ["hopes", "hoped", "hoping", "Hopes"])
def test_forms_of_hope_take_its_lemma(form):
    doc = load_nlp(None)(f"Halden Foods {form} to expand.")
    assert doc[2].lemma_.lower() == "hope"


def test_a_hop_stays_a_hop():
    doc = load_nlp(None)("The rabbit hops across the lawn.")
    assert doc[2].lemma_ == "hop"
