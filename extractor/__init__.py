"""Offline fact extraction from business news: `from extractor import extract`.

The models import at once; `extract`, `extract_documents` and `load_nlp` load spaCy only when
first used, so `import extractor.models` and the CLI's `--help` stay fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from extractor.models import Document, Entity, Evidence, Extraction, Fact, Period, Quantity

if TYPE_CHECKING:
    from extractor.api import extract, extract_documents
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

_LAZY = {"extract": "extractor.api", "extract_documents": "extractor.api", "load_nlp": "extractor.nlp"}


def __getattr__(name: str) -> Any:
    """Import the spaCy-backed functions on first access (PEP 562)."""
    if name not in _LAZY:
        raise AttributeError(f"module 'extractor' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(_LAZY[name]), name)
    globals()[name] = value
    return value
