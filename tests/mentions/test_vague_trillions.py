"""A vague "trillions of" a currency is shown by `extract quantities` but read by no fact (lexicon `plural_rounds`,
third column "shown"): such a sum sizes a whole market or economy, never a measure of one subject
(docs/DECISIONS.md, round 18, quant18 and mend18q). The sentences and names were written for this test.
"""

from __future__ import annotations

import pytest
import spacy

from extractor.api import default_model
from extractor.mentions.quantities import mentions_in_doc


@pytest.fixture(scope="module")
def nlp():
    return spacy.load(default_model(), exclude=["ner"])


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Bad mortgage bonds cost savers trillions of dollars, Maren Holt told the panel.", "USD"),
        ("The Velland swap market settles trillions of euros of trades each year.", "EUR"),
        ("Forecasters in Kessary warn the storms could wipe trillions of yen off output.", "JPY"),
    ],
)
def test_trillions_of_a_currency_is_shown_not_read_by_facts(nlp, text, unit):
    doc = nlp(text)
    assert mentions_in_doc(doc) == []
    shown = [m.quantity for m, _ in mentions_in_doc(doc, shown=True)]
    assert [(q.amount, q.unit, q.approximate) for q in shown] == [(1e12, unit, True)]


# guard: "billions of" has no "shown" column, so the facts still read it
@pytest.mark.parametrize(
    "text",
    ["Lenders lost billions of dollars on the Tarrow loans.", "Ravelle spent billions of euros on new plants."],
)
def test_billions_of_a_currency_is_read_by_facts(nlp, text):
    assert [m.quantity.amount for m, _ in mentions_in_doc(nlp(text))] == [1e9]
