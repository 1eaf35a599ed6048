"""Offline fact extraction from business news: `from extractor import extract`."""

from extractor.api import extract, extract_documents, load_nlp
from extractor.models import Document, Entity, Evidence, Extraction, Fact, Period, Quantity

__all__ = [
    "Document",
    "Entity",
    "Evidence",
    "Extraction",
    "Fact",
    "Period",
    "Quantity",
    "extract",
    "extract_documents",
    "load_nlp",
]
__version__ = "0.1.0"
