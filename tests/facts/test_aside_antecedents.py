"""A name written in an aside of another noun (a relative or participial clause, an apposition, the of-phrase of a
description of one business) is no antecedent of a later "it"/"its" (`facts/aside_names.py`): "the plant, which
supplies <B>, cut its output", "it will be owned by <B> and still owe $80 million from its rescue", "a deal to buy
<B>, and ... it struck a deal", "the publisher of the <B> Gazette said it will cut". Before, the last resort of
`_pronoun_antecedent` took the nearest earlier organization whose word was a compound, so a party that only
describes another (a customer, an owner, a target, a paper) got the figure. A name that is the party stays the
antecedent: the subject of the aside itself, a holder after "at", an owner of the stock noun, the clause's own
subject. Sentences written for these tests, invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import subjects_by_surface

PUBLISHED = dt.date(2013, 3, 5)
OPENING = "Torvane Corp, the packaging group, reported its annual results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (
            "Weak demand at the Kessel Steel plant, which supplies Avonmore Motors Inc, cut its output by 15 percent.",
            "15 percent",
            "Kessel Steel",
        ),
        (
            "After Torvane completes the deal, it will be 75 percent owned by the Corvell Treasury and will still owe"
            " about $80 million from its $500 million rescue.",
            "$500 million",
            "Torvane",
        ),
        (
            "In March it struck a $1.2 billion deal to buy cable maker Larkin Wire Inc, and in May it struck a deal"
            " of more than $900 million to buy Penrose Systems.",
            "$900 million",
            "Torvane",
        ),
        (
            "Analysts were pleased after the publisher of the Merrow Gazette and Linden Herald said it would cut about"
            " 900 jobs.",
            "900",
            "Torvane",
        ),
    ],
)
def test_a_name_in_an_aside_is_no_antecedent(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the subject of the relative clause acts
            "The package the Corvell Treasury Board unveiled on Monday, through which it will also inject $200 million"
            " into small lenders, was welcomed.",
            "$200 million",
            "Corvell Treasury Board",
        ),
        ("Revenue at Brindle Foods rose as its costs fell 4 percent.", "4 percent", "Brindle Foods"),
        ("Shares in Ostby Bank fell after it said profit dropped 20 percent.", "20 percent", "Ostby Bank"),
        (  # the clause's own subject, whatever its relative clause names
            "Kestrel Foods, which Dunmore Capital bought in 2009, said its sales rose 6 percent.",
            "6 percent",
            "Kestrel Foods",
        ),
    ],
)
def test_a_name_that_is_the_party_stays_the_antecedent(nlp, text, surface, subject):
    found = subjects_by_surface(nlp, OPENING + text, PUBLISHED)
    assert found.get(surface) == subject, found
