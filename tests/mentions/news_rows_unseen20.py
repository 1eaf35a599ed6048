"""More rows of the news quantity table (issue 11), written by helper "quant20" for the error classes found in
`extract quantities` output on 55 allowed economy stories and 80 other allowed stories of round 20.
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below, and the examples in the
comments, were written for this table.
"""

from __future__ import annotations

from tests.mentions.news_rows import move_levels

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

# a duration counted from now stands aside when the figures around it are read together: the move's direction still
# carries to a coordinated figure after it, and "from X ... to Y" around it is still one move
# (`relative_durations.is_shown_duration`)
AROUND_A_DURATION = [
    (
        "sign",
        "Tilbury Foods said volumes dropped 4% in the past three weeks and 2.5% in the week before that.",
        [(4, "percent", "down"), (3, "week", None), (2.5, "percent", "down")],
    ),
    (
        "sign",
        "Rents in Marlow Vale climbed 6 percent in the last 12 months and 2 percent in the quarter to March.",
        [(6, "percent", "up"), (12, "month", None), (2, "percent", "up")],
    ),
    (
        "sign",
        "Gellert's debt shrank 80 million euros for the previous two years and 15 million euros this spring.",
        [(8e7, "EUR", "down"), (2, "year", None), (1.5e7, "EUR", "down")],
    ),
    (
        "move",
        "Ashby Tools lifted its dividend from 12 cents over the past four years to 20 cents.",
        [*move_levels(12, 20, "cent"), (4, "year", None)],
    ),
    (
        "move",
        "Staff numbers at Perrow Bank fell from 9,400 in the last two years to 7,100, the union said.",
        [*move_levels(9400, 7100, None), (2, "year", None)],
    ),
    (
        "move",
        "Orvell expects to raise output from 30,000 tonnes in the coming five years to 48,000 tonnes.",
        [*move_levels(30000, 48000, "tonne"), (5, "year", None)],
    ),
]

# "the last / past / next N <units> of <a year, a month, a quarter>" names a stretch of that calendar whole, as "the
# final three months of 2024" does: a period only, no duration shown
OF_A_CALENDAR_WHOLE = [
    (
        "unit",
        "Quillon Air carried 14% more passengers in the last three months of 2023.",
        [(14, "percent", "up")],
    ),
    ("unit", "Bids for Hartfield land are due within the next 10 days of June.", []),
    (
        "unit",
        "Margins at Sorrel Dairy narrowed 1.2 percentage points in the past two months of the fiscal year.",
        [(1.2, "percentage_point", "down")],
    ),
    (
        "unit",
        "Dunmore's crews will work through the last 2 weeks of the second quarter.",
        [],
    ),
]

# a number before a compound of a time unit ("year-end", "year-on-year") counts the noun after the compound, not
# time units; no allowed story writes the class, so no rule is written: strict xfail (`news_xfail.py`)
TIME_UNIT_COMPOUND = [
    ("unit", "The past four year-end audits at Brennock Mills were filed late.", [(4, None, None)]),
]

# review20m2: a span counted from now, then the level reached: two amounts, not a range "five years to 11 years"
SPAN_THEN_LEVEL = [
    (
        "range",
        "Average tenure at Calloway Freight has grown over the past five years to 11 years.",
        [(5, "year", None), (11, "year", None)],
    ),
    (
        "range",
        "Loan terms at Benning Credit stretched in the last two years to 6.5 years.",
        [(2, "year", None), (6.5, "year", None)],
    ),
    (
        "range",
        "Wait times for Dorsey Clinic beds fell over the previous three weeks to 9 weeks.",
        [(3, "week", None), (9, "week", None)],
    ),
    # a range counted from now stays a range
    ("range", "Tarbell Mining sees prices soft over the next two to three years.", [(2.5, "year", None)]),
]

ROWS = [
    *SPAN_THEN_LEVEL,
    *COUNTED_FROM_NOW,
    *TIME_UNIT_COMPOUND,
    *AROUND_A_DURATION,
    *OF_A_CALENDAR_WHOLE,
]
