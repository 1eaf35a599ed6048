"""Superlatives that rank no single party (facts/rank_scope.py): a member of a ranked group ("one of the region's top
X", "among the biggest X", "its largest customers"), and a superlative over a reading or a move held against the
past ("the highest level in six years", "the biggest surplus in five months", "the biggest increase was in X") give
no rank fact; a single ranked company still does, and a superlative the tokenizer split at its hyphen ("the
best-selling handset") ranks its noun. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.rank_facts import ranks_of


@pytest.mark.parametrize(
    "text",
    [
        "Halvern Foods, one of the continent's top snack makers, said sales rose 4 percent.",
        "Tessaly Bank, which is among the biggest lenders in Freedonia, raised card fees.",
        "Pellam Insurance's largest customers are hospitals, the company said.",
        "Tessaly Bank is one of Ostria's largest mortgage lender, analysts said.",
    ],
)
def test_a_member_of_a_ranked_group_has_no_rank(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia's jobless rate climbed in April to the highest level in six years, the labor office said.",
        "Ostria's current account surplus widened to the biggest surplus in eight quarters.",
        "The biggest increase in Freedonia's price index was in medical care, the statistics office said.",
    ],
)
def test_a_superlative_reading_or_move_ranks_no_party(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Halvern offering was the year's biggest listing in Ostria.",
        "Tarvo Steel's unpaid bonds make up the largest default in Ostria's history.",
        "Pellam Insurance posted the biggest writedown on record for an Ostrian insurer.",
    ],
)
def test_an_event_ranked_against_a_span_of_time_ranks_no_party(nlp, text):
    assert ranks_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Tessaly Bank, Ostria's largest lender since 1990, cut rates.", ("Tessaly Bank", "lenders", 1.0)),
        (
            "Nordvik Air, the largest airline in Europe over the last six years, added routes.",
            ("Nordvik Air", "airlines", 1.0),
        ),
        (
            "Brellin Motors overtook its rivals in 2011 to become Freedonia's biggest carmaker for the first time.",
            ("Brellin Motors", "carmakers", 1.0),
        ),
    ],
)
def test_a_company_ranked_over_a_span_of_time_keeps_its_rank(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("Kestrel Bank, Ostria's second-largest lender, cut 300 jobs.", ("Kestrel Bank", "lenders", 2.0)),
        (
            "Nordvik Air, Europe's biggest charter airline, will add 12 routes.",
            ("Nordvik Air", "charter airlines", 1.0),
        ),
        (
            "Tarvo Steel, Ostria's biggest mills operator, said output fell.",
            ("Tarvo Steel", "mills operators", 1.0),
        ),
    ],
)
def test_one_ranked_company_keeps_its_rank(nlp, text, rank):
    assert rank in ranks_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        (
            "Corvane said its Zento phone became the best-selling handset in Freedonia in May.",
            ("Corvane", "handsets", 1.0),
        ),
        (
            "Brellin Motors said its Arvo hatchback was the top-selling car in Ostria last year.",
            ("Brellin Motors", "cars", 1.0),
        ),
        (
            "Analysts said Vesper Labs remained the fastest-growing drugmaker in Europe.",
            ("Vesper Labs", "drugmakers", 1.0),
        ),
    ],
)
def test_a_hyphen_split_superlative_ranks_its_noun(nlp, text, rank):
    assert rank in ranks_of(nlp, text)
