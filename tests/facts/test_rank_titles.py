"""Ranks written as a title before a name or over a plural compound: invented sentences."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 12)


def ranks_of(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.value.amount)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "rank"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "OSLO (Reuters) - The world's largest salmon farmer Norvik Seafood ( NVS.OL ) is expected to cut jobs.",
            ("Norvik Seafood", "salmon farmers", "world", 1.0),
        ),
        (
            "The world's biggest brokerage Tallis Securities said on Wednesday that two traders had left.",
            ("Tallis Securities", "brokerages", "world", 1.0),
        ),
        (
            "(Reuters) - Freedonia's largest fertilizer distributor Calder Agro Ltd is watching the bid closely.",
            ("Calder Agro", "fertilizer distributors", "Freedonia", 1.0),
        ),
    ],
)
def test_a_ranked_title_before_a_name_ranks_the_name(nlp, text, expected):
    assert expected in ranks_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brevik Clearing Inc ( BRV.N ), the world's largest derivatives exchange, wants to buy a rival.",
            ("Brevik Clearing", "derivatives exchanges", "world", 1.0),
        ),
        (
            "Dunmore Bourse, the world's biggest options market, reported record volume on Monday.",
            ("Dunmore Bourse", "options markets", "world", 1.0),
        ),
        (
            "Pellam Freight, the world's largest goods carrier, said rates were stable.",
            ("Pellam Freight", "goods carriers", "world", 1.0),
        ),
    ],
)
def test_a_superlative_over_a_plural_compound_ranks_the_compound_head(nlp, text, expected):
    assert expected in ranks_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Media said its readers expect highest-quality reporting in the Nordic region.",
        "Orvel Audio stopped selling third-party headsets in its Asian stores.",
        "Tamsin Bank sells top-tier products in the Nordic market.",
    ],
)
def test_a_hyphened_singular_modifier_is_no_ranked_field(nlp, text):
    assert ranks_of(nlp, text) == []
