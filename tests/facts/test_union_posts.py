"""A post of the European Union written before or after a person's name is held for the union (by the story's name
for it, "EU" when only that is written), with the portfolio in the post (extractor/facts/union_posts.py);
"commissioner" before a name is no part of it. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2023, 3, 14)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # the post before the name, a one-word portfolio; the union only ever written short
            "EU Competition Commissioner Dana Roeland said on Monday she would examine the merger closely.",
            ("EU", "competition commissioner", "Dana Roeland"),
        ),
        (  # a portfolio of several words joined by "and", the name the object of a preposition
            "The European Union will tighten its budget rules. The plan was drawn up after talks between EU"
            " Economic and Monetary Affairs Commissioner Ivo Jaksic"
            " and the country's bankers.",
            ("European Union", "economic and monetary affairs commissioner", "Ivo Jaksic"),
        ),
        (  # the union written out, a surname with a particle
            "European Union Energy Commissioner Pieter Van Dalen will visit the pipeline site next week.",
            ("European Union", "energy commissioner", "Pieter Van Dalen"),
        ),
        (  # the post in apposition after the name, its remit told by a phrase; the union named before
            "The European Union will tighten the rules on funds.\n\n"
            '"Savers deserve clear products," Gustav Hallberg, the European Commissioner for financial'
            " services, told reporters in Brussels.",
            ("European Union", "commissioner", "Gustav Hallberg"),
        ),
    ],
)
def test_a_post_of_the_union_is_held_for_the_union(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # a commissioner of no union: no holder written
            "Insurance Commissioner Kim Loder said the premiums charged by the carriers were too high.",
            "Kim Loder",
        ),
        (  # the post is the possessor's: the person is the commissioner's aide
            "Ann Lefevre, the EU trade commissioner's chief of staff, said the talks would resume in May.",
            "Ann Lefevre",
        ),
        (  # a state's commissioner: the state holds it, never the union
            "Texas Securities Commissioner Jo Kerrigan said the state would sue the broker over the fund's sales.",
            "Jo Kerrigan",
        ),
        (  # the adjective alone, in a story that never names the union: whose post is not written
            '"Savers deserve clear products," Gustav Hallberg, the European Commissioner for financial'
            " services, told reporters.",
            "Gustav Hallberg",
        ),
        (  # a union word that opens no post of its own
            "Bo Chanter, a European lawyer, said the commission's ruling could be appealed.",
            "Bo Chanter",
        ),
    ],
)
def test_no_union_post_without_the_union_and_its_post_beside_the_name(nlp, text, person):
    assert not [role for role in roles_in(nlp, text, PUBLISHED) if "commissioner" in role[1] and role[2] == person]
