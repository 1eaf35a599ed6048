"""A partnership's name written only with its "'s" ("Hollis & Crane's bond team") keeps the "'s"; one the
text also writes bare ("Tolland & Pike said") reads it as a possessive. Sentences written for these tests,
invented firms."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 6, 4)


def org_names(nlp, text: str) -> set[str]:
    document = document_from_text(text, doc_id="t", published=PUBLISHED)
    extraction = next(extract_documents([document], nlp=nlp))
    return {e.name for e in extraction.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a unit of the firm after the name: read alone, a possessive
        (
            "Hollis & Crane's bond team expects the retailer to keep buying back stock, Ann Lee wrote in a note.",
            "Hollis & Crane's",
        ),
        # the firm compiles an index named after it
        ("Brandt & Maier's index of regional banks fell 2 percent on Tuesday.", "Brandt & Maier's"),
        # the firm's report, its economist named later
        (
            "A Varga & Lund's survey of 400 lenders found demand for mortgages slowed in May, said Eva Moss, an "
            "economist at the firm.",
            "Varga & Lund's",
        ),
    ],
)
def test_a_partnership_written_only_with_its_s_keeps_it(nlp, text, name):
    assert name in org_names(nlp, text)


def test_a_partnership_also_written_bare_is_a_possessive(nlp):
    names = org_names(nlp, "Tolland & Pike's quarterly profit rose 4 percent. Tolland & Pike said sales grew.")
    assert "Tolland & Pike" in names
    assert "Tolland & Pike's" not in names


@pytest.mark.parametrize(
    ("text", "index"),
    [
        ("Varga & Lund's world mining index has gained 12 percent since March.", "Varga & Lund's world mining index"),
        (
            "Shares of Tolland Corp rose 6 percent, while Hollis & Crane's regional bank index added 2 percent.",
            "Hollis & Crane's regional bank index",
        ),
        (
            "The gain lagged a 4 percent climb in Orland & Webb's global shipping index over the same month.",
            "Orland & Webb's global shipping index",
        ),
    ],
)
def test_an_index_the_partnership_compiles_keeps_its_s(nlp, text, index):
    document = document_from_text(text, doc_id="t", published=PUBLISHED)
    facts = next(extract_documents([document], nlp=nlp)).facts
    assert index in {f.subject for f in facts}
