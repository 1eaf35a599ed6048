"""The fact a table test asks about, found by the surface of its amount in a one-story document."""

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from extractor.models import Fact


def facts_of(nlp, text: str, *, title: str, published: str) -> list[Fact]:
    """The facts of a story with a dated header line and a title before `text`."""
    document = document_from_text(f" date {published} {title}\n\n" + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp)).facts


def fact_with_surface(nlp, text: str, surface: str, *, title: str, published: str) -> Fact:
    """The first fact whose amount is written `surface`; a failure lists what was found instead."""
    found = facts_of(nlp, text, title=title, published=published)
    facts = [f for f in found if f.value is not None and f.value.surface == surface]
    assert facts, [(f.kind, f.predicate, f.value and f.value.surface) for f in found]
    return facts[0]
