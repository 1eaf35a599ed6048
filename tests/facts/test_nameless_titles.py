"""A titled speaker with no name ("its chief executive said") is the person the next sentences first name, when
that person speaks with no title of their own (extractor/facts/nameless_titles.py). Sentences written for these
tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import roles_in

PUBLISHED = dt.date(2023, 3, 14)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # the lede's possessive title, the name in the next paragraph
            "LONDON (Reuters) - Zorvex Holdings will double its dividend, the company's chief executive told a"
            " conference on Monday.\n\nTom Harlan said cash flow had never been stronger.",
            ("Zorvex Holdings", "chief executive", "Tom Harlan"),
        ),
        (  # a named possessor and a quote before the name
            "Quillby Motors will not cut prices this year, Quillby's chairman said on Wednesday.\n\n"
            '"Our order book is full," Susan Miller said in a statement.',
            ("Quillby Motors", "chairman", "Susan Miller"),
        ),
        (  # a public post with its country, a sentence without a person in between
            "Portugal's finance minister said on Tuesday the budget would be balanced next year.\n\n"
            "Spending will stay flat.\n\n"
            '"We will not raise taxes," Karl Brenner told reporters.',
            ("Portugal", "finance minister", "Karl Brenner"),
        ),
    ],
)
def test_a_nameless_title_is_held_by_the_next_person_named(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (  # another person named first
            "Quintara Corp may sell its chip unit, Quintara's chairman said on Friday.\n\n"
            "Analyst Ann Lee of Brandt Securities said the sale made sense.\n\nLisa Marr said the board would decide.",
            "Lisa Marr",
        ),
        (  # the named person does not speak
            "Quintara Corp may sell its chip unit, Quintara's chairman said on Friday.\n\n"
            "Lisa Marr bought shares in the company last year.",
            "Lisa Marr",
        ),
        (  # two nameless titled speakers: which one is named is not told
            "Quintara Corp may sell its chip unit, Quintara's chairman said on Friday.\n\n"
            "Its finance chief said the price would be fair.\n\nLisa Marr told reporters the board would decide.",
            "Lisa Marr",
        ),
        (  # named too late
            "Quintara Corp may sell its chip unit, Quintara's chairman said on Friday.\n\nThe unit lost money.\n\n"
            "Sales fell.\n\nCosts rose.\n\nMargins shrank.\n\nLisa Marr told reporters the board would decide.",
            "Lisa Marr",
        ),
        (  # a title with no holder written
            "Quintara Corp may sell its chip unit, a union spokesman said on Friday.\n\n"
            "Lisa Marr told reporters the workers would strike.",
            "Lisa Marr",
        ),
    ],
)
def test_no_role_for_a_person_the_nameless_title_may_not_mean(nlp, text, person):
    assert all(obj != person for _, _, obj in roles_in(nlp, text, PUBLISHED))
