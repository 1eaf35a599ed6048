"""More rows of the news quantity table (issue 11): the forms helper "quant7" was asked to probe.

Written by helper "quant7" BEFORE running the extractor on them, to measure the layer on unseen wordings:
written-out numbers in many forms, shares of a whole ("a third", "one in five"), multiples ("x-fold",
"twice as many", "doubled", "1.5x"), basis points and the spellings of percent ("bps", "p.c.", "per cent"),
currency codes before and after numbers ("EUR 5m", "5m euros", "GBP 75m", "250 million USD"), Indian
scales ("Rs 40 crore", "lakh"), units glued to a number by a hyphen ("10-foot", "5-km", "20-tonne"), ages,
scores and vote tallies, times of day and years that are not quantities. Conventions: see
`tests/mentions/news_table.py`. Every name is invented.

Choices these rows make where the dataset README is silent:
- "one in five" and "eight out of ten" are two plain counts, as a ratio is in `news_rows_unseen6.py`;
- a multiple is a quantity in `times`: "twice as many" 2, "1.5x" 1.5; "halved" is 0.5 times, down;
- an age written without "years" but read as one ("retired at 62", "who is 74") is in `year`.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

THIRD = 1 / 3
PP = "percentage_point"

# topic -> rows (category, sentence, expected)
TOPICS: dict[str, list[tuple]] = {
    "written_numbers": [
        ("count", "Twenty-five miners were rescued on Sunday.", [(25, None, None)]),
        ("count", "The airline will retire one hundred and twenty planes.", [(120, None, None)]),
        ("count", "Nearly three million households receive the benefit.", [(3e6, None, None)]),
        ("count", "A hundred protesters gathered outside the plant.", [(100, None, None)]),
        ("count", "Twelve hundred jobs will go at the Marlow site.", [(1200, None, None)]),
        ("count", "Some two and a half million tickets were sold.", [(2.5e6, None, None)]),
        ("number", "Seventy-two per cent of members voted yes.", [(72, "percent", None)]),
        ("count", "The chain opened eleven stores and closed nine.", [(11, None, None), (9, None, None)]),
        ("currency", "The deal is worth three hundred million dollars.", [(3e8, "USD", None)]),
        ("currency", "Tessa paid forty thousand pounds for the licence.", [(40000, "GBP", None)]),
        ("count", "One hundred thousand homes still lack power.", [(1e5, None, None)]),
        ("count", "The strike idled nine thousand five hundred workers.", [(9500, None, None)]),
        ("count", "Fewer than fifty people attended the meeting.", [(50, None, None)]),
        ("unit", "The convoy travelled sixty kilometres before dawn.", [(60, "kilometer", None)]),
        ("count", "Eight out of ten analysts rate the stock a buy.", [(8, None, None), (10, None, None)]),
        ("count", "The carrier operates 212 aircraft.", [(212, None, None)]),
        ("count", "A 30-strong team will run the unit.", [(30, None, None)]),
        (
            "count",
            "Police arrested 17 people and seized two tonnes of cocaine.",
            [(17, None, None), (2, "tonne", None)],
        ),
        ("count", "The four-day week trial ended.", [(4, "day", None)]),
    ],
    "shares_of_a_whole": [
        ("number", "A third of the lender's loans are to builders.", [(THIRD, None, None)]),
        ("number", "Roughly one in five adults owns shares.", [(1, None, None), (5, None, None)]),
        ("number", "One in four flights was cancelled.", [(1, None, None), (4, None, None)]),
        ("number", "Nearly a quarter of the workforce is over 55.", [(0.25, None, None), (55, "year", None)]),
        ("number", "Two in three shoppers said prices were too high.", [(2, None, None), (3, None, None)]),
        ("number", "Three-quarters of the loans were repaid on time.", [(0.75, None, None)]),
        ("number", "About a fifth of the budget goes to defence.", [(0.2, None, None)]),
        ("sign", "Profits fell by a quarter last year.", [(25, "percent", "down")]),
        (
            "number",
            "Only one in ten startups survives five years.",
            [(1, None, None), (10, None, None), (5, "year", None)],
        ),
    ],
    "multiples": [
        (
            "sign",
            "Quarterly profit more than doubled to $840 million.",
            [(2, "times", "up"), (8.4e8, "USD", None)],
        ),
        ("number", "The mine now employs twice as many workers as in 2019.", [(2, "times", None)]),
        ("sign", "Orders jumped fivefold in the period.", [(5, "times", "up")]),
        ("sign", "Its debt has risen 10-fold since the takeover.", [(10, "times", "up")]),
        ("number", "The shares trade at 1.5x book value.", [(1.5, "times", None)]),
        ("sign", "Vessel rates tripled in the spring.", [(3, "times", "up")]),
        ("number", "Demand is three times what the plant can supply.", [(3, "times", None)]),
        ("sign", "The regulator halved the fee.", [(0.5, "times", "down")]),
    ],
    "points_and_percent": [
        ("sign", "The central bank trimmed rates by 25 bps on Thursday.", [(0.25, PP, "down")]),
        ("sign", "Mortgage rates climbed 40 basis points after the auction.", [(0.4, PP, "up")]),
        ("unit", "The bond pays 175 basis points over the benchmark.", [(1.75, PP, None)]),
        ("number", "Growth slowed to 3.1 p.c. in the quarter.", [(3.1, "percent", None)]),
        ("sign", "Retail prices rose 6 p.c. year on year.", [(6, "percent", "up")]),
        (
            "sign",
            "Turnover slipped 2.4 per cent to 310 million pounds.",
            [(2.4, "percent", "down"), (3.1e8, "GBP", None)],
        ),
        ("unit", "The spread sits at about 90bps.", [(0.9, PP, None)]),
        (
            "sign",
            "Yields on the notes widened by 12 basis points to 3.98 per cent.",
            [(0.12, PP, "up"), (3.98, "percent", None)],
        ),
        ("sign", "The lender's margin narrowed by 8bp.", [(0.08, PP, "down")]),
        ("number", "Savers earn 4.25 pct on the account.", [(4.25, "percent", None)]),
    ],
    "currency_forms": [
        ("currency", "The group will raise EUR 5m from the sale.", [(5e6, "EUR", None)]),
        ("currency", "Ostra booked a charge of 5m euros.", [(5e6, "EUR", None)]),
        ("currency", "Grantley's pension deficit is £1.2bn.", [(1.2e9, "GBP", None)]),
        ("currency", "The state approved a Rs 40 crore grant for the port.", [(4e8, "INR", None)]),
        ("currency", "Each family gets Rs 2.5 lakh in compensation.", [(2.5e5, "INR", None)]),
        ("currency", "Household debt hit $1.2 trillion.", [(1.2e12, "USD", None)]),
        ("currency", "The fund invests USD 300 million a year.", [(3e8, "USD_per_year", None)]),
        ("currency", "Kessling sold the unit for GBP 75m.", [(7.5e7, "GBP", None)]),
        ("currency", "Capital spending will total 1.4bn Swiss francs.", [(1.4e9, "CHF", None)]),
        ("currency", "The toll is JPY 1,500 per car.", [(1500, "JPY_per_car", None)]),
        ("currency", "The bill was 250 million USD.", [(2.5e8, "USD", None)]),
        ("currency", "Revenue rose to ¥820 billion.", [(8.2e11, "JPY", None)]),
        ("currency", "A penalty of €350,000 was imposed on Marsh Bay.", [(3.5e5, "EUR", None)]),
        ("currency", "The buyer will pay C$4.30 per unit in cash.", [(4.3, "CAD_per_unit", None)]),
        ("currency", "Its market value is around $640bn.", [(6.4e11, "USD", None)]),
        (
            "currency",
            "Tarrant will invest 2 billion yuan ($280 million) in the plant.",
            [(2e9, "CNY", None), (2.8e8, "USD", None)],
        ),
        ("currency", "The retailer's sales hit Rs 1,200 crore.", [(1.2e10, "INR", None)]),
        ("currency", "Fines can reach 10 lakh rupees.", [(1e6, "INR", None)]),
        ("currency", "Bellwether paid £3.75 a share in cash.", [(3.75, "GBP_per_share", None)]),
        ("currency", "The package is worth AUD 1.1 billion.", [(1.1e9, "AUD", None)]),
        ("currency", "The 700m-euro bond was oversubscribed.", [(7e8, "EUR", None)]),
        ("currency", "A $5bn buyback was announced.", [(5e9, "USD", None)]),
        ("currency", "Prices start at 19,999 rupees.", [(19999, "INR", None)]),
        ("currency", "The company holds 4.8 trillion won in cash.", [(4.8e12, "KRW", None)]),
    ],
    "hyphen_units": [
        ("unit", "Workers built a 10-foot wall around the site.", [(10, "foot", None)]),
        ("unit", "The race follows a 5-km loop through the park.", [(5, "kilometer", None)]),
        ("unit", "A 20-tonne truck overturned on the bridge.", [(20, "tonne", None)]),
        ("unit", "The city is building a 12-mile light-rail line.", [(12, "mile", None)]),
        ("unit", "The 300-metre tower will open in 2031.", [(300, "meter", None)]),
        ("unit", "A 40-foot container costs more to ship.", [(40, "foot", None)]),
        ("unit", "The firm bought a 500-acre farm.", [(500, "acre", None)]),
        ("unit", "The 1,000-megawatt plant runs on gas.", [(1000, "megawatt", None)]),
        ("unit", "He caught a 15-pound salmon.", [(15, "pound", None)]),
        ("unit", "The 2-litre engine is made in Poland.", [(2, "liter", None)]),
        ("unit", "A 6.5-inch screen is standard.", [(6.5, "inch", None)]),
        ("unit", "The ship unloaded 80,000 metric tons of corn.", [(80000, "tonne", None)]),
        ("unit", "The road climbs 1,400 ft above the valley.", [(1400, "foot", None)]),
        ("unit", "Trucks are limited to 80 km/h on the pass.", [(80, "kilometer_per_hour", None)]),
        ("unit", "The reservoir holds 3 million cubic metres of water.", [(3e6, "cubic_meter", None)]),
        ("unit", "The bag weighs 23kg.", [(23, "kilogram", None)]),
        ("unit", "Rain of 75mm fell overnight.", [(75, "millimeter", None)]),
    ],
    "ages": [
        ("count", "The 45-year-old engineer founded the firm.", [(45, "year", None)]),
        ("number", "Marta Quell, 39, will become finance chief.", [(39, "year", None)]),
        ("unit", "Applicants must be aged 21 or older.", [(21, "year", None)]),
        ("unit", "The chairman, who is 74, plans to step down.", [(74, "year", None)]),
        ("count", "A nine-year-old girl was among the injured.", [(9, "year", None)]),
        ("unit", "He retired at 62 after four decades at the bank.", [(62, "year", None), (4, "decade", None)]),
        ("range", "Women aged 25 to 34 were the biggest buyers.", [((25, 34), "year", None)]),
        ("range", "Its teenage users, aged 13-17, need consent.", [((13, 17), "year", None)]),
    ],
    "scores_and_votes": [
        ("count", "Vanton beat Harlow 28-24 on Sunday.", [(28, None, None), (24, None, None)]),
        (
            "count",
            "The visitors won 2-0 in front of 40,000 fans.",
            [(2, None, None), (0, None, None), (40000, None, None)],
        ),
        ("count", "Lawmakers voted 312 to 290 to pass the bill.", [(312, None, None), (290, None, None)]),
        ("count", "The measure passed by a vote of 6 to 3.", [(6, None, None), (3, None, None)]),
        ("count", "The Senate approved it 51-49.", [(51, None, None), (49, None, None)]),
        ("count", "Shareholders cast 1.2 million votes for the plan.", [(1.2e6, None, None)]),
        ("count", "The motion was defeated by 14 votes.", [(14, None, None)]),
        ("count", "The Rangers lead the series three games to one.", [(3, None, None), (1, None, None)]),
        ("count", "The team has won 9 of its last 12 games.", [(9, None, None), (12, None, None)]),
    ],
    "times_of_day": [
        ("negative", "Shares were suspended at 10:45 a.m. local time.", []),
        ("negative", "The market opens at 9 am on Monday.", []),
        ("negative", "The meeting starts at 14:00 CET.", []),
        ("negative", "The results are due at 7 p.m. Eastern.", []),
        ("negative", "Trading halted at 2.30pm in Mumbai.", []),
        ("negative", "Polls close at 2200 GMT.", []),
    ],
    "years_and_names": [
        ("negative", "The bank was founded in 1872.", []),
        ("negative", "The 2031 bonds rallied.", []),
        ("negative", "Sales have not recovered since 2020.", []),
        ("negative", "The 1990s boom ended badly.", []),
        ("negative", "Its plan runs through 2035.", []),
        ("negative", "The firm's fiscal 2030 guidance was withdrawn.", []),
        ("negative", "Profits slumped in 2009 and 2010.", []),
        ("negative", "By 2040, the fleet will be electric.", []),
        ("negative", "The Class of 2027 faces a tough market.", []),
        ("negative", "The Aeron 380 order was cancelled.", []),
        ("negative", "The group is the world's second-biggest brewer.", []),
        ("negative", "Chapter 11 protection was granted to Kelsey.", []),
        ("negative", "The G7 leaders met in Rome.", []),
        ("negative", "Article 50 was triggered in March.", []),
        ("negative", "The COVID-19 pandemic hit sales.", []),
    ],
    "ranges": [
        ("range", "The stake could fetch EUR 2-3 billion.", [((2e9, 3e9), "EUR", None)]),
        ("range", "Analysts see the spread at 150-200bps.", [((1.5, 2), PP, None)]),
        ("range", "The plant will need between five and seven years to build.", [((5, 7), "year", None)]),
        ("range", "Bonuses of £10,000-£15,000 were paid.", [((1e4, 1.5e4), "GBP", None)]),
        ("range", "The deal values Corlan at Rs 900-1,000 crore.", [((9e9, 1e10), "INR", None)]),
        ("range", "Inflation is seen at 2.5-3 per cent next year.", [((2.5, 3), "percent", None)]),
        ("range", "Homes sell for £300k to £450k in the area.", [((3e5, 4.5e5), "GBP", None)]),
        ("range", "Each turbine costs $2m-$3m.", [((2e6, 3e6), "USD", None)]),
        ("range", "Job cuts of 300 to 400 are planned.", [((300, 400), None, None)]),
        ("range", "The vaccine is 70%-90% effective.", [((70, 90), "percent", None)]),
        ("range", "Costs rose by 10-15% across the board.", [((10, 15), "percent", "up")]),
        ("range", "The crop needs 20 to 30 days of rain.", [((20, 30), "day", None)]),
    ],
    "moves": [
        ("move", *move("Its share price sank from 480p to 310p.", 480, 310, "penny")),
        ("move", *move("The policy rate was raised to 6.5 per cent from 6.25 per cent.", 6.25, 6.5, "percent")),
        ("move", *move("Membership fell from twelve thousand to nine thousand.", 12000, 9000, None)),
        ("move", *move("The target was cut to EUR 40 from EUR 46.", 46, 40, "EUR")),
        ("move", *move("Arrivals doubled from 2 million to 4 million.", 2e6, 4e6, None, (2, "times", "up"))),
        ("move", *move("Cash reserves rose to Rs 620 crore from Rs 480 crore.", 4.8e9, 6.2e9, "INR")),
        ("move", *move("The speed limit drops from 70 mph to 50 mph.", 70, 50, "mile_per_hour")),
        ("move", *move("Spreads tightened from 310 bps to 260 bps.", 3.1, 2.6, PP)),
        (
            "move",
            *move("Sales rose 8 per cent to £2.1bn from £1.94bn.", 1.94e9, 2.1e9, "GBP", (8, "percent", "up")),
        ),
    ],
    "signs": [
        ("sign", "Halden shares plunged 23 per cent on the news.", [(23, "percent", "down")]),
        (
            "sign",
            "Copper gained 1.8 pct, while zinc shed 0.6 pct.",
            [(1.8, "percent", "up"), (0.6, "percent", "down")],
        ),
        ("sign", "The rand weakened 0.9% against the dollar.", [(0.9, "percent", "down")]),
        ("sign", "Exports contracted by 4.2 per cent in value terms.", [(4.2, "percent", "down")]),
        ("sign", "The stock has surged 140% this year.", [(140, "percent", "up")]),
        ("sign", "Net profit dipped to EUR 41m, down 7%.", [(4.1e7, "EUR", None), (7, "percent", "down")]),
        ("sign", "Home prices were flat, after a 0.3 pct gain in May.", [(0.3, "percent", "up")]),
        ("sign", "Vendell added 32 cents to $18.75.", [(32, "cent", "up"), (18.75, "USD", None)]),
        ("sign", "Shares in Morrow were 4p lower at 96p.", [(4, "penny", "down"), (96, "penny", None)]),
        (
            "sign",
            "The index shed 212.4 points, or 1.3%, to 16,020 points.",
            [(212.4, "point", "down"), (1.3, "percent", "down"), (16020, "point", None)],
        ),
    ],
}

ROWS = [row for rows in TOPICS.values() for row in rows]

# Rows written for a rule after the run, so not part of the unseen score.
RULE_ROWS = [
    # "one in N", "one out of (every) N" and "N <nouns> to one": two counts (seen in the Reuters stories: "one in
    # five has no job", "one in 8 posts", "almost one in three students"); "one" alone is still no count
    ("number", "Nearly one in three homes in Dunmore is rented.", [(1, None, None), (3, None, None)]),
    ("number", "One out of every 20 applicants was hired by Pellam.", [(1, None, None), (20, None, None)]),
    ("count", "The Corvin side led the tie four goals to one at halftime.", [(4, None, None), (1, None, None)]),
    ("negative", "Only one in the room objected to the plan.", []),
    # an age after "at" and a verb of a person's life (seen in the Reuters stories: "moved to the
    # capital at 19"); not after an object ("retired the bonds at 101" is a price)
    ("unit", "Brandt retired at 58 to run a vineyard.", [(58, "year", None)]),
    ("unit", "Her father emigrated to Chile at 19 with no savings.", [(19, "year", None)]),
    ("unit", "The founder of Velmar died at 88 in Lisbon.", [(88, "year", None)]),
    ("number", "Kessel retired the bonds at 101.", [(101, None, None)]),
    # a multiple before what it multiplies (seen in the Reuters stories: "twice the size of", "more than triple
    # today's limits", "at least thrice the size", "more than double the 48 million euros"); it moves nothing
    ("number", "The new terminal is twice the size of the old one.", [(2, "times", None)]),
    ("number", "Vorne now pays thrice what rivals pay for steel.", [(3, "times", None)]),
    ("number", "Its debt is more than triple its annual revenue.", [(3, "times", None)]),
    ("negative", "Tellis holds board meetings twice a year.", []),
    # no multiple; since quant25 a vague range of two-digit figures (`quantities/digit_magnitudes.py`)
    ("range", "Inflation hit double digits in Norland.", [((10, 99), None, None)]),
    ("negative", "The Pellam notes double as collateral for the loan.", []),
    ("negative", "The minister twice this month urged a rate cut.", []),
    # a multiplying verb makes "from X to Y" a move (seen in the Reuters stories: "more than doubled to roughly 8
    # million", "almost doubled to 40 cents")
    ("move", *move("Subscribers doubled from 1.5 million to 3 million.", 1.5e6, 3e6, None, (2, "times", "up"))),
    ("move", *move("The toll tripled from $2 to $6.", 2, 6, "USD", (3, "times", "up"))),
    ("move", *move("Halden's staff halved from 800 to 400.", 800, 400, None, (0.5, "times", "down"))),
    # a second end with a scale word of its own does not lend its thousands to the first ("40-45,000" does)
    ("range", "The project will cost $800-1,000 million.", [((8e8, 1e9), "USD", None)]),
    ("range", "Brokers value the unit at Rs 700-1,200 crore.", [((7e9, 1.2e10), "INR", None)]),
    ("range", "Losses of 600-1,500 million euros are feared.", [((6e8, 1.5e9), "EUR", None)]),
    # one time unit with an article after a duration opener (seen in the Reuters stories: "for more than a
    # decade", "for more than a year", "within a day", "in recession for a year"); not a date or a share
    ("unit", "Vorne has been without a chief executive for a year.", [(1, "year", None)]),
    ("unit", "Talks at Kellan have stalled for more than a decade.", [(1, "decade", None)]),
    ("unit", "Repairs at the Halden mill should be done within a week.", [(1, "week", None)]),
    ("unit", "The outage at Brisca lasted an hour.", [(1, "hour", None)]),
    ("negative", "Sales at Tarsk were flat from a year ago.", []),
    ("number", "Exports account for a quarter of Marrow's sales.", [(0.25, None, None)]),
    ("negative", "Shares of Ostrom fell for a second day.", []),
    # a written count before a name and the plural noun it counts (seen in the Reuters stories: "the three U.S.
    # automakers", "two Bloomberg News reporters", "eight Chiquita employees", "three European refineries")
    ("count", "The two Norland banks will merge next year.", [(2, None, None)]),
    ("count", "Regulators fined five Tessary Street brokers on Monday.", [(5, None, None)]),
    ("count", "Twelve European airlines joined the pact.", [(12, None, None)]),
    ("negative", "The Group of Seven nations met in Ostra.", []),
    ("negative", "Nine Rivers Capital slumps after the warning.", []),
    # bond and futures prices move in ticks (seen in the Reuters stories: "Bund futures rose 28 ticks on the
    # session", "dropped 97 ticks to 131.40")
    ("sign", "Bund futures at Kessel were up 24 ticks on the day.", [(24, "tick", "up")]),
    ("sign", "The June contract slid 40 ticks to 131.02.", [(40, "tick", "down"), (131.02, None, None)]),
    ("sign", "Gilt futures gained 15 ticks after the Tarsk auction.", [(15, "tick", "up")]),
]

ROWS += RULE_ROWS
