"""A figure in the "to" infinitive of a word of intention, decision or attempt ("is taking steps to trim",
"a strategy to double", "willing to put up", "voted to keep buying", "is trying to sell") is what the subject
means to do: its target (`modality_intentions.intended_act`). Attempts in the past, agreed prices, negated
intentions and figures outside the infinitive stay as they were. Sentences written for these tests, invented
names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2013, 9, 4)


def modality_of(nlp, text: str, surface: str) -> str:
    document = document_from_text(f" date {PUBLISHED.isoformat()} Company news\n\n{text}", doc_id="t")
    facts = next(extract_documents([document], nlp=nlp)).facts
    found = [f.modality for f in facts if f.value is not None and f.value.surface == surface]
    assert found, f"no fact for {surface!r}: {[f.value.surface for f in facts if f.value]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # a noun of a course of action, with its infinitive hung on the noun or on the verb that takes it
        (
            "Halvor Shipping Corp is taking steps to hold its fuel bill near $30 million a quarter.",
            "$30 million a quarter",
        ),
        ("Brisk Telecom Inc laid out a strategy to lift its subscriber base to 8 million users.", "8 million"),
        ("Lowther Paper Co has begun a drive to trim overhead by 12 percent, its chairman said.", "12 percent"),
        # an adjective of readiness
        ("Quenby Steel Corp says it is willing to spend up to $450 million on a new rolling mill.", "$450 million"),
        ("Marrow Foods Inc is ready to invest 2 billion euros in its Polish plants, Marrow said.", "2 billion euros"),
        # a verb of deciding, whose simple past stands as a decision taken
        ("The board of Alcott Bank decided on Friday to buy back 900,000 of its shares each month.", "900,000"),
        # a verb of attempting, in the present
        ("Tessaly Mining Ltd is trying to sell about $700 million of its coal assets.", "$700 million"),
    ],
)
def test_a_figure_the_subject_sets_out_to_reach_is_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        # an attempt told in the past may have failed or ended: no plan of today
        ("Tessaly Mining Ltd tried to sell its 40 percent stake in a coal port in 2011.", "40 percent"),
        # an agreed price is a term of the deal, measured now
        ("Orrin Logistics Inc agreed to pay $310 million for the trucking arm of Dunmore Group.", "$310 million"),
        # a figure outside the infinitive: the ground of the plan, a result
        ("After losing $85 million in 2012, Velden Glass Co took steps to close two furnaces.", "$85 million"),
        # a negated intention is left as the rest of the clause tells it
        ("Harlow Brewing Co is not willing to raise its bid above $14 a share, its chief said.", "$14"),
    ],
)
def test_past_attempts_agreed_prices_and_the_ground_stay_as_they_were(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "actual"
