"""A company whose short name the tagger reads as a place in one "<Name> shares" mention (while the story's entity
index holds it as an organization) still owns that stock move, even where the story is about another party
(`stock_short_names.org_read_as_place`). Stories written for these tests, invented company names; the near-misses
keep a real place word ("U.S.", a city) that opens an organization's name a market, not that organization."""

import datetime as dt

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text

PUBLISHED = dt.date(2012, 3, 14)


def share_price_subjects(nlp, text):
    document = document_from_text(f" date {PUBLISHED.isoformat()} Company news\n\n{text}", doc_id="t")
    facts = next(extract_documents([document], nlp=nlp)).facts
    return {round(f.value.amount, 4): f.subject for f in facts if f.value is not None and f.predicate == "share price"}


@pytest.mark.parametrize(
    ("text", "amount", "owner"),
    [
        (
            "Pellam Bancorp Inc said on Monday it would buy Kestria Corp for $2 billion. Pellam Bancorp said the "
            "deal would add to earnings. Pellam Bancorp expects approval by June. Kestria shares rose 4.5 "
            "percent to $31.20.",
            4.5,
            "Kestria",
        ),
        (
            "The Federal Trade Commission sued Ostrava Holdings on Tuesday over Carvona Inc's pricing. The "
            "commission said it had been reviewing the case for two years. The commission said the prices were "
            "unfair. Carvona stock fell 2.5 percent in late trading.",
            2.5,
            "Carvona",
        ),
        (
            "Harlow Capital Group agreed to take Kestria Ltd private. Harlow Capital said it had lined up "
            "financing. Harlow Capital runs 12 funds. Kestria shares jumped 18 percent, or $3.40, on the Nasdaq.",
            3.4,
            "Kestria",
        ),
    ],
)
def test_a_company_read_as_a_place_owns_its_stock(nlp, text, amount, owner):
    assert share_price_subjects(nlp, text).get(amount) == owner


@pytest.mark.parametrize(
    ("text", "amount", "not_owner"),
    [
        (
            "Kestrel Mills Inc posted a profit on Friday. U.S. Vantor Bureau data showed prices rose. U.S. "
            "shares sank over 3 percent on the day.",
            3.0,
            "U.S. Vantor Bureau",
        ),
        (
            "Kestrel Mills Inc posted a profit on Friday. Frankfurt Dorrin Bank said loans grew in Frankfurt. "
            "Frankfurt shares slipped 1.8 percent by the close.",
            1.8,
            "Frankfurt Dorrin Bank",
        ),
        (
            "Kestrel Mills Inc posted a profit on Friday. European Vantor Fund bought bonds. European shares "
            "slipped 1.5 percent in late trading.",
            1.5,
            "European Vantor Fund",
        ),
    ],
)
def test_a_place_word_opening_an_organization_is_a_market(nlp, text, amount, not_owner):
    assert share_price_subjects(nlp, text).get(amount) != not_owner
