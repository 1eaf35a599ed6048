"""A person who offers, bids, buys or holds is the subject of that deal's figures (FACTS.md: a deal's price is the
bidder's), not the company the story is about (facts/person_dealers.py). Stories written for these tests, with
invented people and companies."""

import pytest

from tests.facts.surface_facts import subject_in

TARGET = "Harlow Mills Inc said on Tuesday its directors would study any approach for the flour miller. "


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the person is the subject of the verb of offering
            TARGET + "Activist investor Tobias Wren offered roughly $31 a share in cash for the whole company.",
            "$31",
            "Tobias Wren",
        ),
        (  # the part of the company a person bids for
            TARGET + "Tobias Wren bids $29.50 per share for 40 percent of Harlow Mills, a filing showed.",
            "40 percent",
            "Tobias Wren",
        ),
        (  # the person's own deal noun, "her", with the person as the clause's subject
            TARGET + "Grace Ibarra secured the backing of lenders on Friday for her $3.1 billion bid for the miller.",
            "$3.1 billion",
            "Grace Ibarra",
        ),
        (  # a raised bid: a verb of raising whose object is a bid
            TARGET + "Grace Ibarra sweetened her proposal to $33.25 a share late on Wednesday.",
            "$33.25",
            "Grace Ibarra",
        ),
        (  # a verb of owning
            TARGET + "Buyout financier Anders Holm already holds about 6.2 percent of Harlow Mills, he said.",
            "6.2 percent",
            "Anders Holm",
        ),
    ],
)
def test_a_person_who_deals_holds_the_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject


@pytest.mark.parametrize(
    ("text", "surface", "subject"),
    [
        (  # the company offers; its chief only speaks
            TARGET + "Chief Executive Nora Pike said Brackwell Foods offered $27 a share for Harlow Mills.",
            "$27",
            "Brackwell Foods",
        ),
        (  # the pronoun's clause names a company as its subject: "his" never reaches a person named earlier
            TARGET + "Tobias Wren has long pushed for a sale. Brackwell Foods told its bankers on Monday that its "
            "$2.6 billion offer for Harlow Mills was final.",
            "$2.6 billion",
            "Brackwell Foods",
        ),
    ],
)
def test_a_company_that_deals_keeps_the_figure(nlp, text: str, surface: str, subject: str) -> None:
    assert subject_in(nlp, text, surface) == subject
