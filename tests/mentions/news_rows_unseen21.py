"""More rows of the news quantity table (issue 11), written by helper "quant21" for the error classes found in
`extract quantities` output on 71 allowed company stories and 60 other allowed stories of round 21.
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the
comments, were written for this table.
"""

from __future__ import annotations

# a person's age as a bare number where the age reader did not look (3 readable stories): closing the sentence after
# a speaker ('... recalls Ida Brun, 73.'), opening it ("At 52, she ..."), after "turn" ("before he turns 71")
# (`quantities/ages.py`)
AGES = [
    ("number", '"The rent is the problem," said Orla Pennick, 71.', [(71, "year", None)]),
    ("number", '"We closed early every night in March," says baker Tomas Rield, 44.', [(44, "year", None)]),
    ("number", '"Nobody warned the tenants," added retired nurse Edda Voss, 68.', [(68, "year", None)]),
    ("number", '"The river will go down by Friday," wrote Harlan Mott, 59.', [(59, "year", None)]),
    ("number", "At 38, she became the youngest head of Brisk Dairies.", [(38, "year", None)]),
    # mend21q2: "I" after "At N," is mostly a trader naming a price level; the rare speaker's own age is lost
    ("number", "At 29, I moved to the coast to start a brewery.", [(29, None, None)]),
    ("number", "At 18, I would sell Dunmore Tin to anyone.", [(18, None, None)]),
    ("number", '"At 55, I think Tarvel is cheap," said Ines Morrow of Kelby Capital.', [(55, None, None)]),
    ("number", "At 47, he sold his bakery to a rival chain.", [(47, "year", None)]),
    ("number", "Sella Brookmann will hand the shop to her son after she turns 58 next autumn.", [(58, "year", None)]),
    ("number", "Ilse Farrow turned 50 in June and sold the print shop.", [(50, "year", None)]),
    ("number", "The founder, who turned 80 on Sunday, still visits the Pellam mill.", [(80, "year", None)]),
    # guards: no speaker before the name, no person after "At", a unit after the number
    ("number", "Ohio logged 14 cases, followed by Utah, 12.", [(14, None, None), (12, None, None)]),
    ("number", "At 40, the index looked cheap to Malden's analysts.", [(40, None, None)]),
    ("number", '"We sold out," said Ansel Brandt, 25 minutes before closing.', [(25, "minute", None)]),
    ("unit", "The valve turned 90 degrees before it jammed.", [(90, "degree", None)]),
    # guards: after "At N," a capitalised word that is no person (a commodity, a country, a company, a currency),
    # a speaker's aside; a side of a vote after "turn"; a price after a passive "retired at" and a time
    ("number", "At 45, Copper is no bargain for the smelters.", [(45, None, None)]),
    ("number", "At 12, Portugal ranks behind most of its neighbours.", [(12, None, None)]),
    ("number", "At 70, Halvern Group trades at a discount to its peers.", [(70, None, None)]),
    ("number", "At 85, Sterling would sit near its weakest level since the crisis.", [(85, None, None)]),
    ("number", "At 60, he said, Copper would squeeze the wire makers.", [(60, None, None)]),
    ("number", "The council count turned 31 to 29 against the bypass.", [(31, None, None), (29, None, None)]),
    ("number", "Members' ballot turned 77 to 23 for the strike.", [(77, None, None), (23, None, None)]),
    ("number", "The debentures will be retired at 102 next quarter.", [(102, None, None)]),
    ("number", "Ostrava's loan notes were retired at 98 on Monday.", [(98, None, None)]),
    (
        "number",
        "Tarrant's old bonds are being retired at 100 this spring.",
        [(100, None, None)],
    ),  # mend21q2: a time word after a life-event age keeps the age; a passive ("were retired") is a price, except a
    # verb whose passive is said of a person ("was married")
    ("number", "Pell Okafor will retire at 63 next March.", [(63, "year", None)]),
    ("number", "Brisa Tann retired at 58 last month after a long run at the co-op.", [(58, "year", None)]),
    ("number", "He hopes to retire at 61 this year.", [(61, "year", None)]),
    ("number", "Anton Vries retired at 66 on Tuesday.", [(66, "year", None)]),
    ("number", "Mira Quell was married at 21 in a village near Tolm.", [(21, "year", None)]),
    ("number", "Halden's senior bonds were retired at 97 after the exchange offer.", [(97, None, None)]),
    ("number", "The preferred shares got retired at 103 in March.", [(103, None, None)]),
    ("number", "Fennick notes will be quietly retired at 99 when the refinancing closes.", [(99, None, None)]),
    # mend21q2: "turn" with a thing for its subject is a level or a count, not an age (checked on the parse)
    ("number", "The Korvell gauge turned 35 on Thursday for the first time in a decade.", [(35, None, None)]),
    ("number", "Bookings turned 20 after a quiet spring.", [(20, None, None)]),
    ("number", "The share turned 12 in April on takeover talk.", [(12, None, None)]),
    ("number", "Her grandfather turned 95 in January.", [(95, "year", None)]),
]

