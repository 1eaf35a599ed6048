"""A month's possessive ("June's 0.2 percent gain", "January's figure") names the month of its data: it is a period
phrase, and it dates the figure whose noun it modifies, also after "from" (issue 10, round 8)."""

import datetime as dt

import pytest

from extractor.mentions.periods import find_periods
from tests.facts.period_facts import period_with_amount

PUBLISHED = dt.date(2024, 3, 14)


def month(y, m, last):
    return (dt.date(y, m, 1), dt.date(y, m, last))


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Output rose 2 percent last month following June's 0.4 percent gain.", "June 2023"),
        ("February's figure was revised up to 512,000 units.", "February 2024"),
        ("Prices were up 3 percent from December's level.", "December 2023"),
    ],
)
def test_possessive_month_is_a_period_phrase(text, label):
    labels = [m.period.label for m in find_periods(text, published=PUBLISHED)]
    assert label in labels


def test_may_possessive_is_a_name():
    assert find_periods("May's speech moved markets.", published=PUBLISHED) == []


OPENING = "Kestrel Corp news.\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Freedonian durable goods shipments rose 1.6 percent last month following June's 0.4 percent gain.",
            0.4,
            month(2023, 6, 30),
        ),
        (
            "Freedonian retail sales rose 0.6 percent in February, up from January's 0.3 percent increase.",
            0.3,
            month(2024, 1, 31),
        ),
        (
            "Ostravian factory output fell 1.1 percent in February after January's 0.4 percent rise.",
            0.4,
            month(2024, 1, 31),
        ),
        (
            "Ostravian factory output fell 1.1 percent in February after January's 0.4 percent rise.",
            1.1,
            month(2024, 2, 29),
        ),
    ],
)
def test_possessive_month_dates_its_figure(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected
