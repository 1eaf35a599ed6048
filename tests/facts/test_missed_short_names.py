"""A clause subject the tagger leaves unnamed ("Elmhurst had about $40 billion of assets") is the one
organization of the story whose name begins with it ("Elmhurst Bancorp"), not the story's main company:
another party's figure keeps its holder. Stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subject_in

PUBLISHED = dt.date(2019, 8, 14)


def subject_of(nlp, text, surface):
    return subject_in(nlp, text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            " date 2019-08-14 Builder agrees to sell unit\n\n"
            "CHICAGO (Reuters) - Trevane Homes Inc agreed on Monday to sell its mortgage arm to Oakridge Lending "
            "Corp.\n\nOakridge employs about 3,000 people in 14 states.",
            "3,000",
            "Oakridge Lending",
        ),
        (
            " date 2019-08-14 Lender to buy rival\n\n"
            "NEW YORK (Reuters) - Quarrow Financial Corp agreed on Monday to buy Elmhurst Bancorp for $2 billion "
            "in stock.\n\nElmhurst had about $40 billion of assets at the end of June.",
            "$40 billion",
            "Elmhurst Bancorp",
        ),
        (
            " date 2019-08-14 Telecom group buys network\n\n"
            "PARIS (Reuters) - Ostrel SA bought the network of Ashgrove Telecom on Friday.\n\n"
            "Ashgrove operates 1,200 stores in five countries.",
            "1,200",
            "Ashgrove Telecom",
        ),
    ],
)
def test_an_untagged_short_name_is_the_organization_it_begins(nlp, text, surface, subject):
    assert subject_of(nlp, text, surface) == subject
