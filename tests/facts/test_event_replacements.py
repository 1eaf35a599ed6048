"""A named person replacing another named person is the newcomer's appointment ("Lee has been replaced by
Chen", "Kestrel replaced its chief executive with her deputy"); things replaced, unnamed newcomers and
replacements only weighed give none. Sentences written for these tests with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2022, 6, 14)


def appointments(nlp, text):
    return [
        (f.subject, f.object, f.modality)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "appointment"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # passive, the newcomer in the by-phrase
        (
            "Halvorsen Freight Inc said on Monday that its finance chief, Dara Quill, has been replaced by "
            "Tomas Brek, who ran the company's Asian business since 2015.",
            ("Halvorsen Freight", "Tomas Brek", "actual"),
        ),
        (
            "Chief Executive Ilse Varga of Pennock Mills Corp was replaced by operations head Ravi Doshi in "
            "April after three years of falling sales.",
            ("Pennock Mills", "Ravi Doshi", "actual"),
        ),
        (
            "Ostrava Cement's longtime chairman, Piet Haller, stepped down last week, replaced by former "
            "board member Noor Saleh, the company said.",
            ("Ostrava Cement", "Noor Saleh", "actual"),
        ),
        # the organization replaces one person with another
        (
            "Lindqvist Bank AB unexpectedly replaced Chief Executive Mara Olsen with her deputy, Jonas Rye, "
            "earlier this month after a string of trading losses.",
            ("Lindqvist Bank", "Jonas Rye", "actual"),
        ),
        (
            "Last year Corbel Foods Inc replaced its chief operating officer, Evan Hart, with Lucia Mendez, "
            "a veteran of its snacks unit.",
            ("Corbel Foods", "Lucia Mendez", "actual"),
        ),
        # active, with no "as" phrase: the post is the replaced person's
        (
            "A Dunmore Steelworks spokeswoman confirmed that Gail Ferris had left and that Omar Lutz will "
            "replace Ferris.",
            ("Dunmore Steelworks", "Omar Lutz", "target"),
        ),
        (
            "Tarrow Capital Group said Nils Ek, its head of credit trading, succeeded Chief Risk Officer "
            "Paula Ines on Friday.",
            ("Tarrow Capital Group", "Nils Ek", "actual"),
        ),
    ],
)
def test_a_named_person_replacing_another_is_appointed(nlp, text, expected):
    assert expected in appointments(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # things replaced, an unnamed newcomer, a prospect, a denial, a condition
        "Halvorsen Freight Inc replaced its aging fleet of trucks with electric vans last year.",
        "Pennock Mills Corp said Chief Executive Ilse Varga will be replaced by an outsider later this year.",
        "Kai Moreno is the favourite to succeed Chairman Piet Haller at Ostrava Cement, analysts say.",
        "Lindqvist Bank AB said it has not replaced Chief Executive Mara Olsen and has no plans to do so.",
        "Analysts said Jonas Rye could replace Mara Olsen at Lindqvist Bank AB if the losses continue.",
        "The new accord between Corbel Foods Inc and Tarrow Capital replaced a 2015 agreement on supplies.",
    ],
)
def test_no_named_replacement_no_appointment(nlp, text):
    assert appointments(nlp, text) == []


# second probe, written after the rule and before running it: new wordings
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brisco Tools Inc said its president, Wen Hollis, who had led the company since 2009, was replaced "
            "on Friday by Marta Quist, head of its European arm.",
            ("Brisco Tools", "Marta Quist", "actual", "2022-06-10"),
        ),
        pytest.param(
            "Varnel Shipping's chairman, Idris Coyle, quit in March and was replaced by Selma Rhee, a former "
            "regulator, the company said.",
            ("Varnel Shipping", "Selma Rhee", "actual", None),
            marks=pytest.mark.xfail(
                strict=True, reason="the date of the first of two joined verbs also dates the replacement today"
            ),
        ),
        (
            "Kendal Mutual Co is set to replace Chief Financial Officer Bram Otto with Yuki Sato next month, "
            "two people familiar with the matter said.",
            ("Kendal Mutual", "Yuki Sato", "target", "2022-07-01"),
        ),
        (
            "Fenwick Retail Group said on Tuesday that Ada Pryce, who joined the chain in 2012, succeeded "
            "Chief Executive Lars Brandt, who retired.",
            ("Fenwick Retail Group", "Ada Pryce", "actual", None),  # the saying's day is not the event's
        ),
    ],
)
def test_replacements_in_other_wordings(nlp, text, expected):
    got = [
        (f.subject, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event" and f.predicate == "appointment"
    ]
    assert expected in got


@pytest.mark.parametrize(
    "text",
    [
        "Selma Rhee pulled out on Monday from the race to succeed Varnel Shipping chairman Idris Coyle.",
        "Brisco Tools Inc hired a search firm to find someone to replace its president, Wen Hollis.",
        "Kendal Mutual Co may replace Chief Financial Officer Bram Otto with Yuki Sato, a newspaper said.",
    ],
)
def test_prospective_replacements_appoint_no_one(nlp, text):
    assert appointments(nlp, text) == []
