"""Members of a legislature named with their title hold their seat in the chamber (extractor/facts/legislators.py);
professors, fellows and members are titles of the body they serve; an organization inside a relative clause
after a title is not the holder's employer. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2022, 5, 17)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # the full title after "said", no place or party written
            '"The measure is dead," said Senator Gil Ormsby after the vote.',
            ("Senate", "senator", "Gil Ormsby"),
        ),
        (  # the abbreviation, after a state and a party
            "Ohio Republican Sen. Marta Quill tabled an amendment on Thursday.",
            ("Senate", "senator", "Marta Quill"),
        ),
        (  # a representative, abbreviated, in a by-phrase
            "The draft was written by Rep. Hal Benning and two aides.",
            ("House of Representatives", "representative", "Hal Benning"),
        ),
        (  # a past seat keeps "former"
            "Former Congressman Dale Rusk now lobbies for the lenders.",
            ("House of Representatives", "former congressman", "Dale Rusk"),
        ),
    ],
)
def test_a_legislator_holds_a_seat_in_the_chamber(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a cabinet post whose name ends in a legislator's word
        ("U.S. Trade Representative Ivo Marsh flew to Geneva for the talks.", "Ivo Marsh"),
        # a company's sales representative
        ("Brandholm Tools sales representative Nia Patel said orders were firm.", "Nia Patel"),
        # a state legislature's seat is no seat in the national chamber
        ("State Senator Roy Feld voted against the budget.", "Roy Feld"),
    ],
)
def test_a_longer_post_is_no_legislator(nlp, text, person):
    assert all(
        subject not in ("Senate", "House of Representatives")
        for subject, _, obj in roles_in(nlp, text, PUBLISHED)
        if obj == person
    )


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a professor, the institution after "at"
            "Lena Ostrow, a professor at Marbury Business School, said the rules were too loose.",
            ("Marbury Business School", "professor", "Lena Ostrow"),
        ),
        (  # a fellow, the institute before the title
            '"Nobody reads the fine print," said Calloway Institute fellow Dev Anand.',
            ("Calloway Institute", "fellow", "Dev Anand"),
        ),
        (  # a managing member of a research firm
            "Rosa Wirth, managing member of Tallis Research LLC, said bank shares were cheap.",
            ("Tallis Research", "managing member", "Rosa Wirth"),
        ),
        (  # a place-based modifier the tagger may read as a verb opens no clause: the institute is the employer
            '"It was a cover-up," said Eva Stone, president of the Denver, Colorado-based Alder Institute, who '
            "read the filing.",
            ("Alder Institute", "president", "Eva Stone"),
        ),
        (  # a board member, the company before the title
            "Ferncliff Corp board member Ugo Banti said he would not stand again.",
            ("Ferncliff", "board member", "Ugo Banti"),
        ),
    ],
)
def test_academic_and_board_titles_are_roles(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a member of a family, the company only inside the clause that describes the family
        ("Ivan Roth, a member of the family that controls Ferncliff Corp, sold his shares.", "Ivan Roth"),
        # a professor with no institution written: not the reporting company's
        ("Ferncliff Corp said Ada Kwan, a professor of chemistry, would join its board.", "Ada Kwan"),
        # a member of a body the text describes but does not name: not the story company's member
        (
            "Ferncliff Corp cut 400 jobs. Oda Lamb, a member of the state's rescue panel, called the cuts deep.",
            "Oda Lamb",
        ),
        # a member of a group a person owns: the person holds no post
        (
            "Premier Ann Ray won the vote. Ivo Pell, a member of Ray's coalition partners, said the deal was bad.",
            "Ivo Pell",
        ),
        # "fellow" as an adjective before a party name is no title
        ("Ivo Pell and fellow Republican Sam Ortiz opposed the bill.", "Sam Ortiz"),
    ],
)
def test_no_role_for_a_title_without_its_body(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, text, PUBLISHED))


def test_a_title_before_a_later_name_in_a_list_is_the_earlier_name_s(nlp):
    text = (
        "The regulator charged Ivo Pell, a former member of Birch Corp's management board, and Sam Ortiz, "
        "the former head of trading."
    )
    roles = roles_in(nlp, text, PUBLISHED)
    assert ("Birch", "former member", "Ivo Pell") in roles
    assert not any(obj == "Sam Ortiz" and "member" in predicate for _, predicate, obj in roles)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a relative clause gives the post, the body is only described
        ("Quarry Mills shut two plants. Nell Voss, who sits as a member of the review board, backed it.", "Nell Voss"),
        # a relative clause with another verb and a time phrase
        ("Quarry Mills shut two plants. Abe Kerr, who joined as a member of the guild in May, was upset.", "Abe Kerr"),
        # the story's company named later in the sentence is not the body of the clause
        (
            "Quarry Mills shut two plants. Lia Moss, who is a member of the council, said Quarry Mills had to act.",
            "Lia Moss",
        ),
    ],
)
def test_a_member_in_a_relative_clause_of_no_named_body_is_no_role(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, text, PUBLISHED))


def test_a_member_in_a_relative_clause_of_a_named_body_keeps_it(nlp):
    text = "Quarry Mills shut two plants. Nell Voss, who is a member of the Quarry Mills board, opposed it."
    assert ("Quarry Mills", "member", "Nell Voss") in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the owner of a research unit is not a fellow's employer
        ("Pell Bank raised rates. Uma Dey, a senior fellow at Pell Bank's policy institute, disagreed.", "Uma Dey"),
        # an unnamed owner of a school
        ("Rates rose again. Kip Oro, a professor at the state bank's training college, called it late.", "Kip Oro"),
        # a lecturer at a university department of a company
        ("Pell Bank raised rates. Jo Ruiz, a lecturer at Pell Bank's finance academy, was not surprised.", "Jo Ruiz"),
    ],
)
def test_an_academic_title_in_an_owned_school_is_no_role_of_the_owner(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # the school is named after the possessive: the post is held there
        (
            "Pell Bank raised rates. Uma Dey, a professor at Pell Bank's Rowan Institute, disagreed.",
            ("Rowan Institute", "professor", "Uma Dey"),
        ),
        # an analyst in a company's unit keeps the company (not an academic title)
        (
            "Rates rose. Kip Oro, an analyst at Pell Bank's research unit, called it late.",
            ("Pell Bank", "analyst", "Kip Oro"),
        ),
    ],
)
def test_an_academic_title_at_a_named_school_or_another_title_keeps_a_role(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Oxley Foods lost the vote. Fellow director Ray Tamm backed the bid.",
            ("Oxley Foods", "director", "Ray Tamm"),
        ),
        (
            "Oxley Foods lost the vote. Fellow board member Ina Gold sided with him.",
            ("Oxley Foods", "board member", "Ina Gold"),
        ),
        (
            "Oxley Foods lost the vote, and fellow executive Bo Lenz quit.",
            ("Oxley Foods", "executive", "Bo Lenz"),
        ),
    ],
)
def test_fellow_before_another_title_is_an_adjective(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)
