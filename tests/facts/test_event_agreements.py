"""Agreements with a named partner (facts/events_agreements.py): a verb of agreeing whose object is an
agreement noun, with the partner in a "with" phrase; the predicate is the noun with the words of its kind. An
agreement to make a deal is that deal, one to do anything else stays an agreement; a denied, supposed or only
sought one, one with no named partner, and one whose doer is no organization are none. Sentences written for
these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2012, 5, 9)
AGREEMENT_HEADS = ("deal", "agreement", "pact", "accord", "contract", "memorandum")


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED, ("subject", "predicate", "object", "modality"))


def agreements_of(nlp, text):
    return [e for e in events_of(nlp, text) if e[1].endswith(AGREEMENT_HEADS)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ostler Inc signed a supply deal with Vantor Motors on Tuesday.",
            ("Ostler", "supply deal", "Vantor Motors", "actual"),
        ),
        (
            "Quillby Corp struck a patent-licensing deal with Dorn Audio Inc that lets both firms use each other's "
            "codecs.",
            ("Quillby", "patent-licensing deal", "Dorn Audio", "actual"),
        ),
        (
            "Pellworth Air signed a five-year licensing agreement with Halden Media.",
            ("Pellworth Air", "licensing agreement", "Halden Media", "actual"),
        ),
        (
            "Marlow Foods entered into a marketing agreement with Tessaly Group in March.",
            ("Marlow Foods", "marketing agreement", "Tessaly Group", "actual"),
        ),
        (
            "In May, Vantor Motors inked a memorandum of understanding with Pellworth Air for joint battery tests.",
            ("Vantor Motors", "memorandum", "Pellworth Air", "actual"),
        ),
        (
            "Halvern Group aims to sign a framework agreement with Pellam Inc before its fiscal year ends.",
            ("Halvern Group", "framework agreement", "Pellam", "target"),
        ),
    ],
)
def test_an_agreement_signed_with_a_named_partner(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "To haul its furniture, Brisco Stores has sealed an accord worth about $60 million with Vantor Corp.",
            ("Brisco Stores", "accord", "Vantor", "actual"),
        ),
        (
            "Corvel Inc inked a contract worth roughly $3 billion over ten years with Dorn Audio Inc.",
            ("Corvel", "contract", "Dorn Audio", "actual"),
        ),
        (
            "Halvern Group sealed a ten-year supply contract worth $400 million with Norvale Foods.",
            ("Halvern Group", "supply contract", "Norvale Foods", "actual"),
        ),
    ],
)
def test_the_partner_after_the_amount_of_the_agreement(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Corvel Inc signed a deal with its unions on Monday.",
        "Norvale Corp has not signed a deal with Ostrow Inc.",
        "Brisco Bank hopes to strike a supply deal with Halden Capital before June.",
        "The storm struck Brandt Corp's main plant in Ohio.",
        "After a night of talks, the ministers reached a loan deal with the Halden Fund.",
        "After weeks of talks Ostrow Inc reached a deal with Kestrel Inc's creditors.",
        "Norvale Foods signed a wage pact with Tessaly Mills' unions.",
        "Brisco Bank struck a deal with Halden Capital's bondholders on Friday.",
    ],
)
def test_no_agreement_without_one_made_with_a_named_partner(nlp, text):
    assert agreements_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Corp makes steel in Ohio. Prime Minister Ann Lee signed a trade deal with Kestrel Inc on Monday.",
        "Brandt Corp makes steel in Ohio. Governor Tom Wills reached a tax accord with Kestrel Inc last week.",
        "Brandt Corp makes steel in Ohio. Senator Joan Ravel struck a deal with Kestrel Inc over the new plant.",
    ],
)
def test_an_agreement_made_by_someone_else_is_not_the_story_company(nlp, text):
    assert [e for e in agreements_of(nlp, text) if e[0] == "Brandt"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Brandt Corp makes steel in Ohio. Brandt Corp signed a trade deal with Kestrel Inc on Monday.",
        "Brandt Corp makes steel in Ohio. On Monday it reached a tax accord with Kestrel Inc.",
        "Brandt Corp makes steel in Ohio. The steelmaker struck a deal with Kestrel Inc over the new plant.",
    ],
)
def test_the_story_company_or_its_anaphor_makes_its_own_agreement(nlp, text):
    """The control of the rows above: the same stories with the company (or "it", "the steelmaker") as the doer."""
    assert [e for e in agreements_of(nlp, text) if e[0] == "Brandt" and e[2] == "Kestrel"]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Brandt Corp reached an agreement with Kestrel Foods to buy Alder Dairy for $40 million.", "Alder Dairy"),
        ("Ostrow Inc struck a deal with Pellam Group to acquire Birch Mills.", "Birch Mills"),
        ("Quillby Corp signed an agreement with its lenders to sell Cedar Software.", "Cedar Software"),
    ],
)
def test_an_agreement_to_make_a_deal_is_that_deal(nlp, text, target):
    events = events_of(nlp, text)
    assert [e for e in events if e[1] in ("acquisition", "sale") and e[2] == target]
    assert [e for e in events if e[1].endswith(AGREEMENT_HEADS)] == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Ostler Inc signed an agreement with Vantor Motors to open 40 repair shops in Freedonia.",
            ("Ostler", "agreement", "Vantor Motors", "actual"),
        ),
        (
            "Pellam Corp struck a deal with Dorn Audio Inc to launch a speaker line next year.",
            ("Pellam", "deal", "Dorn Audio", "actual"),
        ),
        (
            "Halvern Group reached an accord with Tessaly Mills to hire 300 apprentices.",
            ("Halvern Group", "accord", "Tessaly Mills", "actual"),
        ),
    ],
)
def test_an_agreement_to_do_anything_else_stays(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Norvale Foods struck a deal with Pellam Inc to buyout the rest of Alder Dairy for $12 million.",
        "Corvel Group signed an accord with Tessaly Mills to buyout Birch Mills next year.",
        "Tessaly Mills signed a pact with Corvel Group on Monday to sell it Birch Farms.",
    ],
)
def test_a_deal_clause_hung_on_the_verb_gives_no_separate_agreement(nlp, text):
    """The parse hangs "to buyout/sell ..." on the verb, not on the agreement noun: the agreement is still the deal's
    wording, not an agreement of its own. (The deal itself is not read from such a clause yet.)"""
    assert agreements_of(nlp, text) == []
