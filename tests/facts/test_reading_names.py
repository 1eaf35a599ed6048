"""Index stand-ins and population shares are named as the gold writes them (reading_names.py,
docs/DECISIONS.md): "a reading of 61" measures the index, "unemployment hit 9 percent" the unemployment
rate. Stories written for these tests, invented organization and index names (places are real: spaCy must
label them as places)."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Economy news\n\n" + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp))


def predicate_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert found, [(f.kind, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0].predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        (
            "The Harlow consumer sentiment index fell to 61.2 from 64.0, and the current conditions gauge "
            "rose to 48.1 from 45.3.",
            48.1,
            "current conditions index",
        ),
        (
            "Brisco Research said its factory barometer climbed to 53.7 in February, the strongest in a year.",
            53.7,
            "factory index",
        ),
        (
            "The Tamsin business mood index slipped to 97.5 in March. Economists had expected a reading of 98.2.",
            98.2,
            "index",
        ),
    ],
)
def test_index_stand_in_reads_as_index(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        ("Unemployment in Norway hit 4.5 percent in May, the lowest in three years.", 4.5, "unemployment rate"),
        ("Norway's unemployment stood at 3.9 percent last month, statistics showed.", 3.9, "unemployment rate"),
        ("Hotel occupancy in Portugal averaged 71 percent in August, a record.", 71.0, "occupancy rate"),
    ],
)
def test_percent_level_of_a_share_is_its_rate(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        # a stand-in with its own of-phrase names what it reads
        (
            "The Pellan Lenders Association said its gauge of mortgage applications rose 4.2 percent last week.",
            4.2,
            "mortgage applications",
        ),
        # a percent move of unemployment is a move of a count, no rate
        ("Norway's unemployment rose 12 percent in May from a year earlier.", 12.0, "unemployment"),
    ],
)
def test_left_alone(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


def test_stand_in_that_names_what_it_reads(nlp):
    text = "Pellan Bank said the reading for its bond desk rose 14 percent in the quarter."
    assert predicate_of(run(nlp, text), 14.0) == "reading"
