"""Public posts before a name are roles of the country they serve, the department being part of the post.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 9)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp shares fell. French Budget Minister Claire Doucet said the levy would stay.",
            ("France", "budget minister", "Claire Doucet"),
        ),
        (
            "Harlow Mining Corp shares fell after U.S. Commerce Secretary Dan Whitcomb criticized the merger.",
            ("United States", "commerce secretary", "Dan Whitcomb"),
        ),
        (
            "Harlow Mining Corp was sued. Assistant U.S. Attorney Rhea Polk told the jury the loans were bad.",
            ("United States", "assistant u.s. attorney", "Rhea Polk"),
        ),
        (
            "Harlow Mining Corp objected when the U.S. bonus czar Owen Varga capped salaries.",
            ("United States", "bonus czar", "Owen Varga"),
        ),
        (
            "Harlow Mining Corp rose as Norway's trade and fisheries minister Eirik Sand backed the plan.",
            ("Norway", "trade and fisheries minister", "Eirik Sand"),
        ),
    ],
)
def test_a_public_post_is_a_role_of_the_country_it_names(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "OTTAWA (Reuters) - Harlow Mining Corp rose. Finance Minister Jean Talbot welcomed the figures.",
            ("Canada", "finance minister", "Jean Talbot"),
        ),
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp rose. Energy Secretary Alma Briggs said the bill would pass.",
            ("United States", "energy secretary", "Alma Briggs"),
        ),
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp rose. Labor Secretary Tom Keane praised the deal.",
            ("United States", "labor secretary", "Tom Keane"),
        ),
    ],
)
def test_a_public_post_without_a_country_takes_the_story_country(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp rose as India's Deputy Commerce Minister, Arjun Mehta, backed exporters.",
            ("India", "deputy commerce minister", "Arjun Mehta"),
        ),
        (
            "OTTAWA (Reuters) - Harlow Mining Corp rose. Natural Resources Minister, Jean Talbot, praised it.",
            ("Canada", "natural resources minister", "Jean Talbot"),
        ),
        (
            "Harlow Mining Corp fell after Japanese Trade Minister, Kenji Sato, criticized the tariff.",
            ("Japan", "trade minister", "Kenji Sato"),
        ),
    ],
)
def test_a_public_post_set_off_by_a_comma_before_the_name(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Harlow Mining Corp rose. Commerce Secretary Ada Moss praised the deal.", "Commerce"),
        ("Harlow Mining Corp rose. Prime Minister Ada Moss called an election.", "Harlow Mining"),
        ("Harlow Mining Corp rose. Justice Minister Ada Moss opened an inquiry.", "Justice"),
    ],
)
def test_a_public_post_is_never_the_role_of_its_department_or_the_company(nlp, text, wrong):
    """With no country named or known, no role is told rather than a wrong one."""
    roles = roles_of(nlp, text)
    assert all(subject != wrong for subject, _, _ in roles)
    assert [role for role in roles if role[2] == "Ada Moss"] == []


def test_a_company_secretary_stays_the_company_role(nlp):
    text = "Harlow Mining Corp said its secretary Ada Moss resigned."
    assert ("Harlow Mining", "secretary", "Ada Moss") in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp shares slid after Chilean President Rosa Ibarra signed the royalty bill.",
            ("Chile", "president", "Rosa Ibarra"),
        ),
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp won a contract backed by President Neil Ashby on Monday.",
            ("United States", "president", "Neil Ashby"),
        ),
        (
            "OTTAWA (Reuters) - Harlow Mining Corp was founded in 1990 under former president Gil Mercer, a rancher.",
            ("Canada", "former president", "Gil Mercer"),
        ),
        (
            "Harlow Mining Corp fell. A visiting President Tomas Rivas of Peru toured its mine in the Andes.",
            ("Peru", "president", "Tomas Rivas"),
        ),
    ],
)
def test_a_president_with_no_organization_before_the_title_heads_a_country(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Harlow Mining Corp rose. Harlow President Ada Moss said output grew.", ("Harlow Mining", "president")),
        ("Harlow Mining Corp rose, its president Ada Moss said.", ("Harlow Mining", "president")),
        ("Harlow Mining Corp rose. Vice President Ada Moss said output grew.", ("Harlow Mining", "vice president")),
        (
            "Harlow Mining Corp rose. President and Chief Executive Ada Moss said output grew.",
            ("Harlow Mining", "president and chief executive"),
        ),
    ],
)
def test_a_company_president_stays_the_company_role(nlp, text, role):
    assert (*role, "Ada Moss") in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp directors were warned by British Business Secretary Nell Price on Sunday.",
            ("Britain", "business secretary", "Nell Price"),
        ),
        (
            "WASHINGTON (Reuters) - The Commerce Department said exports rose. Commerce Secretary Ray Dunn cheered.",
            ("United States", "commerce secretary", "Ray Dunn"),
        ),
        (
            "OTTAWA (Reuters) - The Finance Ministry said the deficit shrank, and Finance Minister Lise Roy agreed.",
            ("Canada", "finance minister", "Lise Roy"),
        ),
    ],
)
def test_a_department_in_the_post_is_never_the_role_holder(nlp, text, role):
    """A department word in the title, even one naming the story's main organization, leaves the post the
    country's; a nationality before it makes a business or trade department a public one."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp fell, said Ilse Brandt, Austria's economy minister, on Tuesday.",
            ("Austria", "economy minister", "Ilse Brandt"),
        ),
        (
            "Talks with Harlow Mining Corp stalled, according to Kofi Mensah, the Peruvian mines minister.",
            ("Peru", "mines minister", "Kofi Mensah"),
        ),
        (
            "Harlow Mining Corp will be fined, warned Ana Lobo, Brazil's Deputy Energy Secretary.",
            ("Brazil", "deputy energy secretary", "Ana Lobo"),
        ),
    ],
)
def test_a_public_post_after_the_name_with_its_country(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Mining Corp fell, said Ilse Brandt, Austria's richest woman.",
        "Harlow Mining Corp fell, said Ilse Brandt, Austria's largest miner.",
        "Harlow Mining Corp fell, said Ilse Brandt, the Austrian banker.",
    ],
)
def test_a_description_after_the_name_without_a_post_is_no_public_role(nlp, text):
    assert all(name != "Ilse Brandt" or subject != "Austria" for subject, _, name in roles_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "LONDON (Reuters) - Harlow Mining Corp won approval after Business Secretary Nell Price relented.",
            ("Britain", "business secretary", "Nell Price"),
        ),
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp was praised by Trade Secretary Ray Dunn on Friday.",
            ("United States", "trade secretary", "Ray Dunn"),
        ),
        (
            "Harlow Mining Corp said company secretary Nell Price resigned.",
            ("Harlow Mining", "secretary", "Nell Price"),
        ),
    ],
)
def test_a_title_case_business_department_is_public_a_company_secretary_is_not(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Harlow Mining Corp hired Omar Diaz, the Chilean president's former adviser, in May.",
        "Harlow Mining Corp hired Omar Diaz, Chile's finance minister's chief of staff, in May.",
        "Harlow Mining Corp hired Omar Diaz, the Peruvian trade minister's spokesman, in May.",
    ],
)
def test_a_post_in_the_possessive_after_the_name_is_not_the_person_s(nlp, text):
    assert all(name != "Omar Diaz" or subject not in ("Chile", "Peru") for subject, _, name in roles_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp fell after Secretary of State Lena Ortiz criticized its mines.",
            ("United States", "secretary of state", "Lena Ortiz"),
        ),
        (
            "Harlow Mining Corp fell. Freedonia's Minister of the Interior Peter Wallace ordered an inquiry.",
            ("Freedonia", "minister of the interior", "Peter Wallace"),
        ),
        (
            "Harlow Mining Corp was sued by Vermont Attorney General Dora Hale over its royalty payments.",
            ("Vermont", "attorney general", "Dora Hale"),
        ),
        (
            "Harlow Mining Corp must answer to Ohio's Attorney General Miles Crane, who opened a probe on Monday.",
            ("Ohio", "attorney general", "Miles Crane"),
        ),
        (
            "WASHINGTON (Reuters) - Harlow Mining Corp rose as President-elect John Harper promised new roads.",
            ("United States", "president-elect", "John Harper"),
        ),
    ],
)
def test_an_office_written_in_two_parts_is_one_post(nlp, text, role):
    """ "Secretary of State", "Minister of the Interior", "Attorney General", "President-elect": the office's
    words after its noun belong to the post, and the place written before it is whose post it is."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "TOKYO (Reuters) - Harlow Mining Corp fell after Prime Minister Kenji Tamura's call for new taxes.",
            ("Japan", "prime minister", "Kenji Tamura"),
        ),
        (
            "Harlow Mining Corp rose as Saudi Oil Minister Faisal al-Harbi backed higher output.",
            ("Saudi Arabia", "oil minister", "Faisal al-Harbi"),
        ),
        (
            "Harlow Mining Corp said German Finance Minister Otto Brenner's plan would cost it $3 million.",
            ("Germany", "finance minister", "Otto Brenner"),
        ),
    ],
)
def test_a_possessive_or_hyphened_name_after_a_post_is_the_person(nlp, text, role):
    """The recognizer may run the title into the name ("Oil Minister Faisal al-Harbi"); the name after the title
    is the person even when it ends in a possessive or has a hyphened surname."""
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (Reuters) - Harlow Mining Corp settled with Attorney General Dora Hale on Monday.",
        "OTTAWA (Reuters) - Harlow Mining Corp rose. Attorney General Miles Crane dropped the case.",
        "NEW YORK (Reuters) - Harlow Mining Corp is under investigation where Attorney General Lena Ortiz sued it.",
    ],
)
def test_an_attorney_general_with_no_place_written_holds_no_role(nlp, text):
    """A state's attorney general is named as often as a country's: the story's country is no safe default."""
    assert not [role for role in roles_of(nlp, text) if role[1] == "attorney general"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Harlow Mining Corp lost the case when U.S. District Judge Mara Kellerman ruled against it.",
            ("United States", "district judge", "Mara Kellerman"),
        ),
        (
            "Harlow Mining Corp asked U.S. Bankruptcy Judge Tobias Quell to approve the sale.",
            ("United States", "bankruptcy judge", "Tobias Quell"),
        ),
        (
            "Harlow Mining Corp said British judge Fenella Oakes had set a trial date.",
            ("Britain", "judge", "Fenella Oakes"),
        ),
    ],
)
def test_a_judge_is_a_role_of_the_country_written_before_the_title(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # no country written: the story's country may not be the court's
        ("OTTAWA (Reuters) - Harlow Mining Corp won. Judge Ola Brandvik said the claim failed.", "Ola Brandvik"),
        ("Harlow Mining Corp won when Circuit Judge Ola Brandvik threw out the claim.", "Ola Brandvik"),
        # a court in the title holds the post itself
        ("Harlow Mining Corp won when Ohio bankruptcy court judge Ola Brandvik ruled.", "Ola Brandvik"),
        # a past post with no country
        ("Harlow Mining Corp hired the former judge, Ola Brandvik, as an adviser.", "Ola Brandvik"),
    ],
)
def test_a_judge_without_a_written_country_holds_no_role(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_of(nlp, text))
