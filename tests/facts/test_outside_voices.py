"""An analyst, economist, strategist or partner whose firm is not written is not the story company's officer:
no role rather than a wrong one. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 5, 4)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Harlow Mining Corp shares sank 6 percent, said analyst Petra Olsen.", "Petra Olsen"),
        (
            "Harlow Mining Corp may have to sell assets, said Milo Brandt, a partner in a Denver law firm.",
            "Milo Brandt",
        ),
        (
            '"Harlow Mining Corp was unlucky," economists Ines Kahl and Bram Oduya wrote in a note on Monday.',
            "Ines Kahl",
        ),
        ("Harlow Mining Corp rallied, though strategist Nadia Crane doubted the gains would last.", "Nadia Crane"),
    ],
)
def test_an_outside_voice_with_no_firm_written_is_no_role_of_the_company(nlp, text, person):
    assert all(not (subject == "Harlow Mining" and name == person) for subject, _, name in roles_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Bank Corp expects slower growth, its chief economist Petra Olsen said.",
            ("Harlow Bank", "chief economist", "Petra Olsen"),
        ),
        (
            "Harlow Bank Corp expects slower growth, said Petra Olsen, chief economist at the bank.",
            ("Harlow Bank", "chief economist", "Petra Olsen"),
        ),
        (
            "Harlow Bank Corp expects slower growth, analyst Petra Olsen of Kestrel Securities said.",
            ("Kestrel Securities", "analyst", "Petra Olsen"),
        ),
    ],
)
def test_a_written_owner_still_holds_the_title(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Harlow Mining Corp fell after Chilean central bank governor Ana Vidal cut rates.", "Ana Vidal"),
        ("Harlow Mining Corp rose as Mexican central bank chief Luis Ortega spoke.", "Luis Ortega"),
        ("Harlow Mining Corp stalled once Swiss banking regulator head Urs Keller objected.", "Urs Keller"),
    ],
)
def test_an_officer_of_a_body_described_by_its_country_is_no_role_of_the_company(nlp, text, person):
    assert all(not (subject == "Harlow Mining" and name == person) for subject, _, name in roles_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Harlow Mining Corp trucks were stopped, said Tomas Rey, head of a border customs post.", "Tomas Rey"),
        ("Harlow Mining Corp lost, said Tomas Rey, chief executive of the largest Peruvian miner.", "Tomas Rey"),
        ("Harlow Mining Corp was outbid, according to Tomas Rey, director of an Andean trading house.", "Tomas Rey"),
    ],
)
def test_a_title_over_a_described_unit_is_no_role_of_the_company(nlp, text, person):
    assert all(not (subject == "Harlow Mining" and name == person) for subject, _, name in roles_of(nlp, text))


def test_a_named_unit_of_the_company_keeps_the_company(nlp):
    text = "Harlow Mining Corp will sell the plant, said Tomas Rey, head of Peruvian copper mining."
    assert ("Harlow Mining", "head of peruvian copper mining", "Tomas Rey") in roles_of(nlp, text)
