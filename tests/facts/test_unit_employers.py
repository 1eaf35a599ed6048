"""A title that heads a unit, then the organization by "at"/"with" ("Ann Lee, head of retail sales at Brandt"):
the organization is the employer, also when the tagger left it untagged or took a lower-case phrase of the
unit for a name. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2011, 5, 4)


def _roles(text: str) -> set[tuple[str, str, str]]:
    return {(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED) if f.kind == "role"}


@pytest.mark.parametrize(
    ("text", "holder", "person"),
    [
        (
            "Halvex Retail said its stores were busy. Corran Teague, vice president of online sales at Brisco Digital, "
            "said Brisco Digital had 9 million shoppers.",
            "Brisco Digital",
            "Corran Teague",
        ),
        (
            "Brindle Motors cut prices. Ines Marlow, the director of market research with Tolvane, said "
            "demand was soft.",
            "Tolvane",
            "Ines Marlow",
        ),
        (
            "Shares of Ostrava Bank rose. Pell Arkwright, head of the fixed income desk at Varnholt Capital, "
            "expects more gains.",
            "Varnholt Capital",
            "Pell Arkwright",
        ),
    ],
)
def test_the_organization_after_a_units_head_is_the_employer(text, holder, person):
    assert holder in {subject for subject, _, name in _roles(text) if name == person}


@pytest.mark.parametrize(
    ("text", "holder", "person"),
    [
        (
            "Halvex Retail said sales rose. Lin Bao, head of the financial institute with the Norland Development "
            "Council, said growth would slow.",
            "Norland Development Council",
            "Lin Bao",
        ),
        (
            "Halvex Retail said sales rose. Tam Oduya, director of the financial institute at Brandt University, "
            "said prices would rise.",
            "Brandt University",
            "Tam Oduya",
        ),
        (
            "Halvex Retail said sales rose. Ruth Kell, chief of the financial institute at Tarvik Policy Center, "
            "said rates would fall.",
            "Tarvik Policy Center",
            "Ruth Kell",
        ),
    ],
)
def test_a_lower_case_unit_tagged_as_a_name_is_no_employer(text, holder, person):
    holders = {subject for subject, _, name in _roles(text) if name == person}
    assert holders == {holder}


@pytest.mark.parametrize(
    ("text", "person", "wrong"),
    [
        # no organization after the unit: the story's company, as before
        ("Halvex Retail said sales rose. Dana Vell, head of home loans, said demand was weak.", "Dana Vell", None),
        # "for" covers an area, and the person after it is the next of a list
        (
            "Halvex Retail named Dana Vell, head of sales for Norland, and Ike Moss, its treasurer, to the board.",
            "Dana Vell",
            "Ike Moss",
        ),
        # "at the time" names no employer
        (
            "Halvex Retail said sales rose. Dana Vell, head of the lending unit at the time, said demand was weak.",
            "Dana Vell",
            "time",
        ),
    ],
)
def test_no_employer_after_a_unit_without_a_name(text, person, wrong):
    holders = {subject for subject, _, name in _roles(text) if name == person}
    assert wrong not in holders and not any(h.islower() for h in holders)
