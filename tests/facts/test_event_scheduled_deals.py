"""Deals set for later (facts/events_common.event_fact): a deal verb under a word of scheduling ("is set to",
"is poised to", "is due to") or dated in a period that starts after the story is the doer's plan (target), not
done; a completion names the deal's partner by its with-phrase. Sentences written for these tests, with invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2010, 11, 25)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED, ("subject", "predicate", "object", "modality"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Corp, which is now set to merge with Kestrel Bank in 2014, kept its dividend.",
            ("Brandt", "merger", "Kestrel Bank", "target"),
        ),
        (
            "Brandt Corp is set to acquire Kestrel Foods next year.",
            ("Brandt", "acquisition", "Kestrel Foods", "target"),
        ),
        ("Halvern Group is poised to buy Ostrow Mills.", ("Halvern Group", "acquisition", "Ostrow Mills", "target")),
        (
            "Norvale Foods Inc is due to complete its merger with Brisco Holdings in 2011.",
            ("Norvale Foods", "deal completion", "Brisco Holdings", "target"),
        ),
    ],
)
def test_a_scheduled_deal_is_a_plan(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Brandt Corp bought Kestrel Foods in 2009.", ("Brandt", "acquisition", "Kestrel Foods", "actual")),
        ("Halvern Group acquired Ostrow Mills last year.", ("Halvern Group", "acquisition", "Ostrow Mills", "actual")),
        (
            "Corvel Group completed its merger with Tessaly Holdings Inc in March.",
            ("Corvel Group", "deal completion", "Tessaly Holdings", "actual"),
        ),
    ],
)
def test_a_deal_done_stays_actual(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Brandt Corp acquires Kestrel Foods in March 2011, under the terms it agreed.",
            ("Brandt", "acquisition", "Kestrel Foods", "target"),
        ),
        (
            "Pellam Inc's purchase of Tessaly Foods, due in February 2011, needs approval.",
            ("Pellam", "acquisition", "Tessaly Foods", "target"),
        ),
        ("Corvel Group sells Birch Mills to Norvale Foods in 2012.", ("Corvel Group", "sale", "Birch Mills", "target")),
        (
            "Corvel Group completes its merger with Tessaly Holdings Inc in January 2011.",
            ("Corvel Group", "deal completion", "Tessaly Holdings", "target"),
        ),
    ],
)
def test_a_deal_dated_after_the_story_is_a_plan(nlp, text, event):
    assert event in events_of(nlp, text)
