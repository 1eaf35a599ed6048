"""More rows of the news quantity table (issue 11), written by helper "quant40": a move whose first level is dated
by the edge of a period ("at the end of June", "by the close of 2012", "as of the start of the year") or by a
period of a named year ("in the first quarter of 2010") is one range, as with a plain date ("in June")
(`shown_moves._level_date`); money told with the goods it pays in or buys before its rate ("$41 in cash per share",
"2 trillion yen of notes each month", "$9 in cash for each share") keeps the rate's denominator
(`goods_rates.goods_rate`). Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures
below were written for this table.
"""

from __future__ import annotations

# a dated first level of a move; positives fail on main (the two levels came out apart, with no direction)
MOVES_WITH_DATED_LEVELS = [
    (
        "move",
        "Tarvel's capital ratio climbed to 13.1 percent at the end of September from 12.4 percent a year earlier.",
        [((12.4, 13.1), "percent", "up")],
    ),
    (
        "move",
        "Brokers at Quillan lifted their target for the euro to $1.42 by the end of 2015, from $1.35.",
        [((1.35, 1.42), "USD", "up")],
    ),
    (
        "move",
        "Orders at Ferrow slowed from 8.2 percent in the second half of 2011 to 3.4 percent.",
        [((3.4, 8.2), "percent", "down")],
    ),
    (
        "move",
        "Hollins cut its stake in the mine to 18 percent by the close of 2012 from 25 percent.",
        [((18, 25), "percent", "down")],
    ),
    (
        "move",
        "Stockpiles at Ardley fell to 41 days of supply as of the end of May from 46 days.",
        [((41, 46), "day", "down")],
    ),
    (
        "move",
        "Unemployment in Calloway eased from 9.1 percent at the start of the year to 8.7 percent in June.",
        [((8.7, 9.1), "percent", "down")],
    ),
    (
        "move",
        "Margins at Blane widened to 6.5 percent in the first quarter of 2014 from 5.9 percent.",
        [((5.9, 6.5), "percent", "up")],
    ),
    # guards: a dated level then another clause's figure, a level compared with ", up from" (two levels), two dated
    # levels joined by "and", an edge of something that is no period
    (
        "move",
        "Ostrava's ratio was 7.4 percent at the end of May, and 15 percent of its loans were in arrears.",
        [(7.4, "percent", None), (15, "percent", None)],
    ),
    (
        "move",
        "Dunmore shares ended at $45 at the close of trading, up from $43.",
        [(45, "USD", None), (43, "USD", None)],
    ),
    (
        "move",
        "Output at Tessaly reached 2.1 million tonnes by the end of 2012 and 2.4 million tonnes by the end of 2013.",
        [(2.1e6, "tonne", None), (2.4e6, "tonne", None)],
    ),
    ("move", "Marlow paid 30 percent at the end of the deal from its reserves.", [(30, "percent", None)]),
]

# money, its goods ("in cash", "of bonds", "worth of bonds"), then a rate; positives fail on main (plain currency)
RATES_PAST_GOODS = [
    ("unit", "Tarvel's owners are to be paid $41 in cash per share.", [(41, "USD_per_share", None)]),
    ("unit", "Quillan bid $9 in cash for each share of Ferrow.", [(9, "USD_per_share", None)]),
    (
        "unit",
        "Ostrava's monetary authority now purchases 2 trillion yen of notes each month.",
        [(2e12, "JPY_per_month", None)],
    ),
    ("unit", "The Calloway fund plans $30 billion worth of loans every month.", [(30e9, "USD_per_month", None)]),
    ("unit", "Hollins will pay 14 euros in cash and stock per share for Blane.", [(14, "EUR_per_share", None)]),
    ("unit", "Dunmore spends $40 million of government funds a year on roads.", [(40e6, "USD_per_year", None)]),
    # guards: the period dates the amount ("a year earlier", "a year after"), a determiner opens another phrase, a
    # "per" that opens no rate, the rate right after the amount (already read)
    ("unit", "Ardley had $5 billion in sales a year earlier.", [(5e9, "USD", None)]),
    ("unit", "Marlow reported $3 billion of debt a year after the merger.", [(3e9, "USD", None)]),
    (
        "unit",
        "Pitcairn booked $2.1 billion in revenue during the matching quarter a year before.",
        [(2.1e9, "USD", None)],
    ),
    ("unit", "Tessaly raised $500 million in new capital per the agreement.", [(500e6, "USD", None)]),
    ("unit", "Brell's investors are owed $27 per share in cash.", [(27, "USD_per_share", None)]),
]

ROWS = [*MOVES_WITH_DATED_LEVELS, *RATES_PAST_GOODS]
