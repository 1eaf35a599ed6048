"""More rows of the news quantity table (issue 11), written by helper "quant12" for the error classes found in
`extract quantities` output on the last 80 stories of the readable list (read quantity by quantity) and counted on
all 358 readable stories. Conventions: see `tests/mentions/news_table.py`. Every name and sentence is invented.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

# an estimate of a per-share result written without its rate, in forms the estimate reader did not know: "the
# $1.50 expected by analysts", "were looking for a loss of $2.29", a range "previously expected $5.42 to $5.57";
# and the gap between a per-share result and its estimate ("33 cents below the average forecast", "beat the
# consensus by 3 cents"). Found 5 times in the 358 readable stories (results of insurers, retailers, banks).
SHARE_ESTIMATES = [
    (
        "currency",
        "Excluding items, the chipmaker earned 84 cents a share, topping the 79 cents expected by analysts.",
        [(0.84, "USD_per_share", None), (0.79, "USD_per_share", None)],
    ),
    (
        "currency",
        "Operating profit came to $2.41 a share, above the $2.30 forecast by most brokers.",
        [(2.41, "USD_per_share", None), (2.30, "USD_per_share", None)],
    ),
    (
        "currency",
        "Ostrava Foods earned 1.12 euros per share, short of the 1.20 euros predicted by analysts.",
        [(1.12, "EUR_per_share", None), (1.20, "EUR_per_share", None)],
    ),
    (
        "currency",
        "The miner made $3.05 per share, well ahead of the $2.70 estimated by Wall Street.",
        [(3.05, "USD_per_share", None), (2.70, "USD_per_share", None)],
    ),
    (
        "currency",
        "Dorvane posted a loss of $1.17 a share, while analysts had been looking for a loss of $0.95.",
        [(1.17, "USD_per_share", None), (0.95, "USD_per_share", None)],
    ),
    (
        "currency",
        "Kelmark earned 46 cents a share; the market was looking for 41 cents.",
        [(0.46, "USD_per_share", None), (0.41, "USD_per_share", None)],
    ),
    (
        "currency",
        "Net income reached $1.63 per share. The consensus called for $1.58.",
        [(1.63, "USD_per_share", None), (1.58, "USD_per_share", None)],
    ),
    (
        "currency",
        "The insurer lost 38 cents a share; economists expected a loss of 30 cents.",
        [(0.38, "USD_per_share", "down"), (0.30, "USD_per_share", None)],  # money lost reads as down in the table
    ),
    (
        "currency",
        "The brewer now sees earnings of $3.10 to $3.25 per share. It previously expected $3.05 to $3.30.",
        [((3.10, 3.25), "USD_per_share", None), ((3.05, 3.30), "USD_per_share", None)],
    ),
    (
        "currency",
        "Brantley guided to profit of 92 cents to 97 cents a share, while analysts forecast 90 cents to 95 cents.",
        [((0.92, 0.97), "USD_per_share", None), ((0.90, 0.95), "USD_per_share", None)],
    ),
    (
        "currency",
        "Gallow targets earnings of $4.40 a share for the year; brokers had expected $4.20 to $4.35.",
        [(4.40, "USD_per_share", None), ((4.20, 4.35), "USD_per_share", None)],
    ),
    (
        "currency",
        "Adjusted profit was $2.04 per share, 11 cents below the average analyst forecast.",
        [(2.04, "USD_per_share", None), (0.11, "USD_per_share", None)],
    ),
    (
        "currency",
        "Excluding charges, Halvern earned $1.12 a share, 6 cents ahead of Wall Street's consensus.",
        [(1.12, "USD_per_share", None), (0.06, "USD_per_share", None)],
    ),
    # a two-word gap split by a line break, as wrapped wire copy writes it
    (
        "currency",
        "Verlon Tools earned 83 cents a share, 3 cents ahead\nof the consensus forecast.",
        [(0.83, "USD_per_share", None), (0.03, "USD_per_share", None)],
    ),
    (
        "currency",
        "The retailer made 71 cents per share, 4 cents better than the mean estimate.",
        [(0.71, "USD_per_share", None), (0.04, "USD_per_share", None)],
    ),
    (
        "currency",
        "Core earnings of 1.85 euros a share were 0.10 euros shy of the analysts' consensus.",
        [(1.85, "EUR_per_share", None), (0.10, "EUR_per_share", None)],
    ),
    (
        "currency",
        "Quarterly earnings of 58 cents per share beat the consensus estimate by 3 cents.",
        [(0.58, "USD_per_share", None), (0.03, "USD_per_share", None)],
    ),
    (
        "currency",
        "Profit of $1.31 a share missed the average forecast of analysts by 9 cents.",
        [(1.31, "USD_per_share", None), (0.09, "USD_per_share", None)],
    ),
    (
        "currency",
        "Tessaly's 62 cents a share topped Wall Street's expectation by about 5 cents.",
        [(0.62, "USD_per_share", None), (0.05, "USD_per_share", None)],
    ),
    # no per-share figure before, or the comparison is no estimate: the bare amount keeps its plain currency
    (
        "currency",
        "The stock closed at $45.10, 2 dollars below its record.",
        [(45.10, "USD", None), (2, "USD", None)],
    ),
    (
        "currency",
        "Net income was $2.04 per share; the shares traded at $38, well below the analysts' target.",
        [(2.04, "USD_per_share", None), (38, "USD", None)],
    ),
    (
        "currency",
        "Tickets sold for $35, 5 dollars below the promoter's forecast.",
        [(35, "USD", None), (5, "USD", None)],
    ),
    (
        "currency",
        "Brokers were looking for a $2 billion charge after the $1.10 a share payout.",
        [(2e9, "USD", None), (1.10, "USD_per_share", None)],
    ),
]

# a rate whose denominator opens with a scale word: "$2.85 per million British thermal units" is priced per mmBtu
# (lexicon denominator_scale_prefixes; only when the prefixed unit is a known name, so "per thousand cubic feet"
# stays plain dollars). Found in 2 readable stories (gas prices); before, the price was plain USD.
BTU_RATES = [
    (
        "unit",
        "Natural gas futures settled at $2.85 per million British thermal units.",
        [(2.85, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Benchmark gas for March delivery fell 9 cents to $3.12 per million British thermal units.",
        [(0.09, "USD_per_mega_british_thermal_unit", "down"), (3.12, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Asian LNG prices climbed to $14.60 per million British thermal units this week.",
        [(14.6, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Spot prices at the hub averaged $4.05 per million Btu in January.",
        [(4.05, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Traders expect gas to trade between $3 and $3.50 per million British thermal units this winter.",
        [((3, 3.5), "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        *move(
            "Gas prices slid from $5.20 per million British thermal units to $4.75 in two days.",
            5.20,
            4.75,
            "USD_per_mega_british_thermal_unit",
            (2, "day", None),
        ),
    ),
    (
        "unit",
        "The utility signed a deal at 7.5 euros per million British thermal units.",
        [(7.5, "EUR_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Europe's gas benchmark hit the equivalent of $38 per million Btu.",
        [(38, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Futures for July gained 4.2 cents, or 1.5 percent, to $2.91 per million British thermal units.",
        [
            (0.042, "USD_per_mega_british_thermal_unit", "up"),
            (1.5, "percent", "up"),
            (2.91, "USD_per_mega_british_thermal_unit", None),
        ],
    ),
    (
        "unit",
        "Prices dipped below $2 per million British thermal units for the first time since 1999.",
        [(2, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "The regulator capped the price at 6.8 dollars per million British thermal units.",
        [(6.8, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Gas sold for $3.80 a million British thermal units at the Louisiana hub.",
        [(3.8, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Contract prices ranged from $9 to $11 per million Btu.",
        [((9, 11), "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Henry Hub gas rose 12 cents to $3.41 per million Btu.",
        [(0.12, "USD_per_mega_british_thermal_unit", "up"), (3.41, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "The field's gas costs about 95 cents per million Btu to produce.",
        [(0.95, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Japan paid an average of $16.20 per million British thermal units for cargoes in May.",
        [(16.2, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "The tariff rises to 190 rupees per million British thermal units next year.",
        [(190, "INR_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "The plant burns gas bought at $6 per million British thermal units, down from $8.",
        [(6, "USD_per_mega_british_thermal_unit", None), (8, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Drillers need at least $4 per million British thermal units to break even.",
        [(4, "USD_per_mega_british_thermal_unit", None)],
    ),
    (
        "unit",
        "Electricity traded at $45 per megawatt hour while gas cost $3 per million Btu.",
        [(45, "USD_per_megawatt_hour", None), (3, "USD_per_mega_british_thermal_unit", None)],
    ),
    ("unit", "The contract cost $5 per thousand cubic feet.", [(5, "USD", None)]),
    ("unit", "The company raised $3 million per million shares sold.", [(3000000.0, "USD", None)]),
]

# a level of a move named as the one holding now: "lowered the key rate from 6.5 percent to the current 2.75
# percent", "from its current 35 percent to 25 percent" (lexicon current_level_modifiers; found in 2 readable
# stories: a policy rate, a fuel blend). Before, the two levels stood apart, or "from the current 65 to 67" was a
# range without the move's direction.
CURRENT_LEVEL = [
    (
        "move",
        *move(
            "Policymakers have lowered the key rate from 6.5 percent to the current 2.75 percent.",
            6.5,
            2.75,
            "percent",
        ),
    ),
    ("move", *move("The blend was lowered from 25 percent to the current 20 percent last year.", 25, 20, "percent")),
    (
        "move",
        *move("Lawmakers want to cut the corporate tax from its current 35 percent to 25 percent.", 35, 25, "percent"),
    ),
    ("move", *move("The council voted to raise bus fares from the current $2.25 to $2.75.", 2.25, 2.75, "USD")),
    ("move", *move("Ministers plan to lift the pension age from the present 65 years to 68 years.", 65, 68, "year")),
    (
        "move",
        *move("The board cut the dividend to the current 12 cents a share from 20 cents.", 0.20, 0.12, "USD_per_share"),
    ),
    (
        "move",
        *move("The regulator wants to reduce the cap from its present 40 percent to 30 percent.", 40, 30, "percent"),
    ),
    (
        "move",
        *move("Borrowing costs went from 2 percent to the current 4.5 percent, bankers said.", 2, 4.5, "percent"),
    ),
    (
        "move",
        *move(
            "The union hopes to push wages up from their current 11 euros an hour to 13 euros.", 11, 13, "EUR_per_hour"
        ),
    ),
    ("move", *move("Membership dropped from 1.2 million to the present 900,000.", 1.2e6, 9e5, None)),
    ("move", *move("The levy will rise from the current 8 percent to 10 percent in April.", 8, 10, "percent")),
    ("move", *move("The club slashed ticket prices from the current 60 pounds to 45 pounds.", 60, 45, "GBP")),
    (
        "move",
        *move(
            "Output has shrunk from 3.4 million barrels per day to the current 2.5 million.",
            3.4e6,
            2.5e6,
            "barrel_per_day",
        ),
    ),
    ("move", *move("The ceiling rose to its current $16.7 trillion from $14.3 trillion.", 14.3e12, 16.7e12, "USD")),
    ("move", *move("The bank expects to trim staff from the current 42,000 to 38,000.", 42000, 38000, None)),
    (
        "move",
        *move("Officials want the deficit cut from its current 6 percent of output to 3 percent.", 6, 3, "percent"),
    ),
    # "current" with no move: the levels stay apart, a period range stays none
    (
        "move",
        "The current 2 percent rate is too low, the governor said; it was 3 percent a year ago.",
        [(2, "percent", None), (3, "percent", None)],
    ),
    ("move", *move("Prices held at their current $40 level, up from $35 a month ago.", 35, 40, "USD")),
    (
        "move",
        "The fund's current 7 percent return beats the 5 percent of its rivals.",
        [(7, "percent", None), (5, "percent", None)],
    ),
    ("move", "The present 3 percent levy will stay in place from January to June.", [(3, "percent", None)]),
]

# a written number listed before a figure with a unit shares the unit in `extract quantities` ("in two or three
# weeks", "three or four months", "two or three times as much", "every seven, 28 or 35 days"; 4 readable stories:
# court calendars, bank aid, damages, auctions); the facts read the written number as before. Before, "two" was a
# plain 2 and "seven," was not read at all (a written number before a comma).
WRITTEN_LISTS = [
    ("unit", "The appeal may be decided in two or three weeks.", [(2, "week", None), (3, "week", None)]),
    ("unit", "Repairs will take three or four months, the utility said.", [(3, "month", None), (4, "month", None)]),
    (
        "unit",
        "Winners could collect two or three times as much as last year.",
        [(2, "times", None), (3, "times", None)],
    ),
    ("unit", "Leases run for five, 10 or 15 years.", [(5, "year", None), (10, "year", None), (15, "year", None)]),
    (
        "unit",
        "Loans are rolled over every seven, 14 or 30 days.",
        [(7, "day", None), (14, "day", None), (30, "day", None)],
    ),
    ("unit", "Shipments are delayed by two or three days at the border.", [(2, "day", None), (3, "day", None)]),
    ("unit", "The council meets once every four or five weeks.", [(4, "week", None), (5, "week", None)]),
    ("unit", "Engineers expect six or seven hours of downtime.", [(6, "hour", None), (7, "hour", None)]),
    (
        "unit",
        "Rates may rise by three or four percentage points.",
        [(3, "percentage_point", "up"), (4, "percentage_point", "up")],
    ),
    (
        "unit",
        "Lenders charge eight, 12 or 18 percent depending on the borrower.",
        [(8, "percent", None), (12, "percent", None), (18, "percent", None)],
    ),
    ("unit", "He served four or five years in the army.", [(4, "year", None), (5, "year", None)]),
    ("unit", "Staff work eight or nine hours a day.", [(8, "hour", None), (9, "hour", None)]),
    (
        "unit",
        "The hike could add two or three cents a gallon.",
        [(0.02, "USD_per_gallon", "up"), (0.03, "USD_per_gallon", "up")],  # money added reads as up in the table
    ),
    (
        "unit",
        "Doctors advise resting for three, 5 or 7 days after the jab.",
        [(3, "day", None), (5, "day", None), (7, "day", None)],
    ),
    ("unit", "The new battery weighs nine or ten kilograms.", [(9, "kilogram", None), (10, "kilogram", None)]),
    ("unit", "Prices could climb another five or 10 percent this year.", [(5, "percent", "up"), (10, "percent", "up")]),
    # no unit after the list, or a fraction restated after a comma: nothing is shared
    ("number", "Norland ranks among the two or three regions that count most.", [(2, None, None), (3, None, None)]),
    ("number", "Four or five analysts cut their forecasts.", [(4, None, None), (5, None, None)]),
    (
        "unit",
        "Slightly over half, or 53 percent, expect conditions to worsen.",
        [(0.5, None, None), (53, "percent", None)],
    ),
    ("unit", "Nearly two-thirds, or 64 percent, backed the plan.", [(2 / 3, None, None), (64, "percent", None)]),
]

# a bare decimal level named by its noun ("a session peak of 1.2739", "resistance around 1.3740", "an earlier low
# at 21.815") takes the unit of an earlier money level of its size in the clause (3 readable stories: two euro/dollar
# quotes, a share price in euros). Before, the level was a plain number.
QUOTED_LEVELS = [
    (
        "currency",
        "The euro rose 0.6 percent to $1.3312 after touching a session peak of 1.3345.",
        [(0.6, "percent", "up"), (1.3312, "USD", None), (1.3345, "USD", None)],
    ),
    (
        "currency",
        "Sterling slipped to $1.5620, having hit a three-week high of 1.5711 overnight.",
        [(1.5620, "USD", None), (3, "week", None), (1.5711, "USD", None)],
    ),
    (
        "currency",
        "The dollar is back above $1.08 and could meet resistance around 1.0850.",
        [(1.08, "USD", None), (1.0850, "USD", None)],
    ),
    (
        "currency",
        "Corvane shares closed at 41.20 euros, up from an earlier low of 40.35.",
        [(41.20, "EUR", None), (40.35, "EUR", None)],
    ),
    (
        "currency",
        "The stock traded at 12.45 Swiss francs, off a session low at 11.98.",
        [(12.45, "CHF", None), (11.98, "CHF", None)],
    ),
    (
        "currency",
        "The Australian dollar fetched $0.7745, just shy of a peak of 0.7790.",
        [(0.7745, "AUD", None), (0.7790, "AUD", None)],
    ),
    (
        "currency",
        "Gold held at $1,742.30 an ounce after a high of 1,760.10.",
        [(1742.30, "USD_per_ounce", None), (1760.10, "USD_per_ounce", None)],
    ),
    (
        "currency",
        "The shares ended at $18.62, well above the day's low of 17.90.",
        [(18.62, "USD", None), (17.90, "USD", None)],
    ),
    (
        "currency",
        "Brent stood at $84.10, below resistance near 85.50, dealers said.",
        [(84.10, "USD", None), (85.50, "USD", None)],
    ),
    (
        "currency",
        "Shares in Orvell traded at 305.5 pence, close to a record high of 311.2.",
        [(305.5, "penny", None), (311.2, "penny", None)],
    ),
    (
        "currency",
        "The euro hovered at $1.1025 after a low of 1.0980 in Asian trade.",
        [(1.1025, "USD", None), (1.0980, "USD", None)],
    ),
    (
        "currency",
        "Wheat futures settled at $6.42 a bushel after a high of 6.55.",
        [(6.42, "USD_per_bushel", None), (6.55, "USD_per_bushel", None)],
    ),
    (
        "currency",
        "The currency held at $0.6420, after a trough of 0.6385 last week.",
        [(0.6420, "USD", None), (0.6385, "USD", None)],
    ),
    (
        "currency",
        "Palvex stock was quoted at 8.15 euros at 9:40 a.m. GMT, off a low of 7.96.",
        [(8.15, "EUR", None), (7.96, "EUR", None)],
    ),
    ("currency", "The pound touched $1.2480 before a close of 1.2455.", [(1.2480, "USD", None), (1.2455, "USD", None)]),
    # an index level, a figure far from the money, another clause or a ratio: no unit
    (
        "number",
        "The index closed at 4,212.8 after a session high of 4,230.5.",
        [(4212.8, None, None), (4230.5, None, None)],
    ),
    (
        "number",
        "The Dow ended at 33,120.40, off its high of 33,410.55.",
        [(33120.40, None, None), (33410.55, None, None)],
    ),
    (
        "number",
        "Revenue was $2.4 billion, and the margin hit a peak of 2.35.",
        [(2.4e9, "USD", None), (2.35, None, None)],
    ),
    (
        "number",
        "The stock was at $24.10 after a 52-week low of 9.85.",
        [(24.10, "USD", None), (52, "week", None), (9.85, None, None)],
    ),
    (
        "number",
        "Shares rose to $31.40; the ratio of debt to equity stayed near its low of 31.2.",
        [(31.40, "USD", None), (31.2, None, None)],
    ),
]

# verbs that take an amount off a measure, beside "shave" and "pare" (`measure_move_verbs`): "subtracted 0.1
# percentage point from growth", "took away 0.2 percentage points" (the parse hangs "away" as an adverb), "knocked
# 0.3 percentage point off growth", "lopped 1.2 percent off sales" (found in a GDP story; "shaved ... off" in 2
# earlier ones). A count never takes the verb's direction ("took away 40,000 jobs").
TAKEN_OFF = [
    (
        "sign",
        "A fall in household spending subtracted 0.1 percentage point from quarterly growth.",
        [(0.1, "percentage_point", "down")],
    ),
    (
        "sign",
        "Weaker exports and lower farm output each took away 0.2 percentage points.",
        [(0.2, "percentage_point", "down")],
    ),
    ("sign", "The strike knocked 0.3 percentage point off growth in the quarter.", [(0.3, "percentage_point", "down")]),
    ("sign", "Weaker exports lopped 1.2 percent off the company's sales.", [(1.2, "percent", "down")]),
    (
        "sign",
        "Net trade subtracted 0.4 percentage point from GDP, while inventories added 0.6 percentage point.",
        [(0.4, "percentage_point", "down"), (0.6, "percentage_point", "up")],
    ),
    ("sign", "The airline subtracted $2 million from its profit forecast.", [(2000000.0, "USD", "down")]),
    ("sign", "Mild weather knocked 5 cents off gasoline prices.", [(0.05, "USD", "down")]),
    ("sign", "Tax credits took away about $3 billion from federal revenue.", [(3000000000.0, "USD", "down")]),
    ("sign", "The stronger yen knocked 2.5 billion yen off operating profit.", [(2500000000.0, "JPY", "down")]),
    (
        "sign",
        "Government spending subtracted 0.7 percentage point from growth last quarter.",
        [(0.7, "percentage_point", "down")],
    ),
    ("sign", "The recall knocked about 4 percent off the carmaker's shares.", [(4, "percent", "down")]),
    ("sign", "Higher rates lopped $40 billion off the value of the bonds.", [(40000000000.0, "USD", "down")]),
    (
        "sign",
        "Falling farm output took away 0.3 percentage point from the expansion.",
        [(0.3, "percentage_point", "down")],
    ),
    ("sign", "Currency swings subtracted 1.5 percent from reported revenue.", [(1.5, "percent", "down")]),
    (
        "sign",
        "The storm knocked 0.2 percentage point off monthly retail sales growth.",
        [(0.2, "percentage_point", "down")],
    ),
    ("sign", "Lower prices took away 12 cents a share from earnings.", [(0.12, "USD_per_share", "down")]),
    ("number", "The hurricane took away 40,000 jobs from the region.", [(40000, None, None)]),
    ("number", "Police knocked on 300 doors in the search.", [(300, None, None)]),
    ("number", "The crew lopped 20 branches from the old oak.", [(20, None, None)]),
    ("number", "Students subtract 15 from 40 in the first exercise.", [(15, None, None), (40, None, None)]),
]

ROWS = [
    *SHARE_ESTIMATES,
    *BTU_RATES,
    *CURRENT_LEVEL,
    *WRITTEN_LISTS,
    *QUOTED_LEVELS,
    *TAKEN_OFF,
]
