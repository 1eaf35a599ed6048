"""Shared fixtures: one loaded pipeline per session, the corpus paths, a blank English pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="session")
def nlp():
    from extractor.api import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def nlp_blank():
    return spacy.blank("en")


@pytest.fixture(scope="session")
def corpus_articles() -> list[Path]:
    articles = sorted((CORPUS / "articles").glob("*.txt"))
    assert len(articles) >= 10, "the development corpus is missing"
    return articles


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    return CORPUS / "gold"
