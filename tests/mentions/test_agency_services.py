"""A news agency named in the text is an entity of its own, and so is a service named after it ("Agency Estimates"):
NER often leaves the service's word off, and the agency alone is no short form of the service. Sentences written
for this test with invented companies; the agencies are those of the news_agencies lexicon."""

import pytest

from extractor.api import extract_documents, make_doc
from extractor.io.documents import document_from_text

LEAD = "SEOUL (Yonhap) - Dalmore Shipping said on Friday its quarterly profit doubled.\n\n"


def orgs(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(LEAD + text, doc_id="t")))
    return {e.name for e in doc._.entities if e.label == "ORG"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Analysts in the Interfax Estimates survey saw a loss. The chairman told Interfax that orders were strong.",
            {"Interfax Estimates", "Interfax"},
        ),
        (
            "A mean of nine forecasts in Kyodo Estimates data was 12 billion yen. Its president told Kyodo the "
            "outlook was bright.",
            {"Kyodo Estimates", "Kyodo"},
        ),
        (
            "The figure topped every forecast in a Reuters Poll survey of 20 economists.",
            {"Reuters Poll"},
        ),
    ],
)
def test_agency_and_its_service(nlp, text, expected):
    """The recognizer tags the agency alone in each row: the service's word is read on by _agency_service_end."""
    assert expected <= orgs(nlp, text)


def entities(nlp, text):
    doc = nlp(make_doc(nlp, document_from_text(LEAD + text, doc_id="t")))
    return {(e.name, e.label) for e in doc._.entities}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Port commissioner Arvid Bloomberg opposed the plan. Bloomberg said the fees were too high.",
            "Arvid Bloomberg",
        ),
        (
            "The deal was backed by Senator Hilde Bloomberg. Bloomberg told reporters she expected a vote in March.",
            "Hilde Bloomberg",
        ),
        (
            "Analyst Petra Bloomberg at Corwin Bank cut her target. Bloomberg expects weaker margins next year.",
            "Petra Bloomberg",
        ),
    ],
)
def test_person_with_an_agency_surname(nlp, text, person):
    """A person whose surname is an agency's name: the bare surname is her short form, no agency of its own."""
    found = entities(nlp, text)
    assert (person, "PERSON") in found
    assert not any(name == "Bloomberg" for name, _ in found)


def facts(nlp, text):
    (extraction,) = extract_documents([document_from_text(text, doc_id="t")], nlp=nlp)
    return extraction.facts


@pytest.mark.parametrize(
    ("text", "company"),
    [
        (
            " date 2010-10-28 Results\nTORONTO (Reuters) - Harlow Reuters Corp said on Thursday its third-quarter "
            "profit rose to $310 million, and it raised its revenue forecast.\n",
            "Harlow Reuters",
        ),
        (
            " date 2009-04-14 Results\nMOSCOW (Reuters) - Interfax Holdings Ltd reported a 12 percent rise in "
            "first-quarter revenue.\n",
            "Interfax Holdings",
        ),
        (
            " date 2006-07-25 Results\nSEOUL (Reuters) - Revenue at Yonhap Media Group Inc fell to 90 billion won in "
            "the first half, the company said.\n",
            "Yonhap Media",
        ),
    ],
)
def test_company_named_with_an_agency_word_keeps_its_figures(nlp, text, company):
    """A name with its legal form ("Corp", "Ltd", "Inc") is a company acting in the story, even when an agency's
    name is part of it: its results are its own, not dropped as an agency's."""
    subjects = {f.subject for f in facts(nlp, text)}
    assert any(company.lower() in s.lower() for s in subjects), subjects


def test_dateline_agency_and_its_poll_stay_no_subject(nlp):
    text = (
        " date 2010-10-28 Results\nNEW YORK (Reuters) - Dalmore Shipping Inc said quarterly profit rose to $5 "
        "million.\n\nAnalysts polled by Reuters had expected earnings of 50 cents a share.\n"
    )
    assert {f.subject for f in facts(nlp, text)} == {"Dalmore Shipping"}
