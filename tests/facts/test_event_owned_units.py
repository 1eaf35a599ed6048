"""What a deal acts on when its object is a part of a company named through its owner, and when it is people.
A part named by what it does or where it works, then by its owner in an of-phrase ("the PC arm of X"), is the
object as written, not the owner; a deal verb acting on a person or a body of people ("a shareholder of X",
"X's entire team") acquires no company; a deal dated before the story's year is not "the deal" a later
sentence expects to close. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def deals(nlp, text, predicate="acquisition"):
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == predicate]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Holdings bought the software arm of Brandt Electronics for $400 million.",
            [("Kestrel Holdings", "software arm of Brandt Electronics")],
        ),
        (
            "Orrin Capital purchased the European operations of the Halvern Group in 2019.",
            [("Orrin Capital", "European operations of the Halvern Group")],
        ),
        (
            "Mirova Telecom agreed to acquire the consumer lending unit of Dace Bank.",
            [("Mirova Telecom", "consumer lending unit of Dace Bank")],
        ),
        (
            "Kestrel Holdings bought the $1 billion software unit of Brandt Electronics.",
            [("Kestrel Holdings", "software unit of Brandt Electronics")],
        ),
        (
            "Analysts said Tessel Corp's acquisition of the Asian division of Brenton Steel lifted its sales.",
            [("Tessel", "Asian division of Brenton Steel")],
        ),
    ],
)
def test_a_part_named_through_its_owner_is_the_object(nlp, text, expected):
    assert deals(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of one of several, or a part named by nothing: the owner stays the object
        (
            "Kestrel Holdings bought a unit of Brandt Electronics for $400 million.",
            [("Kestrel Holdings", "Brandt Electronics")],
        ),
        ("Orrin Capital purchased 40 percent of Halvern Group in 2019.", [("Orrin Capital", "Halvern Group")]),
        # a possessed part keeps the possessive form it already had
        (
            "Mirova Telecom agreed to acquire Dace Bank's consumer lending unit.",
            [("Mirova Telecom", "Dace Bank's consumer lending unit")],
        ),
    ],
)
def test_other_objects_are_unchanged(nlp, text, expected):
    assert deals(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Holdings will acquire Brandt Software's entire team.",
        "Orrin Capital agreed to buy out a big shareholder of Halvern Group.",
        "Mirova Telecom agreed to buy out two founders of Dace Apps for $30 million.",
        "Vexa Labs said it would acquire the whole design team of Quill Studios.",
    ],
)
def test_people_bought_are_no_acquisition_of_their_company(nlp, text):
    assert deals(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near-misses: a company bought from its shareholders, a company whose staff is mentioned elsewhere
        (
            "Kestrel Holdings bought Brandt Software from its shareholders for $30 million.",
            [("Kestrel Holdings", "Brandt Software")],
        ),
        (
            "Orrin Capital acquired Halvern Group, whose staff will move to Boston.",
            [("Orrin Capital", "Halvern Group")],
        ),
        # a team a name calls so is a club
        (
            "Kestrel Holdings took a minority stake in the Brandt Rovers football team.",
            [("Kestrel Holdings", "Brandt Rovers")],
        ),
    ],
)
def test_a_company_bought_beside_people_is_still_acquired(nlp, text, expected):
    assert deals(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Holdings agreed to buy Brandt Software for $2 billion. Dace Networks, which Kestrel Holdings "
        "bought in 2016, grew quickly. The deal is expected to close in June.",
        "Kestrel Holdings agreed to buy Brandt Software for $2 billion. In 2016, Kestrel Holdings bought Mirova "
        "Telecom. The deal is expected to close in June.",
        "Orrin Capital will acquire Halvern Group for $900 million. Orrin Capital bought Dace Bank in 2015. "
        "The transaction is expected to close by the end of the year.",
    ],
)
def test_a_deal_done_years_ago_is_not_the_deal_to_close(nlp, text):
    completions = deals(nlp, text, "deal completion")
    assert completions and all(target in ("Brandt Software", "Halvern Group") for _, target in completions)


def test_a_deal_agreed_months_ago_is_still_the_deal_to_close(nlp):
    text = (
        "Kestrel Holdings agreed in December to buy Brandt Software for $2 billion. "
        "The deal is expected to close in June."
    )
    assert deals(nlp, text, "deal completion") == [("Kestrel Holdings", "Brandt Software")]
