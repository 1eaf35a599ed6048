"""The named buyer of a passive sale holds its price (`passive_buyers.passive_buyer`, the `passive_buyer` subject
candidate): in "Brindle Foods was bought by Kestrel for $2 billion" the sentence's subject is the company sold, but
FACTS.md gives a deal's price to the buyer. An unnamed buyer ("two buyout firms") leaves the price where it was, and
an active sale or a passive verb of another kind is not read.

Sentences written for these tests; organization names invented."""

import pytest

from tests.facts.surface_facts import fact_with_surface

PUBLISHED = "2016-02-17"
TITLE = "Brindle Foods names new chief"
LEAD = "NEW YORK (Reuters) - Brindle Foods Inc on Wednesday named a new chief executive from outside the company. "


def subject(nlp, text: str, surface: str) -> str | None:
    return fact_with_surface(nlp, LEAD + text, surface, title=TITLE, published=PUBLISHED).subject


@pytest.mark.parametrize(
    ("text", "surface", "buyer"),
    [
        (
            "Before its listing, Brindle Foods had been purchased by Kestrel Partners for $2.4 billion.",
            "$2.4 billion",
            "Kestrel",
        ),
        ("Brindle Foods was acquired by Kestrel Partners for $900 million in 2013.", "$900 million", "Kestrel"),
        (
            "Its old bakery unit, which was closed and later sold to Ardmoor Mills for $75 million, made bread.",
            "$75 million",
            "Ardmoor Mills",
        ),
    ],
)
def test_the_named_buyer_of_a_passive_sale_holds_its_price(nlp, text, surface, buyer):
    assert subject(nlp, text, surface).startswith(buyer)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Brindle Foods agreed last year to be acquired by two buyout firms for $2.4 billion.", "$2.4 billion"),
        ("Brindle Foods was fined by regulators for $3 million in unpaid levies.", "$3 million"),
        ("Brindle Foods sold its bakery unit for $75 million in 2014.", "$75 million"),
    ],
)
def test_an_unnamed_buyer_another_passive_or_an_active_sale_keeps_the_company(nlp, text, surface):
    assert subject(nlp, text, surface) == "Brindle Foods"
