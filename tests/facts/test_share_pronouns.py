"""A pronoun that takes up a company's share noun prices the shares (facts/share_pronouns.py, docs/DECISIONS.md,
"Predicates"): only for a price figure, only for one company's shares, only in the pronoun's number. Stories
written for these tests, invented company names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Company news", published="2012-03-14").predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quorra Systems' shares drew heavy trading on Wednesday. They settled at $14.60, up 3 percent.", "$14.60"),
        ("Mendle Foods shares swung all week. They ended Friday 22 cents weaker at $8.05.", "$8.05"),
        ("Trask Inc stock gained 6 percent in Frankfurt, and it ended the day at 41.2 euros.", "41.2 euros"),
        ("Shares of Olvane Group jumped after the results; they closed up 4 percent at 310 pence.", "310 pence"),
    ],
)
def test_pronoun_for_shares_prices_them(nlp, text, surface):
    assert predicate_of(nlp, text, surface) == "share price"


# "it" for a singular "stock" with a bare "was up/down": before the pronoun reader these were a bare "amount"
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Delmont Energy stock had a quiet morning. By noon it was up 35 cents at $12.15.", "35 cents"),
        ("Griffin Rail stock swung in early trading. At midday it was down 14 cents at $6.02.", "14 cents"),
        (
            "The Halden Mining stock traded heavily on Thursday. After lunch it was up 2 percent at 410 pence.",
            "2 percent",
        ),
    ],
)
def test_it_for_a_stock_prices_it(nlp, text, surface):
    assert predicate_of(nlp, text, surface) == "share price"


# "it" after a plural "shares" is the company: its own figures, which number agreement keeps apart
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Shares of Pellow Corp fell 2 percent on Monday. It lost 3 percent of its customers in the quarter.",
            "3 percent",
        ),
        ("Shares in Sorrel Foods were flat. It has dropped 6 percent of its product lines since June.", "6 percent"),
        (
            "Shares of Corbin Ltd rose 1 percent on Monday. It has shed 5 percent of its office staff this year.",
            "5 percent",
        ),
        (
            "Tiller Corp's shares were unchanged on Monday. It lost 2 percent of its stores to a rival in May.",
            "2 percent",
        ),
    ],
)
def test_pronoun_of_another_number_is_the_company(nlp, text, surface):
    assert predicate_of(nlp, text, surface) != "share price"


def test_pronoun_for_another_noun_is_no_share_price(nlp):
    text = "Harlo Corp said its orders slowed in March. They fell 8 percent to 1,200 units in April."
    assert predicate_of(nlp, text, "8 percent") != "share price"


# market value lost or gained in millions is no per-share level
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Dunmore Pharma's shares sank 7 percent on Friday. They have shed $450 million in value since the recall.",
            "$450 million",
        ),
        (
            "Keswick Corp's stock rose 5 percent, and it gained about $600 million in market capitalisation.",
            "$600 million",
        ),
        (
            "Shares of Lorne Shipping dropped 9 percent on Monday. "
            "They lost nearly $1.2 billion of value in the session.",
            "$1.2 billion",
        ),
        ("Kurogane Tech shares tumbled 6 percent. They lost 800 million yen in market value.", "800 million yen"),
        ("Daejin Chemical's shares slid on Tuesday. They shed 650 million won of their value.", "650 million won"),
        ("Samgong Electronics stock fell, and it lost 900,000 yen in value by noon.", "900,000 yen"),
    ],
)
def test_market_value_is_no_share_price(nlp, text, surface):
    assert predicate_of(nlp, text, surface) != "share price"


# stocks with no company are the market as a whole
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Pinto Bank reported results. Latin American stocks slipped on Tuesday. "
            "They lost 2.3 percent over the week.",
            "2.3 percent",
        ),
        (
            "Ossary Labs filed its results. Technology stocks rallied in the afternoon, "
            "and they finished 1.6 percent higher.",
            "1.6 percent",
        ),
        (
            "Glenmore Bank cut its rates. Emerging market stocks weakened on Thursday. They closed 0.9 percent lower.",
            "0.9 percent",
        ),
        (
            "Ashdown Brewing posted results. Stocks were mixed on Monday, and they finished 0.4 percent higher.",
            "0.4 percent",
        ),
    ],
)
def test_market_wide_stocks_are_no_share_price(nlp, text, surface):
    assert predicate_of(nlp, text, surface) != "share price"


# a currency whose share prices run to millions: a million-scale level is still one share's price
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Samgong Electronics shares rose on Friday. They closed at 1.35 million won.", "1.35 million won"),
        ("Daejin Chemical's shares slid on Tuesday. They ended at 1,420,000 won, off 2 percent.", "1,420,000 won"),
        ("Kurogane Tech stock climbed early on, and it finished the day at 1.1 million yen.", "1.1 million yen"),
    ],
)
def test_million_scale_price_in_a_thousand_scale_currency_is_a_share_price(nlp, text, surface):
    assert predicate_of(nlp, text, surface) == "share price"


# a modified plural "shares" with no company is the market, as "stocks" is
@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Merrow Bank filed its accounts. Asian shares fell on Monday. They dropped 1.2 percent.", "1.2 percent"),
        (
            "Ossary Labs filed its results. Technology shares rallied in the afternoon, "
            "and they finished 1.6 percent higher.",
            "1.6 percent",
        ),
        (
            "Glenmore Bank cut its rates. European shares weakened on Thursday. They closed 0.9 percent lower.",
            "0.9 percent",
        ),
    ],
)
def test_market_wide_shares_are_no_share_price(nlp, text, surface):
    assert predicate_of(nlp, text, surface) != "share price"
