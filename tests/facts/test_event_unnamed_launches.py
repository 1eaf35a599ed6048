"""A launch verb with a common-noun object is a launch of that thing, named by the noun and the words before it
("launched a rights issue" -> "rights issue"), when the clause names who launches; actions a launch verb starts
(probes, talks), vague objects, launches only called for, weighed or denied give none. Sentences written for
these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)


def launches(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate in ("launch", "introduction")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norbeck Bank launched a rights issue in March to shore up its capital after heavy trading losses.",
            [("Norbeck Bank", "launch", "rights issue", "actual", "March 2022")],
        ),
        (
            "The Central Bank of Valdoria introduced a mortgage lending cap last year to cool house prices.",
            [("Central Bank of Valdoria", "introduction", "mortgage lending cap", "actual", "2021")],
        ),
        (
            "Tervo Electronics plans to introduce foldable laptops next year, its chief executive said.",
            [("Tervo Electronics", "introduction", "foldable laptops", "target", "2023")],
        ),
        # a business named after a security is no debt issue
        (
            "Dunmore Bank plans to launch a bond insurer for city governments.",
            [("Dunmore Bank", "launch", "bond insurer", "target", None)],
        ),
        (
            "Kestrel Savings Bank launched a new savings account for children.",
            [("Kestrel Savings Bank", "launch", "savings account", "actual", None)],
        ),
        (
            "Quillon Foods unveiled a $40 million marketing campaign on Tuesday.",
            [("Quillon Foods", "launch", "marketing campaign", "actual", "Tuesday")],
        ),
        (
            "Ambrel Motors rolled out its new delivery vans and electric scooters in May.",
            [
                ("Ambrel Motors", "launch", "delivery vans", "actual", "May 2022"),
                ("Ambrel Motors", "launch", "electric scooters", "actual", "May 2022"),
            ],
        ),
        # a noun that counts what is launched stands for it
        (
            "Ostrava Savings Bank rolled out a series of small business loans in April.",
            [("Ostrava Savings Bank", "launch", "small business loans", "actual", "April 2022")],
        ),
    ],
)
def test_a_launched_common_noun_is_the_launched_thing(nlp, text, expected):
    assert launches(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # actions and processes a launch verb starts
        "Regulators in Valdoria launched a probe into Norbeck Bank's trading desk on Monday.",
        "Tervo Electronics and Ambrel Motors have launched talks to combine their battery units.",
        # a launch only called for, weighed or denied
        "Lawmakers rejected calls from unions to introduce a four-day working week.",
        "Quillon Foods is considering launching a snack brand in Asia.",
        "Tervo Electronics might introduce a cheaper tablet computer next year, analysts said.",
        "Ambrel Motors did not introduce a new model this year.",
        # no particular thing, or no doer written
        "Both carriers have launched such services in recent months.",
        "Ostrava Savings Bank launched new services for small firms last year.",
        "Introducing a tax on sugary drinks would hurt sales, analysts said.",
        # an activity, a change (a figure of its own)
        "Ambrel Motors launched production at its Ostrava plant in April.",
        "Norbeck Bank launched a $500 million bond offering on Monday to refinance its debt.",
        "Quillon Foods will introduce a second round of price cuts next week.",
    ],
)
def test_no_launch_of_an_action_a_wish_or_a_vague_thing(nlp, text):
    assert launches(nlp, text) == []
