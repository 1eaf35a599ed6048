"""A company whose name begins with a number glued to a capitalised word ("3M", "7-Eleven") is an entity,
its name is never "3 million", and a later bare mention is still that company. Invented names where the
form allows; the glued forms are written for these tests."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from extractor.mentions.entities import GLUED_NUMBER_NAME
from tests.facts.surface_facts import facts_of

PUBLISHED = dt.date(2012, 3, 14)
TITLE = "Company news"


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        ("4K Brindle Corp ( FKB.N ) said quarterly profit rose 9 percent.", 9.0, None),
        ("9T Ostrava Inc ( NTO.N ) said on Monday that revenue climbed 6 percent to $2 billion.", 6.0, "9T Ostrava"),
        ("6X Vantor Inc ( SXV.O ) reported a 7 percent rise in quarterly profit on Thursday.", 7.0, "6X Vantor"),
        ("Shares of 2B Pellam Corp ( TBP.N ) fell 3.5 percent after the retailer cut its forecast.", 3.5, "2B Pellam"),
        (
            "Brindle Corp said revenue rose. 12-Kestrel Markets Inc said same-store sales fell 1.5 percent in May.",
            1.5,
            "12-Kestrel Markets",
        ),
    ],
)
def test_a_glued_number_starts_a_company_name(nlp, text, amount, holder):
    """A wire version number ("UPDATE 2-Vantor ...") is not glued: see test_subjects.test_wire_brief_*."""
    found = {
        f.subject
        for f in facts_of(nlp, text, title=TITLE, published=PUBLISHED)
        if f.value is not None and f.value.amount == amount
    }
    if holder is None:  # "4K": a thousands count, never read as a name
        assert not any(s.startswith("4K") for s in found)
    else:
        assert found == {holder}


@pytest.mark.parametrize(
    ("text", "name"),
    [("3M", True), ("7-Eleven", True), ("3Com Corp", True), ("2Q", False), ("4G", False), ("2009 Results", False)],
)
def test_glued_number_name_pattern(text, name):
    assert bool(GLUED_NUMBER_NAME.match(text)) is name


@pytest.mark.parametrize(
    "text",
    [
        "9T Ostrava Inc ( NTO.N ) posted higher profit. Shares of 9T rose 2 percent to $31.",
        "9T Ostrava Inc ( NTO.N ) posted higher profit on Monday. 9T earned $1.12 a share in the quarter.",
        "9T Ostrava Inc ( NTO.N ) posted higher profit on Monday, and 9T raised its dividend by 10 percent.",
    ],
)
def test_a_later_bare_mention_is_no_amount(nlp, text):
    facts = facts_of(nlp, text, title=TITLE, published=PUBLISHED)
    assert facts
    assert all(f.value is None or f.value.surface != "9T" for f in facts)
    assert {f.subject for f in facts} == {"9T Ostrava"}


@pytest.mark.parametrize(
    ("title", "holder"),
    [
        ("UPDATE 2-Vantor Mills posts higher profit", "Vantor Mills"),
        ("CORRECTED 1-Vantor Mills posts higher profit", "Vantor Mills"),
        ("WRAPUP 3-Vantor Mills posts higher profit", "Vantor Mills"),
    ],
)
def test_a_wire_version_number_is_no_part_of_a_name(nlp, title, holder):
    text = "Vantor Mills Inc said quarterly profit rose 8 percent."
    document = document_from_text(f" date {PUBLISHED.isoformat()} {title}\n\n{text}", doc_id="t")
    facts = next(extract_documents([document], nlp=nlp)).facts
    assert {f.subject for f in facts} == {holder}
