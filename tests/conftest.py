"""Shared fixtures: one loaded pipeline per session, the corpus paths, a blank English pipeline."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import spacy
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

# CI (`.ci/run` sets CI) draws the same property-test examples on every run, so a landing never depends on
# the luck of a random draw; a local run keeps exploring new examples.
settings.register_profile("ci", derandomize=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


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
