"""More rows of the news quantity table (issue 11), written by helper "quant11" for the error classes found in
`extract quantities` output on 125 reuters-news stories of the second half of the readable list (68 of them read
quantity by quantity). Conventions: see `tests/mentions/news_table.py`. Every name and sentence is invented.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

# the old level of a move named as a reading of it: "from a revised", "from an unrevised", "from the previously
# reported", "from the previous week's" (found in 5 stories: trade gaps, jobless claims, weekly indexes)
REVISED_OLD_LEVEL = [
    ("move", *move("The trade gap narrowed to $31.2 billion from a revised $33.9 billion.", 33.9e9, 31.2e9, "USD")),
    ("move", *move("Jobless claims rose to 402,000 from an unrevised 389,000.", 389000, 402000, None)),
    (
        "move",
        *move("Core inflation slowed to 1.7 percent from the previously reported 1.9 percent.", 1.9, 1.7, "percent"),
    ),
    ("move", *move("The weekly gauge climbed to 127.4 from the previous week's 125.8.", 125.8, 127.4, None)),
    ("move", *move("The budget shortfall shrank to 4.1% from an upwardly revised 4.6%.", 4.6, 4.1, "percent")),
    ("move", *move("Factory orders fell to 61,300 from a preliminary 64,800.", 64800, 61300, None)),
    ("move", *move("The lender's ratio improved to 12.8% from last year's 11.9%.", 11.9, 12.8, "percent")),
    ("move", *move("Mortgage approvals dropped to 58,200 from a prior 60,050.", 60050, 58200, None)),
    # with the reading named after the modifier ("an upwardly revised estimate of")
    (
        "move",
        *move(
            "The current-account gap grew to $18.4 billion, from an upwardly revised estimate of $17.6 billion.",
            17.6e9,
            18.4e9,
            "USD",
        ),
    ),
    ("move", *move("The services gauge rose to 53.7 from a revised reading of 52.9.", 52.9, 53.7, None)),
    ("move", *move("Filings eased to 7,340 from the initially reported figure of 7,610.", 7610, 7340, None)),
]

# a unit an editor added in brackets to a quoted figure: "aiming at 15 (percent)", "valued at 70 (dollars) each"
# (found in 4 stories: quotes of targets, yields, valuations and pay)
BRACKETED_UNIT = [
    ("unit", '"We want margins of 18 (percent) by then," the founder said.', [(18, "percent", None)]),
    ("unit", "The bond's yield touched 4.27 (percent) before trade closed.", [(4.27, "percent", None)]),
    ("unit", '"Output could drop another 6 (percent)," the minister warned.', [(6, "percent", "down")]),
    (
        "currency",
        '"The stock is worth 40 to 45 (dollars) a share," the fund manager said.',
        [((40, 45), "USD_per_share", None)],
    ),
    ("currency", '"He earned at least 9 million (euros) last year," the union said.', [(9e6, "EUR", None)]),
    ("currency", '"We could spend 250 million (Swiss francs) on it," the chairman said.', [(2.5e8, "CHF", None)]),
    ("currency", '"A ticket might cost 30 (pounds) then," the promoter said.', [(30, "GBP", None)]),
    # brackets that hold more than a unit leave the figure as it was
    ("number", "The board of 11 (nine of them new) met on Monday.", [(11, None, None), (9, None, None)]),
]

# a date phrase between the two levels of a move: "to X in the third quarter from Y", "to X in the week ended
# June 1 from Y" (found in 3 stories: a ratio by quarter, the Fed's weekly balance sheet, a weekly index)
DATED_MOVE = [
    ("move", *move("Group sales rose to $6.8 billion in the second quarter from $6.1 billion.", 6.1e9, 6.8e9, "USD")),
    (
        "move",
        *move(
            "Bank reserves fell to $1.84 trillion in the week ended Oct. 12 from $1.9 trillion.", 1.9e12, 1.84e12, "USD"
        ),
    ),
    ("move", *move("The bad-loan ratio climbed to 7.9% in the first half from 6.4%.", 6.4, 7.9, "percent")),
    ("move", *move("The mood index slipped to 88.6 in the month to March from 91.2.", 91.2, 88.6, None)),
    (
        "move",
        *move("Its margin narrowed to 11.2 percent in the fourth quarter, from 12.5 percent.", 12.5, 11.2, "percent"),
    ),
    ("move", *move("The rig count dropped to 512 in the week ending Friday from 530.", 530, 512, None)),
    (
        "move",
        *move(
            "Retail volumes grew to 1.31 million units in the latest period from 1.24 million units.",
            1.24e6,
            1.31e6,
            None,
        ),
    ),
]

# a level that qualifies a noun, behind a bare article ("to a 5.02 million-unit pace from the 4.87 million-unit rate"),
# and up to three words after the first level ("to 41.2 percent of all loans from 44.8 percent"); found in
# 2 stories (home resales, mortgage applications)
ARTICLE_LEVEL = [
    (
        "move",
        *move("Starts fell to a 1.02 million-unit annual rate from a 1.1 million-unit pace.", 1.1e6, 1.02e6, None),
    ),
    (
        "move",
        *move("Sales were seen rising to a 4.6 million-unit pace from the 4.4 million-unit rate.", 4.4e6, 4.6e6, None),
    ),
    (
        "move",
        *move("Its share of lending slipped to 38.5 percent of new loans from 41 percent.", 41, 38.5, "percent"),
    ),
    ("move", *move("The ratio improved to a 2.4% rate from a 3.1% rate.", 3.1, 2.4, "percent")),
]

# "one quarter" before "of" is a share like "one-third", "one-fourth" and "one-tenth" (those read in 3 stories);
# "in one quarter" and "one quarter of 2009" stay periods
QUARTER_SHARE = [
    ("number", "The founders kept one-quarter of the company.", [(0.25, None, None)]),
    ("number", "Roughly one quarter of the votes were spoiled.", [(0.25, None, None)]),
    ("number", "The state holds one-quarter of its shares.", [(0.25, None, None)]),
    ("negative", "Profit fell in one quarter and rose in the next.", []),
    ("negative", "The charge was booked in one quarter of 2021.", []),
]

# a list of one move over places, each figure followed by the same preposition: "fell 0.7 percent at A, 0.9 percent
# at B and 7.8 percent at C", "a 25.4 percent cut at X, 21.3 percent at Y" (found in 2 stories: retail chains,
# ministry budgets); the parse loses the coordination across the names
LISTED_MOVE = [
    (
        "sign",
        "Same-store sales fell 1.2 percent at Brindle Home, 2.4 percent at Marlow Outlet and 5.1 percent at Kestrel.",
        [(1.2, "percent", "down"), (2.4, "percent", "down"), (5.1, "percent", "down")],
    ),
    (
        "sign",
        "Revenue slid 2.5% at Tarsk Foods, 3.3% at Olvan Drinks and 1.1% at Perrin Snacks.",
        [(2.5, "percent", "down"), (3.3, "percent", "down"), (1.1, "percent", "down")],
    ),
    (
        "sign",
        "The plan includes a 14 percent cut at the farm ministry, 9.5 percent at the transport ministry and 6 percent "
        "at the culture ministry.",
        [(14, "percent", "down"), (9.5, "percent", "down"), (6, "percent", "down")],
    ),
    (
        "sign",
        "Bookings rose 8 percent at Halden Air, 11 percent at Corvo Jet and 3 percent at Bluefin.",
        [(8, "percent", "up"), (11, "percent", "up"), (3, "percent", "up")],
    ),
    # without the same preposition after the second figure it is no item of the list
    (
        "sign",
        "Sales rose 4 percent at Orlin Retail, 30 percent of them online.",
        [(4, "percent", "up"), (30, "percent", None)],
    ),
]

# an instrument code with a letter between its digit and the exchange ("NOK1V.HE" in 2 stories) is no amount,
# even when its letters open like a currency code
TICKER_CODES = [
    ("negative", "Shares of Pellava ( NOK1V.HE ) were little changed.", []),
    ("negative", "Tallmark ( SEK2B.ST ) said it would reply later.", []),
    ("negative", "Rivals such as Kuusi ( USD3A.HE ) declined to comment.", []),
    ("sign", "Shares in Lumo ( LUM1V.HE ) slipped 2.4 percent.", [(2.4, "percent", "down")]),
]

# money or a percent on the first item of a dated list carries to the bare items after it when each is dated by
# the same preposition ("1.30 dollars at end-March, 1.34 at end-September and 1.38 at end-2016"; 2 stories of forecasts)
DATED_LIST_UNIT = [
    (
        "currency",
        "The bank sees the euro at $1.18 by March, 1.21 by June and 1.25 by December.",
        [(1.18, "USD", None), (1.21, "USD", None), (1.25, "USD", None)],
    ),
    (
        "currency",
        "Analysts expect 95 yen at end-March, 98 at end-June and 101 at end-December.",
        [(95, "JPY", None), (98, "JPY", None), (101, "JPY", None)],
    ),
    (
        "unit",
        "Inflation is forecast at 2.4 percent in 2025, 2.1 in 2026 and 1.9 in 2027.",
        [(2.4, "percent", None), (2.1, "percent", None), (1.9, "percent", None)],
    ),
    # a bare number dated otherwise, or a count after the money, keeps no unit
    ("currency", "Tickets cost $40 for adults, and 12 children got in free.", [(40, "USD", None), (12, None, None)]),
]

ROWS = [
    *REVISED_OLD_LEVEL,
    *BRACKETED_UNIT,
    *DATED_MOVE,
    *ARTICLE_LEVEL,
    *QUARTER_SHARE,
    *LISTED_MOVE,
    *TICKER_CODES,
    *DATED_LIST_UNIT,
]
