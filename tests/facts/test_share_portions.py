"""A percent figure on the noun "share" (facts/predicate_forms.py `_portion`, facts/measures.py `_part_of_whole`):
a share that is a percent level is a portion of a market or whole, not a share price; a percentage of a company's
shares owned or bought is a stake. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import fact_in


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (  # the whole in an "in" phrase
            "Brenlow Tools Inc said on Tuesday it has about a 7 percent share in the regional cement market.",
            "7 percent",
            "share of regional cement market",
        ),
        (  # the whole in an "of" phrase after the measure of the share
            "Measured by volume, Quarrin Foods held a 9 percent share of the national coffee market in 2018.",
            "9 percent",
            "share of national coffee market",
        ),
        (  # a bare share that reached a level: the market's
            "Tallow Dairy Corp said on Monday its share climbed to 31 percent, its highest ever.",
            "31 percent",
            "market share",
        ),
    ],
)
def test_a_share_at_a_percent_level_is_a_portion(nlp, text: str, surface: str, predicate: str) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Orlan Capital, which owns 20 percent of Veltrax's shares, declined to comment.", "20 percent", "stake"),
        ("Kelvar Holdings said it controlled 42 percent of Trentmoor's common shares.", "42 percent", "stake"),
        ("Pellin Partners said it bought 5 percent of the company's stock in May.", "5 percent", "stake acquired"),
        ("Two funds, which hold about 23 percent of Dovecot's share capital, did not comment.", "23 percent", "stake"),
    ],
)
def test_a_percentage_of_a_companys_shares_owned_or_bought_is_a_stake(
    nlp, text: str, surface: str, predicate: str
) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a move of the share is its price
        ("Shares of Marrow Paper rose 3 percent on Tuesday.", "3 percent", "share price"),
        ("Marrow Paper's stock was down 6 percent in early trading.", "6 percent", "share price"),
        # already named a market share: kept
        ("Brenlow Tools Inc said its market share stood at 14 percent.", "14 percent", "market share"),
        # a share's price in money is no portion
        ("Shares of Marrow Paper closed at $12.40 on Tuesday.", "$12.40", "share price"),
    ],
)
def test_a_share_move_or_price_stays_a_share_price(nlp, text: str, surface: str, predicate: str) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # not an owning or buying verb: the part is not held
        ("Ferrow Mills said it would cancel 6 percent of its share capital.", "6 percent", "share of share capital"),
        # capital not written as shares
        (
            "Investors in Harwick Capital LP account for about 40 percent of the fund's capital.",
            "40 percent",
            "share of capital",
        ),
    ],
)
def test_a_part_of_shares_not_held_is_no_stake(nlp, text: str, surface: str, predicate: str) -> None:
    assert fact_in(nlp, text, surface).predicate == predicate
