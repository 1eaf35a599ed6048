"""More rows of the news quantity table (issue 11): the forms helper "quant6" was asked to probe.

Written by helper "quant6" BEFORE running the extractor on them, to measure the layer on unseen wordings:
headlines, numbers opening a sentence, fractions and mixed numbers, "a dozen" / "half a million",
per-capita and per-share rates, ratios and scores, percentage points, temperatures, dimensions,
durations, ages, times of day, years, ordinals and codes that are not quantities, bond coupons, market
lists with signed figures, and currencies of other countries. Conventions: see
`tests/mentions/news_table.py`. Every name is invented.

Choices these rows make where the dataset README is silent:
- a ratio, a vote tally or a score ("3-to-1", "2:1", "voted 7-2", "won 3-1") is two plain counts, never a
  range;
- a rate written on the measure noun ("income per head of $14,200", "earnings per share of $2.10") leaves
  the amount in its currency; a rate written after the amount ("$3,100 per capita") is a money rate;
- a fraction of change ("by a third") is a percent, as "up a fifth" is in `news_rows.py`;
- "6 by 8 feet" is two lengths; "a two-decade rivalry" is 2 `decade` (the unit's own name, as the README names
  units; first written here as 20 years, changed after the run: counted as a failure in the unseen score).
"""

from __future__ import annotations

from tests.mentions.news_rows import move

THIRD = 100 / 3
PP = "percentage_point"

