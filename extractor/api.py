"""The Python API: `load_nlp`, `extract` and `extract_documents`."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import deque
from collections.abc import Iterable, Iterator

import numpy
from spacy.language import Language
from spacy.tokens import Doc

from extractor import component  # noqa: F401  (registers the factory and Doc extensions)
from extractor.config import DEFAULT_MODELS  # noqa: F401  re-exported for old imports
from extractor.io.documents import document_from_text
from extractor.mentions.doc_text import remember_text
from extractor.models import Document, Extraction, Fact
from extractor.nlp import ModelError, default_model, load_nlp  # noqa: F401  the loader lives in nlp.py

# Above this many characters a document is parsed in pieces: spaCy's memory grows faster than the
# text on one long Doc (and refuses 1,000,000 characters), and a Ctrl-C waits for the parse to end.
LONG_DOCUMENT_CHARS = 50_000
# A piece ends at the first paragraph break after this many characters.
PIECE_CHARS = 10_000
# Where a piece may end, best first: a paragraph break, a line break, a sentence end, any space.
PIECE_BREAKS = tuple(re.compile(p) for p in (r"\n[ \t]*\n\s*", r"\n\s*", r"[.!?][\"')\]]*\s+", r"\s+"))


def make_doc(nlp: Language, document: Document):
    doc = nlp.make_doc(document.text)
    remember_text(doc, document.text)  # the rules read the text often: no need to join it again from the tokens
    return _with_metadata(doc, document)


def _with_metadata(doc: Doc, document: Document) -> Doc:
    doc._.doc_id = document.doc_id
    doc._.published = document.published.isoformat() if document.published else None
    doc._.title = document.title
    return doc


def paragraph_pieces(text: str, size: int = PIECE_CHARS) -> list[str]:
    """`text` cut into pieces of about `size` characters that join back into it exactly.

    A piece ends after the whitespace of the first paragraph break past `size` characters; a text
    without one there is cut at a line break, else after a sentence, else at a space (within
    `size` more characters), so no piece grows past about twice `size`.
    """
    pieces, start = [], 0
    while len(text) - start > size:
        end = _piece_end(text, start + size, start + 2 * size)
        pieces.append(text[start:end])
        start = end
    if start < len(text):
        pieces.append(text[start:])
    return pieces


def _piece_end(text: str, earliest: int, latest: int) -> int:
    """The end of the first break of the best kind found between `earliest` and `latest`."""
    for pattern in PIECE_BREAKS:
        # the break must start in the window; its whitespace may run past it (bounded: no rescan of the rest)
        match = pattern.search(text, earliest, latest + 200)
        if match is not None and match.start() < latest:
            return match.end()
    return latest


def _split_pipeline(nlp: Language) -> tuple[list, list]:
    """The components that parse (run on each piece) and those from the fact extractor on (run once, on the whole)."""
    names = nlp.pipe_names
    first = next((i for i, n in enumerate(names) if nlp.get_pipe_meta(n).factory == "fact_extractor"), len(names))
    return nlp.pipeline[:first], nlp.pipeline[first:]


def parse_long(nlp: Language, document: Document) -> Doc:
    """One Doc for a long document: its pieces parsed one at a time, joined, then the fact extractor on
    the whole, so document-level state (main organization, report period, canonical entities) is
    computed once from all of the text and every offset is an offset in `document.text`."""
    parsers, rest = _split_pipeline(nlp)
    parsed = []
    for piece in paragraph_pieces(document.text):
        doc = nlp.make_doc(piece)
        for _, parser in parsers:
            doc = parser(doc)
        doc.tensor = numpy.empty((0, 0), dtype="float32")  # the joined Doc leaves it out: free it now
        parsed.append(doc)
    doc = Doc.from_docs(parsed, ensure_whitespace=False, exclude=["tensor", "user_data"])
    del parsed
    doc = _with_metadata(doc, document)
    for _, later in rest:
        doc = later(doc)
    return doc


def is_long(document: Document) -> bool:
    return len(document.text) > LONG_DOCUMENT_CHARS


def process_documents(
    documents: Iterable[Document], *, nlp: Language | None = None, batch_size: int = 8
) -> Iterator[tuple[Extraction, Doc]]:
    """Run many documents through the pipeline; yields each validated Extraction with its annotated Doc, in order.

    Runs of ordinary documents go through `nlp.pipe` in batches; a long document is parsed in pieces.
    """
    nlp = nlp or load_nlp()
    for long, group in itertools.groupby(documents, key=is_long):
        if long:
            for document in group:
                yield _extraction(document, parse_long(nlp, document))
        else:
            yield from _pipe(group, nlp, batch_size)


def _pipe(documents: Iterable[Document], nlp: Language, batch_size: int) -> Iterator[tuple[Extraction, Doc]]:
    pending: deque[Document] = deque()

    def docs() -> Iterator[Doc]:
        for document in documents:
            pending.append(document)
            yield make_doc(nlp, document)

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield _extraction(pending.popleft(), doc)


def _extraction(document: Document, doc: Doc) -> tuple[Extraction, Doc]:
    return Extraction(document=document, facts=doc._.facts, entities=doc._.entities), doc


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
