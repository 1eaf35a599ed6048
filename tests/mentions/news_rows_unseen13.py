"""More rows of the news quantity table (issue 11), written by helper "quant13" for the error classes of round 13:
the ones the brief names from the hidden benchmark (moves restated per share, write-downs, exchange-rate levels) and
those found in `extract quantities` output on 130 readable Reuters stories. Conventions: see
`tests/mentions/news_table.py`. Every name and sentence is invented.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

# a move whose two levels are each restated per share: "fell 28 percent to $X, or Y a share, from $Z, or W a share"
# is two moves, the sums' and the per-share figures' (12 such moves in the readable stories)
RESTATED_MOVES = [
    (
        "move",
        "Quarterly profit at Brenmoor fell 31 percent to $84 million, or 22 cents a share, from $122 million, "
        "or 32 cents a share.",
        [(31, "percent", "down"), *move_levels(122e6, 84e6, "USD"), *move_levels(0.32, 0.22, "USD_per_share")],
    ),
    (
        "move",
        "Net income rose to 412 million euros, or 1.05 euros per share, from 365 million euros, or 0.93 euros per "
        "share, a year earlier.",
        [*move_levels(365e6, 412e6, "EUR"), *move_levels(0.93, 1.05, "EUR_per_share")],
    ),
    (
        "move",
        "Kestrow's earnings climbed from $1.2 billion, or $2.10 a share, to $1.5 billion, or $2.61 a share.",
        [*move_levels(1.2e9, 1.5e9, "USD"), *move_levels(2.10, 2.61, "USD_per_share")],
    ),
    (
        "move",
        "Operating income increased 8 percent to 95.4 billion yen, or 152 yen per share, from 88.3 billion yen, "
        "or 141 yen per share.",
        [(8, "percent", "up"), *move_levels(88.3e9, 95.4e9, "JPY"), *move_levels(141, 152, "JPY_per_share")],
    ),
    (
        "move",
        "Fourth-quarter earnings slumped 45 percent to $38.2 million, or 41 cents per diluted share, from $69.5 "
        "million, or 74 cents per diluted share, a year ago.",
        [(45, "percent", "down"), *move_levels(69.5e6, 38.2e6, "USD"), *move_levels(0.74, 0.41, "USD_per_share")],
    ),
    # a restatement on one level only: the sums are the move, the per-share figure a level of its own
    (
        "move",
        "Profit at Talwick slid to $52 million, or 14 cents a share, from $61 million in the year-ago quarter.",
        [*move_levels(61e6, 52e6, "USD"), (0.14, "USD_per_share", None)],
    ),
    # compared, not moved: four levels
    (
        "move",
        "Profit was $90 million, or 30 cents a share, compared with $75 million, or 25 cents a share.",
        [*move_levels(75e6, 90e6, "USD", joined=False), *move_levels(0.25, 0.30, "USD_per_share", joined=False)],
    ),
]

# money written down is the size of a charge on a book value, not a fall of that money (5 readable stories: "wrote
# down $X of brand value", "would write down X billion euros", "a $X billion write-down"); a percent it is cut by is
WRITE_DOWNS = [
    ("sign", "Halbrook wrote down $740 million of brand value in its retail unit.", [(740e6, "USD", None)]),
    ("sign", "The insurer is writing down about 1.3 billion euros on its bond holdings.", [(1.3e9, "EUR", None)]),
    ("sign", "Results include a $95 million write-down of oil reserves.", [(95e6, "USD", None)]),
    ("sign", "Creditors agreed to write down 60 billion euros of the country's bonds.", [(60e9, "EUR", None)]),
    ("sign", "The lender marked down $210 million of commercial loans.", [(210e6, "USD", None)]),
    ("sign", "Analysts expect Norbeck to write off another $1.1 billion this year.", [(1.1e9, "USD", None)]),
    ("sign", "The fund wrote down its holding in the miner by 15 percent.", [(15, "percent", "down")]),
    ("sign", "Write-downs at the bank rose $3 billion to $19 billion.", [(3e9, "USD", "up"), (19e9, "USD", None)]),
]

# an exchange rate written with a bare number after the currency it prices: "the yen at 92.50 per dollar" is
# JPY_per_dollar, as "92.50 yen per dollar" reads (6 readable stories: "per dollar", "to the dollar")
EXCHANGE_RATES = [
    ("currency", "The yen traded at 108.40 per dollar late on Friday.", [(108.40, "JPY_per_dollar", None)]),
    ("currency", "Traders said the rupee could weaken to 75 to the dollar.", [(75, "INR_per_dollar", None)]),
    ("currency", "The Swiss franc firmed to 1.08 per euro.", [(1.08, "CHF_per_euro", None)]),
    ("currency", "The South Korean won ended at 1,210.5 to the dollar.", [(1210.5, "KRW_per_dollar", None)]),
    ("currency", "Analysts expect the yuan at 6.9 per U.S. dollar by year-end.", [(6.9, "CNY_per_dollar", None)]),
    ("currency", "By March, economists see the yen at 115 yen to the dollar.", [(115, "JPY_per_dollar", None)]),
    (
        "currency",
        "The central bank let the peso slide to 20.5 per dollar from 18.9.",
        move_levels(18.9, 20.5, "MXN_per_dollar"),
    ),
    (
        "currency",
        "The rupee sank to an all-time trough last week. Dealers said the currency could fall beyond 90 per dollar.",
        [(90, "INR_per_dollar", None)],
    ),
    # no currency named before the level: a number; a verb "won" is no currency
    ("number", "Each voucher sells at 40 per dollar of face value.", [(40, None, None)]),
    ("number", "The Delmore party won 60 per cent of the vote.", [(60, "percent", None)]),
]

# "to X from Y" is a move whatever verb leads to it ("taking its stake to 9 percent from 5 percent", "pushing card
# fees to $3.1 billion from $2.8 billion"; 5 of 74 such pairs in the readable stories, 4 stories)
TO_FROM_MOVES = [
    ("move", "The deal would bring Harlow's stake to 18 percent from 11 percent.", move_levels(11, 18, "percent")),
    (
        "move",
        "Stronger fees helped push trading revenue to $1.86 billion from $1.52 billion.",
        move_levels(1.52e9, 1.86e9, "USD"),
    ),
    (
        "move",
        "The regulator set the minimum bid, payable by each bidder, to 4 cents from 9 cents.",
        move_levels(0.09, 0.04, "USD"),
    ),
    (
        "move",
        "Pay for the finance chief was set at $2.1 million, and for the chairman to $3.4 million from $4.2 million.",
        [(2.1e6, "USD", None), *move_levels(4.2e6, 3.4e6, "USD")],
    ),
    (
        "move",
        "The revamp takes bond holdings in the pension pot to 45 percent from 60 percent.",
        move_levels(60, 45, "percent"),
    ),
    # "from X to Y" with no change word stays a range without direction
    ("range", "Fares on the new line run from $12 to $40.", [((12, 40), "USD", None)]),
]

# whole quarters of a year counted, not a fraction: only "three quarters" is a share news writes in quarters ("in
# seven quarters", "two quarters of weak results", "three or four quarters"; 3 readable stories)
COUNTED_QUARTERS = [
    ("count", "Velta's margin was its widest in seven quarters.", [(7, "quarter", None)]),
    ("count", "The results follow two quarters of falling orders.", [(2, "quarter", None)]),
    (
        "count",
        "The buyback should take three or four quarters to finish, analysts think.",
        [(3, "quarter", None), (4, "quarter", None)],
    ),
    ("count", "It was the bank's first loss in three quarters.", [(3, "quarter", None)]),
    ("count", "Margins have narrowed for five quarters running.", [(5, "quarter", None)]),
    ("number", "Three quarters of the members backed the merger.", [(0.75, None, None)]),
    ("number", "In three quarters of the cases the fine was paid.", [(0.75, None, None)]),
]

# a number with a glued capital M or B that the same text names as a company ("8M Co", "8M's shares", "8M said") is
# that name wherever it stands: "shares of 8M.", "reshaping 8M by ...", a headline "8M posts higher profit" (20
# times in 3 readable stories, read as 3 million); an amount with a glued M that no name continues stays one
NAMED_CODES = [
    ("negative", "9M Co posted higher profit. Analysts said the outlook for 9M was bright.", []),
    ("negative", "6B beats forecasts. 6B said quarterly sales climbed.", []),
    ("negative", "Regulators are reviewing a bid for 2M. 2M's chief executive declined to comment.", []),
    ("sign", "Shares of 4M rose 3 percent after 4M Co raised its outlook.", [(3, "percent", "up")]),
    ("number", "The app has 5M users in Europe.", [(5e6, None, None)]),
]

ROWS = [
    *RESTATED_MOVES,
    *WRITE_DOWNS,
    *EXCHANGE_RATES,
    *TO_FROM_MOVES,
    *COUNTED_QUARTERS,
    *NAMED_CODES,
]
