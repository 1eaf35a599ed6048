"""Organization nouns that name money, and "under management" kept in the predicate (held_money.py,
docs/DECISIONS.md). Stories written for these tests, invented organization names."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Fund news\n\n" + text, doc_id="t")
    return next(extract_documents([document], nlp=nlp))


def predicate_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert found, [(f.kind, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0].predicate


@pytest.mark.parametrize(
    ("text", "amount", "predicate"),
    [
        (
            "Korvalo Group said funds under management rose by 30 percent to $158 billion last year.",
            158e9,
            "funds under management",
        ),
        (
            "Korvalo Group said new funds raised for the region were up by 35 percent to $32 billion.",
            32e9,
            "funds raised",
        ),
        (
            "Pellan Partners said assets under management climbed 12 percent to $40 billion.",
            40e9,
            "assets under management",
        ),
    ],
)
def test_managed_or_raised_money(nlp, text, amount, predicate):
    assert predicate_of(run(nlp, text), amount) == predicate


def test_a_fund_counted_is_no_money(nlp):
    extraction = run(nlp, "Orlan Capital said it runs three hedge funds and employs 40 people.")
    assert all("under management" not in f.predicate for f in extraction.facts)
    assert predicate_of(extraction, 3) != "funds raised"


@pytest.mark.parametrize(
    ("text", "noun", "money"),
    [
        ("Brisk demand meant new funds raised by the group topped $5 billion.", "funds", True),
        ("The firm said funds invested in the region doubled.", "funds", True),
        ("The group said more than 40 regional suppliers filed for bankruptcy.", "suppliers", False),
        ("Orlan runs three hedge funds in Dublin.", "funds", False),
    ],
)
def test_held_money_needs_a_money_participle_or_management(nlp, text, noun, money):
    from extractor.facts.held_money import held_money

    token = next(t for t in nlp(text) if t.lower_ == noun)
    assert held_money(token) is money