# topic -> rows (category, sentence, expected); the topic is the brief's list, the category the table's
TOPICS: dict[str, list[tuple]] = {
    "headline": [
        ("sign", "Brevik Q3 net profit up 14 pct, beats forecasts", [(14, "percent", "up")]),
        (
            "sign",
            "UPDATE 2-Halvard to cut 2,300 jobs, shares jump 6%",
            [(2300, None, None), (6, "percent", "up")],
        ),
        ("sign", "Solvey shares slump 9 pct after profit warning", [(9, "percent", "down")]),
        (
            "currency",
            "Marrow Bay Q2 revenue $1.2 bln vs $1.05 bln forecast",
            [(1.2e9, "USD", None), (1.05e9, "USD", None)],
        ),
        ("sign", "Euro zone June inflation eases to 2.1 pct", [(2.1, "percent", None)]),
        ("range", "Tarsk sees 2027 sales growth of 4-6 pct", [((4, 6), "percent", "up")]),
        ("sign", "Kolby Mining output falls 3.5 pct in first half", [(3.5, "percent", "down")]),
        ("currency", "Vesta Air to buy 40 jets worth $4 bln", [(40, None, None), (4e9, "USD", None)]),
        (
            "sign",
            "U.S. weekly jobless claims rise 12,000 to 243,000",
            [(12000, None, "up"), (243000, None, None)],
        ),
        ("number", "Norland central bank holds rate at 3.75 pct", [(3.75, "percent", None)]),
    ],
    "sentence_start": [
        ("number", "Forty-one percent of voters backed the plan.", [(41, "percent", None)]),
        ("count", "12 miners were trapped after the collapse.", [(12, None, None)]),
        ("count", "Some 4,500 workers walked out on Monday.", [(4500, None, None)]),
        ("unit", "1.8 million tonnes of wheat left the port in May.", [(1.8e6, "tonne", None)]),
        ("unit", "Thirty-six hours after the blast, crews were still at the site.", [(36, "hour", None)]),
        ("count", "2,400 homes lost power overnight.", [(2400, None, None)]),
        ("number", "Eighty percent of the output is exported.", [(80, "percent", None)]),
        ("number", "Three-fifths of the board voted against.", [(0.6, None, None)]),
    ],
    "fraction": [
        ("sign", "Shares of Pellam rose 1-1/2 to 38-3/4.", [(1.5, None, "up"), (38.75, None, None)]),
        ("number", "Two-thirds of the company's revenue comes from abroad.", [(2 / 3, None, None)]),
        ("number", "The bank owns one-quarter of the venture.", [(0.25, None, None)]),
        ("sign", "Prices have climbed by a third since January.", [(THIRD, "percent", "up")]),
        ("unit", "The project is three and a half years late.", [(3.5, "year", None)]),
        ("sign", "The Fed cut rates by three-quarters of a percentage point.", [(0.75, PP, "down")]),
        ("unit", "The rig sits 2-1/2 miles offshore.", [(2.5, "mile", None)]),
        ("number", "Half of the 600 staff will move.", [(0.5, None, None), (600, None, None)]),
        ("number", "The stock traded at 12 7/8 in New York.", [(12.875, None, None)]),
    ],
    "dozen_half": [
        ("count", "Half a million people fled the floods.", [(5e5, None, None)]),
        ("count", "A dozen eggs cost 4.20 euros in the capital.", [(12, None, None), (4.2, "EUR", None)]),
        ("count", "The state will hire a quarter of a million teachers.", [(2.5e5, None, None)]),
        ("count", "Roughly a dozen bidders remain.", [(12, None, None)]),
        ("currency", "The fund holds half a billion dollars in bonds.", [(5e8, "USD", None)]),
        ("count", "The city planted a million trees.", [(1e6, None, None)]),
        ("count", "Nearly one and a quarter million visitors came.", [(1.25e6, None, None)]),
        ("currency", "Ticket sales topped a quarter of a billion dollars.", [(2.5e8, "USD", None)]),
    ],
    "per_rate": [
        ("currency", "Income per head rose to $14,200 last year.", [(14200, "USD", None)]),
        ("currency", "The country earns $3,100 per capita.", [(3100, "USD_per_capita", None)]),
        ("currency", "Healthcare spending reached 9,800 euros per person.", [(9800, "EUR_per_person", None)]),
        ("move", *move("The dividend rises to 45 cents per share from 40 cents.", 40, 45, "cent_per_share")),
        ("currency", "Vorne earned 2.35 euros a share in the quarter.", [(2.35, "EUR_per_share", None)]),
        ("currency", "Book value stood at 18.40 Swiss francs per share.", [(18.4, "CHF_per_share", None)]),
        ("currency", "The rebate is worth 200 pounds per household.", [(200, "GBP_per_household", None)]),
        ("currency", "Analysts see earnings per share of $2.10 this year.", [(2.10, "USD", None)]),
        ("unit", "Per-capita consumption of beef fell to 26 kilograms.", [(26, "kilogram", None)]),
    ],
    "ratio": [
        ("count", "Shareholders approved the deal by a margin of 3-to-1.", [(3, None, None), (1, None, None)]),
        ("count", "The company announced a 2:1 stock split.", [(2, None, None), (1, None, None)]),
        ("count", "Women outnumber men two to one in the program.", [(2, None, None), (1, None, None)]),
        ("number", "The loan-to-value ratio is capped at 80 percent.", [(80, "percent", None)]),
        ("count", "The board voted 7-2 to approve the merger.", [(7, None, None), (2, None, None)]),
        ("count", "Buyers outnumbered sellers by five to one.", [(5, None, None), (1, None, None)]),
        ("count", "A 3-for-1 split takes effect next week.", [(3, None, None), (1, None, None)]),
    ],
    "points": [
        (
            "sign",
            "Support for the party fell 4 percentage points to 31 percent.",
            [(4, PP, "down"), (31, "percent", None)],
        ),
        (
            "sign",
            "The bank raised its key rate by 50 basis points to 5.5%.",
            [(0.5, PP, "up"), (5.5, "percent", None)],
        ),
        (
            "sign",
            "Unemployment rose half a percentage point to 6.1 percent.",
            [(0.5, PP, "up"), (6.1, "percent", None)],
        ),
        ("sign", "Yields jumped 18 bps to 4.32 percent.", [(0.18, PP, "up"), (4.32, "percent", None)]),
        ("unit", "The spread over Bunds widened to 245 basis points.", [(2.45, PP, None)]),
        ("sign", "Its market share edged down a tenth of a percentage point.", [(0.1, PP, "down")]),
        (
            "sign",
            "The tax rate drops two percentage points, to 19 percent, next year.",
            [(2, PP, "down"), (19, "percent", None)],
        ),
    ],
    "temperature": [
        ("unit", "The thermometer hit 104 degrees Fahrenheit in Phoenix.", [(104, "degree_fahrenheit", None)]),
        ("unit", "Frost is likely as readings dip to 28 F tonight.", [(28, "degree_fahrenheit", None)]),
        ("unit", "Water must be heated to 70 degrees C.", [(70, "degree_celsius", None)]),
        ("unit", "The heatwave pushed temperatures above 40°C.", [(40, "degree_celsius", None)]),
        ("sign", "Night temperatures fell to 12 below zero.", [(-12, "degree", None)]),
        ("unit", "It was a balmy 22 degrees in Oslo.", [(22, "degree", None)]),
        ("range", "Highs of 31 to 34 Celsius are forecast.", [((31, 34), "degree_celsius", None)]),
        ("unit", "The reactor core reached 1,200 degrees Celsius.", [(1200, "degree_celsius", None)]),
    ],
    "dimension": [
        ("unit", "Each container is 20 by 8 feet.", [(20, "foot", None), (8, "foot", None)]),
        ("unit", "The painting measures 3 by 4 metres.", [(3, "meter", None), (4, "meter", None)]),
        ("unit", "A 12-by-18-inch sign hung outside.", [(12, "inch", None), (18, "inch", None)]),
        ("unit", "The site covers 40 hectares.", [(40, "hectare", None)]),
        ("unit", "The pipeline will be 1,100 km long.", [(1100, "kilometer", None)]),
        ("unit", "The tower rises 828 metres.", [(828, "meter", None)]),
        ("unit", "The warehouse has 250,000 square feet of floor space.", [(250000, "square_foot", None)]),
        ("range", "Screens range from 6.1 inches to 6.7 inches.", [((6.1, 6.7), "inch", None)]),
    ],
    "duration": [
        ("count", "Kellan signed an 18-month contract.", [(18, "month", None)]),
        ("unit", "The plant has been idle for a decade.", [(1, "decade", None)]),
        ("unit", "The merger ends a two-decade rivalry.", [(2, "decade", None)]),
        ("unit", "Talks dragged on for six weeks.", [(6, "week", None)]),
        ("count", "The 90-minute meeting ended without a deal.", [(90, "minute", None)]),
        ("count", "He served a 12-year term.", [(12, "year", None)]),
        ("unit", "The strike lasted 47 days.", [(47, "day", None)]),
        ("count", "The firm has a 36-hour deadline to respond.", [(36, "hour", None)]),
    ],
    "age": [
        ("count", "The 63-year-old chairman will retire in June.", [(63, "year", None)]),
        ("number", "Hollis, 58, joined the bank in 2004.", [(58, "year", None)]),
        ("unit", "The founder died at the age of 91.", [(91, "year", None)]),
        ("unit", "Children under 12 travel free.", [(12, "year", None)]),
        ("count", "A 17-year-old driver was arrested.", [(17, "year", None)]),
        ("move", *move("The retirement age rises to 67 from 65.", 65, 67, "year")),
    ],
    "score": [
        ("count", "Rovers won 3-1 at home on Saturday.", [(3, None, None), (1, None, None)]),
        ("count", "The Hawks beat the Comets 104-98.", [(104, None, None), (98, None, None)]),
        (
            "count",
            "She won the final 6-4, 3-6, 7-5.",
            [(6, None, None), (4, None, None), (3, None, None), (6, None, None), (7, None, None), (5, None, None)],
        ),
        ("count", "The match ended in a 2-2 draw.", [(2, None, None), (2, None, None)]),
        ("count", "United lost 0-2 to City.", [(0, None, None), (2, None, None)]),
        ("unit", "The champions scored 31 points in the third quarter.", [(31, "point", None)]),
    ],
    "time_of_day": [
        ("negative", "The strike begins at 6 a.m. on Friday.", []),
        ("negative", "Markets close at 4:30 pm.", []),
        ("negative", "The vote is set for 1900 GMT.", []),
        ("negative", "Trading resumed at 11 o'clock.", []),
        ("negative", "The ceasefire took effect at 0600 local time.", []),
        ("negative", "The launch is scheduled for 9:15 a.m. EST on July 4.", []),
    ],
    "year": [
        ("negative", "The 2008 crisis still weighs on lenders.", []),
        ("negative", "Profit in fiscal 2029 is seen flat.", []),
        ("negative", "The notes mature in 2035.", []),
        ("negative", "Sales peaked in the mid-1990s.", []),
        ("negative", "The law dates from 1934.", []),
        ("negative", "Its 2030 target looks out of reach.", []),
        ("negative", "The 2024-25 season was its best.", []),
        ("negative", "Between 2015 and 2019 the firm grew quickly.", []),
    ],
    "ordinal": [
        ("negative", "Vantor is the country's fourth-largest lender.", []),
        ("negative", "Second-quarter earnings beat forecasts.", []),
        ("negative", "The 12th round of talks ended Friday.", []),
        ("negative", "It is the 3rd straight quarterly loss.", []),
        ("negative", "First-half sales were flat.", []),
        ("negative", "The firm ranked 23rd on the list.", []),
    ],
    "code": [
        ("negative", "Call the hotline at 0800 123 4567.", []),
        ("negative", "Orders ship from ZIP code 94107.", []),
        ("negative", "Flight BA 249 was diverted.", []),
        ("negative", "The case number is 2:24-cv-01183.", []),
        ("negative", "Dial +1 (212) 555-0147 for the desk.", []),
        ("negative", "The model KX-4500 was recalled.", []),
        ("negative", "Route 66 reopened after the storm.", []),
    ],
    "coupon": [
        (
            "currency",
            "Tellis sold $500 million of 5-3/8 percent notes due 2031.",
            [(5e8, "USD", None), (5.375, "percent", None)],
        ),
        ("sign", "The 7-1/4 percent bonds due 2040 fell 2 points.", [(7.25, "percent", None), (2, "point", "down")]),
        ("number", "The agency priced 4.125% notes maturing in 2033.", [(4.125, "percent", None)]),
        ("number", "Its 6 7/8 pct debentures were upgraded.", [(6.875, "percent", None)]),
        ("number", "The 10-year note yield rose to 4.61 percent.", [(10, "year", None), (4.61, "percent", None)]),
        ("number", "The issue carries a coupon of 3.875 per cent.", [(3.875, "percent", None)]),
        ("number", "It redeemed the 8.5 percent senior notes due 2030.", [(8.5, "percent", None)]),
    ],
    "market_list": [
        (
            "sign",
            "Asia at 0700 GMT: Nikkei -0.9%, Hang Seng +1.2%, Kospi -0.3%.",
            [(0.9, "percent", "down"), (1.2, "percent", "up"), (0.3, "percent", "down")],
        ),
        (
            "sign",
            "Bonds: 10-year yield +4 bps at 4.12%.",
            [(10, "year", None), (0.04, PP, "up"), (4.12, "percent", None)],
        ),
        ("sign", "FTSE 100 down 0.6%, DAX up 0.2%, CAC flat.", [(0.6, "percent", "down"), (0.2, "percent", "up")]),
        (
            "sign",
            "Oil: Brent +$1.10 at $84.20, WTI -$0.35 at $79.60.",
            [(1.1, "USD", "up"), (84.2, "USD", None), (0.35, "USD", "down"), (79.6, "USD", None)],
        ),
        (
            "sign",
            "Gold -0.4% at $2,310.50; silver +1.1%.",
            [(0.4, "percent", "down"), (2310.5, "USD", None), (1.1, "percent", "up")],
        ),
        (
            "sign",
            "Movers: Cardale +11.2%, Pennick -7.5%, Ostrom +3%.",
            [(11.2, "percent", "up"), (7.5, "percent", "down"), (3, "percent", "up")],
        ),
        ("sign", "S&P 500 futures -0.3%, Nasdaq futures -0.5%.", [(0.3, "percent", "down"), (0.5, "percent", "down")]),
        ("sign", "Euro zone bonds: Bund yield -3 bps, BTP yield +2 bps.", [(0.03, PP, "down"), (0.02, PP, "up")]),
    ],
    "foreign_currency": [
        ("currency", "Tamsin Foods posted a profit of 3.4 billion Pakistani rupees.", [(3.4e9, "PKR", None)]),
        ("currency", "The stadium cost 1.1 billion Brazilian reais.", [(1.1e9, "BRL", None)]),
        ("currency", "Fines of 80 million hryvnias were imposed.", [(8e7, "UAH", None)]),
        ("currency", "The deal is valued at 12 billion Mexican pesos.", [(1.2e10, "MXN", None)]),
        ("currency", "The loan totals 45 billion forint.", [(4.5e10, "HUF", None)]),
        ("currency", "Bakra Telecom raised 600 million Egyptian pounds.", [(6e8, "EGP", None)]),
        ("currency", "The contract is worth 2.7 billion Czech crowns.", [(2.7e9, "CZK", None)]),
        ("currency", "Rents average 1,800 shekels a month.", [(1800, "ILS_per_month", None)]),
        ("currency", "Sales reached 14 billion Kenyan shillings.", [(1.4e10, "KES", None)]),
        ("currency", "A 3 billion dong bribe was alleged.", [(3e9, "VND", None)]),
        ("currency", "It paid 95 million Swedish crowns for the stake.", [(9.5e7, "SEK", None)]),
        ("currency", "The fine was 4.2 billion Chilean pesos.", [(4.2e9, "CLP", None)]),
        ("currency", "The plant cost SEK 3.1 billion.", [(3.1e9, "SEK", None)]),
        ("currency", "Wages rose to 2,900 lei a month.", [(2900, "RON_per_month", None)]),
        ("currency", "Fuel costs 21.50 rand a litre.", [(21.5, "ZAR_per_liter", None)]),
        ("currency", "The bill came to 80,000 yen per night.", [(80000, "JPY_per_night", None)]),
    ],
}

