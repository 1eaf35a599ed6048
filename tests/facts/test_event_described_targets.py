"""A company a deal verb acts on written only by a description: "the company", "the resort operator" as the object
of an active acquiring verb stands for the organization the description refers to (FACTS.md resolves "the
company" for an object as for a subject), never the buyer itself; a description that would be the buyer
stands for the story's own company when that is another. Invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)
LEAD = "Lumo Hotels Inc said on Friday its revenue rose 4 percent to $900 million in the fourth quarter. "


def deals(nlp, text):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return [(f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == "acquisition"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brandt Capital acquired the resort operator in May 2017 for $6 billion.",
            [("Brandt Capital", "Lumo Hotels")],
        ),
        ("Private equity firm Orrin Partners purchased the company in 2016.", [("Orrin Partners", "Lumo Hotels")]),
        (
            "Its owner, Halvern Capital, which acquired the chain four years ago, plans to list it.",
            [("Halvern Capital", "Lumo Hotels")],
        ),
        (
            "The stake was sold by the founders, who had agreed last year to let Vexa Group buy the business.",
            [("Vexa Group", "Lumo Hotels")],
        ),
    ],
)
def test_a_described_company_bought_is_the_company_it_stands_for(nlp, text, expected):
    assert deals(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the company issued, many companies, or an indefinite one: no company of the story is named
        "Brandt Capital bought the company's bonds in 2017.",
        "Brandt Capital bought the companies in 2017.",
        "Brandt Capital acquired a resort operator in 2017.",
        # nothing done: a plan denied, an offer only
        "Brandt Capital has no plans to buy the company.",
        # no doer written: who bought is not the story's company by default
        "The resort operator was acquired in 2017.",
    ],
)
def test_no_described_company_bought(nlp, text):
    assert deals(nlp, text) == []


def test_the_buyer_never_buys_itself(nlp):
    text = "Lumo Hotels acquired the resort operator in 2017 for $2 billion."
    assert deals(nlp, text) == []


BUYER_LEAD = "Brandt Capital Partners said on Friday it raised $2 billion for its new buyout fund. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brandt Capital will refinance the loans of Lumo Hotels this year. "
            "The buyout firm acquired the resort operator in 2018 for $4 billion.",
            [("Brandt Capital Partners", "Lumo Hotels")],
        ),
        (
            "Brandt Capital owns Vexa Foods, a snack maker. It acquired the company in 2015 for $900 million.",
            [("Brandt Capital Partners", "Vexa Foods")],
        ),
        # the sentence before names two other organizations: which one was bought is not told
        (
            "Brandt Capital hired Orrin Bank to sell Vexa Foods. The firm bought the company in 2015.",
            [],
        ),
    ],
)
def test_in_the_buyers_story_the_description_is_the_other_party_before(nlp, text, expected):
    facts = extract(BUYER_LEAD + text, published=PUBLISHED, nlp=nlp)
    found = [(f.subject, f.object) for f in facts if f.kind == "event" and f.predicate == "acquisition"]
    assert found == expected


def test_a_stake_in_the_described_company_is_no_takeover_of_it(nlp):
    text = "After its restructuring in 2019, Orrin Bank acquired a majority stake in the company."
    assert deals(nlp, text) == []


def test_a_described_fund_merged_is_no_takeover(nlp):
    text = (
        "Kestrel Funds said on Friday its Asia fund lost 3 percent. "
        "The Kestrel Asia Fund asked its holders to back folding the fund into the Orrin Growth Fund."
    )
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    assert [f.object for f in facts if f.kind == "event" and f.predicate == "merger"] in ([], ["Orrin Growth Fund"])
