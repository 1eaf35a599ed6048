"""Cheap checks in front of per-figure readers of the parse change no result (issue 12, helper perf11b)."""

from __future__ import annotations

import pytest

from extractor.facts.clause_holders import _clause_at_holder
from extractor.facts.predicate_forms import is_stock


def _at_phrase_of_root(nlp, text: str) -> str | None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    return _clause_at_holder(root, lambda head: head.text, None)  # the word the "at" phrase hangs on


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit climbed 9 percent at Dorvik Holdings.",
        "Costs fell by $40 million at its Tolvey unit last year.",
        "Orders jumped to 3,000 at Quellan Motors in May.",
    ],
)
def test_an_at_phrase_in_the_clause_is_still_found(nlp, text: str) -> None:
    assert _at_phrase_of_root(nlp, text) is not None


@pytest.mark.parametrize(
    "text",
    [
        "Operating profit climbed 9 percent in the quarter.",
        "Costs fell by $40 million last year, Dorvik said.",
        "Orders jumped to 3,000 from 2,400 in May.",
    ],
)
def test_a_clause_without_at_has_no_at_holder(nlp, text: str) -> None:
    assert _at_phrase_of_root(nlp, text) is None


@pytest.mark.parametrize(
    ("predicate", "stock"),
    [
        ("inventories", True),  # a plural in -ies of a stock noun
        ("branches", True),  # in -es
        ("retail stores", True),  # in -s, after a modifier
        ("market value", True),  # a stock noun of two words, the whole predicate
        ("combined market value", True),  # ... ending the predicate
        ("value", False),  # the head of a two-word stock noun alone
        ("median price", False),  # a statistic over a period
        ("new customers", False),  # additions are a flow
        ("revenue", False),
        ("employees of the bank", True),  # the head before the post-modifier
    ],
)
def test_stock_nouns_are_found_in_every_form(predicate: str, stock: bool) -> None:
    assert is_stock.__wrapped__(predicate) is stock  # uncached: the word-list reading itself
