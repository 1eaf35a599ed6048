"""What a press report says will happen is a forecast, not the company's target: "..., the report said" (issue 10,
round 8), unless it is the holder's own plan (round 29).
A deal price in such a report (a transaction putting a $2 billion value on X) is of talks, not agreed."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_with_amount

PUBLISHED = dt.date(2024, 3, 14)
OPENING = "Kestrel Corp news.\n\n"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the holder's own option, relayed by the report, is its target (round 29, modality_reported_plans)
        (
            "Brindle Bank could also swap 6 billion euros of its preference stock for bonds, the article added.",
            6_000_000_000.0,
            "target",
        ),
        (
            "Brindle Bank's losses could also reach 6 billion euros this year, the article added.",
            6_000_000_000.0,
            "forecast",
        ),
        (
            "Kettleby Mining is in talks to buy Orvane Tools in a transaction that would value the toolmaker at up to "
            "$2 billion, the report said.",
            2_000_000_000.0,
            "forecast",
        ),
        (
            "Such a sale would value each Halvorsen exchange seat at about $4 million, according to the report, "
            "the article said.",
            4_000_000.0,
            "forecast",
        ),
        # the company's own report, or the company telling its plan, is a target; an agreed deal stays actual
        ("Tamsin Holdings will cut 400 jobs next year, its annual report said.", 400.0, "target"),
        ("Kettleby Mining said it would buy Orvane Tools for $2 billion.", 2_000_000_000.0, "actual"),
    ],
)
def test_press_report_tells_a_forecast(nlp, text, amount, expected):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == expected


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        (
            "Brandt analyst Ann Lee, who had expected a margin of 81.9 percent, called the results strong.",
            81.9,
            "forecast",
        ),
        (
            "Halden Securities strategist Tom Reyes, who sees sales of $3 billion next year, called the stock cheap.",
            3_000_000_000.0,
            "forecast",
        ),
        (
            "Economist Mia Park, who had forecast a loss of $40 million, said the result surprised her.",
            40_000_000.0,
            "forecast",
        ),
        # the company's own officer, in the same construction, gives a target
        (
            "Kestrel chief executive Ann Lee, who expects sales of $3 billion next year, said demand was strong.",
            3_000_000_000.0,
            "target",
        ),
    ],
)
def test_relative_clause_on_a_titled_forecaster(nlp, text, amount, expected):
    assert fact_with_amount(nlp, OPENING + text, amount, PUBLISHED).modality == expected
