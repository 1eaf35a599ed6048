"""More rows of the news quantity table (issue 11), written by helper "quant35": a bare price level of a commodity
told in a sentence of its own takes the unit the text prices that commodity in (`commodity_prices`). Conventions:
see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a commodity (or a traded contract) as the clause subject, a price per unit of its size elsewhere in the text;
# positives fail on main (the level was shown in the plain currency)
COMMODITY_LEVELS = [
    (
        "unit",
        "Kessel crude settled at $71.20 a barrel. The October contract touched $68.90 before it expired.",
        [(71.20, "USD_per_barrel", None), (68.90, "USD_per_barrel", None)],
    ),
    (
        "unit",
        "Spot gold traded at $1,840 an ounce in Asia. Later in the day, gold futures ended at $1,826.",
        [(1840, "USD_per_ounce", None), (1826, "USD_per_ounce", None)],
    ),
    (
        "unit",
        "Arabica coffee climbed to $2.10 per lb on Monday. Robusta coffee finished unchanged at $1.95.",
        [(2.10, "USD_per_pound", None), (1.95, "USD_per_pound", None)],
    ),
    (
        "unit",
        "Dealers quoted wheat at $7.40 a bushel in the morning. By noon, corn was trading at $6.10.",
        [(7.40, "USD_per_bushel", None), (6.10, "USD_per_bushel", None)],
    ),
    (
        "unit",
        "Thermal coal stood at $118 a tonne last week. On Tuesday, coal for March delivery was at $121.",
        [(118, "USD_per_tonne", None), (121, "USD_per_tonne", None)],
    ),
    # the nearest price per unit is of another size (another metal): the nearest one of the level's size is read
    (
        "unit",
        "Gold was quoted at $1,905 an ounce and silver at $23.10 an ounce. Platinum futures closed at $1,020.",
        [(1905, "USD_per_ounce", None), (23.10, "USD_per_ounce", None), (1020, "USD_per_ounce", None)],
    ),
    # guards: a company's shares or bonds, a price far from the per-unit level, a change, no per-unit price at all,
    # a total
    (
        "unit",
        "Brent settled at $84 a barrel. Shares of Varnholt Oil closed at $82.",
        [(84, "USD_per_barrel", None), (82, "USD", None)],
    ),
    (
        "unit",
        "Brent settled at $84 a barrel. The refiner's bonds traded at $97 on Friday.",
        [(84, "USD_per_barrel", None), (97, "USD", None)],
    ),
    (
        "unit",
        "Gold rose to $1,900 an ounce. Silver futures ended at $24.",
        [(1900, "USD_per_ounce", None), (24, "USD", None)],
    ),
    (
        "unit",
        "Crude settled at $80 a barrel. The March contract gained $1.20 in late trade.",
        [(80, "USD_per_barrel", None), (1.20, "USD", "up")],
    ),
    ("unit", "Brent crude finished the week at $75.", [(75, "USD", None)]),
    (
        "unit",
        "Oil fetched $90 a barrel in June. Crude exports earned $95 million that month.",
        [(90, "USD_per_barrel", None), (95e6, "USD", None)],
    ),
]

# the level read per unit, a small change told of the same subject in its sentence is per that unit too (as it is
# beside a level written with its unit); positives fail on main
COMMODITY_CHANGES = [
    (
        "unit",
        "Kessel crude settled at $71.20 a barrel. The October contract fell 40 cents to $70.80 in late trade.",
        [(71.20, "USD_per_barrel", None), (0.40, "USD_per_barrel", "down"), (70.80, "USD_per_barrel", None)],
    ),
    (
        "unit",
        "Spot gold traded at $1,840 an ounce in Asia. Gold futures were up $12 at $1,852 by midday.",
        [(1840, "USD_per_ounce", None), (12, "USD_per_ounce", "up"), (1852, "USD_per_ounce", None)],
    ),
    (
        "unit",
        "Soybeans were quoted at $13.40 a bushel early on. By the close soybeans had gained 15 cents to $13.55.",
        [(13.40, "USD_per_bushel", None), (0.15, "USD_per_bushel", "up"), (13.55, "USD_per_bushel", None)],
    ),
    # guard: a company's share price and its change stay in the plain currency
    (
        "unit",
        "Brent settled at $84 a barrel. Shares of Varnholt Oil fell 50 cents to $82.",
        [(84, "USD_per_barrel", None), (0.50, "USD", "down"), (82, "USD", None)],
    ),
]

ROWS = [*COMMODITY_LEVELS, *COMMODITY_CHANGES]