# Rows written for a rule after the run, so not part of the unseen score: "half a/an <unit>" is half of that unit
# (seen in the Reuters stories: "half a century", "half a year", "half a day", "half a percent"); before the rule
# the "half" stood alone, as 0.5 with no unit, or was dropped.
RULE_ROWS = [
    ("unit", "Output grew at the fastest pace in half a century.", [(0.5, "century", None)]),
    ("unit", "Trading stopped for half a day at the bourse.", [(0.5, "day", None)]),
    ("unit", "The pilot project ran for nearly half a year.", [(0.5, "year", None)]),
    ("unit", "Costs should rise by less than half a percent.", [(0.5, "percent", "up")]),
    ("unit", "The depot lies half a mile from the coast.", [(0.5, "mile", None)]),
    ("unit", "Talks with the union lasted barely half an hour.", [(0.5, "hour", None)]),
    ("unit", "Almost half a decade has passed since the merger.", [(0.5, "decade", None)]),
    # a bare "half" before the whole it is part of (seen in the Reuters stories: "half of the workers", "half its
    # retail clients", "Half of that jump"); not "the second half of the year"
    ("number", "Half of Dorvan's 8,000 workers are on leave.", [(0.5, None, None), (8000, None, None)]),
    ("number", "The fund sold half its stake in Belmar.", [(0.5, None, None)]),
    ("number", "Half the branches will close by June.", [(0.5, None, None)]),
    ("negative", "Sales slowed in the latter half of the year.", []),
    ("negative", "Boston-based Half Moon Outfitters opened a store.", []),
    ("negative", "TRADERS SEE THE GLASS HALF FULL", []),
    # a two-digit year after an apostrophe (seen in the Reuters stories: "win in '12", "'09 deliveries")
    ("negative", "Brandel expects a better season in '27.", []),
    ("negative", "Orders for '31 deliveries are full at Kessel.", []),
    ("negative", "The class of ’98 reunited at the plant.", []),
    # a bare price in the sentence of a price per physical unit (seen in the Reuters stories: "ended at $73.15 a
    # barrel after touching a peak of $74.60", "lost 58 cents, or 0.7 percent, to finish at $81.46 a barrel")
    (
        "unit",
        "Brent settled at $84.10 a barrel after touching $86.20 earlier.",
        [(84.1, "USD_per_barrel", None), (86.2, "USD_per_barrel", None)],
    ),
    (
        "unit",
        "Copper hit $9,850 a tonne, short of the record $10,190 set in May.",
        [(9850, "USD_per_tonne", None), (10190, "USD_per_tonne", None)],
    ),
    (
        "sign",
        "Gold slid $18.40, or 1.1 percent, to $1,642.30 an ounce.",
        [(18.4, "USD_per_ounce", "down"), (1.1, "percent", "down"), (1642.3, "USD_per_ounce", None)],
    ),
    (
        "sign",
        "Crude traded at $92 a barrel while Vorn shares rose $2 to $31.",
        [(92, "USD_per_barrel", None), (2, "USD", "up"), (31, "USD", None)],
    ),
    (
        "currency",
        "Oil hit $92 a barrel, and the Tamsin fund raised $4 billion.",
        [(92, "USD_per_barrel", None), (4e9, "USD", None)],
    ),
    # a number left hanging by its hyphen before a time compound (seen in the Reuters stories: "the three- and 7-year",
    # "a one- or two-year delay", "5- and 30-year notes")
    ("count", "Holdings of five- and 10-year bonds rose at Pellam.", [(5, "year", None), (10, "year", None)]),
    ("count", "Expect a one- or two-month delay at the Kerr plant.", [(1, "month", None), (2, "month", None)]),
    ("count", "The lender sold 3- and 7-year notes on Tuesday.", [(3, "year", None), (7, "year", None)]),
    # ratios and tallies (seen in the Reuters stories: "voted 3-0", "voted 13-10", "a 1-for-10 stock split",
    # "38-to-1"); a tally after "by" or before a unit stays a range
    ("count", "The council approved the budget in a 5-4 vote.", [(5, None, None), (4, None, None)]),
    ("count", "The reverse split is 1-for-5.", [(1, None, None), (5, None, None)]),
    ("count", "The Corvin assembly passed the levy 52-48 in June.", [(52, None, None), (48, None, None)]),
    ("count", "Delegates approved the merger 85-13.", [(85, None, None), (13, None, None)]),
    ("range", "The council approved 5-10 new bus lanes.", [((5, 10), None, None)]),
    ("range", "Profit topped forecasts by 3-4 cents a share.", [((3, 4), "cent_per_share", None)]),
]

ROWS = [row for rows in TOPICS.values() for row in rows] + RULE_ROWS
