"""A market wrap's move of a place's stocks ("Brazilian stocks fell 2 percent") is that market's, written as the
text writes it, with the predicate "stocks"/"shares" (facts/place_markets.py). Stories written for these tests,
with invented company and index names."""

import pytest

from tests.facts.surface_facts import facts_of

PUBLISHED = "2011-03-04"

WRAP = (
    "NEW YORK (Reuters) - Stocks were mixed on Friday as oil prices climbed. "
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25. {sentence}"
)
LEAD = (
    "NEW YORK (Reuters) - {sentence} "
    "The Halden Industrial Index .HDI slipped 40.12 points, or 0.35 percent, to 11,402.50. "
    "The broader Norvik 700 Index .NVK lost 0.4 percent to 1,301.25."
)
COMPANY = (
    "TORONTO (Reuters) - Tarrant Corp said on Friday its quarterly profit rose on higher freight volumes. {sentence}"
)


def readings_of(nlp, text: str, surface: str, title: str = "Stocks mixed as oil climbs") -> list[tuple[str, str]]:
    """(subject, predicate) of the facts whose amount is written `surface` (empty when none has it)."""
    facts = facts_of(nlp, text, title=title, published=PUBLISHED)
    return [(f.subject, f.predicate) for f in facts if f.value is not None and f.value.surface == surface]


@pytest.mark.parametrize(
    ("sentence", "surface", "reading"),
    [
        (
            "Brazilian stocks tumbled 2.8 percent after the central bank surprised investors.",
            "2.8 percent",
            ("Brazilian stocks", "stocks"),
        ),
        (
            "In Asia, Japanese shares ended 1.6 percent higher, helped by exporters.",
            "1.6 percent",
            ("Japanese shares", "shares"),
        ),
        (
            "Canadian and Mexican stocks slid more than 1 percent as metal prices sank.",
            "1 percent",
            ("Canadian stocks", "stocks"),
        ),
        ("German equities climbed 0.9 percent, led by carmakers.", "0.9 percent", ("German equities", "equities")),
    ],
)
def test_a_place_market_moves(nlp, sentence, surface, reading):
    assert reading in readings_of(nlp, WRAP.format(sentence=sentence), surface)


@pytest.mark.parametrize(
    ("text", "surface", "held_by_market"),
    [
        # a company's own shares: a name, a possessor or an "of" phrase
        (WRAP.format(sentence="Tarrant shares slid 3.2 percent after a weak forecast."), "3.2 percent", False),
        (WRAP.format(sentence="Shares of Tarrant Corp slid 3.2 percent after a weak forecast."), "3.2 percent", False),
        # a modifier that is no place: a sector
        (WRAP.format(sentence="Technology stocks slid 3.2 percent, the day's worst group."), "3.2 percent", False),
        # not a move: a share of stocks
        (WRAP.format(sentence="About 64 percent of Brazilian stocks rose."), "64 percent", False),
        # a company's story: shares listed in a place are the company's
        (COMPANY.format(sentence="Its Canadian shares rose 2.1 percent."), "2.1 percent", False),
        (COMPANY.format(sentence="Canadian shares of the company rose 2.1 percent."), "2.1 percent", False),
    ],
)
def test_near_misses_are_no_place_market(nlp, text, surface, held_by_market):
    markets = {"stocks", "shares", "equities"}
    assert any(predicate in markets for _, predicate in readings_of(nlp, text, surface)) is held_by_market


@pytest.mark.parametrize(
    ("sentence", "surface", "reading"),
    [
        # the dateline the parser may hang on the noun is no place of the market
        ("Asian stocks slid 1.3 percent as bond yields jumped.", "1.3 percent", ("Asian stocks", "stocks")),
        # coordinated places: the first written, with the noun they share
        ("U.S. and Asian stocks sank 1.4 percent as bond yields jumped.", "1.4 percent", ("U.S. stocks", "stocks")),
        (
            "South Korean shares rose 1.2 percent on hopes of a rate cut.",
            "1.2 percent",
            ("South Korean shares", "shares"),
        ),
    ],
)
def test_a_place_market_in_the_lead(nlp, sentence, surface, reading):
    assert reading in readings_of(nlp, LEAD.format(sentence=sentence), surface)
