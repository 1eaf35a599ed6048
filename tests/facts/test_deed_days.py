"""A past day in the clause of a one-off deed dates the sum the deed moves (issue 10, round 8): "agreed on
Monday to pay", "sold ... on Tuesday". A day of telling or of a data release dates no figure.

Round 42: a past day on a change's own move verb dates the move ("cut its rate by half a point on March 5", "on
Tuesday doubled its buyback program"; FACTS.md: a change is a flow, and "On Wednesday" is that day). Not the levels
the move reaches or starts from, not a "since" span, and not a day of telling that the parser hangs on the reported
clause."""

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


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "The central bank of Ostravia cut its main lending rate by half a percentage point on March 5.",
            0.5,
            day(5),
        ),
        ("Ostravia's central bank on Monday lifted its deposit rate by 25 basis points.", 0.25, day(11)),
        ("Halvorsen Foods on Tuesday doubled its share buyback program.", 2.0, day(12)),
        ("A ratings agency lowered its rating on Tamsin Holdings' bonds by two notches on Wednesday.", 2.0, day(13)),
        ("Kettleby Mining on March 4 slashed its workforce by 12 percent.", 12.0, day(4)),
        ("Marlow Retail reduced its stake in Tamsin Holdings by 3 percentage points on Friday.", 3.0, day(8)),
    ],
)
def test_day_on_move_verb_dates_the_move(nlp, text, amount, expected):
    assert period_with_amount(nlp, OPENING + text, amount, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the levels a move ends at or starts from hold; they are no flow of that day
        (
            "Brindle Bank cut the salaries of its two top managers to $210,000 and $280,000 from $400,000 and "
            "$520,000 on March 1.",
            210_000.0,
        ),
        (
            "Brindle Bank cut the salaries of its two top managers to $210,000 and $280,000 from $400,000 and "
            "$520,000 on March 1.",
            400_000.0,
        ),
        ("The central bank of Ostravia cut its main lending rate to 2.5 percent on Monday.", 2.5),
        # a day between the verb of telling and the reported clause is the telling's
        ("Marlow Retail said on Tuesday its net profit rose 12 percent.", 12.0),
        ("Marlow Retail said on Tuesday that its quarterly sales fell 4 percent.", 4.0),
        ("Kettleby Mining reported on Monday its copper output rose 9 percent.", 9.0),
        # a planned move keeps no day of the telling
        ("Brindle Bank said on Monday it would cut its workforce by 10 percent.", 10.0),
    ],
)
def test_day_does_not_date_levels_or_tellings(nlp, text, amount):
    period = period_with_amount(nlp, OPENING + text, amount, PUBLISHED)
    assert period is None or period[0] != period[1]


def test_since_a_dated_low_stays_a_span(nlp):
    text = OPENING + "Since a trading low on March 4, Halvorsen Foods shares have more than doubled."
    assert period_with_amount(nlp, text, 2.0, PUBLISHED) == (dt.date(2024, 3, 4), PUBLISHED)
