"""A relative pronoun that is the subject of a clause embedded in a relative clause stands for the noun the
relative clause modifies (measures_clauses.embedded_antecedent, docs/DECISIONS.md): "fuel costs, which the
company expects will rise 20 percent" measures the fuel costs. Stories written for these tests, invented
company names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Company news\n\n" + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp))


def predicate_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert found, [(f.kind, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0].predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        (
            "Talvex raised prices to offset fuel costs, which the company expects will rise 20 percent next year.",
            20.0,
            "fuel costs",
        ),
        ("Talvex warned about raw material costs, which it said had doubled since March.", 2.0, "raw material costs"),
        (
            "Orvin Corp is struggling with steel costs, which analysts estimate will jump 15 percent this year.",
            15.0,
            "steel costs",
        ),
    ],
)
def test_pronoun_of_an_embedded_clause_stands_for_the_noun(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


def test_plain_relative_clause_unchanged(nlp):
    text = "Talvex said licensing fees, which rose 12 percent to $300 million, helped the quarter."
    assert predicate_of(run(nlp, text), 12.0) == "licensing fees"
