"""More rows of the news quantity table (issue 11), written by helper "quant34": a "from X to Y" move whose change
word stands where the text window before "from" does not reach, found through the parse (`governed_moves`), and
"scores of <people or things>" as a vague magnitude (lexicon `plural_rounds`, flag of_noun). Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# the parse hangs "from" on a change word far before it (a change noun with the measured thing between), or on a
# verb whose infinitive states the change ("due to rise", "set to double"); positives fail on main
GOVERNED_MOVES = [
    (
        "move",
        "The union is pushing for an increase in the minimum hourly wage for farm workers from $9 to $12.",
        [((9, 12), "USD", "up")],
    ),
    (
        "move",
        "Halden's budget includes a boost in spending on rural clinics and schools from 1.2 billion euros to 1.9"
        " billion euros.",
        [((1.2e9, 1.9e9), "EUR", "up")],
    ),
    (
        "move",
        "Tolls on the Kell bridge are due to rise at the start of the holiday season from $4 to $6.",
        [((4, 6), "USD", "up")],
    ),
    (
        "move",
        "Copper output at the Tessby mine has tripled over five years, from 40,000 tonnes to 120,000 tonnes.",
        [(3, "times", "up"), (5, "year", None), ((40000, 120000), "tonne", "up")],
    ),
    (
        "move",
        "Ostrava's tariff on steel imports is set to double on July 1 from 10 percent to 20 percent.",
        [(2, "times", "up"), ((10, 20), "percent", "up")],
    ),
    # passing on main too: the change word near "from", in either order of the levels
    (
        "move",
        "Property levies are expected to jump next April from 2 percent to 3.5 percent.",
        [((2, 3.5), "percent", "up")],
    ),
    (
        "move",
        "Halden approved a cut in the fee charged on card payments from 1.5 percent to 0.9 percent.",
        [((0.9, 1.5), "percent", "down")],
    ),
    (
        "move",
        "Brenna announced a cut to its network of branches in the north from 140 to 95.",
        [((95, 140), None, "down")],
    ),
    (
        "move",
        "Port fees at Varne are scheduled to fall for container ships on March 1 from $900 to $750.",
        [((750, 900), "USD", "down")],
    ),
    # not supported (news_xfail): the parse hangs "from" on the reporting verb, or on the verb of a "since" clause
    (
        "move",
        "Quillby called for a hike in the levy on imported sugar from 5 percent to 12 percent.",
        [((5, 12), "percent", "up")],
    ),
    (
        "move",
        "Brenna's output of rolled steel has roughly quadrupled since the plant opened, from 2,000 tonnes to 8,100"
        " tonnes.",
        [(4, "times", "up"), ((2000, 8100), "tonne", "up")],
    ),
    # guards: a range verb governs "from", or no change word at all: a range without direction
    (
        "move",
        "Analysts' forecasts for the quarter vary from 1.1 percent to 1.8 percent.",
        [((1.1, 1.8), "percent", None)],
    ),
    ("move", "Seats for the concert are priced from $40 to $90.", [((40, 90), "USD", None)]),
    (
        "move",
        "Growth forecasts for Brenna range from 0.8 percent to 1.6 percent.",
        [((0.8, 1.6), "percent", None)],
    ),
    ("move", "Tickets will go on sale next week, from $15 to $25 each.", [((15, 25), "USD", None)]),
]

# "scores of <noun>": twenty at a time, shown as 20 to 200 like "dozens" (12 to 120); positives fail on main
SCORES_OF = [
    ("range", "Scores of fishing boats stayed in port during the storm.", [((20, 200), None, None)]),
    ("range", "The outage left scores of shops in Tilby without power.", [((20, 200), None, None)]),
    ("range", "Kell officials spoke with scores of traders on Friday.", [((20, 200), None, None)]),
    ("range", "Scores of Varne residents lined the road to watch the parade.", [((20, 200), None, None)]),
    # guards: ratings ("scores of" a figure, a bound, a named set; what is scored before "scores"), no "of"
    ("range", "Pupils with scores of less than 40 must resit the exam.", [(40, None, None)]),
    ("range", "Test scores of Dunmere pupils improved this year.", []),
    ("range", "The scores of the two finalists were tied.", [(2, None, None)]),
    ("range", "Average scores rose to 71 from 64.", [((64, 71), None, "up")]),
    ("range", "Judges gave scores of 8.5 and 9 to the Kell skater.", [(8.5, None, None), (9, None, None)]),
]

ROWS = [*GOVERNED_MOVES, *SCORES_OF]
