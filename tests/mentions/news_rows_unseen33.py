"""More rows of the news quantity table (issue 11), written by helper "quant33": a figure right after a possessive
("its", "their", "the bank's") is the size of something owned, a level that a change verb moves, not the size of the
move. Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this
table.
"""

from __future__ import annotations

# the figure after a possessive takes no direction from the verb that moves what it sizes (`direction._owned`)
OWNED_LEVELS = [
    ("sign", "Raising its 6.5 percent policy rate would hurt Ostrava's exporters.", [(6.5, "percent", None)]),
    ("sign", "Halden plans to lift its 4 percent deposit rate in March.", [(4, "percent", None)]),
    ("sign", "The Kell central bank may soon hike its 0.75 percent benchmark rate.", [(0.75, "percent", None)]),
    ("sign", "Regulators told Varne to shrink its $60 billion balance sheet.", [(60e9, "USD", None)]),
    ("sign", "Quillby will trim its $40 million advertising budget next year.", [(40e6, "USD", None)]),
    ("sign", "Tessby aims to reduce its 1.2 million barrels per day of output.", [(1.2e6, "barrel_per_day", None)]),
    ("sign", "The council voted to slash its 8 percent sales tax.", [(8, "percent", None)]),
    ("sign", "Lenders expect Brindle to raise the bank's 2.5 percent lending rate.", [(2.5, "percent", None)]),
    ("sign", "Cutting Orlen's 30 percent corporate tax rate is the plan's core.", [(30, "percent", None)]),
    (
        "sign",
        "The board is expected to taper its $20 billion a month of bond buying.",
        [(20e9, "USD_per_month", None)],
    ),
    ("sign", "Dunmere wants to increase their 15 percent share of the market.", [(15, "percent", None)]),
    ("sign", "Halden may lower its 900 million euro target for savings.", [(900e6, "EUR", None)]),
    # the parse hangs the figure on the verb as its object ("overnight" read as an adverb, "a month worth of")
    ("sign", "Lifting its 3 percent overnight lending rate would be risky for Halden.", [(3, "percent", None)]),
    ("sign", "Halden plans to cut its $5 billion a year worth of farm subsidies.", [(5e9, "USD_per_year", None)]),
    ("sign", "Raising their 2 percent overnight rate is off the table, Kell officials said.", [(2, "percent", None)]),
    (
        "sign",
        "The Varne banks may trim their $30 billion a month worth of asset purchases.",
        [(30e9, "USD_per_month", None)],
    ),
    ("sign", "Tessby will lower its 10 percent weekly cap on withdrawals.", [(10, "percent", None)]),
    ("sign", "Quillby said it would reduce its 500 million euros worth of bond holdings.", [(500e6, "EUR", None)]),
    ("sign", "Kell will raise its 1.5 percent daily trading limit.", [(1.5, "percent", None)]),
    (
        "sign",
        "Brindle intends to boost its 20,000 barrels a day of refining capacity.",
        [(20000, "barrel_per_day", None)],
    ),
    ("sign", "Cutting its 9 percent overnight rate again would weaken the Orlen crown.", [(9, "percent", None)]),
    ("sign", "The Dunmere mint may expand its 2 million coins a week of output.", [(2e6, "coin_per_week", None)]),
    ("sign", "Ostrava needs to shrink its 4 billion euros a year in farm aid.", [(4e9, "EUR_per_year", None)]),
    ("sign", "Officials want Brenna to raise its 25 percent minimum capital ratio.", [(25, "percent", None)]),
    ("sign", "The bank is poised to increase its 1 percent overnight deposit rate.", [(1, "percent", None)]),
    # guards: a change noun after the figure, a possessive before the noun and not before the figure, "by"
    ("sign", "Brindle reported its 5 percent rise in sales on Monday.", [(5, "percent", "up")]),
    ("sign", "Quillby shares extended their 3 percent gain in late trade.", [(3, "percent", "up")]),
    ("sign", "Orlen's 6 percent jump in orders beat forecasts.", [(6, "percent", "up")]),
    ("sign", "The Tessby index pared its 2 percent loss by the close.", [(2, "percent", "down")]),
    ("sign", "Varne's 12 percent drop in profit surprised analysts.", [(12, "percent", "down")]),
    ("sign", "Kell raised its dividend 10 percent.", [(10, "percent", "up")]),
    ("sign", "Ostrava cut its workforce by 8 percent last year.", [(8, "percent", "down")]),
    ("sign", "Halden's revenue rose 7 percent in the quarter.", [(7, "percent", "up")]),
    ("sign", "The Dunmere lender lifted its stake by 2 percentage points.", [(2, "percentage_point", "up")]),
    ("sign", "Brenna's shares fell 4 percent to $18.", [(4, "percent", "down"), (18, "USD", None)]),
]

ROWS = [*OWNED_LEVELS]
