"""More rows of the news quantity table (issue 11), written by helper "quant17" for the error classes found in
`extract quantities` output on the 150 unread Reuters stories of round 17 and in the readable stories, and for the
classes the brief named as left from round 16. Conventions: see `tests/mentions/news_table.py`. The sentences,
names and figures below, and the examples in the comments, were written for this table (the rows review17b found
following a story's sentence shape were rewritten by mend17b with a different subject, verb and clause order).
"""

from __future__ import annotations

# money right after a verb of obtaining it is the sum sought, so its "X to Y" is one range, not a rise and the
# level it reached ("aims to raise 80 million to 90 million francs"; 3 readable stories write one, one was split)
RAISED_RANGES = [
    (
        "range",
        "Velmora hopes to raise $40 million to $55 million in its second funding round.",
        [((40e6, 55e6), "USD", None)],
    ),
    ("range", "The listing could raise 300 million to 350 million euros for Kastell.", [((300e6, 350e6), "EUR", None)]),
    (
        "range",
        "Brannock is raising 1.2 billion to 1.4 billion pounds through a rights issue.",
        [((1.2e9, 1.4e9), "GBP", None)],
    ),
    (
        "range",
        "A bond sale would raise roughly $2 billion to $2.5 billion, bankers said.",
        [((2e9, 2.5e9), "USD", None)],
    ),
    # guards: a move told after the verb with its object between, and a change with the level it reached
    (
        "move",
        "Ostrel raised its payout from 40 cents to 46 cents a share.",
        [((0.40, 0.46), "USD_per_share", "up")],
    ),
    ("sign", "Fares rose 8 percent to $3.40.", [(8, "percent", "up"), (3.4, "USD", None)]),
]

# a sign word before a currency written ahead of the number makes the sum negative ("reserves sank to negative €45
# million"; 3 readable stories), as it already did before the digits ("minus 0.8 percent")
SIGNED_MONEY = [
    ("negative", "Free cash flow at Dorrel came in at negative $310 million.", [(-310e6, "USD", None)]),
    ("negative", "Pellor's escrow account showed minus $640,000 after the audit.", [(-640e3, "USD", None)]),
    ("negative", "Tarvik's book equity slid to a negative C$85 million.", [(-85e6, "CAD", None)]),
    ("negative", "Net fund flows were negative $12 million in March and positive in April.", [(-12e6, "USD", None)]),
    # guards: a tolerance is no sign, and a sign word before the digits was read already
    ("currency", "Quotes may vary by plus or minus $5 a night.", [(5, "USD_per_night", None)]),
    ("negative", "Margins at the mill were negative 3 percent.", [(-3, "percent", None)]),
]

# index points that measure the distance of one level from another ("sat 62 points short of the 9,000 mark"; 2
# readable stories): points even without a move or score word near them, when a determiner or possessive follows
POINT_DISTANCES = [
    ("unit", "The Varsa index closed 180 points below its March record.", [(180, "point", None)]),
    ("unit", "At Tuesday's close the Korva 25 rested 71.6 points clear of its spring trough.", [(71.6, "point", None)]),
    (
        "unit",
        "Traders reckon the Mirel gauge lies 45 points away from the top it set in spring.",
        [(45, "point", None)],
    ),
    (
        "unit",
        "Brokers noted the Tellan 40 stood 62 points short of the 9,000 mark.",
        [(62, "point", None), (9000, None, None)],
    ),
    ("unit", "By noon the index hovered 140 points off its morning high.", [(140, "point", None)]),
    # guards: points of a list or an agenda written in words, and points followed by no level
    ("count", "The charter has three points above the signatures.", [(3, None, None)]),
    ("count", "The memo lists five points from the board.", [(5, None, None)]),
    # guards in digits: no determiner or possessive after the place word, and words in -ing ("everything", "morning")
    # where the dropped gerund branch took them
    ("count", "Section 7 sets out 12 points below each heading.", [(12, None, None)]),
    ("count", "The report made 8 points above everything else in the file.", [(8, None, None)]),
    ("count", "The tutor took 6 points off morning quizzes handed in late.", [(6, None, None)]),
    # a determiner before a thing that is no level still reads as one (strict xfail in news_xfail)
    ("count", "The plan lists 12 points above the signatures.", [(12, None, None)]),
]

