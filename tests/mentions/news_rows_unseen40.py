"""More rows of the news quantity table (issue 11), written by helper "quant40": a move whose first level is dated
by the edge of a period ("at the end of June", "by the close of 2012", "as of the start of the year") or by a
period of a named year ("in the first quarter of 2010") is one range, as with a plain date ("in June")
(`shown_moves._level_date`). Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures
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
        "The ratio at Ostrava stood at 12.2 percent at the end of June, and 20 percent of its loans were in arrears.",
        [(12.2, "percent", None), (20, "percent", None)],
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

ROWS = [*MOVES_WITH_DATED_LEVELS]
