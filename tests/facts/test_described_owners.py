"""A title possessed by a definite description of one organization ("the drugmaker's", "the British bank's",
"the central bank's") is held by the party the description stands for, as "its" would be
(extractor/facts/title_owners.py, `possessor_owner`). Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2023, 3, 14)
COMPANY_LEAD = "Quarrendon Pharma Inc said on Tuesday its quarterly profit rose. "
BANK_LEAD = "The Reserve Bank of Norland kept its benchmark rate unchanged on Tuesday. "


@pytest.mark.parametrize(
    ("text", "lead", "role"),
    [
        (  # the title and its possessor set before the name
            '"Demand held up," the drugmaker\'s head of research, Tilde Marsh, said in a statement.',
            COMPANY_LEAD,
            ("Quarrendon Pharma", "head", "Tilde Marsh"),
        ),
        (  # the title set after the name
            "Oren Falk, the company's chief financial officer, told analysts the outlook stands.",
            COMPANY_LEAD,
            ("Quarrendon Pharma", "chief financial officer", "Oren Falk"),
        ),
        (  # a nationality adjective before the kind
            "Lise Vang, the American drugmaker's finance director, expects lower costs next year.",
            COMPANY_LEAD,
            ("Quarrendon Pharma", "finance director", "Lise Vang"),
        ),
        (  # "the central bank" in the story of a central bank
            "Martin Keller, the central bank's chairman, is due to testify to lawmakers next week.",
            BANK_LEAD,
            ("Reserve Bank of Norland", "chairman", "Martin Keller"),
        ),
    ],
)
def test_a_title_possessed_by_a_description_is_held_by_its_party(nlp, text, lead, role):
    assert role in roles_in(nlp, lead + text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # some other body of the kind, or one not yet formed
        ("Karen Jensen, the rival bank's chief economist, doubted the forecast.", "Karen Jensen"),
        ("Cato Brill, the combined company's chief executive, will be based in Oslo.", "Cato Brill"),
        ("Mira Sand, a bank's chief economist, doubted the forecast.", "Mira Sand"),
        # a description by relation to another party
        ("Peter Larsen, the unit's president, left in June.", "Peter Larsen"),
        # "the central bank" with no central bank in a company's story: no guess at the company
        ("Analysts will listen to Susan Miller, the central bank's chairman, on Friday.", "Susan Miller"),
    ],
)
def test_no_role_from_a_description_of_another_body(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, COMPANY_LEAD + text, PUBLISHED))
