"""A second post joined to the one set beside a person, with a holder of its own (facts/apposed_roles.py
`second_posts`): "Ann Lee, director of A and chairman of B" holds both roles. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ann Lee, chief executive of Brandt Capital and chairman of Kestrel Labs, said the deal was done.",
            ("Brandt Capital", "chief executive", "Ann Lee"),
            ("Kestrel Labs", "chairman", "Ann Lee"),
        ),
        (
            "Orla Finch, director of Harwick Mills and chairman of Dovecote Holdings, declined to comment.",
            ("Harwick Mills", "director", "Orla Finch"),
            ("Dovecote Holdings", "chairman", "Orla Finch"),
        ),
        (
            "Bo Chen, chief economist at Harwick Bank and a director of Tarrow Mills, said rates would rise.",
            ("Harwick Bank", "chief economist", "Bo Chen"),
            ("Tarrow Mills", "director", "Bo Chen"),
        ),
        (
            "Asked about the offer, Ann Lee, a partner at Brandt Capital and a co-founder of Kestrel Labs, smiled.",
            ("Brandt Capital", "partner", "Ann Lee"),
            ("Kestrel Labs", "co-founder", "Ann Lee"),
        ),
    ],
)
def test_a_joined_title_with_its_own_holder_is_a_second_role(nlp, text, first, second):
    roles = roles_of(nlp, text)
    assert first in roles
    assert second in roles


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee, president and chief operating officer of Brandt Capital, said the deal was done.",
            [("Brandt Capital", "president and chief operating officer", "Ann Lee")],
        ),
        (
            "Ann Lee, a lawyer for Brandt Capital and its shareholders, said the deal was done.",
            [("Brandt Capital", "lawyer", "Ann Lee")],
        ),
        (
            "Orla Finch, a former director of Harwick Mills and former chairman of Dovecote Holdings, declined to "
            "comment.",
            [],
        ),
    ],
)
def test_titles_sharing_one_holder_or_held_before_give_no_second_role(nlp, text, expected):
    assert [r for r in roles_of(nlp, text) if "former" not in r[1]] == expected
