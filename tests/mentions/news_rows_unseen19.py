"""More rows of the news quantity table (issue 11), written by helper "quant19" for the error classes found in
`extract quantities` output on 150 allowed Reuters stories of round 19 (and counted again on the readable stories).
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the
comments, were written for this table.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

# money told as the value of a per-share noun ("earnings per share of 41 cents", "EPS hit 73 cents"; 10 readable
# stories, results and guidance) is a rate per share, as "41 cents a share" is, though "per share" stands before it;
# an amount compared right after one ("seen at $3.05 to $3.20, against $2.90 to $3.10 before") measures the same noun
PER_SHARE_NOUNS = [
    (
        "range",
        "Quarrel Foods put its fourth-quarter earnings per share at 61 cents to 65 cents, before one-off costs.",
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
        "Earnings per share at Grisby are now seen in the range of $3.05 to $3.20, against $2.90 to $3.10 before.",
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
        "Kessel held its dividend per share at 30 cents on revenue of $4.2 billion.",
        [(0.30, "USD_per_share", None), (4.2e9, "USD", None)],
    ),
    (
        "unit",
        "Thrane's EPS doubled last year; a bottle of its cider still costs $4.",
        [(2, "times", "up"), (4, "USD", None)],
    ),
]

# a court docket after "No." ("No. 10-cr-0228", "case 11-cv-4412"; 4 readable stories end with one) is a case number:
# its letters are no scale word ("cr" read as crore made 100 million rupees), and the figure is no amount
DOCKET_NUMBERS = [
    ("negative", "The case is Tarrant v. Oxley, U.S. District Court, Eastern District, No. 12-cr-0417.", []),
    ("negative", "Filings in the suit, docketed as 09-cv-2281, run to 400 pages.", [(400, None, None)]),
    ("negative", "A judge in Kessock set a hearing in case No. 11-md-02093 for May.", []),
    # guards: a range written with "-to-" and a crore amount are still read
    ("range", "Builders expect 35-to-40 percent of the new flats to sell off plan.", [((35, 40), "percent", None)]),
    ("currency", "Varun Mills raised 12 crore rupees from the sale.", [(120e6, "INR", None)]),
]

# a percent change, then "to" and a scaled count ("estimated down 2.3 percent to 16.7 million"; the percent took the
# count's scale word and made one range of 2.3 million to 16.7 million percent) is a change and the level it reached:
# a percent takes no scale word
PERCENT_THEN_SCALED_LEVEL = [
    (
        "sign",
        "Car sales in Velland for the year are put down about 4.1 percent to 2.3 million.",
        [(4.1, "percent", "down"), (2.3e6, None, None)],
    ),
    (
        "sign",
        "Shipments were estimated up roughly 6 percent to 1.8 billion this season.",
        [(6, "percent", "up"), (1.8e9, None, None)],
    ),
    (
        "sign",
        "Arlo's subscriber count is seen 12% higher at 4.5 million.",
        [(12, "percent", "up"), (4.5e6, None, None)],
    ),
    # guard: a percent range written on both ends stays one range
    ("range", "Growth of 5 percent to 6 percent is forecast for Ternby.", [((5, 6), "percent", "up")]),
]

# money handed over with a particle verb ("asked to cough up 90 billion yen"; the particle read as a rise) states
# no move (lexicon `static_phrasal_verbs`, as "made up 12 percent")
HANDED_OVER = [
    ("currency", "Lenders were told to cough up around 90 billion yen in fresh loans.", [(90e9, "JPY", None)]),
    ("currency", "Each partner must stump up 2 million pounds by June.", [(2e6, "GBP", None)]),
    ("currency", "Investors in Calder Farms may have to pony up another $15 million.", [(15e6, "USD", None)]),
    # guard: a particle that tells a move still does
    ("sign", "The Maribel index ended up 1.3 percent.", [(1.3, "percent", "up")]),
]

# a bare price in the sentence of a price per unit is per that unit when it is a level of its size compared with
# the nearest level per unit (not with a change per unit written between: "$N a barrel, down $M, after rising above
# $N"), or a change of at most a fifth of it ("after settling up $M"; 3 readable oil stories)
UNIT_PRICE_CHANGES = [
    (
        "sign",
        "Brent for May closed at $71.40 a barrel, up 65 cents, having slipped $1.05 the session before.",
        [(71.40, "USD_per_barrel", None), (65, "cent_per_barrel", "up"), (1.05, "USD_per_barrel", "down")],
    ),
    (
        "sign",
        "Heating oil futures fell 4 cents, or 1.7 percent, to $2.31 a gallon after rising 3 cents on Monday.",
        [
            (4, "cent_per_gallon", "down"),
            (1.7, "percent", "down"),
            (2.31, "USD_per_gallon", None),
            (3, "cent_per_gallon", "up"),
        ],
    ),
    (
        "unit",
        "Palladium ended at $1,012 an ounce, off $9, after trading above $1,030 earlier.",
        [(1012, "USD_per_ounce", None), (9, "USD_per_ounce", "down"), (1030, "USD_per_ounce", None)],
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
        "The Derrow plant sprawls over half a square kilometer of reclaimed land.",
        [(0.5, "square_kilometer", None)],
    ),
    (
        "move",
        "Carvell's bank sees the dollar at 110 yen by the end of next year, from 100.",
        move_levels(100, 110, "JPY"),
    ),
]

ROWS = [
    *PER_SHARE_NOUNS,
    *DOCKET_NUMBERS,
    *PERCENT_THEN_SCALED_LEVEL,
    *HANDED_OVER,
    *UNIT_PRICE_CHANGES,
    *LEFT_ONE_STORY,
]
