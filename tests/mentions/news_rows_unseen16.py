"""More rows of the news quantity table (issue 11), written by helper "quant16" for the error classes found in
`extract quantities` output on the readable Reuters stories in round 16 (results, oil, economy and jobs stories
outside unread150) and for the classes the brief named as left from round 15. Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the comments, were
written for this table; none follows the sentence of a story or of a development article.
"""

from __future__ import annotations

# an adverb of period right after an amount makes it a rate per period, as "a year" does ("spend about $40 million
# annually", "turns out 1,200 tonnes daily"; 3 readable stories): shown only, the mention keeps the amount. An
# adjective before a noun ("14 weekly flights"), a percent ("rose 6 percent annually", a move) and an adverb that
# modifies the verb after it ("40 ferries daily cross": the amount is that verb's subject) take none.
PERIOD_ADVERB_RATES = [
    ("unit", "Tovella plans to spend about $40 million annually on new rigs.", [(40e6, "USD_per_year", None)]),
    ("unit", "The Harlow smelter turns out 1,200 tonnes daily.", [(1200, "tonne_per_day", None)]),
    ("unit", "Grain barges carried 85,000 bushels weekly through the lock.", [(85000, "bushel_per_week", None)]),
    ("unit", "The shelter feeds roughly 900 families monthly.", [(900, "family_per_month", None)]),
    ("unit", "Subscribers pay 12 euros monthly for the streaming plan.", [(12, "EUR_per_month", None)]),
    # the goods may stand between (news_rows' strict xfail "55 billion cubic metres of gas annually" now passes)
    ("unit", "The mill will press 30,000 tonnes of olive oil yearly.", [(30000, "tonne_per_year", None)]),
    # guards: an adjective before its noun, and a percent moved every year
    ("count", "Thrandor's 14 weekly flights to the coast resume in May.", [(14, None, None)]),
    ("sign", "Fares at Brenport rose 6 percent annually for a decade.", [(6, "percent", "up"), (1, "decade", None)]),
    # guards: the adverb before the verb whose subject the amount is (these fail on the first version of the rule)
    ("count", "Its 12 kilns nightly fire pottery.", [(12, None, None)]),
    ("count", "About 40 ferries daily cross the strait.", [(40, None, None)]),
    ("count", "Nearly 70 couriers daily visit the Brisk depot.", [(70, None, None)]),
]

# a denominator an editor set in brackets after the amount ("410,000 barrels (per day)", "$3.40 (per lb)"; 2
# readable stories) is read as if written without the brackets; "(a year earlier: ...)" dates the amount
BRACKETED_DENOMINATORS = [
    (
        "unit",
        "Refinery runs at Castor Bay slipped to 410,000 barrels (per day) last month.",
        [(410000, "barrel_per_day", None)],
    ),
    ("unit", "At $3.40 (per lb), tin from the Harrow mine undercut imports.", [(3.4, "USD_per_pound", None)]),
    ("unit", "Diesel at the pump costs 162 cents (per litre) in Orvana.", [(1.62, "USD_per_liter", None)]),
    ("unit", "The quarry ships about 3,000 tonnes (a week) to the coast.", [(3000, "tonne_per_week", None)]),
    (
        "currency",
        "Quarterly profit was 8 million euros (a year earlier: 6 million euros).",
        [(8e6, "EUR", None), (6e6, "EUR", None)],
    ),
]

# a past participle between the figure and a rate noun after "at" ("expanded at a 4.2 percent annualized rate"; 2
# readable stories) no longer hides the verb whose speed the figure gives: up, as "at a 3 percent annual rate" was
ANNUALIZED_PACES = [
    ("sign", "Output in Valdoria expanded at a 4.2 percent annualized rate.", [(4.2, "percent", "up")]),
    (
        "sign",
        "Exports from Corvia, expanding at a 6.4 percent annualized clip, outpaced imports.",
        [(6.4, "percent", "up")],
    ),
    ("sign", "Retail sales in Marveno climbed at a 5.1 percent annualized pace in May.", [(5.1, "percent", "up")]),
    # guards: an adjusted rate read right on main already
    ("sign", "Home prices fell at a 7 percent seasonally adjusted rate.", [(7, "percent", "down")]),
    ("sign", "Consumer spending rose at a 3.3 percent inflation-adjusted rate.", [(3.3, "percent", "up")]),
]

# a count before a singular change noun is the size of the move, not a number of moves ("posted a 52,000 gain",
# "an 18,000 fall in construction jobs"; 3 readable jobs stories); "four straight monthly declines" still counts
SIZED_COUNT_MOVES = [
    ("sign", "Payrolls in Ostria posted a 52,000 gain in March.", [(52000, None, "up")]),
    ("sign", "Economists polled expect a 95,000 decline in factory jobs.", [(95000, None, "down")]),
    ("sign", "Forecasters had pencilled in a 210,000 increase in hiring.", [(210000, None, "up")]),
    ("sign", "That followed an unexpected 18,000 fall in construction jobs.", [(18000, None, "down")]),
    ("count", "Sales recovered after four straight monthly declines.", [(4, None, None)]),
    # a move of size zero has no direction
    (
        "count",
        "Zero growth in rents was logged at Ferrow, against a 3 percent rise in wages.",
        [(0, None, None), (3, "percent", "up")],
    ),
]

# "percentage-point" written with a hyphen before a noun was read as "percentage" alone (percent): the surface
# pattern tried "per cent(age)" with a spaced "points" only, before the hyphenated alternative (a bug of the older
# pattern; 1 readable story)
HYPHENATED_PERCENTAGE_POINTS = [
    ("unit", "A two percentage-point rise in fees lifted Corrin's margin.", [(2, "percentage_point", "up")]),
    (
        "unit",
        "The board approved a 0.75 percentage-point cut in the deposit rate.",
        [(0.75, "percentage_point", "down")],
    ),
    ("unit", "Holvik blamed a 3-percentage-point jump in costs.", [(3, "percentage_point", "up")]),
    ("unit", "Turnout showed a 12 percentage-point gap between the towns.", [(12, "percentage_point", None)]),
]

ROWS = [
    *PERIOD_ADVERB_RATES,
    *BRACKETED_DENOMINATORS,
    *ANNUALIZED_PACES,
    *SIZED_COUNT_MOVES,
    *HYPHENATED_PERCENTAGE_POINTS,
]
