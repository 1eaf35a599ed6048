"""Modality read from the phrase that holds a figure: a goal set as a verb's object, a prediction noun with
a participle on it, a verb of intent with an infinitive. Stories written for these tests, invented names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def modality_by_surface(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Company news\n\n{text}", doc_id="t")
    facts = next(extract_documents([document], nlp=nlp)).facts
    return {f.value.surface: f.modality for f in facts if f.value is not None}


# a goal noun as the object of the verb whose phrase holds the figure, however deep the noun phrase
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Brindle Foods Inc set out its target for a gross margin near 30 percent and for a payout to "
            "shareholders of 12 percent of profit by 2012.",
            "12 percent",
        ),
        (
            "Vantor Mining unveiled its new target for annual copper output from the two mines in Chile of "
            "400,000 tonnes.",
            "400,000 tonnes",
        ),
        (
            "Harlow Bank outlined its plan for a cut in yearly operating costs at its retail branches in Spain "
            "and Portugal of 300 million euros.",
            "300 million euros",
        ),
    ],
)
def test_a_goal_set_out_by_the_verb_is_a_target(nlp, text, surface):
    assert modality_by_surface(nlp, text)[surface] == "target"


# a participle on a prediction noun keeps the figure in the prediction
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Kestrel Inc said quarterly revenue rose to $4.1 billion. Analysts had expected revenue of "
            "$3.9 billion, with estimates ranging from $3.7 billion to $4.0 billion.",
            "$3.7 billion to $4.0 billion",
        ),
        (
            "Kestrel Inc posted profit of 61 cents a share, topping the consensus forecast calling for "
            "55 cents a share.",
            "55 cents",
        ),
        (
            "Kestrel Inc reported sales of 2 billion euros, above a poll average, with projections ranging "
            "between 1.8 billion and 1.95 billion euros.",
            "1.8 billion and 1.95 billion euros",
        ),
    ],
)
def test_a_participle_on_a_prediction_is_a_forecast(nlp, text, surface):
    assert modality_by_surface(nlp, text)[surface] == "forecast"


# "is looking to", "is preparing to": a plan, unless told in the past tense
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Brindle Group is preparing to sell its shipping arm for around 400 million euros.",
            "400 million euros",
            "target",
        ),
        ("Ostrava Steel is looking to raise $500 million in a bond sale.", "$500 million", "target"),
        ("Ostrava Steel was looking to cut about 1,200 jobs at its plants.", "1,200", "target"),
        ("Ostrava Steel looked at 30 sites before it chose the new plant.", "30", "actual"),
    ],
)
def test_a_verb_of_intent_with_an_infinitive_is_a_plan(nlp, text, surface, modality):
    assert modality_by_surface(nlp, text)[surface] == modality


# a plan or expectation of one entity about another's figure is a forecast; the subject's own stays a target
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Harlow Bank AG on Monday lowered its forecast for Brazil's economic growth in 2012 to 3.0 percent.",
            "3.0 percent",
            "forecast",
        ),
        (
            "Vantor Capital raised its estimate for Chile's copper output this year to 5.6 million tonnes.",
            "5.6 million tonnes",
            "forecast",
        ),
        (
            "Ostrava Research Group said it expects India's smartphone shipments to grow 12 percent next year.",
            "12 percent",
            "forecast",
        ),
        ("Kestrel Motor Co expects its own sales to reach 1.7 million vehicles this year.", "1.7 million", "target"),
    ],
)
def test_a_plan_about_another_entity_is_a_forecast(nlp, text, surface, modality):
    assert modality_by_surface(nlp, text)[surface] == modality


# forecasters who revise their own estimate still forecast; a done fact after "after/since ...ing" stays actual
@pytest.mark.parametrize(
    ("text", "surface", "modality"),
    [
        (
            "Economists cut their estimate for Brazil's inflation this year to 5.03 percent, a central bank "
            "survey showed.",
            "5.03 percent",
            "forecast",
        ),
        (
            "Analysts raised their forecast for Kestrel Inc's annual profit to $2.1 billion after the results.",
            "$2.1 billion",
            "forecast",
        ),
        (
            "Brindle Insurance is looking to sell a stake in its Asian arm after receiving a $90 billion "
            "rescue package.",
            "$90 billion",
            "actual",
        ),
        (
            "Ostrava Steel plans to reopen the mill, since losing $40 million on it last year.",
            "$40 million",
            "actual",
        ),
        (
            "Vantor Airlines will cut 600 jobs after posting a loss of $210 million in the quarter.",
            "$210 million",
            "actual",
        ),
    ],
)
def test_forecasters_and_done_facts_keep_their_modality(nlp, text, surface, modality):
    assert modality_by_surface(nlp, text)[surface] == modality
