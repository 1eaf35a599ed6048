"""A post set beside one named person, its holder read from the title's possessor, its proper-noun modifier
(an organization or a place) or its of/for phrase (extractor/facts/apposed_roles.py). Sentences written for
these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a place's possessive holds a public post
            "Dana Whitcombe, Calder's attorney general, said on Monday she would review the merger.",
            ("Calder", "attorney general", "Dana Whitcombe"),
        ),
        (  # a place written before the title, with the article
            "Lee Parkinson, the Norland insurance commissioner, wants the two mergers blocked.",
            ("Norland", "insurance commissioner", "Lee Parkinson"),
        ),
        (  # the organization in the title's of-phrase, the post not in the older title lists
            "John Bramwell, speaker of the Norland House of Delegates, expects the bill to pass.",
            ("Norland House of Delegates", "speaker", "John Bramwell"),
        ),
        (  # "the firm" in the for-phrase stands for the story's company
            "Quarry Bay Holdings Inc cut 300 jobs. Peter Ostrander, the head of logistics for the firm, declined to "
            "comment.",
            ("Quarry Bay Holdings", "head of logistics", "Peter Ostrander"),
        ),
        (  # a hyphened describing word before the title is not part of it
            "Margaret Hollis, Ostrava Bank's Paris-born chief economist, cut her forecast for growth.",
            ("Ostrava Bank", "chief economist", "Margaret Hollis"),
        ),
        (  # the title before the name, set off by commas, an organization's possessive before it
            "Halvern Group's chief engineer, Bo Chen, said the plant was safe.",
            ("Halvern Group", "chief engineer", "Bo Chen"),
        ),
        (  # a public post after "the", a place before it
            "Walter Pike, the Norland state treasurer, said the bonds sold well.",
            ("Norland", "state treasurer", "Walter Pike"),
        ),
        (  # a place's possessive before a public post
            "Irene Sato, Vester's state governor, signed the budget.",
            ("Vester", "state governor", "Irene Sato"),
        ),
        (  # a place's possessive holds even a post outside the public-post list
            "Norland's chief economic adviser, Ann Lee, said the currency would recover.",
            ("Norland", "chief economic adviser", "Ann Lee"),
        ),
        (  # the at-phrase of the of-object names where the post is held
            "Tom Reyes, now head of new lending projects at Brightwater Capital, spoke on Monday.",
            ("Brightwater Capital", "head", "Tom Reyes"),
        ),
        (  # the organization is itself the object of "for"
            "Nina Vogel, a lawyer for Brightwater Capital, said the fund would appeal.",
            ("Brightwater Capital", "lawyer", "Nina Vogel"),
        ),
        (  # the organization is itself the object of "of"
            "Omar Haddad, an official of Tamsin Freight, confirmed the closure.",
            ("Tamsin Freight", "official", "Omar Haddad"),
        ),
    ],
)
def test_a_post_set_beside_a_name_is_a_role_of_its_holder(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a post held for a person, not for an organization or a place
        (
            "Marcus Ulloa pleaded not guilty. Ulloa's attorney, Greta Feldstein, said he was innocent.",
            "Greta Feldstein",
        ),
        # a plural title counts unnamed people; the named one is only among them
        ("Three managers at Halvern Group, including Bob Tiller, left in May.", "Bob Tiller"),
        # a described body that is not the story's company ("the trade group" is some other organization)
        (
            "Quarry Bay Mills cut 300 jobs. Lawrence Yunger, chief economist for the trade group, said sales fell.",
            "Lawrence Yunger",
        ),
        # a party or nationality before the title holds no post
        ("Ruth Lang, the Libertarian transport spokeswoman, opposed the toll plan.", "Ruth Lang"),
        # a place before a private job after "a"/"an" says where the person works, not whose post it is
        ("Carla Benn, a Leeds broker, said the tax change was overdue.", "Carla Benn"),
        ("Felix Morrow, a Denver engineer who designs stadiums, won the contract.", "Felix Morrow"),
        ("Tom Gray, a Lisbon banker, said rates would rise.", "Tom Gray"),
        # even a public post after "a": "a Norland regulator" is one of many
        ("Bo Chen, a Norland regulator, said the rules would change.", "Bo Chen"),
        # the organization only modifies the noun the lawyer works for: a person or a group
        ("Hugo Lind, a counsel for Marlowe Energy's two founders, filed the papers.", "Hugo Lind"),
        ("Ella Crane, an attorney for Pellham Insurance policyholders, sought class status.", "Ella Crane"),
        ("Ann Lee, a lawyer for Kestrel Bank's former chief executive, said he was innocent.", "Ann Lee"),
        ("Pia Sand, a lawyer for shareholders of Kestrel Bank, said the suit would go ahead.", "Pia Sand"),
        # a post given up, the tokenizer splitting "ex-" off the title
        ("Gus Temple, an ex-engineer at Dovecote Motors, testified on Tuesday.", "Gus Temple"),
        ("Lara Quest, an ex-official of Fenwick Logistics, sued for back pay.", "Lara Quest"),
    ],
)
def test_no_role_without_an_organization_or_place_holding_the_post(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, text, PUBLISHED))


def test_a_title_before_another_name_is_not_set_beside_the_next_one(nlp):
    text = "She wrote to Quillan Foods chief executive and chairman Ravi Dunn and chief financial officer Mia Holt."
    roles = roles_in(nlp, text, PUBLISHED)
    assert not any(obj == "Mia Holt" and predicate.startswith("chief executive") for _, predicate, obj in roles)
