"""A title written once, in the plural, before a list of names is each listed person's. Sentences written for
these tests, with invented names."""

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
            "Tovar Mills Inc shares rose, Global Insight economists Brian Walsh and Nigel Grant wrote in a note.",
            [("Global Insight", "economist", "Brian Walsh"), ("Global Insight", "economist", "Nigel Grant")],
        ),
        (
            "Co-chief executives Anshu Patel and Jurgen Fisch of Harwood Bank will speak on Monday.",
            [
                ("Harwood Bank", "co-chief executive", "Anshu Patel"),
                ("Harwood Bank", "co-chief executive", "Jurgen Fisch"),
            ],
        ),
        (
            "Tovar Mills Inc said its committee includes directors Mark Allen, Laura Bell, and Joel Hart.",
            [("Tovar Mills", "director", "Mark Allen"), ("Tovar Mills", "director", "Joel Hart")],
        ),
    ],
)
def test_a_plural_title_before_a_list_of_names_is_each_persons(nlp, text, roles):
    found = roles_of(nlp, text)
    assert all(role in found for role in roles)


def test_a_verb_in_the_third_person_is_no_plural_title(nlp):
    text = "Tovar Mills Inc said Lena Kraus now heads Brandt Outlet Group."
    assert all(o != "Brandt Outlet Group" for _, _, o in roles_of(nlp, text))
