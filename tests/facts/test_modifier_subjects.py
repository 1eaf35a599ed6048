"""Round 14 subject readings from the words on a noun: an organization compounded on a measure noun holds the
figure ("Brannock Auto sales dropped 14 percent" in a story about a country's car market), and a mixed-case
short form ("BoN", "BofA") is the long name whose initials it writes. Stories written for these tests,
invented names."""

import pytest

from extractor.api import extract_documents
from extractor.io.documents import document_from_text
from extractor.mentions.entity_clusters import is_abbreviation
from tests.facts.surface_facts import subject_of as story_subject
from tests.probes.harness import story_text


def subject_of(nlp, title, body, surface):
    return story_subject(nlp, title, body, surface, "2011-06-08")


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "U.S. auto sales slump in 2011",
            "DETROIT (Reuters) - U.S. auto sales fell 12 percent last year, an industry group said. Among "
            "carmakers, Brannock Auto sales dropped 14.2 percent.",
            "14.2 percent",
            "Brannock Auto",
        ),
        (
            "Freedonia retail sales rise",
            "(Reuters) - Freedonia's retail sales rose 3 percent in May, the statistics office said. Kestrel "
            "Stores sales climbed 6.1 percent in the month.",
            "6.1 percent",
            "Kestrel Stores",
        ),
        (
            "U.S. chip sales slip",
            "(Reuters) - U.S. chip sales slipped 2 percent in March, an industry group said. Dornick "
            "Semiconductor revenue fell 8 percent, while Ostrel Devices revenue rose 3.5 percent.",
            "3.5 percent",
            "Ostrel Devices",
        ),
    ],
)
def test_an_organization_compounded_on_a_measure_noun_holds_it(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("title", "body", "surface", "subject"),
    [
        (
            "Halden Home expands",
            "(Reuters) - Halden Corp is opening more shops, with 85 Halden Home stores now open in Freedonia.",
            "85",
            "Halden",
        ),
        (
            "Ardent Tools shares jump",
            "(Reuters) - Shares of Ardent Tools, the maker of Pell drills and Kwell locks, rose to $41.20 in "
            "after-hours trade.",
            "$41.20",
            "Ardent Tools",
        ),
    ],
)
def test_a_brand_on_counted_things_or_goods_holds_nothing(nlp, title, body, surface, subject):
    assert subject_of(nlp, title, body, surface) == subject


@pytest.mark.parametrize(
    ("short", "name", "abbreviates"),
    [
        ("BofA", "Bank of Ardenia", True),
        ("BoE", "Bank of Estland", True),
        ("BoNA", "Bank of North Arcadia", True),
        ("FWM", "Federation of Widget Makers", True),
        ("BofA", "Bank of Ardenia Group", False),
        ("McD", "McDonnell Corp", False),
        ("BoA", "Bank Ardenia", False),
    ],
)
def test_a_mixed_case_short_form_writes_the_initials_and_linking_words(short, name, abbreviates):
    assert is_abbreviation(short, name) is abbreviates


def test_a_mixed_case_short_form_is_merged_with_its_long_name(nlp):
    text = story_text(
        "2011-06-08",
        "BoN holds rates",
        "(Reuters) - The Bank of Norland kept its policy rate at 1.5 percent on Thursday. BoN Governor Ann Marsh "
        "said inflation would ease.",
    )
    extraction = next(extract_documents([document_from_text(text, doc_id="t")], nlp=nlp))
    names = {e.name for e in extraction.entities}
    assert "Bank of Norland" in names and "BoN" not in names
    assert {f.subject for f in extraction.facts} == {"Bank of Norland"}
