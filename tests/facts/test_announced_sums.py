"""A sum that a verb of announcing takes as object, "in"/"of" a planned action or a programme of buying or spending,
is the size of the announcer's plan: its target (`announced_plans._announced_sum`, round 29); so is a count of
actions in the "including" phrase of what it announces, and a sum set before an announced programme's noun. A sum
of results announced, or of savings a past clause tells as achieved, stays actual. Sentences written for these
tests, invented names and figures."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2024, 3, 14)
OPENING = "Norvale Corp news.\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "The Ostland Reserve Bank on Monday unveiled 90 billion crowns of bond purchases to lower rates.",
            9e10,
            "target",
        ),
        (
            "Norvale Corp has announced 450 million pounds worth of savings, including 600 branch closures.",
            4.5e8,
            "target",
        ),
        (
            "Norvale Corp has announced 450 million pounds worth of savings, including 600 branch closures.",
            600,
            "target",
        ),
        ("Norvale Corp unveiled $750 million of new investment in its plants on Tuesday.", 7.5e8, "target"),
        ("Norvale Corp announced a $2 billion share buyback.", 2e9, "target"),
        # near-misses: results announced, savings already made
        ("Norvale Corp announced $2 billion in sales for the quarter.", 2e9, "actual"),
        ("Norvale Corp announced $2 billion in savings it achieved last year.", 2e9, "actual"),
        ("Norvale Corp announced revenue of $2 billion in the first quarter.", 2e9, "actual"),
        # one deal's price: no programme
        ("Brindle Bank announced the 900 million euro purchase of Ostrander Insurance on Tuesday.", 9e8, "actual"),
        ("Velmont Steel announced a $700 million acquisition last week.", 7e8, "actual"),
        ("Velmont Steel unveiled a 300 million pound investment in Orvane Tools.", 3e8, "actual"),
        # a programme a later clause tells as carried out
        (
            "The Ostland Reserve Bank announced 40 billion crowns of bond purchases in 2022, which it completed in "
            "May.",
            4e10,
            "actual",
        ),
    ],
)
def test_an_announced_sum_of_a_programme_is_a_target(nlp, text, amount, expected):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == expected
