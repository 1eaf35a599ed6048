"""The time of a decision does not date what was decided (periods39): a past phrase on the verb of agreeing,
approving or saying ("agreed in February to", "approved in May a plan to", "offered it to bidders in July and said
it might fetch") gives the target in the clause below it no period (FACTS.md: a target takes the period in which it
is expected). A phrase in the target's own clause, or a period of the event itself, still dates it."""

import datetime as dt

import pytest

from extractor import extract

D = dt.date
PUBLISHED = D(2011, 3, 15)
STORY = " date 2011-03-15 {title}\n\nLONDON (Reuters) - {lead}\n\n{body}\n"


def dated(title: str, lead: str, body: str, surface: str) -> tuple | None:
    facts = extract(STORY.format(title=title, lead=lead, body=body), published=PUBLISHED)
    found = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert found, [(f.predicate, f.value and f.value.surface) for f in facts]
    assert found[0].modality == "target"
    period = found[0].period
    return (period.start, period.end) if period is not None else None


@pytest.mark.parametrize(
    ("title", "lead", "body", "surface"),
    [
        (
            "Corvane Bank buyback",
            "Corvane Bank Plc said on Tuesday its profit rose.",
            "In February the Corvane directors approved a scheme to repurchase roughly $4 billion of stock.",
            "$4 billion",
        ),
        (
            "Tin producers cut supply",
            "The Fenwick Group of tin producers met on Tuesday.",
            "The Fenwick Group agreed in February to cut output by 20,000 tonnes a year.",
            "20,000 tonnes",
        ),
        (
            "Harlow Chemicals sale",
            "Harlow Chemicals Plc is in talks with buyers, sources said on Tuesday.",
            "Harlow offered its resins arm to bidders in January and said then that it might fetch $800 million.",
            "$800 million",
        ),
        (
            "Ostmark central bank",
            "The Ostmark central bank kept rates on hold on Tuesday.",
            "The Ostmark central bank in February decided to raise its inflation target to 3 percent.",
            "3 percent",
        ),
    ],
)
def test_the_time_of_the_decision_gives_the_target_no_period(title, lead, body, surface):
    assert dated(title, lead, body, surface) is None


@pytest.mark.parametrize(
    ("title", "lead", "body", "surface", "period"),
    [
        # near-misses: the target's own clause names its period; the phrase dates the event the target is of
        (
            "Tin producers cut supply",
            "The Fenwick Group of tin producers met on Tuesday.",
            "The Fenwick Group agreed in February to cut output by 20,000 tonnes in 2012.",
            "20,000 tonnes",
            (D(2012, 1, 1), D(2012, 12, 31)),
        ),
        (
            "Marrick Stores sales",
            "Marrick Stores Plc said on Tuesday its fourth-quarter profit fell.",
            "Fourth-quarter 2010 same-store sales were flat, short of the chain's target of a 2 percent rise.",
            "2 percent",
            (D(2010, 10, 1), D(2010, 12, 31)),
        ),
    ],
)
def test_a_period_of_the_target_itself_still_dates_it(title, lead, body, surface, period):
    assert dated(title, lead, body, surface) == period
