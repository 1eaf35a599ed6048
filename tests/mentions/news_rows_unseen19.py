"""More rows of the news quantity table (issue 11), written by helper "quant19" for the error classes found in
`extract quantities` output on 150 allowed Reuters stories of round 19 (and counted again on the readable stories).
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the
comments, were written for this table.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

# money the parse makes the value of a per-share measure ("EPS hit 73 cents", "a payout per share worth 41 cents";
# results and guidance stories) is a rate per share, as "41 cents a share" is, though "per share" stands before it;
# main units are asserted in tests/mentions/test_share_nouns.py
PER_SHARE_NOUNS = [
    (
        "range",
        "Before one-off costs, Quarrel Foods now pegs fourth-quarter EPS at 61 cents to 65 cents.",
        [((0.61, 0.65), "USD_per_share", None)],
    ),
    ("unit", "Marwick's profit per diluted share came to $2.14 for the year.", [(2.14, "USD_per_share", None)]),
    ("move", "EPS at Ollenby slipped to 18 cents from 23 cents.", move_levels(0.23, 0.18, "USD_per_share")),
    (
        "range",
        "For the full year, Dunmere expects a loss per share of between 9 pence and 12 pence.",
        [((9, 12), "penny_per_share", None)],
    ),
    (
        "unit",
        "Brenlow's book value per share stood at $41.80 in June, up from $39.95 in March.",
        [(41.8, "USD_per_share", None), (39.95, "USD_per_share", None)],
    ),
    (
        "unit",
        "Tolland reported dividends per share of 75 cents, above the 70 cents paid a year before.",
        [(0.75, "USD_per_share", None), (0.70, "USD_per_share", None)],
    ),
    (
        "range",
        "Grisby now sees EPS of between $3.05 and $3.20, up from between $2.90 and $3.10 before.",
        [((3.05, 3.20), "USD_per_share", None), ((2.90, 3.10), "USD_per_share", None)],
    ),
    (
        "range",
        "Halden now expects per-share earnings between $1.31 and $1.36 for its fiscal year.",
        [((1.31, 1.36), "USD_per_share", None)],
    ),
    (
        "range",
        "Tolliver's earnings per share this year, before restructuring costs and one-time gains, should land between"
        " $4.10 and $4.30.",
        [((4.10, 4.30), "USD_per_share", None)],
    ),
    # guards: the stock's own price, a total on revenue, and an amount in another clause are no per-share values
    (
        "sign",
        "Earnings per share rose 9 percent, and Corby's stock gained $1.10 to $38.40.",
        [(9, "percent", "up"), (1.10, "USD", "up"), (38.40, "USD", None)],
    ),
    (
        "unit",
        "Kessel held its dividend per share at 30 cents even as sales slid to $4.2 billion.",
        [(0.30, "USD_per_share", None), (4.2e9, "USD", None)],
    ),
    (
        "unit",
        "Thrane's EPS doubled last year; a bottle of its cider still costs $4.",
        [(2, "times", "up"), (4, "USD", None)],
    ),
]

# forms read right before round 19 and kept as guards for the rules of this round (a docket, a percent beside a
# scaled count, a particle that tells a move): no rule of their own
STILL_READ = [
    ("negative", "Filings in the suit, docketed as 09-cv-2281, run to 400 pages.", [(400, None, None)]),
    ("negative", "A judge in Kessock set a hearing in case No. 11-md-02093 for May.", []),
    ("range", "Builders expect 35-to-40 percent of the new flats to sell off plan.", [((35, 40), "percent", None)]),
    ("currency", "Varun Mills raised 12 crore rupees from the sale.", [(120e6, "INR", None)]),
    (
        "sign",
        "Arlo's subscriber count is seen 12% higher at 4.5 million.",
        [(12, "percent", "up"), (4.5e6, None, None)],
    ),
    ("range", "Growth of 5 percent to 6 percent is forecast for Ternby.", [((5, 6), "percent", "up")]),
    ("sign", "The Maribel index ended up 1.3 percent.", [(1.3, "percent", "up")]),
]

# a bare price in the sentence of a price per unit is per that unit when it is a level of its size compared with
# the nearest LEVEL per unit (a change per unit between is skipped), or a change of at most a fifth of it told of
# the level's subject (quantities/clause_subject.py; main units asserted in tests/mentions/test_unit_price_changes.py)
UNIT_PRICE_CHANGES = [
    (
        "sign",
        "Having slipped $1.05 in Monday's session, Brent for May rose 65 cents on Tuesday to $71.40 a barrel.",
        [(1.05, "USD_per_barrel", "down"), (65, "cent_per_barrel", "up"), (71.40, "USD_per_barrel", None)],
    ),
    (
        "sign",
        "Heating oil futures dropped 4 cents, or 1.7 percent, on Friday to $2.31 a gallon after rising 3 cents on"
        " Monday.",
        [
            (4, "cent_per_gallon", "down"),
            (1.7, "percent", "down"),
            (2.31, "USD_per_gallon", None),
            (3, "cent_per_gallon", "up"),
        ],
    ),
    (
        "unit",
        "After trading above $1,030 in the morning, palladium lost $9 by the close to end at $1,012 an ounce.",
        [(1030, "USD_per_ounce", None), (9, "USD_per_ounce", "down"), (1012, "USD_per_ounce", None)],
    ),
    # guard: a change told of a stock beside the price per unit stays the stock's
    (
        "sign",
        "Copper rose to $8,450 a tonne and Halvik Mining shares gained $1.25.",
        [(8450, "USD_per_tonne", None), (1.25, "USD", "up")],
    ),
]

# classes found on the unread stories that were seen in one story only: no rule was written (strict xfails in
# news_xfail)
LEFT_ONE_STORY = [
    (
        "unit",
        "Nearly half a square kilometer of pine forest burned outside Tilby on Sunday.",
        [(0.5, "square_kilometer", None)],
    ),
    (
        "move",
        "Pemberly strategists forecast the franc will buy 1.10 euros come December 2027, from 1.02 now.",
        move_levels(1.02, 1.10, "EUR"),
    ),
]

ROWS = [
    *PER_SHARE_NOUNS,
    *STILL_READ,
    *UNIT_PRICE_CHANGES,
    *LEFT_ONE_STORY,
]
