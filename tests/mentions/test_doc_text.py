"""The cached text of a Doc and of its spans is the text spaCy itself gives."""

from __future__ import annotations

import pytest
import spacy

from extractor.mentions.doc_text import doc_text, span_text, span_text_with_ws

NLP = spacy.blank("en")


def test_each_doc_gets_its_own_text_when_asked_in_turn() -> None:
    first, second = NLP("Pelmar Ltd sold 40 ships."), NLP("Ostrel  Co\n\nbought them  ")
    for doc in (first, second, first, second, second, first):
        assert doc_text(doc) == doc.text


def test_a_new_doc_after_a_freed_one_is_read_anew() -> None:
    for text in ("Vendra Inc grew.", "Quorra AG shrank by 3%.", "Tallis plc held steady."):
        doc = NLP(text)
        assert doc_text(doc) == text
        del doc


def test_span_text_matches_spacy_including_inner_spaces() -> None:
    doc = NLP("Brevik  Group  (BRV)  rose\n\n 4 percent .  Then fell.")
    for start in range(len(doc)):
        for end in range(start + 1, len(doc) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_a_doc_made_by_the_api_keeps_its_document_text_unjoined() -> None:
    import datetime as dt

    from extractor.api import make_doc
    from extractor.models import Document

    for text in ("Harlow Foods  rose 3%.\n\n Then\tfell.", "Dunmore Ltd\nsold 12 mills  ", "  Quell AG: flat."):
        document = Document(doc_id="d", text=text, published=dt.date(2020, 1, 2))
        doc = make_doc(NLP, document)
        assert doc_text(doc) is document.text  # remembered, not joined again from the tokens
        assert doc.text == document.text  # and what joining would give


@pytest.mark.parametrize(
    "text",
    [
        "Brevik  Group  (BRV)  rose\n\n 4 percent .  Then fell.",
        "Nasdaq: ORLX closed up; NYSE:TVM fell  ",
        "  Quell AG\tsaid\n\nits shares (Frankfurt: QLX) rose.",
    ],
)
def test_span_text_with_ws_matches_spacy_for_every_span_including_empty_ones(text: str) -> None:
    doc = NLP(text)
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert span_text_with_ws(doc[start:end]) == doc[start:end].text_with_ws
