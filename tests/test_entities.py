"""Document entities on sentences written for these tests."""

import pytest

from extractor.api import make_doc
from extractor.io.documents import document_from_text


def entities(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(text, doc_id="t")))
    return {(e.label, e.name) for e in doc._.entities}


def test_entities_dateline_place_is_title_cased(nlp):
    found = entities(nlp, "OSLO (Reuters) - Fjordline Shipping said on Monday its fleet grew.")
    assert ("GPE", "Oslo") in found


def test_entities_legal_suffix_and_short_form_merge(nlp):
    found = entities(nlp, "Brantley Holdings Inc. said sales rose. Brantley also cut costs.")
    names = {name for _, name in found}
    assert "Brantley" in names and not any("Inc" in n for n in names)


def test_entities_person_short_form_merges_into_full_name(nlp):
    found = entities(nlp, "Chief Executive Maria Lindqvist said demand was strong. Lindqvist added that prices held.")
    assert ("PERSON", "Maria Lindqvist") in found
    assert not any(name == "Lindqvist" for _, name in found)
    assert not any("Chief" in name for _, name in found)


def test_entities_based_marks_a_place(nlp):
    found = entities(nlp, "The Leeds-based retailer opened two stores.")
    assert ("GPE", "Leeds") in found


def test_entities_section_heading_is_not_an_organization(nlp):
    # spaCy tags both headings as ORG; a line that is nothing but the name is a heading
    for heading in ("Business Review", "Financial Summary"):
        found = entities(nlp, f"{heading}\n\nRevenue rose 4 percent at Tamsin Motors.")
        assert ("ORG", "Tamsin Motors") in found
        assert not any(name == heading for _, name in found)


@pytest.mark.parametrize(
    ("text", "ticker"),
    [("Shares of Orvale trade on the NYSE: ORV and rose.", "ORV"), ("Listed on NYSE: KST, the company grew.", "KST")],
)
def test_entities_exchange_tickers_are_not_names(nlp, text, ticker):
    # spaCy tags both tickers as ORG; after an exchange and a colon they are codes, not names
    assert not any(name == ticker for _, name in entities(nlp, text))
