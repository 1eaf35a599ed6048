"""Events: the passive voice, a merger partner after "with", and a product name the recognizer missed.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2019, 8, 14)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Foods Inc said on Monday it has agreed to be acquired by Marlow Dairy Co.",
            ("Marlow Dairy", "acquisition", "Kestrel Foods"),
        ),
        (
            "Harlan Radio Inc was bought by Pollard Media Corp in 2015.",
            ("Pollard Media", "acquisition", "Harlan Radio"),
        ),
        (
            "Ostler Corp will be acquired by Brisco Holdings Ltd, the companies said.",
            ("Brisco Holdings", "acquisition", "Ostler"),
        ),
    ],
)
def test_the_agent_of_a_passive_event_verb_does_the_event(nlp, text, event):
    assert event in events_of(nlp, text)


def test_a_passive_event_without_a_named_agent_is_no_event(nlp):
    assert events_of(nlp, "Harlan Radio Inc was bought by investors in 2015.") == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kestrel Foods Inc agreed to merge with Marlow Dairy Co.", ("Kestrel Foods", "merger", "Marlow Dairy")),
        (
            "Ostler Corp plans to merge with rival Brisco Holdings Ltd next year.",
            ("Ostler", "merger", "Brisco Holdings"),
        ),
        ("Harlan Radio Inc merged with Pollard Media Corp in 2015.", ("Harlan Radio", "merger", "Pollard Media")),
    ],
)
def test_a_merger_partner_follows_with(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Kestrel Foods Inc released its Volta X2 electric truck in May.", ("Kestrel Foods", "release", "Volta X2")),
        ("Ostler Corp launched its Nimbus Pro tablet in March.", ("Ostler", "launch", "Nimbus Pro")),
        ("Brisco Holdings Ltd released the Orca 7 drone last week.", ("Brisco Holdings", "release", "Orca 7")),
    ],
)
def test_capitalized_words_before_the_launched_noun_name_the_product(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Foods Inc launched a Chinese version of its app.",
        # "launched a new savings account" is now a launch of "savings account" (round 13: the gold names such
        # objects, tests/facts/test_event_unnamed_launches.py); a thing the text does not single out stays none
        "Kestrel Foods Inc launched new accounts.",
        "Ostler Corp released its 2018 annual report.",
    ],
)
def test_no_product_without_a_name(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] in ("launch", "release")] == []


@pytest.mark.parametrize(
    ("text", "event", "reversed_event"),
    [
        (
            "Besides its planned Tamsin Bank acquisition, Orvel Energy Corp is hunting for smaller lenders.",
            ("Orvel Energy", "acquisition", "Tamsin Bank"),
            ("Tamsin Bank", "acquisition", "Orvel Energy"),
        ),
        (
            "Harmon Feeds Corp said its Calder Bank takeover would save $40 million a year.",
            ("Harmon Feeds", "acquisition", "Calder Bank"),
            ("Calder Bank", "acquisition", "Harmon Feeds"),
        ),
        (
            "Analysts praised Brisco Rail Inc's Velmont Chemicals purchase, which doubled its freight volume.",
            ("Brisco Rail", "acquisition", "Velmont Chemicals"),
            ("Velmont Chemicals", "acquisition", "Brisco Rail"),
        ),
    ],
)
def test_a_name_compounded_between_the_possessor_and_a_deal_noun_is_what_the_possessor_buys(
    nlp, text, event, reversed_event
):
    found = events_of(nlp, text)
    assert event in found
    assert reversed_event not in found


def test_a_by_phrase_after_a_possessed_deal_noun_still_names_the_buyer(nlp):
    found = events_of(nlp, "Kessel Marine Corp backed its proposed takeover by Drayton Capital LLC on Monday.")
    assert ("Drayton Capital", "acquisition", "Kessel Marine") in found
