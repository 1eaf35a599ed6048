"""More rows of the news quantity table (issue 11), written by helper "quant24" for the error classes found in
`extract quantities` output on the 765 allowed Reuters stories (7,146 sentences with a figure) and on general-news
sentences of the issue's categories (weather, sport, science, prices, health). Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# "kt" and "kts" in the shape of a wind or vessel speed are knots (issue 11 names "kt" -> knot; no allowed Reuters
# story writes a knot, so the class is the issue's); alone "kt" stays unread, since mining and weapons news write
# kilotonnes and jewellers carats (lexicons `cued_unit_symbols`, `wind_words`, `wind_speed_links`, `vessel_words`,
# `vessel_speed_verbs`; `quantities/cued_symbols`)
KNOTS = [
    ("unit", "Gusts of 52 kt battered the Pellam pier at dawn.", [(52, "knot", None)]),
    ("unit", "Winds gusted to 40 kt off the Varne headland overnight.", [(40, "knot", None)]),
    ("unit", "The typhoon's sustained winds reached 95 kts before landfall.", [(95, "knot", None)]),
    ("unit", "A 30kt breeze kept the Orrin yachts in harbour.", [(30, "knot", None)]),
    ("unit", "Forecasters expect a gale of 50 kt in the Tessel strait.", [(50, "knot", None)]),
    # guards: no wind word (a kilotonne of ore, a weapon's yield), or a wind word that names a power plant
    ("number", "The Kell mine produced 45 kt of copper last year.", [(45, None, None)]),
    ("number", "The test device had a yield of 20 kt.", [(20, None, None)]),
    ("number", "The Dunmere wind farm site stored 120 kt of ballast.", [(120, None, None)]),
    ("unit", "Winds of 85 mph tore roofs off homes in Kell.", [(85, "mile_per_hour", None)]),
    ("unit", "The ferry sails at 18 knots in calm weather.", [(18, "knot", None)]),
    ("unit", "The Tessby ferry averaged 14 kts on the crossing.", [(14, "knot", None)]),
    ("unit", "Forecasters warned of 60-kt winds on the Orrin coast.", [(60, "knot", None)]),
    # guards: a word that only starts like a wind word, a figurative storm, a wind word in the sentence before,
    # a steady output ("sustained"), and carats of gold
    ("number", "The Varne windfall levy hits smelters above 40 kt of ore.", [(40, None, None)]),
    ("number", "Despite a storm of criticism, the Orrin mine kept 70 kt of output.", [(70, None, None)]),
    ("number", "Winds eased by noon. The Dunmere mill then shipped 90 kt of pulp.", [(90, None, None)]),
    ("number", "The smelter sustained 300 kt of output through the slump.", [(300, None, None)]),
    ("negative", "Kell's jewellers sold a 22kt ring on Friday.", []),
    ("number", "The Orrin tanker fleet averaged 12 kts of cargo a day.", [(12, None, None)]),
]

# a count rate's "per game"/"a game" written once after a stat line's list of counts is every count's denominator
# (issue 11 names "points per game"; no allowed Reuters story lists counts before a count rate, so the class is the
# issue's); a stat line has a per game/match/contest denominator or an averaging verb before the list
# (`quantities/listed_rates.listed_count_rates`, shown only)
LISTED_RATES = [
    (
        "unit",
        "Dalca averaged 19.5 points and 8.1 rebounds per game.",
        [(19.5, "point_per_game", None), (8.1, "rebound_per_game", None)],
    ),
    (
        "unit",
        "Okafor recorded 18 points, 9 rebounds and 4 assists a game last season.",
        [(18, "point_per_game", None), (9, "rebound_per_game", None), (4, "assist_per_game", None)],
    ),
    (
        "unit",
        "The Tessby guard averages 7.1 assists and 2.3 steals per game.",
        [(7.1, "assist_per_game", None), (2.3, "steal_per_game", None)],
    ),
    (
        "unit",
        "The Varne keeper made 4.2 saves and 1.1 clearances per match in the cup.",
        [(4.2, "save_per_match", None), (1.1, "clearance_per_match", None)],
    ),
    (
        "unit",
        "Ayla averaged 3.1 goals and 1.4 assists a night in the Tessby league.",
        [(3.1, "goal_per_night", None), (1.4, "assist_per_night", None)],
    ),
    # guards: no stat line (no averaging verb, no per game/match denominator): a count before a rate
    (
        "unit",
        "The Kell ferry carries 2,000 passengers and 300 cars a day.",
        [(2000, None, None), (300, "car_per_day", None)],
    ),
    (
        "unit",
        "The Varne league has 18 clubs and 306 fixtures per season.",
        [(18, None, None), (306, "fixture_per_season", None)],
    ),
    ("unit", "Orrin Air runs 25 jets, and 140 departures a day.", [(25, None, None), (140, "departure_per_day", None)]),
    (
        "unit",
        "The Dunmere resort has 300 beds, 2 spas and 900 visitors a week.",
        [(300, None, None), (2, None, None), (900, "visitor_per_week", None)],
    ),
    ("unit", "Tessby posted 14 stores and 200 hires a year.", [(14, None, None), (200, "hire_per_year", None)]),
    # a verb between the counts ends the list; a percent or a money amount is no count of the list; a count
    # in apposition is no list item
    (
        "unit",
        "The Hawks won 40 games and averaged 110 points per game.",
        [(40, None, None), (110, "point_per_game", None)],
    ),
    ("unit", "Orrin's clinic saw 40 patients, 30 of them children, a day.", [(40, None, None), (30, None, None)]),
    (
        "currency",
        "Tickets cost $45 and the club sold 3,000 shirts a game.",
        [(45, "USD", None), (3000, "shirt_per_game", None)],
    ),
    (
        "sign",
        "Scoring rose 6 percent and 2.4 goals a match is now the average.",
        [(6, "percent", "up"), (2.4, "goal_per_match", None)],
    ),
]

# a glued "R" before a price with cents ("R21.40") is rand, as before a scale word ("R150 million"); issue 11 names
# the rand form; a name has no cents ("R2 Investments"); a label noun ("item R3.12") or a capitalised word inside the
# sentence before it makes a label, a sentence's first word does not ("Bread R18.99"); no allowed Reuters story
# writes a rand price (`quantities/currencies._read_glued_prefix`, lexicon `label_nouns`)
RAND_PRICES = [
    ("currency", "A loaf of bread now costs R18.99 in Durban.", [(18.99, "ZAR", None)]),
    ("move", "Taxi fares went up to R14.50 from R12.80.", [((12.8, 14.5), "ZAR", "up")]),
    ("unit", "Petrol will rise by R1.25 a litre in March.", [(1.25, "ZAR_per_liter", "up")]),
    ("currency", "Tickets for the Kell derby sell for R85.00 each.", [(85, "ZAR", None)]),
    # guards: a name, a label, a rand sum before a scale word, a ringgit price
    ("negative", "R2 Holdings filed its suit on Monday.", []),
    ("negative", "Section R3.12 of the Varne building code applies.", []),
    ("negative", "Auditors flagged item R4.20 in the Kell ledger.", []),
    ("negative", "See clause R2.15 of the Orrin lease.", []),
    ("currency", "Eggs R34.99, butter R52.00 at the Dunmere market.", [(34.99, "ZAR", None), (52, "ZAR", None)]),
    ("unit", "At R23.10 a litre, diesel costs more than ever.", [(23.1, "ZAR_per_liter", None)]),
    ("currency", "The Tessby utility needs R150 million for repairs.", [(150e6, "ZAR", None)]),
    ("currency", "Orrin shares closed at RM2.40 on Friday.", [(2.4, "MYR", None)]),
]

# a minus glued before the currency symbol is the sum's sign, as "$-40.2bn" (issue 11) is, at a line's start, after
# a bracket or colon or after a level word, and the sum so signed takes no direction; after another word it is a
# market list's move down as before; no allowed Reuters story writes "-$" (`quantities/currencies._minus_sign_before`)
MINUS_SYMBOL = [
    ("negative", "Tessby's operating cash flow fell to -$85 million in 2025.", [(-85e6, "USD", None)]),
    ("negative", "The Orrin fund's net flows stood at -€2.1 billion for the year.", [(-2.1e9, "EUR", None)]),
    (
        "negative",
        "Kell Mining's equity was revised to -£14 million (from £6 million).",
        [(-14e6, "GBP", None), (6e6, "GBP", None)],
    ),
    ("sign", "Copper -$41.50, nickel +$120.", [(41.5, "USD", "down"), (120, "USD", "up")]),
    ("negative", "Orrin posted a loss (-$6 million) for the half.", [(-6e6, "USD", None)]),
    ("negative", "Free cash flow (-€9 million) disappointed.", [(-9e6, "EUR", None)]),
    ("negative", "-$2 million was written off.", [(-2e6, "USD", None)]),
    # guards: the hyphen of a range, glued or spaced after a figure; a hyphen after a scale word
    ("range", "Seats at the Varne final cost $40-$90.", [((40, 90), "USD", None)]),
    ("currency", "Dunmere expects $3 million -$4 million in savings.", [((3e6, 4e6), "USD", None)]),
]

ROWS = [*KNOTS, *LISTED_RATES, *RAND_PRICES, *MINUS_SYMBOL]