# a written fraction of one percent ("two-tenths of a percent") is that fraction in percent, as "half a percent"
# and "a quarter of a percentage point" already were (the brief's class left from round 16)
FRACTIONS_OF_A_PERCENT = [
    ("unit", "Consumer prices in Dalvia edged up two-tenths of a percent in June.", [(0.2, "percent", "up")]),
    ("unit", "Retail sales slipped a tenth of a percent last month.", [(0.1, "percent", "down")]),
    ("unit", "The fee is three-quarters of one percent of assets.", [(0.75, "percent", None)]),
    ("unit", "Wages grew by three-tenths of a percent over the quarter.", [(0.3, "percent", "up")]),
    # guard: a fraction of a percentage point stays a step of a rate
    ("unit", "Yields climbed a quarter of a percentage point.", [(0.25, "percentage_point", "up")]),
]

# a depth of rain or snow is what fell, not a fall ("a squall dropped 9 cm of hail", "75 millimetres of rain fell";
# 2 readable stories; news_rows' strict xfail "250 millimetres of rain fell" now passes)
PRECIPITATION_DEPTHS = [
    ("unit", "Up to 16 inches of snow, dropped by a slow front, closed Harlow's roads.", [(16, "inch", None)]),
    ("unit", "Nearly 40 centimetres of fresh snow fell on the pass.", [(40, "centimeter", None)]),
    ("unit", "Monsoon bursts dumped 180 millimetres of rain on the port in a day.", [(180, "millimeter", None)]),
    ("unit", "Forecasters expect two feet of heavy snow to fall by Sunday.", [(2, "foot", None)]),
    # up to three words between "of" and the noun, commas not counted
    (
        "unit",
        "Overnight the front dropped 30 centimetres of heavy, wet snow across the Ostra hills.",
        [(30, "centimeter", None)],
    ),
    ("unit", "Gales dropped 8 inches of very heavy wet sleet on Brenn.", [(8, "inch", None)]),
    ("unit", "The squall dropped 5 cm of thick, wet, blowing snow on the pass.", [(5, "centimeter", None)]),
    # guards: a river level that fell, and rainfall below a norm, are moves
    ("sign", "The Ardle river fell 3 feet overnight.", [(3, "foot", "down")]),
    ("sign", "Rainfall dropped 40 millimetres below the average.", [(40, "millimeter", "down")]),
]

# the kind of day between a count and its time unit ("within ten business days", "six straight losing days"; 5
# readable stories): the count is shown in days, as "35 straight months" already was
KINDS_OF_DAYS = [
    (
        "unit",
        "Three trading days of selling have cut Halden's stock by 9 percent.",
        [(3, "day", None), (9, "percent", "down")],
    ),
    ("unit", "Staff must file claims no later than 30 working days after a trip.", [(30, "day", None)]),
    ("unit", "Refunds arrive within ten business days.", [(10, "day", None)]),
    ("unit", "Kessel's stock has had five straight losing days.", [(5, "day", None)]),
    ("unit", "Bids close after 20 calendar days.", [(20, "day", None)]),
    # guards: the same adjectives before a noun that is no time unit
    ("count", "Kessel runs four trading desks in Oslo.", [(4, None, None)]),
    ("count", "The group has three business units.", [(3, None, None)]),
]

# edges of the sign word and of the written fraction of a percent (mend17b, after review17b)
SIGN_AND_FRACTION_EDGES = [
    # a hyphenated fraction before a noun is the same fraction of one percent
    ("unit", "The fund charges a three-quarters-of-one-percent fee.", [(0.75, "percent", None)]),
    ("unit", "Bond yields moved a two-tenths-of-a-percent notch.", [(0.2, "percent", None)]),
    # strict xfails in news_xfail: a sign shared by both ends of a range, a hyphen as a minus sign, and "minus"
    # between two sums (subtraction)
    (
        "negative",
        "Torvik guides for operating cash flow of negative $200 million to $300 million over its next fiscal year.",
        [((-300e6, -200e6), "USD", None)],
    ),
    ("negative", "Net income at Ravel swung to -$4 million.", [(-4e6, "USD", None)]),
    (
        "currency",
        "Gross sales minus $3 million of refunds came to $20 million.",
        [(3e6, "USD", None), (20e6, "USD", None)],
    ),
]

ROWS = [
    *RAISED_RANGES,
    *SIGNED_MONEY,
    *POINT_DISTANCES,
    *FRACTIONS_OF_A_PERCENT,
    *PRECIPITATION_DEPTHS,
    *KINDS_OF_DAYS,
    *SIGN_AND_FRACTION_EDGES,
]