# a rate's denominator after a bracketed restatement of the amount (4 readable stories: a local price or payment,
# its dollar figure in brackets, then "per <unit>"): both figures are per that unit (`quantities/restated_rates.py`)
RESTATED_RATES = [
    (
        "currency",
        "Growers now get 44,000 rupees ($530) per tonne of cane.",
        [(44000, "INR_per_tonne", None), (530, "USD_per_tonne", None)],
    ),
    (
        "currency",
        "Harwell offered 415 pence ($5.30) a share for the grocer.",
        [(4.15, "GBP_per_share", None), (5.3, "USD_per_share", None)],
    ),
    (
        "currency",
        "Lenmark bid 7.20 euros ($8.10) per share in cash for Ostra.",
        [(7.2, "EUR_per_share", None), (8.1, "USD_per_share", None)],
    ),
    (
        "currency",
        "The regulator capped broadband fees at 30 pounds ($38) a month.",
        [(30, "GBP_per_month", None), (38, "USD_per_month", None)],
    ),
    (
        "currency",
        "Tolls on the bridge bring in 6 million rand ($330,000) per week, the council said.",
        [(6e6, "ZAR_per_week", None), (330000, "USD_per_week", None)],
    ),
    (
        "currency",
        "Dairy farmers receive 31 rupees (about $0.37) per litre of milk.",
        [(31, "INR_per_liter", None), (0.37, "USD_per_liter", None)],
    ),
    (
        "currency",
        "Crude from the Tarim field sells at 5,600 yuan ($810) a tonne.",
        [(5600, "CNY_per_tonne", None), (810, "USD_per_tonne", None)],
    ),
    # guards: a date or a word that is no unit after the brackets leaves both figures plain
    (
        "currency",
        "Vantor paid 2 billion yen ($18 million) for the plant a year ago.",
        [(2e9, "JPY", None), (1.8e7, "USD", None)],
    ),
    ("currency", "Ferry tickets went to 4 euros ($4.40) each way.", [(4, "EUR", None), (4.4, "USD", None)]),
    # guards: a period that dates the amount ("a week after the launch"), with a bracket and without
    (
        "currency",
        "Shares of Pellin slid to 212 pence ($2.70) a day after the recall.",
        [(2.12, "GBP", None), (2.7, "USD", None)],
    ),
    (
        "currency",
        "Veltra bonds fetched 480 yen ($4.10) a month after the default.",
        [(480, "JPY", None), (4.1, "USD", None)],
    ),
    ("currency", "Season passes sold for 65 francs a week after the opening.", [(65, "CHF", None)]),
    ("currency", "Pellin stock was back at 212 pence a day after the recall.", [(2.12, "GBP", None)]),
    (
        "currency",
        "Pelt Brothers booked 90 million pounds ($114 million) (up 3 percent) in fees.",
        [(9e7, "GBP", None), (1.14e8, "USD", None), (3, "percent", "up")],
    ),
]

# mend21q2: "after" dates an amount only past a bracketed restatement and before a determiner and a noun that is no
# deduction; a plain "a month after tax", "a year after the expansion" stays a rate, money or goods
AFTER_RATES = [
    (
        "currency",
        "Cleaners at the Varno depot take home 1,950 euros a month after tax.",
        [(1950, "EUR_per_month", None)],
    ),
    (
        "currency",
        "Guards at Pellmar earn 1,600 euros ($1,790) a month after taxes.",
        [(1600, "EUR_per_month", None), (1790, "USD_per_month", None)],
    ),
    ("currency", "Streamora bills $14 a month after the trial period ends.", [(14, "USD_per_month", None)]),
    ("currency", "Members of Quillby gym pay 11 pounds a month after the first year.", [(11, "GBP_per_month", None)]),
    ("unit", "The Tessary pit should yield 55,000 tonnes a year after the upgrade.", [(55000, "tonne_per_year", None)]),
    (
        "unit",
        "Pumping at Orland climbed back to 240,000 barrels a day after the outage.",
        [(240000, "barrel_per_day", None)],
    ),
    (
        "currency",
        "Drivers keep 38,000 rupees ($455) a month after all deductions.",
        [(38000, "INR_per_month", None), (455, "USD_per_month", None)],
    ),
    # a modifier before the deduction noun, or its singular, keeps the rate (lead, review21mq2)
    (
        "currency",
        "Porters at Lisle take home 1,700 euros ($1,900) a month after the payroll taxes.",
        [(1700, "EUR_per_month", None), (1900, "USD_per_month", None)],
    ),
    (
        "currency",
        "Riders net 900 pounds ($1,140) a week after all other costs.",
        [(900, "GBP_per_week", None), (1140, "USD_per_week", None)],
    ),
    (
        "currency",
        "Tenants pay 650 francs ($700) a month after the deduction of the subsidy.",
        [(650, "CHF_per_month", None), (700, "USD_per_month", None)],
    ),
]

# "troy ounce" is the ounce precious metals are weighed in: the unit ounce, and a price per it is per ounce
TROY_OUNCES = [
    ("unit", "Spot gold touched $2,050 per troy ounce on Tuesday.", [(2050, "USD_per_ounce", None)]),
    ("unit", "The Kessel mine poured 180,000 troy ounces last year.", [(180000, "ounce", None)]),
    (
        "unit",
        "Silver slipped 30 cents to $24.10 a troy ounce in Asian trade.",
        [(30, "cent_per_ounce", "down"), (24.1, "USD_per_ounce", None)],
    ),
    ("unit", "Brannock expects to refine 3.5 million troy oz of platinum.", [(3.5e6, "ounce", None)]),
]

ROWS = [*AGES, *RESTATED_RATES, *AFTER_RATES, *TROY_OUNCES]
