"""Whose post a named person holds is read once (title_owners.apposed_post_owner) for the role told and for the
appointment or departure told in the same clause: they name the same organization, also for every name of a
list set beside one title ("X and Y, directors of Z"). Stories written for these tests with invented names."""

import pytest

from tests.facts.test_subject_holders import run

LEAD = "Brindle Corp said profit rose 5 percent. "


@pytest.mark.parametrize(
    ("sentence", "owner", "title", "people"),
    [
        (
            "Ann Lee and Bo Chen, directors of Kestrel Ltd, resigned on Tuesday.",
            "Kestrel",
            "director",
            ("Ann Lee", "Bo Chen"),
        ),
        (
            "Rosa Delgado and Martin Okafor, vice presidents of Larch Industries, quit on Monday.",
            "Larch Industries",
            "vice president",
            ("Rosa Delgado", "Martin Okafor"),
        ),
        (
            "Tom Reed and Dan Frew, executives at Saxby Brands, retired last month.",
            "Saxby Brands",
            "executive",
            ("Tom Reed", "Dan Frew"),
        ),
        (
            "Peter Lind and Sara Holm, partners at Wexford Capital, stepped down on Wednesday.",
            "Wexford Capital",
            "partner",
            ("Peter Lind", "Sara Holm"),
        ),
        (
            "Carla Mendes, chief financial officer of Fennick Resources, resigned on Friday.",
            "Fennick Resources",
            "chief financial officer",
            ("Carla Mendes",),
        ),
    ],
)
def test_a_role_and_a_departure_name_the_same_owner(nlp, sentence, owner, title, people):
    facts = run(nlp, LEAD + sentence, title="Brindle profit rises").facts
    roles = {(f.subject, f.predicate, f.object) for f in facts if f.kind == "role"}
    departures = {f.object: f.subject for f in facts if f.kind == "event"}
    for person in people:
        assert (owner, title, person) in roles, roles
        assert departures.get(person) == owner, departures
