"""Units and amounts at the value level (extractor.eval.units): one table per FACTS.md rule."""

from __future__ import annotations

import pytest

from extractor.eval.units import normalize_unit, values_match
from tests.eval.builders import counts, fact, q

# --------------------------------------------------------------------------- units


@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        (None, (1.0, None)),
        ("", (1.0, None)),
        ("%", (1.0, "percent")),
        ("per cent", (1.0, "percent")),
        ("Percent", (1.0, "percent")),
        ("percentage points", (1.0, "percentage_point")),
        ("percentage_point", (1.0, "percentage_point")),
        ("basis points", (0.01, "percentage_point")),
        ("bps", (0.01, "percentage_point")),
        ("USD", (1.0, "USD")),
        ("usd", (1.0, "USD")),
        ("US dollars", (1.0, "USD")),
        ("$", (1.0, "USD")),
        ("€", (1.0, "EUR")),
        ("euros", (1.0, "EUR")),
        ("billion yuan", (1e9, "CNY")),
        ("million Canadian dollars", (1e6, "CAD")),
        ("pence", (1.0, "penny")),
        ("p", (1.0, "penny")),
        ("cents", (1.0, "cent")),
        ("times", (1.0, "times")),
        ("Square Kilometres", (1.0, "square_kilometre")),
        ("metric_tons", (1.0, "metric_ton")),
        ("kilometers per hour", (1.0, "kilometer_per_hour")),
        ("USD_per_hour", (1.0, "USD_per_hour")),
        ("inches", (1.0, "inch")),
        ("points", (1.0, "point")),
    ],
)
def test_scoring_unit_normalization(unit, expected):
    assert normalize_unit(unit) == expected


# --------------------------------------------------------------------------- amounts


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        # Tolerance: 0.5 % of the gold amount; a gold 0 needs an exact 0.
        (q(100.5), q(100.0), True),
        (q(99.5), q(100.0), True),
        (q(100.6), q(100.0), False),
        (q(0.0), q(0.0), True),
        (q(0.001), q(0.0), False),
        # Units equal after normalization; None = None.
        (q(70.0, "%"), q(70.0, "percent"), True),
        (q(70.0, None), q(70.0, "percent"), False),
        (q(70.0, "percentage points"), q(70.0, "percent"), False),
        (q(200.0, "basis points"), q(2.0, "percentage_point"), True),
        (q(100.0, "billion yuan"), q(1e11, "CNY"), True),
        # Direction "down" makes an amount negative: 3.8 down reads as -3.8.
        (q(-3.8, "percent"), q(3.8, "percent", direction="down"), True),
        (q(3.8, "percent", direction="down"), q(3.8, "percent", direction="down"), True),
        (q(3.8, "percent"), q(3.8, "percent", direction="down"), False),
        (q(3.8, "percent", direction="up"), q(3.8, "percent", direction="down"), False),
        (q(3.8, "percent", direction="down"), q(-3.8, "percent"), True),
        # Equivalents: the prediction may match any gold form ...
        (q(14.7e9, "USD"), q(1e11, "CNY", equivalents=[q(14.71e9, "USD")]), True),
        (q(14.71e9, "EUR"), q(1e11, "CNY", equivalents=[q(14.71e9, "USD")]), False),
        (q(136.4, "p"), q(1.364, "GBP", equivalents=[q(136.4, "pence")]), True),
        # ... and a prediction's own equivalents count too.
        (q(14.71e9, "USD", equivalents=[q(1e11, "CNY")]), q(1e11, "CNY"), True),
        # A change's equivalents take its direction.
        (q(-50.0, "percent"), q(0.5, "times", direction="down", equivalents=[q(50.0, "percent")]), True),
        # Ranges: midpoint, or both ends.
        (q(8.0, "percent"), q(8.0, "percent", low=7.0, high=9.0), True),
        (q(7.0, "percent", low=7.0, high=9.0), q(8.0, "percent", low=7.0, high=9.0), True),
        (q(7.0, "percent"), q(8.0, "percent", low=7.0, high=9.0), False),
        (q(7.0, "percent", low=7.0, high=9.5), q(8.0, "percent", low=7.0, high=9.0), False),
        (
            q(5.0, "percent", low=5.0, high=10.0, direction="down"),
            q(7.5, "percent", low=5.0, high=10.0, direction="down"),
            True,
        ),
        (q(5.0, "percent", low=5.0, high=10.0), q(7.5, "percent", low=5.0, high=10.0, direction="down"), False),
    ],
)
def test_scoring_value_match_table(predicted, gold, match):
    assert values_match(predicted, gold) is match


@pytest.mark.parametrize(
    ("predicted", "gold", "match"),
    [
        # A change in "times" reads as its percent form (N - 1) x 100 on either side ...
        (q(2.0, "times", direction="up"), q(100.0, "percent", direction="up"), True),
        (q(200.0, "percent", direction="up"), q(3.0, "times", direction="up"), True),
        (q(4.0, "fold", direction="up"), q(300.0, "percent", direction="up"), True),
        (q(0.5, "times", direction="down"), q(50.0, "percent", direction="down"), True),
        (q(2.5, "times", low=2.0, high=3.0), q(150.0, "percent", low=100.0, high=200.0), True),
        # ... but not as the other percent, and not the multiple itself as a percent.
        (q(2.0, "times", direction="up"), q(200.0, "percent", direction="up"), False),
        (q(2.0, "times", direction="up"), q(2.0, "percent", direction="up"), False),
        (q(2.0, "times", direction="up"), q(100.0, "percent", direction="down"), False),
    ],
)
def test_scoring_change_multiples_match_their_percent_form(predicted, gold, match):
    assert values_match(predicted, gold, change=True) is match


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        (q(2.0, "times"), q(100.0, "percent")),
        (q(13.0, "times"), q(1200.0, "percent")),
        (q(300.0, "percent"), q(4.0, "times")),
    ],
)
def test_scoring_metric_multiples_stay_multiples(predicted, gold):
    # A valuation multiple ("13 times earnings") is a metric: no percent form.
    assert not values_match(predicted, gold)
    assert not counts([fact(value=predicted)], [fact(value=gold)])[0].tp
