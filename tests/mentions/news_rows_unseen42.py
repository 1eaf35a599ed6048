"""More rows of the news quantity table (issue 11), written by helper "quant42": index points with no move or score
word near them. (1) A level a verb of place sets the index at ("the gauge finished under 4,000 points", "the gauge stood
at 3,210 points"; `quantities/point_levels`), read in points as the level after a move is ("ended down 0.8% at
2,310.45 points"). (2) A distance between two levels whose other level comes past an aside ("120 points -- roughly
2 percent -- below its peak") or as the act of reaching it ("30 points away from hitting a fresh high";
`quantities/point_distances`). Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures
below were written for this table.
"""

from __future__ import annotations

# (1) a level after a verb of place and a preposition; positives fail on main (the figure had no unit)
POINT_LEVELS = [
    ("unit", "The Varsa 30 finished the session under 8,000 points.", [(8000, "point", None)]),
    ("unit", "The Korva index closed at 9,480 points.", [(9480, "point", None)]),
    ("unit", "By midday the Tellan gauge stood at 3,210 points.", [(3210, "point", None)]),
    ("unit", "The Mirel composite hovered around 1,520 points all week.", [(1520, "point", None)]),
    ("unit", "Brenmark's main index ended the session at 7,045.6 points.", [(7045.6, "point", None)]),
    ("unit", "The blue-chip Solvar 50 finished above 4,000 points for the first time.", [(4000, "point", None)]),
    ("unit", "The Quell index opened at 2,318.4 points after the holiday.", [(2318.4, "point", None)]),
    ("unit", "Dealers said the Arlan 100 traded near 6,800 points in thin volume.", [(6800, "point", None)]),
    ("unit", "The Harrow benchmark settled at 11,204 points late on Friday.", [(11204, "point", None)]),
    ("unit", "The Pellam small-cap gauge remained under 900 points through June.", [(900, "point", None)]),
    ("unit", "For most of the year the Dunmore index sat below 5,000 points.", [(5000, "point", None)]),
    ("unit", "The Norwick 40 stayed above 3,500 points despite the selling.", [(3500, "point", None)]),
    ("unit", "The Castell index rested at 12,870 points at the close.", [(12870, "point", None)]),
    ("unit", "Shares rallied and the Ferrin 25 closed just above 2,000 points.", [(2000, "point", None)]),
    ("unit", "The Oakvale gauge is trading at about 1,150 points.", [(1150, "point", None)]),
    ("unit", "Analysts expect the Ravel index to end the year near 8,200 points.", [(8200, "point", None)]),
    ("unit", "The Lindqvist all-share index finished the week at 615.3 points.", [(615.3, "point", None)]),
    ("unit", "The Tarsk composite was standing at 1,902 points by noon.", [(1902, "point", None)]),
    ("unit", "After the vote the Corvan index closed beneath 14,000 points.", [(14000, "point", None)]),
    ("unit", "The Hollins 200 has been hovering at roughly 450 points since spring.", [(450, "point", None)]),
    ("unit", "The Selby index closes at 3,120 points on average in December.", [(3120, "point", None)]),
    ("unit", "The Marlow gauge opened the day over 25,000 points.", [(25000, "point", None)]),
    # guards, the same on main: points of a list or a plan after no verb of place, written-out points, a level
    # the verb of place reaches with no "points", a score's points after a change word
    ("count", "The memo lists 12 points below each heading.", [(12, None, None)]),
    ("count", "The charter ends with five points at the bottom of the page.", [(5, None, None)]),
    ("count", "Drafters closed the debate on 14 points of the treaty.", [(14, None, None)]),
    ("number", "The Varden index closed at 3,046.80 on Tuesday.", [(3046.8, None, None)]),
    ("sign", "The Ostrava gauge closed up 1.1% at 7,450 points.", [(1.1, "percent", "up"), (7450, "point", None)]),
]

# (2) a distance past an aside or before a gerund; positives fail on main (the figure had no unit)
POINT_DISTANCES = [
    (
        "unit",
        "The Varsa 30 is roughly 140 points - about 2 percent - off its record.",
        [(140, "point", None), (2, "percent", None)],
    ),
    (
        "unit",
        "The Korva index stands 120 points -- roughly 2 percent -- below its January peak.",
        [(120, "point", None), (2, "percent", None)],
    ),
    (
        "unit",
        "The Tellan gauge sits 40 points (under 1 percent) short of its record.",
        [(40, "point", None), (1, "percent", None)],
    ),
    (
        "unit",
        "The Mirel composite closed 85 points - its widest gap in a month - below the Harrow index.",
        [(85, "point", None)],
    ),
    (
        "unit",
        "The benchmark ended 210 points (about 3 percent) above its March low.",
        [(210, "point", None), (3, "percent", None)],
    ),
    (
        "unit",
        "The Quell index sits 25 points shy of notching its best close since 2019.",
        [(25, "point", None)],
    ),
    ("unit", "Brokers said the Arlan 100 was just 30 points away from hitting a fresh high.", [(30, "point", None)]),
    ("unit", "The Solvar 50 finished 15 points short of reaching its pre-crisis level.", [(15, "point", None)]),
    ("unit", "The Pellam gauge remains 140 points shy of matching its 2019 record.", [(140, "point", None)]),
    ("unit", "The Dunmore index stood 60 points away from wiping out the year's losses.", [(60, "point", None)]),
    ("unit", "At the close the Norwick 40 was 22 points short of breaking its record.", [(22, "point", None)]),
    ("unit", "The Castell index nearly set a record, ending 9 points shy of topping it.", [(9, "point", None)]),
    (
        "unit",
        "Traders noted the Ferrin 25 rests 180 points away from retaking its summer peak.",
        [(180, "point", None)],
    ),
    ("unit", "The Oakvale gauge is 35 points away from topping its 2009 peak.", [(35, "point", None)]),
    ("unit", "The Ravel index is 45 points away from erasing its losses for the year.", [(45, "point", None)]),
    (
        "unit",
        "The Lindqvist all-share sat 70 points -- a little over 1 percent -- short of its peak.",
        [(70, "point", None), (1, "percent", None)],
    ),
    (
        "unit",
        "The Tarsk composite trades 12 points (0.6 percent) above its long-run average.",
        [(12, "point", None), (0.6, "percent", None)],
    ),
    (
        "unit",
        "The Corvan index finished 95 points - most of its early gain - off the day's high.",
        [(95, "point", None)],
    ),
    ("unit", "The Hollins 200 was 300 points away from setting a new all-time high.", [(300, "point", None)]),
    ("unit", "The Selby gauge closed 8 points short of completing a full recovery.", [(8, "point", None)]),
    (
        "unit",
        "The Marlow benchmark hovered 55 points - or 0.9 percent - below its opening level.",
        [(55, "point", None), (0.9, "percent", None)],
    ),
    # guards, the same on main: a gerund after "above"/"below" ("during", "morning"), points of a list after an
    # aside with no distance word, written-out points before a gerund
    ("count", "The report made 8 points below during the review.", [(8, None, None)]),
    ("count", "The memo lists 12 points - all of them minor - for the board.", [(12, None, None)]),
    ("count", "The coach had three points away from reaching the target.", [(3, None, None)]),
]

ROWS = [*POINT_LEVELS, *POINT_DISTANCES]
