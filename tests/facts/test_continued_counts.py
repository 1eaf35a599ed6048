"""A bare count that goes on with the count told just before it (continued_counts.py, docs/DECISIONS.md
"Continued counts"). Stories written for these tests, invented names."""

import pytest

from tests.facts.surface_facts import facts_of


def counts_of(nlp, text: str, surface: str):
    found = facts_of(nlp, text, title="Company news", published="2012-05-09")
    return [f for f in found if f.value is not None and f.value.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface", "subject", "counted"),
    [
        (
            "Quillby Foods shut 35 of its bakeries in the spring and another 18 over the summer.",
            "18",
            "Quillby Foods",
            "bakery",
        ),
        (
            "Marrow Telecom signed up 640,000 subscribers in the period to reach 7.2 million overall.",
            "7.2 million",
            "Marrow Telecom",
            "subscriber",
        ),
        (
            "Tessaly Motors employs about 81,000 workers worldwide. Some 23,000 of them are based in Mexico.",
            "23,000",
            "Tessaly Motors",
            "worker",
        ),
        (
            "Brindle Airways flew 4.1 million passengers in April. Analysts had looked for 3.9 million.",
            "3.9 million",
            "Brindle Airways",
            "passenger",
        ),
    ],
)
def test_a_bare_count_counts_what_the_count_before_counts(nlp, text, surface, subject, counted):
    facts = counts_of(nlp, text, surface)
    assert [(f.subject, f.value.counted) for f in facts] == [(subject, counted)]


@pytest.mark.parametrize(
    ("text", "surface", "counted"),
    [
        ("Orvane Bank cut 900 jobs last year, said its chairman Peter Hollis, 61.", "61", "job"),
        ("Galder Aero hired 300 engineers this year and will build the 40 Kestrel XT jets in Ohio.", "40", "engineer"),
        ("Corvo Mining dug 2 million tonnes of ore. Ranked 3 in the sector, it plans more.", "3", "tonne"),
        ("Delmont Air flew 3.4 million passengers in May, while its rival flew 2.9 million.", "2.9 million", None),
        ("Alden Foods hired 1,200 people in 2011, while Bexley Brands hired 700.", "700", "people"),
        ("Kavel Ports handled 3,200 ships in May; at the Dorn terminal they fell to 2,900.", "2,900", "ship"),
    ],
)
def test_no_count_goes_on_to_an_age_a_name_a_rank_or_another_holder(nlp, text, surface, counted):
    """An age beside a person, a number before a name, a number of another size, a number whose own clause
    has a holder of its own, and one after a semicolon do not take the count before (nor its holder)."""
    facts = counts_of(nlp, text, surface)
    assert not [f for f in facts if f.value.counted in (counted, "passenger") and f.subject != "Bexley Brands"]


@pytest.mark.parametrize(
    "text",
    [
        "Pelham Stores plans to shut 60 of its outlets, adding to 25 already closed this year.",
        "Pelham Stores will close 60 more outlets by June, following 25 already shut since January.",
        "Pelham Stores is to shut 60 of its outlets, in addition to 25 already sold to a rival.",
    ],
)
def test_a_count_told_done_already_is_actual(nlp, text):
    facts = counts_of(nlp, text, "25")
    assert facts and all(f.modality == "actual" and f.value.counted == "outlet" for f in facts)
