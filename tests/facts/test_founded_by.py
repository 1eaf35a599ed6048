"""Founders told in the passive ("X, founded by A", "X was founded in 1998 by A and B"): each person of the
agent list founded the organization. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 10, 2)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Halvern Robotics Inc posted higher sales. The firm, founded by engineer Ilse Marchetti, now employs "
            "900 people in Ohio.",
            [("Halvern Robotics", "founder", "Ilse Marchetti")],
        ),
        (
            "Quorra Biotech Ltd, which has its offices in Leeds, was set up in 2001 and was founded by Dev Anand "
            "Kapur and Mirela Stoica.",
            [("Quorra Biotech", "founder", "Dev Anand Kapur"), ("Quorra Biotech", "founder", "Mirela Stoica")],
        ),
        (
            "Tovana Shipping was founded in 1987 by Arne Solheim, a former naval officer, and Kjell Brattli, "
            "who later ran its tanker fleet.",
            [("Tovana Shipping", "founder", "Arne Solheim"), ("Tovana Shipping", "founder", "Kjell Brattli")],
        ),
    ],
)
def test_each_agent_of_a_founding_passive_is_a_founder(nlp, text, roles):
    found = roles_of(nlp, text)
    for role in roles:
        assert role in found


@pytest.mark.parametrize(
    "text",
    [
        "The prize, founded by Ilse Marchetti in 1990, went to a chemist from Lyon.",
        "Halvern Robotics was sold by Ilse Marchetti to a fund in 2004.",
        "Halvern Robotics was founded in 1990, and Ilse Marchetti bought it in 2004.",
    ],
)
def test_no_founder_without_an_organization_founded_by_the_person(nlp, text):
    assert [r for r in roles_of(nlp, text) if r[1] == "founder"] == []
