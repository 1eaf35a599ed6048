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
            ("Reyes Consulting Group", "head", "Omar Reyes"),
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
            ("Brandt Outlet Group", "head", "Lena Kraus"),
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


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Tovar Mills Inc hired two bankers. Lena Kraus, 51, is now a managing director at Pellam Securities.",
            ("Pellam Securities", "managing director", "Lena Kraus"),
        ),
        (
            "Prices fell on Monday, said Omar Reyes, who is currently a portfolio manager at Halden Capital.",
            ("Halden Capital", "portfolio manager", "Omar Reyes"),
        ),
        (
            "Brandt Outlet shares rose. Peter Malloy, a retired pilot, is the chairman of Quorra Shipping Co.",
            ("Quorra Shipping", "chairman", "Peter Malloy"),
        ),
        (
            "Tovar Mills Inc sued its supplier. Mira Osei is a partner with the law firm Dunmore & Pike in Boston.",
            ("Dunmore & Pike", "partner", "Mira Osei"),
        ),
    ],
)
def test_a_person_who_is_a_title_at_a_named_organization_holds_the_post(nlp, text, role):
    assert role in roles_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tovar Mills Inc hired two bankers. Lena Kraus was a senior trader at Pellam Securities until 2004.",
        "Omar Reyes is no longer chief executive of Halden Capital, the company said.",
        "Omar Reyes will be chairman of Halden Capital from May, the company said.",
        "Omar Reyes is the largest shareholder of Halden Capital, the filing showed.",
        "Halden Capital Inc said Omar Reyes is chairman of its shipping unit.",
    ],
)
def test_no_post_from_a_past_future_negated_or_unowned_copula(nlp, text):
    assert [role for role in roles_of(nlp, text) if role[2] in ("Omar Reyes", "Lena Kraus")] == []
