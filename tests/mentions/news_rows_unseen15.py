"""More rows of the news quantity table (issue 11), written by helper "quant15" for the error classes found in
`extract quantities` output on 330 readable Reuters stories in round 15. Conventions: see
`tests/mentions/news_table.py`. Every name and sentence is invented.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

# a unit of two words written with hyphens inside a compound before a noun: "a 40,000-square-foot facility",
# "2,300-square-foot (210-square-meter) homes" (2 readable stories); the number was read as a bare count
HYPHENATED_UNITS = [
    ("unit", "Dravik leased a 52,000-square-foot warehouse outside the port.", [(52000, "square_foot", None)]),
    (
        "unit",
        "The chain will open 30 new 4,500-square-foot stores next year.",
        [(30, None, None), (4500, "square_foot", None)],
    ),
    (
        "unit",
        "Each 1,800-square-foot (167-square-meter) flat has three bedrooms.",
        [(1800, "square_foot", None), (167, "square_meter", None), (3, None, None)],
    ),
    ("unit", "Engineers dug a 12,000-cubic-metre reservoir beside the plant.", [(12000, "cubic_meter", None)]),
    ("unit", "Officials cleared a 40-square-mile zone around the reactor.", [(40, "square_mile", None)]),
    # a hyphen between the number and a one-word unit was read before and still is
    ("unit", "Lorries carry 38-tonne loads down the valley.", [(38, "tonne", None)]),
]

# the old level of a move written bare takes the new level's unit with its factor: basis points are hundredths of
# a percentage point on both ends ("rising to 394 basis points, from 375"; the bare end was 375 points)
BARE_OLD_LEVELS = [
    (
        "move",
        "The spread over Bunds widened to 412 basis points, from 380 on Monday.",
        move_levels(3.80, 4.12, "percentage_point"),
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
        "Bank holdings of the bonds slid to 4.2 billion euros from 7.5 billion.",
        move_levels(7.5e9, 4.2e9, "EUR"),
    ),
]

# a range whose second end carries its own bound words: "$1 trillion to as much as $2 trillion", "from $2 million
# to more than $6 million" (2 readable stories)
HEDGED_SECOND_ENDS = [
    (
        "range",
        "Lawyers said the penalty could be $800 million to as much as $1.5 billion.",
        [((800e6, 1.5e9), "USD", None)],
    ),
    ("range", "The clean-up will need 2,000 to as many as 3,500 workers.", [((2000, 3500), None, None)]),
    ("range", "Forecasters expect 6 inches to as much as 10 inches of snow.", [((6, 10), "inch", None)]),
    ("range", "Villas on the island sell for $4 million to as much as $9 million.", [((4e6, 9e6), "USD", None)]),
]

# a number that cannot be a day of the month before a month name is a count: "about 18,700 September call option
# contracts", "recall 498,793 March hatchbacks" (2 readable stories); "12 September" stays a date
MONTH_NAMED_COUNTS = [
    ("count", "Traders bought 25,400 December futures contracts on Tuesday.", [(25400, None, None)]),
    ("count", "The maker will recall 112,000 March compacts sold in Japan.", [(112000, None, None)]),
    ("count", "About 3,200 June put options changed hands.", [(3200, None, None)]),
    ("number", "The auction is set for 14 November in Vienna.", []),
]

# a move whose old level is dated by a bare year: "from about $300 an ounce in 2002 to about $1,720 an ounce", "to
# $10.8 billion in 2010 from $5.7 billion in 2006" (2 readable stories) is one move, as "in May" already was
YEAR_DATED_MOVES = [
    (
        "move",
        "Online loan volume climbed to $9.6 billion in 2011 from $4.2 billion in 2007.",
        move_levels(4.2e9, 9.6e9, "USD"),
    ),
    (
        "move",
        "Silver rose from about $5 an ounce in 2003 to about $42 an ounce.",
        move_levels(5, 42, "USD_per_ounce"),
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

# "35-to-40 percent": a range written as one hyphen compound was dropped whole (the ratio reader leaves a "-to-"
# before a percent to the ranges, which never read it); a ratio "38-to-1" stays two counts
HYPHEN_TO_RANGES = [
    ("range", "Brokers estimate that 25-to-30 percent of new loans are late.", [((25, 30), "percent", None)]),
    ("range", "The retailer plans a 5-to-8 percent price rise.", [((5, 8), "percent", "up")]),
    ("range", "Yields on the notes run at 4.5-to-5 percent.", [((4.5, 5), "percent", None)]),
    ("count", "Bulls outnumbered bears by 4-to-1 in the survey.", [(4, None, None), (1, None, None)]),
]

# a dash after "from" is no move's "to": "raised its outlook to 10 percent from 5-10 percent" lost the old range whole
# (both numbers were dropped as a code "5-10"); "from X to Y" after a change word stays a move
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
]

# "by between X and Y" after a change verb: the range is the size of the move, as "by an average of" is ("lowered
# rates on 10-year bills by between 0.30 of a percentage point and 1 percentage point"; 3 readable stories write "by
# between", one lost its direction where the parse hung "by" from the verb)
BY_BETWEEN = [
    (
        "sign",
        "The program lowered rates on five-year notes by between 0.15 of a percentage point and 0.5 percentage point.",
        [(5, "year", None), ((0.15, 0.5), "percentage_point", "down")],
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
