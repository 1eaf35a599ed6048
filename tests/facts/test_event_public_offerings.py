"""First public offerings of shares: a named company that goes public, or that completes, launches or files for an
IPO, has an event named by the offering as written ("ipo", "initial public offering"; none for "went public"); an
offering only weighed, guessed, denied or done by unnamed firms gives none. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)  # a Friday


def offerings(nlp, text):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.subject, f.predicate, f.object, f.modality, str(f.period.start) if f.period else None)
        for f in facts
        if f.kind == "event" and ("offering" in f.predicate or "ipo" in f.predicate)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tarvin Robotics Inc went public in June 2019 and has since doubled its staff.",
            [("Tarvin Robotics", "initial public offering", "initial public offering", "actual", "2019-06-01")],
        ),
        (
            "Solvane Health, which went public last year, said its revenue rose.",
            [("Solvane Health", "initial public offering", "initial public offering", "actual", "2020-01-01")],
        ),
        (
            "Merrow Logistics completed an initial public offering in 2018, raising money for new depots.",
            [("Merrow Logistics", "initial public offering", "initial public offering", "actual", "2018-01-01")],
        ),
        (
            "Pellan Games Ltd filed for an IPO on Tuesday, according to a regulatory document.",
            [("Pellan Games", "ipo filing", "IPO", "actual", "2021-03-09")],
        ),
        (
            "Corvale Foods plans to go public next year, its chairman said.",
            [("Corvale Foods", "initial public offering", "initial public offering", "target", "2022-01-01")],
        ),
        (
            "Austen Mining launched an initial public offering on Monday to fund a new smelter.",
            [("Austen Mining", "initial public offering", "initial public offering", "actual", "2021-03-08")],
        ),
    ],
)
def test_a_named_company_going_public_is_an_offering_event(nlp, text, expected):
    assert offerings(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dorrit Motors is considering an initial public offering, people familiar with the plan said.",  # weighed
        "Dorrit Motors could go public next year, bankers said.",  # guessed
        "Dorrit Motors said it will not go public this year.",  # denied
        "Buyout firms that go public would pay a higher tax rate under the bill.",  # no named company
        "Dorrit Motors is preparing for its IPO, two sources said.",  # no offering stated as done or set
        "The IPO market was busy in 2019 as tech companies rushed to list.",  # the market, no offering
    ],
)
def test_an_offering_only_weighed_or_guessed_gives_none(nlp, text):
    assert offerings(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Our new fund manager came from Halvorn Data, a database firm that went public in 2017.",
            [("Halvorn Data", "initial public offering", "initial public offering", "actual", "2017-01-01")],
        ),
        (
            "Brisket Labs, a biotech group which went public last year, cut its research budget.",
            [("Brisket Labs", "initial public offering", "initial public offering", "actual", "2020-01-01")],
        ),
        (
            "Talks stalled at Wendmere Rail, the freight carrier that plans to go public next year.",
            [("Wendmere Rail", "initial public offering", "initial public offering", "target", "2022-01-01")],
        ),
        # the descriptor stands for the name beside it, not for the subject of the clause that holds it
        (
            "Pallister Capital took a stake in Morrow Genetics Inc, the drugmaker that went public in 2019.",
            [("Morrow Genetics", "initial public offering", "initial public offering", "actual", "2019-01-01")],
        ),
        # a descriptor summing up several names is each name's offering
        (
            "Corvane Inc and Lissop Corp, two chipmakers that went public in 2018, cut their prices.",
            [
                ("Corvane", "initial public offering", "initial public offering", "actual", "2018-01-01"),
                ("Lissop", "initial public offering", "initial public offering", "actual", "2018-01-01"),
            ],
        ),
    ],
)
def test_a_descriptor_in_apposition_stands_for_the_company_going_public(nlp, text, expected):
    """A relative clause on a common noun set beside a name ("X, a firm that went public") is about the name."""
    assert offerings(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She joined a database firm that went public in 2017.",  # no name beside the descriptor
        "He left Halvorn Data, a database firm whose rival went public in 2017.",  # the rival, unnamed, listed
    ],
)
def test_a_descriptor_without_a_name_or_of_another_company_gives_none(nlp, text):
    assert offerings(nlp, text) == []
