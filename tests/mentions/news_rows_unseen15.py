"""More rows of the news quantity table (issue 11), written by helper "quant15" for the error classes found in
`extract quantities` output on 330 readable Reuters stories in round 15. Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the comments, were
written for this table; none follows the sentence of a story or of a development article.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

# a unit of two words written with hyphens inside a compound before a noun ("a 7,000-square-foot showroom", a
# metric size with its conversion in brackets; 2 readable stories): the number was read as a bare count
HYPHENATED_UNITS = [
    ("unit", "Dravik leased a 52,000-square-foot warehouse outside the port.", [(52000, "square_foot", None)]),
    (
        "unit",
        "The chain will open 30 new 4,500-square-foot stores next year.",
        [(30, None, None), (4500, "square_foot", None)],
    ),
    (
        "unit",
        "The hotel's 950-square-meter (10,200-square-foot) ballroom seats 600 guests.",
        [(950, "square_meter", None), (10200, "square_foot", None), (600, None, None)],
    ),
    ("unit", "Engineers dug a 12,000-cubic-metre reservoir beside the plant.", [(12000, "cubic_meter", None)]),
    ("unit", "Officials cleared a 40-square-mile zone around the reactor.", [(40, "square_mile", None)]),
    # a hyphen between the number and a one-word unit was read before and still is
    ("unit", "Lorries carry 38-tonne loads down the valley.", [(38, "tonne", None)]),
]

# the old level of a move written bare takes the new level's unit with its factor: basis points are hundredths of
# a percentage point on both ends ("eased to 150 basis points, from 170": the bare end was read as 170 points)
BARE_OLD_LEVELS = [
    (
        "move",
        "On Thursday the risk premium on Solvina's debt shot up to 287 basis points, from 251 before the vote.",
        move_levels(2.51, 2.87, "percentage_point"),
    ),
    ("move", "The premium narrowed to 95 bps from 130.", move_levels(1.30, 0.95, "percentage_point")),
    (
        "move",
        "Swap spreads jumped to 88 basis points from 61 a week earlier.",
        move_levels(0.61, 0.88, "percentage_point"),
    ),
    # the scale word goes with the unit: a bare old level of the same size is in billions too
    ("move", "Sales at Corvane rose to 2.4 billion euros from 1.9 a year earlier.", move_levels(1.9e9, 2.4e9, "EUR")),
    (
        "move",
        "Tarrow Bank's deposits shrank to 6.3 billion pounds from 8.8 billion over the winter.",
        move_levels(8.8e9, 6.3e9, "GBP"),
    ),
]

# a range whose second end carries its own bound words ("40 to as many as 90 staff", "from 3 to more than 5 days";
# 2 readable stories)
HEDGED_SECOND_ENDS = [
    (
        "range",
        "Insurers put the storm's claims at 900 million euros to as much as 1.4 billion euros.",
        [((900e6, 1.4e9), "EUR", None)],
    ),
    ("range", "The clean-up will need 2,000 to as many as 3,500 workers.", [((2000, 3500), None, None)]),
    ("range", "Forecasters expect 6 inches to as much as 10 inches of snow.", [((6, 10), "inch", None)]),
    ("range", "Villas on the island sell for $4 million to as much as $9 million.", [((4e6, 9e6), "USD", None)]),
]

# a number that cannot be a day of the month before a month name is a count ("4,400 October delivery contracts";
# 2 readable stories); "12 September" stays a date
MONTH_NAMED_COUNTS = [
    ("count", "Traders bought 25,400 December futures contracts on Tuesday.", [(25400, None, None)]),
    ("count", "Some 1,250 April graduates of the academy found jobs within weeks.", [(1250, None, None)]),
    ("count", "About 3,200 June put options changed hands.", [(3200, None, None)]),
    ("number", "The auction is set for 14 November in Vienna.", []),
]

# a move whose first level is dated by a bare year ("from 80 stores in 2015 to 130", "to 9 percent in 2021 from
# 7 percent"; 2 readable stories) is one move, as "in May" already was
YEAR_DATED_MOVES = [
    (
        "move",
        "Tuition at Pellam College jumped from $14,000 in 2005 to $31,500 in 2017.",
        move_levels(14000, 31500, "USD"),
    ),
    (
        "move",
        "The rare earth's price climbed to roughly $310 a kilogram in 2011 from around $45 a kilogram.",
        move_levels(45, 310, "USD_per_kilogram"),
    ),
    (
        "move",
        "The jobless rate fell from 11 percent in 2013 to 6.5 percent last year.",
        move_levels(11, 6.5, "percent"),
    ),
    (
        "move",
        "Exports of the grain dropped to 2.1 million tonnes in 2019 from 3.4 million tonnes.",
        move_levels(3.4e6, 2.1e6, "tonne"),
    ),
]

# "20-to-25 percent": a range written as one hyphen compound was dropped whole (the ratio reader leaves a "-to-"
# before a percent to the ranges, which never read it); a ratio "3-to-1" stays two counts
HYPHEN_TO_RANGES = [
    ("range", "Only 12-to-15 percent of Dorvel's riders pay full fare, a survey found.", [((12, 15), "percent", None)]),
    ("range", "The retailer plans a 5-to-8 percent price rise.", [((5, 8), "percent", "up")]),
    ("range", "Yields on the notes run at 4.5-to-5 percent.", [((4.5, 5), "percent", None)]),
    ("count", "Bulls outnumbered bears by 4-to-1 in the survey.", [(4, None, None), (1, None, None)]),
]

# a dash after "from" is no move's "to": "cut its target to 4 percent from 6-8 percent" lost the old range whole
# (both numbers were dropped as a code "6-8"); "from X to Y" after a change word stays a move
DASH_RANGES_AFTER_FROM = [
    (
        "range",
        "Brixell trimmed its margin goal to 6-7 percent from 8-9 percent.",
        [((6, 7), "percent", None), ((8, 9), "percent", None)],
    ),
    ("range", "Fees at the clinic range from 40-60 euros.", [((40, 60), "EUR", None)]),
    (
        "range",
        "The agency lifted its growth estimate to 3 percent from 1-2 percent.",
        [(3, "percent", None), ((1, 2), "percent", None)],
    ),
    ("move", "Membership rose from 40 to 55 in a year.", move_levels(40, 55, None)),
    # an em dash or a tilde joins a range just as a hyphen does (`ranges._RANGE_MARKS`); an en dash was read already
    ("range", "Seats on the Varro ferry cost from 30—45 euros in summer.", [((30, 45), "EUR", None)]),
    (
        "range",
        "Pellicor cut its sales outlook to 2 percent from 3~4 percent.",
        [(2, "percent", None), ((3, 4), "percent", None)],
    ),
    (
        "range",
        "Analysts lowered their estimate for the tax to 1.5 percent from 2—2.5 percent.",
        [(1.5, "percent", None), ((2, 2.5), "percent", None)],
    ),
    ("range", "Wait times at the Oster clinic range from 20–35 minutes.", [((20, 35), "minute", None)]),
]

# "by between X and Y" after a change verb: the range is the size of the move, as "by an average of" is ("shrank by
# between 4 and 6 percent"; 3 readable stories write "by between", one lost its direction where the parse hung "by"
# from the verb and the range from "between")
BY_BETWEEN = [
    (
        "sign",
        "Rebates reduced Halmer's borrowing costs by between 12 and 40 basis points.",
        [((0.12, 0.4), "percentage_point", "down")],
    ),
    (
        "sign",
        "The agency will raise charges on cargo by between 25 and 50 basis points.",
        [((0.25, 0.5), "percentage_point", "up")],
    ),
    (
        "sign",
        "The central bank will raise rates by between 25 and 50 basis points.",
        [((0.25, 0.5), "percentage_point", "up")],
    ),
    ("sign", "Output will shrink by between 2 percent and 3 percent.", [((2, 3), "percent", "down")]),
]

ROWS = [
    *HYPHENATED_UNITS,
    *BARE_OLD_LEVELS,
    *HEDGED_SECOND_ENDS,
    *MONTH_NAMED_COUNTS,
    *YEAR_DATED_MOVES,
    *HYPHEN_TO_RANGES,
    *DASH_RANGES_AFTER_FROM,
    *BY_BETWEEN,
]
