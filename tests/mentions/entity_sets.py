"""The entities a pipeline finds in a text, as (label, name) pairs: the shared helper of the entity tests."""

from __future__ import annotations

from extractor.api import make_doc
from extractor.io.documents import document_from_text


def entities(nlp, text: str) -> set[tuple[str, str]]:
    """(label, canonical name) of every document entity of `text` read as one story."""
    doc = nlp(make_doc(nlp, document_from_text(text, doc_id="t")))
    return {(e.label, e.name) for e in doc._.entities}
