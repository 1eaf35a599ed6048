"""More rows of the news quantity table (issue 11), written by helper "quant38": an "N times" that counts how often
a verb's event happened takes no direction, also after a passive change verb (`occurrence_counts`), as
`news_rows_unseen9` already reads "has raised rates 11 times". Conventions: see `tests/mentions/news_table.py`.
The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# "N times" after a change verb in the passive, with no base, comparative or noun after it; positives fail on main
# (the verb's direction)
OCCURRENCE_COUNTS = [
    ("count", "Official rates in Tarvel were cut 11 times between 2001 and 2003.", [(11, "times", None)]),
    ("count", "Borrowing costs have been raised 8 times since the spring.", [(8, "times", None)]),
    ("count", "Bus fares in Quillan were lifted four times in 2023.", [(4, "times", None)]),
    ("count", "Fees at Darnel were raised two times this year.", [(2, "times", None)]),
    ("count", "Charges at Lindqvist were raised five times over the past year.", [(5, "times", None)]),
    ("count", "The Ostrel dividend was reduced three times during the slump.", [(3, "times", None)]),
    (
        "count",
        "Deposit rates, which were hiked five times by the bank, now stand at 4 percent.",
        [(5, "times", None), (4, "percent", None)],
    ),
    # guards: a multiple of a base, a comparative after "times", a growth verb with no object of its own, a rate
    # ("three times a year")
    ("sign", "Pell's order book was increased three times over by the deal.", [(3, "times", "up")]),
    ("sign", "Exports from Fenwick rose five times.", [(5, "times", "up")]),
    ("sign", "Sales of Brisco phones rose five times last year.", [(5, "times", "up")]),
    ("unit", "Tessel's board meets three times a year.", [(3, "time_per_year", None)]),
    ("unit", "The new Marrow plant is 12 times larger than the old one.", [(12, "times", None)]),
    ("unit", "Trading volume in Holt shares was three times the daily average.", [(3, "times", None)]),
]

ROWS = [*OCCURRENCE_COUNTS]
