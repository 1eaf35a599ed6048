"""Roles told by a verb: a named person who heads, chairs or founded a named organization. Sentences written
for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 10, 2)


def roles_of(nlp, text):
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.kind == "role"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            '"It will pass," said Omar Reyes, who heads the Reyes Consulting Group in Ohio.',
            ("Reyes Consulting", "head", "Omar Reyes"),
        ),
        (
            "Omar Reyes, who founded Halden Capital in 1990, said prices would fall.",
            ("Halden Capital", "founder", "Omar Reyes"),
        ),
        (
            "Omar Reyes chairs the Brandt Foundation, which gives to schools.",
            ("Brandt Foundation", "chairman", "Omar Reyes"),
        ),
        (
            "Tovar Mills Inc hired Lena Kraus. Kraus, former chief executive at Pellam Foods Inc now heads Brandt "
            "Outlet Group, a website that sells shoes.",
            ("Brandt Outlet", "head", "Lena Kraus"),
        ),
    ],
)
def test_a_person_who_heads_chairs_or_founded_an_organization_holds_the_post(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes had headed Halden Capital's European operations before he retired.",
        "Omar Reyes headed Halden Capital until 2004.",
        "Omar Reyes heads home to Ohio after the talks.",
    ],
)
def test_a_past_or_placeless_heading_is_no_role(nlp, text):
    assert [role for role in roles_of(nlp, text) if role[2] == "Omar Reyes"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Omar Reyes heads Halden Capital.",
        "Omar Reyes, who now heads Halden Capital, declined to comment.",
        "Omar Reyes currently heads Halden Capital, a fund in Ohio.",
    ],
)
def test_a_present_heading_of_a_named_organization_is_the_role(nlp, text):
    """The contrast to the test above: the same verb in the present, with an organization, is a role."""
    assert ("Halden Capital", "head", "Omar Reyes") in roles_of(nlp, text)
