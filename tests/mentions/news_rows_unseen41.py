"""More rows of the news quantity table (issue 11), written by helper "quant41": a range owned by a change noun
("growth of A percent to B percent", "a cut of A percent to B percent") takes the noun's direction also where the
parse hangs the range's "to" on the verb before the noun ("forecast", "targets", "posted", "announced"): the range is
read through its first end, as the single figure in that place is (`range_ends.hung_first_end`). Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a range after a change noun and "of", its "to" hung on the verb; positives fail on main (the range had no direction)
RANGES_OF_CHANGE_NOUNS = [
    ("range", "Brokers at Kell forecast growth of 6 percent to 8 percent.", [((6, 8), "percent", "up")]),
    (
        "range",
        "Dunmore also projected overall sales growth of 3 percent to 8 percent for the year.",
        [((3, 8), "percent", "up")],
    ),
    ("range", "Hollins targets annual earnings growth of 12 percent to 18 percent.", [((12, 18), "percent", "up")]),
    ("range", "Quillan posted growth of 11 percent to 14 percent in each of its units.", [((11, 14), "percent", "up")]),
    (
        "range",
        "Traders priced in a fall of 10 percent to 12 percent for Blane shares.",
        [((10, 12), "percent", "down")],
    ),
    ("range", "Pitcairn announced a cut of 3 percent to 6 percent in its workforce.", [((3, 6), "percent", "down")]),
    ("range", "The Orlen group predicts growth of 2.5 percent to 3 percent in 2026.", [((2.5, 3), "percent", "up")]),
    (
        "range",
        "Its chief financial officer forecast revenue growth of 12 percent to 15 percent.",
        [((12, 15), "percent", "up")],
    ),
    ("range", "Hallam set a target of sales growth of 4 percent to 5 percent.", [((4, 5), "percent", "up")]),
    ("range", "The union won a raise of 3 percent to 4 percent for nurses.", [((3, 4), "percent", "up")]),
    (
        "range",
        "Dornell pencilled in growth of 9 percent to 10 percent for its parts arm.",
        [((9, 10), "percent", "up")],
    ),
    (
        "range",
        "Vessic's lenders predicted losses of 20 percent to 30 percent on the loans.",
        [((20, 30), "percent", "down")],
    ),
    ("range", "Management promised growth of 10 percent to 12 percent in dividends.", [((10, 12), "percent", "up")]),
    ("range", "Halden booked an increase of 9 percent to 13 percent at its outlets.", [((9, 13), "percent", "up")]),
    (
        "range",
        "Regulators imposed a cut of 16 percent to 19 percent on Brisk's tariffs.",
        [((16, 19), "percent", "down")],
    ),
    (
        "range",
        "Kestrel delivered growth of 18 percent to 22 percent in its cloud business.",
        [((18, 22), "percent", "up")],
    ),
    (
        "range",
        "The ministry foresees growth of 3 percent to 3.5 percent in farm output.",
        [((3, 3.5), "percent", "up")],
    ),
    (
        "range",
        "Pellam guided to revenue growth of 2 percent to 4 percent in the quarter.",
        [((2, 4), "percent", "up")],
    ),
    (
        "range",
        "Halden forecast sales growth of 4 percent to 7 percent over the next year.",
        [((4, 7), "percent", "up")],
    ),
    (
        "range",
        "The Brisk chain targets same-store sales growth of 2 percent to 4 percent.",
        [((2, 4), "percent", "up")],
    ),
    (
        "range",
        "The chief economist predicts growth of 1 percent to 1.5 percent this year.",
        [((1, 1.5), "percent", "up")],
    ),
    ("range", "Marlow delivered declines of 2 percent to 3 percent in unit costs.", [((2, 3), "percent", "down")]),
    # guards: a range of a level noun ("a share of", "a tax rate of", "margins of"), its "to" hung on the verb too;
    # a range after "from", "to between", "at"; a money range of a profit item; a level range "between" two figures
    ("range", "Analysts forecast a share of 6 percent to 8 percent for Kell.", [((6, 8), "percent", None)]),
    ("range", "Vessic forecast a tax rate of 21 percent to 23 percent.", [((21, 23), "percent", None)]),
    ("range", "Executives forecast gross margins of 61 percent to 62 percent.", [((61, 62), "percent", None)]),
    ("range", "Dunmore forecast an operating margin of 9 percent to 10 percent.", [((9, 10), "percent", None)]),
    (
        "range",
        "Forecasts for growth in Brenna range from 0.8 percent to 1.6 percent.",
        [((0.8, 1.6), "percent", None)],
    ),
    (
        "range",
        "Dunmore expects free cash to climb to between $13 billion and $14 billion.",
        [((13e9, 14e9), "USD", None)],
    ),
    ("range", "Orders at Ferrow are seen at 2 percent to 3 percent of sales.", [((2, 3), "percent", None)]),
    ("range", "Hollins forecast profit of $1.52 to $1.58 per share.", [((1.52, 1.58), "USD_per_share", None)]),
    ("range", "Ardley forecast a net loss of $64 million to $71 million.", [((64e6, 71e6), "USD", None)]),
    ("range", "Brell's growth rate remains between 3 percent and 7 percent.", [((3, 7), "percent", None)]),
]

ROWS = [*RANGES_OF_CHANGE_NOUNS]
