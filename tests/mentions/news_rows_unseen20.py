"""More rows of the news quantity table (issue 11), written by helper "quant20" for the error classes found in
`extract quantities` output on 55 allowed economy stories and 80 other allowed stories of round 20.
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the
comments, were written for this table.
"""

from __future__ import annotations

# a span counted from the story's own time ("over the next five years", "in the past two months") is a duration of
# time units, shown as "over five years" is; the periods layer still reads the phrase as a period
# (`quantities/relative_durations.py`)
COUNTED_FROM_NOW = [
    (
        "unit",
        "Brellin Rail plans to lay 900 km of track over the next seven years.",
        [(900, "kilometer", None), (7, "year", None)],
    ),
    ("unit", "Hiring at Quarto Labs has slowed in the past three months.", [(3, "month", None)]),
    (
        "unit",
        "Velden's shares have lost a fifth of their value during the last 18 months.",
        [(0.2, None, "down"), (18, "month", None)],
    ),
    (
        "unit",
        "Analysts expect the Ostmark to gain 4% against the crown in the coming six weeks.",
        [(4, "percent", "up"), (6, "week", None)],
    ),
    (
        "unit",
        "Dorrance had booked losses in each of the previous two years before the turnaround.",
        [(2, "year", None)],
    ),
    (
        "unit",
        "Over the following 10 days, Pelham Water shipped 40,000 bottles to the flooded towns.",
        [(10, "day", None), (40000, None, None)],
    ),
    ("unit", "Teller Mutual will review its fees at some point in the next 12 months.", [(12, "month", None)]),
    (
        "unit",
        "For the past two decades, Harlow County has voted for the losing candidate.",
        [(2, "decade", None)],
    ),
    (
        "unit",
        "The lender expects to set aside $300 million to $400 million over the next four quarters.",
        [((3e8, 4e8), "USD", None), (4, "quarter", None)],
    ),
    (
        "unit",
        "Corwin's tariff has climbed 30 percent in the last 2-1/2 years.",
        [(30, "percent", "up"), (2.5, "year", None)],
    ),
    ("unit", "Mill output should double over the next five years.", [(2, "times", "up"), (5, "year", None)]),
    # guards: words that name a stretch of a calendar or a report keep the number a period only; a date is no span
    (
        "unit",
        "Fennick lifted sales by 8% for its first nine months, helped by pumps.",
        [(8, "percent", "up")],
    ),
    (
        "unit",
        "Arden Paper's profit fell 11% in the final three months of 2024.",
        [(11, "percent", "down")],
    ),
    (
        "unit",
        "Orders at Pilcrow slid 6 percent compared with the same three months a year before.",
        [(6, "percent", "down")],
    ),
    ("unit", "The next 2 trains to Helmsby were cancelled.", [(2, None, None)]),
]

ROWS = [
    *COUNTED_FROM_NOW,
]
