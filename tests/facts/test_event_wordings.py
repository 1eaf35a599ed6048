"""Events in other wordings: a phrasal deal verb ("took over X"), a deal reported with its price (agreed, so
actual, even under "would"), and a product named in apposition to the noun a launch acts on, whatever entity
label the recognizer gave it. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import events_in

PUBLISHED = dt.date(2019, 8, 14)


def events_of(nlp, text):
    return events_in(nlp, text, PUBLISHED, ("subject", "predicate", "object", "modality"))


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Fenwick Holdings took over rival Corvel Group last year.",
            ("Fenwick Holdings", "acquisition", "Corvel Group", "actual"),
        ),
        (
            "Marlow Dairy Co will take over Kestrel Foods Inc next spring, paying with its own stock.",
            ("Marlow Dairy", "acquisition", "Kestrel Foods", "target"),
        ),
        (
            "Brandt Bank was taken over by Halden Financial Corp in 2009.",
            ("Halden Financial", "acquisition", "Brandt Bank", "actual"),
        ),
    ],
)
def test_take_over_is_an_acquisition(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Moss took over responsibility for Brisco Inc's retail arm in May.",
        "Tom Hale will take over as CEO of Pellam Corp in March.",
        "Ostler Corp said the state had taken over supervision of the lender.",
    ],
)
def test_take_over_of_a_post_or_a_duty_is_no_acquisition(nlp, text):
    assert [e for e in events_of(nlp, text) if e[1] == "acquisition"] == []


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Acme Corp said on Monday it would buy Brindle Inc for $2 billion in cash.", "actual"),
        ("Halvern Corp said it would acquire Kellam Group for about $3 billion.", "actual"),
        ("Halvern Corp plans to acquire Kellam Group for about $3 billion.", "target"),
        ("Halvern Corp said it would acquire Kellam Group if regulators allow it.", "target"),
    ],
)
def test_a_deal_stated_with_its_price_is_agreed(nlp, text, modality):
    assert [e[3] for e in events_of(nlp, text) if e[1] == "acquisition"] == [modality]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Quillby Inc unveiled its new tablet, the Orbis Tab, at an event in San Francisco.",
            ("Quillby", "launch", "Orbis Tab", "actual"),
        ),
        (
            "Pellam Corp launched a new smartwatch, the Pellam Fit 3, in June.",
            ("Pellam", "launch", "Pellam Fit 3", "actual"),
        ),
        (
            "Dorn Audio Inc will release a wireless headset, the Tessa Pro, next spring.",
            ("Dorn Audio", "release", "Tessa Pro", "target"),
        ),
    ],
)
def test_a_name_in_apposition_to_a_launched_noun_is_the_product(nlp, text, event):
    assert event in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Zentor Inc on Tuesday unveiled the Vexa Note 8, its latest flagship phone.",
            ("Zentor", "launch", "Vexa Note 8", "actual"),
        ),
        (
            "A month after Zentor Inc shipped its phone, rival Orbis Corp released the Orbis 9.",
            ("Orbis", "release", "Orbis 9", "actual"),
        ),
        (
            "Halvern Systems Inc will launch Tessa Cloud 2 in Europe next quarter.",
            ("Halvern Systems", "launch", "Tessa Cloud 2", "target"),
        ),
    ],
)
def test_a_proper_noun_launched_is_the_product_with_its_number(nlp, text, event):
    assert event in events_of(nlp, text)


def test_a_relative_pronoun_stands_for_the_noun_right_before_its_comma(nlp):
    text = (
        "Ann Lee, a partner at the incubator Brisco Labs and a co-founder of Tessa Media, which Pellam Corp "
        "acquired in 2009, said the price was too high."
    )
    assert ("Pellam", "acquisition", "Tessa Media", "actual") in events_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        (
            "Kestrel Dental Inc has agreed to be acquired by Halden Capital Partners LLC, a private equity "
            "group, for about $2.3 billion, the clinic chain said.",
            ("Halden Capital Partners", "acquisition", "Kestrel Dental", "actual"),
        ),
        (
            "Brigham Tools Inc will be bought by a group led by Ostler Partners LLC, the toolmaker said.",
            ("Ostler Partners", "acquisition", "Brigham Tools", "target"),
        ),
        (
            "Dalby Foods Inc was acquired in 2015 by the buyout firm Corvel Equity Partners LLC.",
            ("Corvel Equity Partners", "acquisition", "Dalby Foods", "actual"),
        ),
    ],
)
def test_the_agent_phrase_names_the_buyer_inside_it(nlp, text, event):
    assert event in events_of(nlp, text)
