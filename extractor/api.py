"""The Python API: `load_nlp`, `extract` and `extract_documents`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from extractor import component  # noqa: F401  (registers the factory and Doc extensions)
from extractor.config import DEFAULT_MODELS  # noqa: F401  re-exported for old imports
from extractor.io.documents import document_from_text
from extractor.models import Document, Extraction, Fact
from extractor.nlp import ModelError, default_model, load_nlp  # noqa: F401  the loader lives in nlp.py


def make_doc(nlp: Language, document: Document):
    doc = nlp.make_doc(document.text)
    doc._.doc_id = document.doc_id
    doc._.published = document.published.isoformat() if document.published else None
    doc._.title = document.title
    return doc


def process_documents(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 8
) -> Iterator[tuple[Extraction, Doc]]:
    """Run many documents through `nlp.pipe`; yields each validated Extraction with its annotated Doc."""
    nlp = nlp or load_nlp()
    pending: list[Document] = []

    def docs() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            yield make_doc(nlp, document)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        document = pending.pop(0)
        yield Extraction(document=document, facts=doc._.facts, entities=doc._.entities), doc


def extract_documents(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 8
) -> Iterator[Extraction]:
    """Run many documents through `nlp.pipe`; yields one validated Extraction per document, in order."""
    for extraction, _ in process_documents(documents, nlp=nlp, batch_size=batch_size):
        yield extraction


def extract(
    source: str | Document, *, published: dt.date | None = None, nlp: Language | None = None, doc_id: str = "doc"
) -> list[Fact]:
    """Facts of one article given as text (with an optional date header) or as a Document."""
    document = (
        source if isinstance(source, Document) else document_from_text(source, doc_id=doc_id, published=published)
    )
    if published and isinstance(source, Document):
        document = document.model_copy(update={"published": published})
    return next(extract_documents([document], nlp=nlp)).facts
