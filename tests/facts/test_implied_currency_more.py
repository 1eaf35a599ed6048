"""A scaled amount without a currency of its own: sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def units(nlp, text):
    return {f.value.surface: f.value.unit for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None}


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Pollard Inc was forecast to book 3.2 billion of turnover and 1.1 billion euros of operating profit.",
            "3.2 billion",
            "EUR",
        ),
        (
            "Sales at Kestrel Foods rose 4 percent to 8.4 billion, while operating profit held at 900 million pounds.",
            "8.4 billion",
            "GBP",
        ),
        ("Varden Bank forecast 12 billion of lending in 2020 and 3 billion yen of fees.", "12 billion", "JPY"),
    ],
)
def test_a_bare_scaled_amount_takes_the_one_currency_the_sentence_uses_later(nlp, text, surface, unit):
    assert units(nlp, text).get(surface) == unit


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        (
            "Pollard Inc said net income rose to 2.1 billion euros from 944 million, when it booked a 1.3 billion "
            "exceptional loss.",
            "1.3 billion",
            "EUR",
        ),
        (
            "Kestrel Foods earned $3 billion in 2018 despite a 400 million impairment on its plants.",
            "400 million",
            "USD",
        ),
        (
            "Varden Bank paid 2 billion francs in fines last year and set aside a 500 million provision.",
            "500 million",
            "CHF",
        ),
    ],
)
def test_a_scaled_amount_before_a_money_noun_is_money_not_a_count(nlp, text, surface, unit):
    assert units(nlp, text).get(surface) == unit


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Pollard Inc sold 3 million shares, and Kestrel Foods paid 2 billion yen.", "3 million"),
        (
            "Analysts expected 5 billion in sales at Pollard Inc, $1 billion in Asia and 2 billion yen in Japan.",
            "5 billion",
        ),
    ],
)
def test_no_currency_for_a_count_or_when_the_sentence_uses_two(nlp, text, surface):
    found = units(nlp, text)
    assert surface in found
    assert found[surface] is None
