"""What people outside a company say or fear it will do is their forecast, not its target: market participants
and counterparts ("traders said", "a union leader said"), and anyone who fears or believes it (modality_tellers
`outsider`, belief verbs). The company's own officers still tell its target. Sentences written for these tests."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2021, 4, 14)
OPENING = "Orvane\n\n"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Traders said Orvane Corp could launch a $5 billion bid for Kestrel Air.", 5e9),
        ("Orvane Corp could cut 2,000 jobs, union leader Ann Lee said.", 2000),
        ("Ann Lee said she feared Orvane Corp would cut more than 1,500 jobs.", 1500),
        ("A labor consultant, Tom Reyes, said the new contract would cost Kestrel Air about $90 million.", 9e7),
        ("Dealers believe Orvane Bank will sell up to $2 billion of its bonds.", 2e9),
    ],
)
def test_an_outsiders_word_is_a_forecast(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Orvane Corp will cut 2,000 jobs, chief executive Ann Lee said.", 2000),
        ("Orvane Corp said it believes it will save $40 million next year.", 4e7),
        ("Orvane Corp plans to open 40 stores, spokeswoman Mia Hart said.", 40),
        # a company or its anaphor that believes: still its own plan
        ("The company believes it will save $40 million next year, Orvane Corp said.", 4e7),
        ("Orvane Corp believes it can trim costs by $25 million in 2022.", 2.5e7),
    ],
)
def test_the_companys_own_word_stays_its_target(nlp, text, amount):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == "target"
