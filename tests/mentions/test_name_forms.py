"""Which form of a name the entity index settles on (round 34, helper names34); sentences written for this test,
invented names.
- A place's possessive before a name ("Tarvia's Grain Board") is never part of the name; a company's possessive
  before its unit's company word ("Kellan's Stores Inc") still is.
- A title qualified by a word before its honorific ("Circuit Judge", "Gov.") is not part of a person's name.
- "Communications", stripped like a legal suffix for matching, stays in the name the text always writes with it.
- A legal suffix the text's initials spell ("TGMC" of "Tarvia Grain Marketing Corp") is part of the name.
- A currency index ("Freedonian Crown Index .FCX") keeps "Index" before its quote code; a stock index does not; a
  place's possessive owns no part of an index's name.
"""

import datetime as dt

import pytest
from spacy.tokens import Span

from extractor import extract
from extractor.mentions.entities import _trim_person
from tests.mentions.entity_sets import entities

PUBLISHED = dt.date(2012, 11, 20)


@pytest.mark.parametrize(
    ("text", "place", "name"),
    [
        (
            "Sweden's Financial Supervisory Authority fined the lender on Tuesday.",
            "Sweden",
            "Financial Supervisory Authority",
        ),
        ("Shares of Hong Kong's Bank of Tarvia rose 3 percent.", "Hong Kong", "Bank of Tarvia"),
        ("The UK's Financial Markets Board said fines rose 3 percent.", "United Kingdom", "Financial Markets Board"),
        ("Analysts said Brazil's Votorana Steel would cut output by 10 percent.", "Brazil", "Votorana Steel"),
    ],
)
def test_a_places_possessive_is_not_part_of_a_name(nlp, text, place, name):
    found = entities(nlp, text)
    assert ("ORG", name) in found and ("GPE", place) in found
    assert not any("'s" in n for _, n in found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kellan's Entertainment Inc said sales rose 4 percent.", "Kellan's Entertainment"),
        ("Kellan's Stores Inc said sales rose 4 percent. Kellan's founder retired.", "Kellan's Stores"),
    ],
)
def test_a_companys_possessive_before_a_company_word_stays(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "person_start", "person_end", "name"),
    [
        ("The ruling by Circuit Judge Maren Oakhurst Tilley came on Monday.", 3, 8, "Maren Oakhurst Tilley"),
        ("A spokesman for then Gov. Dale Brennick said the plant would close.", 3, 7, "Dale Brennick"),
        ("Lawyers met Bankruptcy Judge Peter Walsh Hadley on Friday.", 2, 7, "Peter Walsh Hadley"),
    ],
)
def test_a_qualified_title_is_not_part_of_a_persons_name(nlp_blank, text, person_start, person_end, name):
    doc = nlp_blank(text)
    trimmed = _trim_person(Span(doc, person_start, person_end, label="PERSON"))
    assert trimmed is not None and trimmed.text == name


@pytest.mark.parametrize(
    ("text", "person_start", "person_end"),
    [
        ("The ruling by Circuit Judge Tilley came on Monday.", 3, 6),  # one name word after the title: left alone
        ("Shares of Harlan Judge Tilley & Co fell on Monday.", 2, 7),  # "&", "Co": no person's name words
    ],
)
def test_a_title_before_too_little_of_a_name_stays(nlp_blank, text, person_start, person_end):
    doc = nlp_blank(text)
    span = Span(doc, person_start, person_end, label="PERSON")
    assert _trim_person(span).text == span.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Talbridge Communications Inc ( TLB.N ) lost two big contracts in May, its chief said.",
            "Talbridge Communications",
        ),
        (
            "Talbridge said it would cut 500 jobs after Merrow Communications Corp reported weaker sales.",
            "Merrow Communications",
        ),
        ("Orland Communications said on Monday its subscribers grew by 2 percent.", "Orland Communications"),
    ],
)
def test_communications_always_written_stays_in_the_name(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)


def test_communications_left_off_where_the_text_writes_the_short_name(nlp):
    text = (
        "Talbridge Communications Inc said it would cut 500 jobs. Talbridge said the cuts save money. Talbridge rose."
    )
    names = {n for _, n in entities(nlp, text)}
    assert "Talbridge" in names and "Talbridge Communications" not in names


def test_two_companies_sharing_a_first_word_stay_apart(nlp):
    text = "Merrow Group said on Monday it would cut 500 jobs after Tarn Communications and Tarn Wireless merged."
    names = {n for _, n in entities(nlp, text)}
    assert {"Tarn Communications", "Merrow Group"} <= names and "Tarn" not in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The Tarvia Grain Marketing Corp (TGMC) said exports rose 4 percent. TGMC expects more growth.",
            "Tarvia Grain Marketing Corp",
        ),
        (
            "Regulators at the Federal Bank Deposit Insurance Corp said failures rose. The FBDIC said 12 banks failed.",
            "Federal Bank Deposit Insurance Corp",
        ),
        ("Output at Norvik Basin Operating Company (NBOC) rose 3 percent in March.", "Norvik Basin Operating Company"),
    ],
)
def test_a_suffix_the_initials_spell_is_part_of_the_name(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halden Mining Corp (HMC) said output rose 3 percent. Halden Mining expects more growth.", "Halden Mining"),
        ("Halden Mining Corp (HM) said output rose 3 percent.", "Halden Mining"),
    ],
)
def test_a_suffix_the_initials_leave_out_or_the_text_drops_is_dropped(nlp, text, name):
    assert ("ORG", name) in entities(nlp, text)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The Freedonian Crown Index .FCX rose 0.4 percent on Friday.", "Freedonian Crown Index"),
        ("Elsewhere the Tarvian Euro Index .TEI slipped 0.2 percent on Monday.", "Tarvian Euro Index"),
        ("The Halden Composite Index .HCI rose 1.5 percent on Tuesday.", "Halden Composite"),
        ("The Norvik Mining Index .NMI fell 2 percent on Tuesday.", "Norvik Mining"),
        ("TOKYO (Reuters) - Freedonia's Halden average climbed 1.2 percent on Friday.", "Halden"),
        ("Halden & Co's 300 index rose 1.5 percent on Tuesday.", "Halden & Co's 300"),
    ],
)
def test_index_names(nlp, text, subject):
    facts = [f for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value and f.predicate in ("index", "average")]
    assert facts and {f.subject for f in facts} == {subject}
