"""A past day in the clause of a one-off deed dates the sum the deed moves (issue 10, round 8): "agreed on
Monday to pay", "sold ... on Tuesday". A day of telling or of a data release dates no figure."""

import datetime as dt

import pytest

from tests.facts.period_facts import period_with_amount

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday
OPENING = "Kestrel Wire news.\n\n"


def day(d):
    return (dt.date(2024, 3, d), dt.date(2024, 3, d))


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the deed's own clause holds the day
        (
            "Halvorsen Foods agreed on Monday to pay $45 million to settle claims brought by former franchisees.",
            45_000_000.0,
            day(11),
        ),
        ("Kettleby Mining sold 4 million tonnes of ore to Asian buyers on Wednesday.", 4_000_000.0, day(13)),
        (
            "Tamsin Holdings agreed on March 11 to buy a 40 percent stake in a Dutch insurer for 2 billion euros.",
            2_000_000_000.0,
            day(11),
        ),
        ("The central bank of Ostravia intervened on March 5 to sell about 900 million crowns.", 900_000_000.0, day(5)),
        # a day of telling or of a release is not the period of a result
        ("Marlow Retail said on Tuesday its net profit rose 12 percent to $80 million.", 80_000_000.0, None),
        ("Data on Monday showed retail sales in Freedonia rose 0.4 percent.", 0.4, None),
        # a deed told in the past perfect was done before the telling
        ("Brindle Bank said on Monday it had sold $300 million of bonds to pension funds.", 300_000_000.0, None),
        (
            "Customs officers in Vellmar said on Friday they had confiscated about $6 million worth of forged bonds in "
            "Ostravia.",
            6_000_000.0,
            None,
        ),
    ],
)
def test_deed_day_dates_its_sum(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected
