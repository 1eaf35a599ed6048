"""A lawyer's post is held for the organization named as the client with the title, else at the law firm named
after the person (extractor/facts/counsel_roles.py). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2022, 5, 11)
LEAD = "Brindlewood Foods Inc was fined on Tuesday. "


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # the client's name compounded before the title, in a quote's attribution
            '"We will appeal the fine," said Brindlewood lawyer Tomas Reyna.',
            ("Brindlewood Foods", "lawyer", "Tomas Reyna"),
        ),
        (  # the client's name before the title, no comma, "attorney" for "lawyer"
            "Brindlewood attorney Greta Halloran called the ruling unfair.",
            ("Brindlewood Foods", "attorney", "Greta Halloran"),
        ),
        (  # the client as object of a representing-clause on the apposed title
            "Oskar Lindqvist, a lawyer representing Marrowgate Capital, said the fund would sue.",
            ("Marrowgate Capital", "lawyer", "Oskar Lindqvist"),
        ),
        (  # a title before the name, the law firm after it
            "The fine is too high, said defense lawyer Piet Vermaas of Holloway & Crane.",
            ("Holloway & Crane", "lawyer", "Piet Vermaas"),
        ),
        (  # "another lawyer" set before the name, the law firm after it with a descriptor
            "Another lawyer, Ines Castellano of the litigation firm Dobbs Ferris LLP, expects more suits.",
            ("Dobbs Ferris LLP", "lawyer", "Ines Castellano"),
        ),
    ],
)
def test_a_lawyer_is_a_role_of_the_client_or_the_law_firm(nlp, text, role):
    assert role in roles_in(nlp, LEAD + text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a place before the title says where the lawyer works, not for whom
        ("Ruth Abernathy, a Boston lawyer, said the fine was routine.", "Ruth Abernathy"),
        # no client and no firm written
        ("The lawyer, Colm Farraday, said the case would settle.", "Colm Farraday"),
        ("Colm Farraday, a lawyer, said the case would settle.", "Colm Farraday"),
        # the organization only modifies whom the lawyer serves
        ("Nadia Kowal, a lawyer who represents Brindlewood shareholders, wants a new board.", "Nadia Kowal"),
        # a post given up
        ("Former Brindlewood lawyer Sam Ostrowski testified on Wednesday.", "Sam Ostrowski"),
        # a person's lawyer: no organization holds the post (test_apposed_roles keeps it out)
        ("Vera Lund was charged in March. Lund's lawyer, Hal Brecker, said she was innocent.", "Hal Brecker"),
    ],
)
def test_no_lawyer_role_without_a_client_organization_or_law_firm(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, LEAD + text, PUBLISHED))


def test_a_public_attorney_stays_the_country_s_post(nlp):
    text = LEAD + "Assistant U.S. Attorney Lena Morrow told the jury the records were false."
    assert ("United States", "assistant u.s. attorney", "Lena Morrow") in roles_in(nlp, text, PUBLISHED)
