"""A launch verb with no object whose subject is the launched thing ("the app launched in May", "the service,
which debuted in 2010", "has won users since it launched") is a launch of that thing by the organization
compounded into its name, else by the story's company; a company, a fund or a probe that "launched" is no
product. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)


def launches(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "launch"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker compounded into the thing's name
        (
            "The Pellago photo app, which lets people share short clips, has drawn 5 million users since it "
            "launched in March 2021.",
            [("Pellago", "launch", "Pellago photo app", "actual", "March 2021")],
        ),
        (
            "Corvane Motors said its sales rose. The Corvane delivery van, which debuted in 2019, sells well.",
            [("Corvane Motors", "launch", "Corvane delivery van", "actual", "2019")],
        ),
        # a named product, the story's company its maker
        (
            "Tervo Electronics posted a profit on Monday. The Zephyr Max 4 launched in April in two countries.",
            [("Tervo Electronics", "launch", "Zephyr Max 4", "actual", "April 2022")],
        ),
        (
            "Quillon Foods said demand held up. Its frozen pizza line launched last year and sold 2 million boxes.",
            [("Quillon Foods", "launch", "frozen pizza line", "actual", "2021")],
        ),
    ],
)
def test_the_launched_thing_as_subject(nlp, text, expected):
    assert launches(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a company that starts up is founded, it launches no product
        "Kestrel Capital Partners launched in 2005 and now manages $3 billion.",
        # one common noun names no particular thing
        "Norbeck Bank said the fund launched in 1998 with $50 million.",
        # an action is no launched thing
        "Dunmore Bank said an inquiry launched in May into the trades.",
        # "it" for a company
        "Ambrel Systems has doubled its staff since it launched in 2015.",
        # a person who starts out
        "Brindle Foods said its new chief executive, Ann Lee, launched in retail in 1990.",
    ],
)
def test_no_launch_of_a_party_or_a_vague_thing(nlp, text):
    assert launches(nlp, text) == []
