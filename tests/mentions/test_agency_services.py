"""A news agency named in the text is an entity of its own, and so is a service named after it ("Agency Estimates"):
NER often leaves the service's word off, and the agency alone is no short form of the service. Sentences written
for this test with invented companies; the agencies are those of the news_agencies lexicon."""

import pytest

from extractor.api import make_doc
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
