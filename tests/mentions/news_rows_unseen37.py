"""More rows of the news quantity table (issue 11), written by helper "quant37": a rate level written "zero" is 0
percent (`zero_rates`), a written "zero" after "to", "at", "near" or "close to" stays a level at the end of a
clause (`filters.zero_level`), a bare figure named a multiple is shown in "times" (`valuation_multiples`).
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a rate, a yield, inflation or borrowing costs at a level written "zero", hedged or not; positives fail on main
# (a bare 0, or nothing at the end of a clause)
ZERO_RATES = [
    ("unit", "The Norvik central bank lowered its key rate to near zero in the spring.", [(0, "percent", None)]),
    (
        "unit",
        "Tessaly's bank has held overnight rates close to zero for three years.",
        [(0, "percent", None), (3, "year", None)],
    ),
    ("unit", "Yields on Corvel's short bonds sank to zero.", [(0, "percent", None)]),
    ("unit", "Policymakers kept borrowing costs near zero, and promised more support.", [(0, "percent", None)]),
    ("unit", "The central bank, which cut rates to zero, met again on Tuesday.", [(0, "percent", None)]),
    ("unit", "Inflation in Ardenia slowed to near zero.", [(0, "percent", None)]),
    ("unit", "Interest rates, already near zero, cannot fall much further.", [(0, "percent", None)]),
    # guards: what falls to zero is no rate (a debt, a stake, a head count): a bare level, no percent
    ("number", "Brannock cut its debt to zero by June.", [(0, None, None)]),
    ("number", "Losses at the Pellow unit were brought close to zero.", [(0, None, None)]),
]

# a written "zero" at the end of a clause after "to", "at" or "near": the level reached; positives fail on main
ZERO_LEVELS = [
    ("number", "The waiting list at Kell clinics fell to zero.", [(0, None, None)]),
    ("number", "Ostra's stake in the venture was cut to zero.", [(0, None, None)]),
    ("number", "The tally of open claims stood at zero, the insurer said.", [(0, None, None)]),
    ("number", "Marl expects the backlog to end the year near zero.", [(0, None, None)]),
    # guards: "zero" after another word at the end of a clause is no level the sentence states
    ("number", "Sales of the new Varn model started from zero.", []),
    ("number", "Asked how many plants would close, he said zero.", []),
]

# a bare figure the noun "multiple" governs through "of", or that modifies it; positives fail on main (a bare number)
VALUATION_MULTIPLES = [
    ("unit", "Varden trades at a multiple of 12 on next year's earnings.", [(12, "times", None)]),
    ("unit", "Lenders in the region sell at an average multiple of 1.3 of book value.", [(1.3, "times", None)]),
    ("unit", "That is well below the 16.5 multiple of Quell, its closest rival.", [(16.5, "times", None)]),
    ("unit", "Bidders paid a multiple of about 9 for similar pipelines.", [(9, "times", None)]),
    ("unit", "The fund values the Harrow chain at a multiple of 7, analysts said.", [(7, "times", None)]),
    # guards: a multiple already written with "times", a count beside the adjective "multiple", a sum
    ("unit", "Holm trades at 14 times forward earnings.", [(14, "times", None)]),
    ("unit", "Multiple bidders offered 40 million euros for the Tarn unit.", [(40e6, "EUR", None)]),
    ("count", "Pryce won 3 of the multiple contracts on offer.", [(3, None, None)]),
]

ROWS = [*ZERO_RATES, *ZERO_LEVELS, *VALUATION_MULTIPLES]
