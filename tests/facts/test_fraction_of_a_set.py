"""A fraction written in words before "of" and a determiner or possessive ("two-thirds of its stores") sizes a
share of the set, a percent, like "40 percent of its stores" (TRAPS.md: "half of those funds" is 50 percent). It is
no reference count like "two of its stores" (`non_facts._written_out`), and its predicate is the share of the whole
(`measures._part_of_whole`), as a percent's is; of a company owned it is a stake. A change verb's object keeps the
reading it had.

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 14)


def shares(nlp, text):
    """The metric facts in percent, as (predicate, amount)."""
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [
        (f.predicate, f.value.amount)
        for f in facts
        if f.kind == "metric" and f.value is not None and f.value.unit == "percent"
    ]


def surfaces(nlp, text):
    return [f.value.surface for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]


# a fraction of a set introduced by a determiner or a possessive: once dropped as "two of the plants" was
FRACTIONS_OF_A_SET = [
    ("Quarrow Retail said two-thirds of its stores were profitable in May.", "share of stores", 66.67),
    ("Belford Mutual said one-fifth of the policies it wrote were for farms.", "share of policies", 20.0),
    (
        "Tessaly Motors expects three-quarters of its dealers to renew their contracts.",
        "share of dealers renewing contracts",
        75.0,
    ),
]


@pytest.mark.parametrize(("text", "predicate", "amount"), FRACTIONS_OF_A_SET)
def test_a_written_fraction_of_a_set_is_a_percent_share(nlp, text, predicate, amount):
    assert (predicate, pytest.approx(amount)) in shares(nlp, text)


# a fraction of a whole that was already a fact: its predicate names the share, as a percent's does
SHARES_OF_A_WHOLE = [
    ("Harlow Grid Inc buys roughly a third of its power from solar parks.", "share of power", 33.33),
    ("Corrin Foods said nearly half of its customers renewed last year.", "share of customers renewing", 50.0),
    ("Abroad, Lindell Foods sells about a quarter of its cheese, the company said.", "share of cheese", 25.0),
]


@pytest.mark.parametrize(("text", "predicate", "amount"), SHARES_OF_A_WHOLE)
def test_a_written_fraction_of_a_whole_names_the_share(nlp, text, predicate, amount):
    assert (predicate, pytest.approx(amount)) in shares(nlp, text)


def test_a_written_count_of_a_set_stays_a_reference(nlp):
    assert "two" not in surfaces(nlp, "Quarrow Retail said two of its stores were profitable in May.")


def test_a_fraction_moved_by_a_change_verb_keeps_its_change(nlp):
    facts = extract("Varden Steel cut a third of its staff last year.", published=PUBLISHED, nlp=nlp)
    assert [(f.kind, f.predicate) for f in facts if f.value is not None] == [("change", "staff cut")]


def test_a_written_fraction_of_an_owned_company_is_a_stake_like_a_percent(nlp):
    assert ("stake", pytest.approx(33.33)) in shares(nlp, "Ormond Capital owns a third of Brisco Shipping Ltd.")
