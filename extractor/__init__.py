"""Offline fact extraction from business news: `from extractor import extract`.

Every name is imported on first use (PEP 562): `import extractor.models` loads no spaCy, and
the CLI's `--help` loads neither spaCy nor the pydantic models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extractor.api import extract, extract_documents
    from extractor.models import Document, Entity, Evidence, Extraction, Fact, Period, Quantity
    from extractor.nlp import load_nlp

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

_LAZY = {
    **dict.fromkeys(("Document", "Entity", "Evidence", "Extraction", "Fact", "Period", "Quantity"), "extractor.models"),
    **dict.fromkeys(("extract", "extract_documents"), "extractor.api"),
    "load_nlp": "extractor.nlp",
}


def __getattr__(name: str) -> Any:
    """Import a public name on first access and keep it (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
