"""More rows of the news quantity table (issue 11), written by helper "quant39": a price level that a change per
physical unit led to ("climbed $3 a barrel to $71") is per that unit too (`view._change_per_unit_led_to`); the
estimate weighed against a per-share value read from its measure noun ("EPS came to 81 cents, above the mean
estimate of 77 cents") is per share too (`share_nouns._rate_following_estimate`); a change noun that the parse joins
to the forecasters after it ("the 1.5 percent rise traders had forecast") still gives the figure its direction
(`direction._forecaster`). Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below
were written for this table.
"""

from __future__ import annotations

# a bare price right after a smaller change per a physical unit, joined by "to" or "at"; positives fail on main
# (the level came out in plain USD)
LEVELS_AFTER_RATED_CHANGES = [
    (
        "unit",
        "Brent crude climbed $1.20 a barrel to $88.40 on Tuesday.",
        [(1.2, "USD_per_barrel", "up"), (88.4, "USD_per_barrel", None)],
    ),
    (
        "unit",
        "Heating oil futures settled down 4 cents per gallon at $2.91.",
        [(0.04, "USD_per_gallon", "down"), (2.91, "USD_per_gallon", None)],
    ),
    (
        "unit",
        "Spot silver rose 35 cents an ounce from Monday to $24.10.",
        [(0.35, "USD_per_ounce", "up"), (24.1, "USD_per_ounce", None)],
    ),
    (
        "unit",
        "Diesel at Ardley pumps jumped 12 cents a gallon in a week to $3.96.",
        [(0.12, "USD_per_gallon", "up"), (3.96, "USD_per_gallon", None)],
    ),
    (
        "unit",
        "Copper for delivery in three months ended up 2.1 percent, or $180 a tonne, at $8,720.",
        [(3, "month", None), (2.1, "percent", "up"), (180, "USD_per_tonne", "up"), (8720, "USD_per_tonne", None)],
    ),
    (
        "unit",
        "Arabica coffee futures lost 3 cents per lb to settle at $1.42.",
        [(0.03, "USD_per_pound", "down"), (1.42, "USD_per_pound", None)],
    ),
    # guards: another commodity's change with no unit, a price in another clause, a rate per a time unit
    (
        "unit",
        "Brent rose $1.20 a barrel to $88.40, while gold gained $12 to $1,310.",
        [(1.2, "USD_per_barrel", "up"), (88.4, "USD_per_barrel", None), (12, "USD", "up"), (1310, "USD", None)],
    ),
    (
        "unit",
        "Crude rose $2 a barrel on Monday, and Dunmore shares rose to $45.",
        [(2, "USD_per_barrel", "up"), (45, "USD", None)],
    ),
    ("unit", "Rents in Calloway rose $50 a month to $1,450.", [(50, "USD_per_month", "up"), (1450, "USD", None)]),
]

# a bare estimate after a per-share value that its measure noun makes per share; positives fail on main (the
# estimate came out in plain USD)
ESTIMATES_OF_SHARE_MEASURES = [
    (
        "unit",
        "Quarterly EPS at Hollins was $1.12, just above the $1.09 analysts had expected.",
        [(1.12, "USD_per_share", None), (1.09, "USD_per_share", None)],
    ),
    (
        "unit",
        "Profit per diluted share at Ferrow rose to 47 cents, while analysts had expected 44 cents.",
        [(0.47, "USD_per_share", None), (0.44, "USD_per_share", None)],
    ),
    (
        "unit",
        "Adjusted EPS at Quorra hit $2.05, topping the consensus estimate of $1.97.",
        [(2.05, "USD_per_share", None), (1.97, "USD_per_share", None)],
    ),
    (
        "unit",
        "Earnings per share at Blane came in at 58 cents, short of the 63 cents analysts had forecast on average.",
        [(0.58, "USD_per_share", None), (0.63, "USD_per_share", None)],
    ),
    # guards: a share price after the value, a scaled estimate of another measure
    (
        "unit",
        "Earnings per share at Pitcairn were 62 cents, and the shares closed at $41.20.",
        [(0.62, "USD_per_share", None), (41.2, "USD", None)],
    ),
    (
        "unit",
        "EPS at Marlow was 90 cents, while revenue beat the forecast of $3.1 billion.",
        [(0.9, "USD_per_share", None), (3.1e9, "USD", None)],
    ),
]

# a percent before a change noun that the parse compounds with the forecasters after it; positives fail on main
# (no direction)
FORECAST_CHANGE_NOUNS = [
    (
        "sign",
        "Tarvel's machine orders edged up 0.6 percent, short of the 1.9 percent increase dealers had expected.",
        [(0.6, "percent", "up"), (1.9, "percent", "up")],
    ),
    ("sign", "Mill output in Quillan lagged the 0.7 percent gain forecasters had projected.", [(0.7, "percent", "up")]),
    ("sign", "Retail sales missed the 1.1 percent rise analysts had forecast.", [(1.1, "percent", "up")]),
    ("sign", "Exports shrank more than the 3 percent drop traders had predicted.", [(3, "percent", "down")]),
    # guards: a change noun inside a compound of another noun, a forecast noun (no verb), a change noun after the
    # forecasters' verb
    ("sign", "The 5 percent growth rate at Ostrava held steady.", [(5, "percent", None)]),
    ("sign", "Analysts at Brell trimmed their 5 percent growth forecast for Tessaly.", [(5, "percent", None)]),
    ("sign", "Analysts had expected a 2 percent gain in orders.", [(2, "percent", "up")]),
]

ROWS = [*LEVELS_AFTER_RATED_CHANGES, *ESTIMATES_OF_SHARE_MEASURES, *FORECAST_CHANGE_NOUNS]
