"""More rows of the news quantity table (issue 11), written by helper "quant35": a bare price level of a commodity
told in a sentence of its own takes the unit the text prices that commodity in (`commodity_prices`); a bare scaled
amount right after a money amount of its size is a sum in that currency. Conventions:
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

# a bare scaled amount in the sentence right after a money amount of its size is a sum in that currency (`view.
# _next_sentence_peer`); positives fail on main (the amount was shown with no unit)
NEXT_SENTENCE_SUMS = [
    (
        "currency",
        "Tarnow Bank lifted its bond holdings by 2.4 billion euros. That was below the record 3 billion set in May.",
        [(2.4e9, "EUR", "up"), (3e9, "EUR", None)],
    ),
    (
        "currency",
        "Morvin posted a quarterly profit of 410 million euros. Analysts had forecast 425 million.",
        [(410e6, "EUR", None), (425e6, "EUR", None)],
    ),
    (
        "currency",
        "The state budget set aside 12 billion yuan for roads. Last year's plan gave them 9.5 billion.",
        [(12e9, "CNY", None), (9.5e9, "CNY", None)],
    ),
    (
        "currency",
        "Brenna raised 600 million euros in the bond sale. Investors bid for 2.5 billion.",
        [(600e6, "EUR", None), (2.5e9, "EUR", None)],
    ),
    # passing on main too: the same sentence (the older rule, `view._part_of`)
    (
        "currency",
        "Kell Mining needs 1.8 billion pounds and Dorvan Metals needs 900 million.",
        [(1.8e9, "GBP", None), (900e6, "GBP", None)],
    ),
    # guards: a counted noun, a sum of another size, two sentences after the money amount
    (
        "currency",
        "Sales at Ostra reached 4.2 billion euros. The group shipped 1.3 billion cans.",
        [(4.2e9, "EUR", None), (1.3e9, None, None)],
    ),
    (
        "currency",
        "Tarn paid $2 billion for the mine. Its reserves are put at 90 million.",
        [(2e9, "USD", None), (90e6, None, None)],
    ),
    (
        "currency",
        "Halvik had 3 billion euros in cash. Its chief said so on Monday. Rivals expect 4 billion.",
        [(3e9, "EUR", None), (4e9, None, None)],
    ),
]

ROWS = [*COMMODITY_LEVELS, *COMMODITY_CHANGES, *NEXT_SENTENCE_SUMS]
