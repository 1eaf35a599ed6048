"""Long documents: parsed in pieces cut at paragraph breaks, with offsets exact in the whole text and
the document-level state (main organization, canonical entities) computed once from all of it."""

from __future__ import annotations

import itertools

import pytest

from extractor import api
from extractor.api import LONG_DOCUMENT_CHARS, paragraph_pieces, process_documents
from extractor.io.documents import document_from_text

# Invented companies and figures; each paragraph is one short report.
PARAGRAPHS = (
    "Quellmar Pumps said revenue rose {n} percent to ${m} million in the second quarter.",
    "Net profit at Dravik Foods fell {n} percent to {m} million euros, the company said on Monday.",
    "Osterlin Grid shipped {m} turbines last year, up {n} percent from a year earlier.",
    "The company said its operating margin widened to {n} percent in {y}.",
)


def synthetic_text(chars: int, header: str = " date 2021-05-04 Quarterly update\n\n") -> str:
    """Paragraphs of invented news, numbers varied, until the text has at least `chars` characters."""
    parts = [header]
    length = len(header)
    for i in itertools.count():
        paragraph = PARAGRAPHS[i % len(PARAGRAPHS)].format(n=2 + i % 37, m=100 + i % 911, y=2000 + i % 20)
        parts.append(paragraph + "\n\n")
        length += len(paragraph) + 2
        if length >= chars:
            return "".join(parts)
    raise AssertionError("unreachable")


@pytest.mark.parametrize(
    ("text", "size", "expected_first"),
    [
        ("Alpha one.\n\nBeta two is longer.\n\nGamma three.\n", 8, "Alpha one.\n\n"),
        ("First line\nsecond line\nthird line\n", 8, "First line\n"),
        ("One sentence here. Another one there. A third.", 12, "One sentence here. "),
        ("word " * 20, 7, "word word "),
        ("x" * 50, 10, "x" * 20),
        ("Short text.", 100, "Short text."),
    ],
    ids=["paragraph-break", "line-break", "sentence-end", "space", "no-break", "shorter-than-a-piece"],
)
def test_pieces_join_back_exactly_and_end_at_the_best_break(text, size, expected_first):
    pieces = paragraph_pieces(text, size)
    assert "".join(pieces) == text
    assert pieces[0] == expected_first
    assert all(len(piece) <= 2 * size + 2 for piece in pieces[:-1])


def test_pieces_keep_the_blank_lines_with_the_paragraph_before_them():
    text = "Para one is here.\n\n\n  Para two is here.\n\nPara three.\n"
    pieces = paragraph_pieces(text, 12)
    assert pieces == ["Para one is here.\n\n\n  ", "Para two is here.\n\n", "Para three.\n"]


def test_a_long_document_gives_the_facts_of_the_whole_document_parsed_at_once(nlp, monkeypatch):
    """Pieces change nothing on text cut at paragraph breaks: the same facts as one Doc."""
    text = synthetic_text(12_000)
    document = document_from_text(text, doc_id="pieces")
    whole, _ = next(process_documents([document], nlp=nlp))
    monkeypatch.setattr(api, "LONG_DOCUMENT_CHARS", 3_000)
    monkeypatch.setattr(api, "PIECE_CHARS", 1_000)
    pieced, doc = next(process_documents([document], nlp=nlp))
    assert len(list(doc.sents)) > 50 and whole.facts
    assert [f.model_dump() for f in pieced.facts] == [f.model_dump() for f in whole.facts]
    assert pieced.entities == whole.entities


def test_document_state_is_shared_across_pieces(nlp, monkeypatch):
    """ "The company" far from the only place the organization is named still resolves to it."""
    lead = " date 2022-02-01 Annual report\n\nHalvorsen Shipping Corp reported results on Tuesday.\n\n"
    filler = "".join(f"The weather on day {i} was mild and dry.\n\n" for i in range(120))
    last = "The company said revenue rose 12 percent to 480 million euros in 2021.\n"
    document = document_from_text(lead + filler + last, doc_id="state")
    monkeypatch.setattr(api, "LONG_DOCUMENT_CHARS", 2_000)
    monkeypatch.setattr(api, "PIECE_CHARS", 1_000)
    extraction, _ = next(process_documents([document], nlp=nlp))
    revenue = [f for f in extraction.facts if f.value and f.value.amount == 480_000_000]
    assert revenue and revenue[0].subject == "Halvorsen Shipping"
    assert revenue[0].evidence.start > 4_000


def test_short_and_long_documents_keep_their_order(nlp, monkeypatch):
    monkeypatch.setattr(api, "LONG_DOCUMENT_CHARS", 1_500)
    monkeypatch.setattr(api, "PIECE_CHARS", 500)
    sizes = [200, 3_000, 300, 250, 2_500]
    documents = [document_from_text(synthetic_text(size), doc_id=f"d{i}") for i, size in enumerate(sizes)]
    ids = [extraction.document.doc_id for extraction, _ in process_documents(documents, nlp=nlp, batch_size=2)]
    assert ids == [f"d{i}" for i in range(len(sizes))]


@pytest.mark.slow
def test_a_document_over_a_million_characters_gives_facts_with_exact_offsets(nlp):
    """spaCy refuses one Doc of 1,000,000 characters (E088); a long document is parsed in pieces."""
    text = synthetic_text(1_050_000)
    assert len(text) > 1_000_000 > LONG_DOCUMENT_CHARS
    extraction, _ = next(process_documents([document_from_text(text, doc_id="long")], nlp=nlp))
    assert len(extraction.facts) > 5_000
    assert max(f.evidence.start for f in extraction.facts) > 1_000_000
    for fact in extraction.facts:
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence
