"""More rows of the news quantity table (issue 11), written by helper "quant23" for the error classes found in
`extract quantities` output on the 781 allowed Reuters stories (6,862 sentences with a figure) and on general-news
sentences of the issue's categories (weather, sport, science, prices, health). Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a count told per occasion or per hour/night after "a"/"an" keeps its denominator, as "per game" and "a day" do
# (issue 11 names "points per game"; lexicon `count_rate_denominators`, `quantities/in_doc._count_per_period`)
COUNT_RATES = [
    ("unit", "Marit Olsson averaged 24 points a game for the Hawks.", [(24, "point_per_game", None)]),
    ("unit", "The Dornby striker is scoring 0.9 goals a match this term.", [(0.9, "goal_per_match", None)]),
    ("unit", "The point guard dished out 9 assists a night in March.", [(9, "assist_per_night", None)]),
    ("unit", "Kessel's keepers faced 31 shots a game in the playoffs.", [(31, "shot_per_game", None)]),
    ("unit", "Gate staff scanned 40,000 tickets an hour at the Velm arena.", [(40000, "ticket_per_hour", None)]),
    ("unit", "The Tarrow clinic now treats 60 patients an hour at peak times.", [(60, "patient_per_hour", None)]),
    (
        "unit",
        "The Corran theatre staged 3 performances a night through December.",
        [(3, "performance_per_night", None)],
    ),
    ("unit", "Brisk's centre pulled down 13 rebounds a game as a rookie.", [(13, "rebound_per_game", None)]),
    ("unit", "Tomas Hurd averaged 8 rebounds a game last year.", [(8, "rebound_per_game", None)]),
    ("unit", "Ilse Varga averaged 11 rebounds a game as a rookie.", [(11, "rebound_per_game", None)]),
    # guards: the noun after "an hour"/"a night" is what is measured ("an hour's drive"), a compound ("a match day"),
    # a period that dates the count ("a game earlier"), a period the rule had already ("a day")
    ("number", "Some 300 families an hour's drive north of Brenna were evacuated.", [(300, None, None)]),
    ("number", "Wardens moved 40 campers a night's walk from the fire.", [(40, None, None)]),
    ("number", "Ostby fined the 3 clubs a match day steward had reported.", [(3, None, None)]),
    ("unit", "The Pellam bakery sells 900 loaves a day.", [(900, "loaf_per_day", None)]),
    # guards: a unit already read keeps its own reading; a move is no rate
    ("unit", "Lorne's wingers ran 11 kilometres a game on average.", [(11, "kilometer", None)]),
    ("sign", "Attendance at Harlow Park fell 12 percent a game from last season.", [(12, "percent", "down")]),
]

# the year 2100, the horizon of climate and population projections, is a year like 2099, not a count (science and
# weather sentences written for this table; the Reuters stories name no year past 2099) (`quantities/filters.YEAR`)
YEAR_2100 = [
    ("unit", "Seas off Varne could rise 1.1 metres by 2100, the study found.", [(1.1, "meter", "up")]),
    (
        "unit",
        "Warming could reach 2.7 degrees Celsius by the year 2100 under current policies.",
        [(2.7, "degree_celsius", None)],
    ),
    ("number", "The world's population may peak at 10.3 billion before 2100.", [(10.3e9, None, None)]),
    ("number", "Half the glaciers in the Orlen range could be gone in 2100.", [(0.5, None, None)]),
    # guards: a figure written with a comma or with a unit stays a quantity; a clock time was never one
    ("number", "Payrolls grew by 2,100 in the quarter.", [(2100, None, "up")]),
    ("unit", "Grain stocks at Tessel rose by 2100 tonnes over the week.", [(2100, "tonne", "up")]),
    ("currency", "Brent slid $1.40 by 2100 GMT.", [(1.4, "USD", "down")]),
]

# "a few dozen", "several dozen" are vague magnitudes shown as "dozens" is (12 to 120), as "a few hundred" is shown
# as "hundreds" (issue 11 names vague magnitudes; `quantities/mentions._several_scales`)
FEW_DOZEN = [
    ("range", "A few dozen fishermen blocked the harbour at Kell.", [((12, 120), None, None)]),
    ("range", "Several dozen homes in Ardmore lost their roofs in the gale.", [((12, 120), None, None)]),
    ("range", "Volunteers planted several dozen oaks along the Tessel road.", [((12, 120), None, None)]),
    ("range", "The Orrin clinic treated a few dozen patients for heat stroke.", [((12, 120), None, None)]),
    # guards: a counted dozen stays a count, "dozens" stays the range it was, "a few hundred" keeps its scale
    ("number", "About a dozen ferries were cancelled at Varne.", [(12, None, None)]),
    ("number", "Some two dozen stalls sold out by noon.", [(24, None, None)]),
    ("range", "Dozens of trees fell across the Pellam valley.", [((12, 120), None, None)]),
    ("range", "A few hundred runners started the Brenna marathon.", [((100, 1000), None, None)]),
]

# left (strict xfail, `news_xfail.py`): an earthquake's magnitude joined to its noun by a hyphen; "magnitude 5.8"
# and "a 7.3-magnitude quake" are read. No allowed Reuters story writes a magnitude.
LEFT = [
    ("number", "A magnitude-6.9 quake shook the Orlen coast before dawn.", [(6.9, None, None)]),
    ("number", "The magnitude 5.8 aftershock cracked walls in Tessby.", [(5.8, None, None)]),
    ("number", "A 6.2-magnitude tremor struck near Varne.", [(6.2, None, None)]),
]

# written in the mend after review: a time or place word after the rate noun makes it a time or place, no
# denominator (lexicons `rate_position_words`, `rate_route_words`; `quantities/in_doc._placed`); "a day after"
# was read as a rate before this branch too
PLACED_NOUNS = [
    ("number", "Some 80 hikers an hour south of Dunmere were airlifted to safety.", [(80, None, None)]),
    ("number", "Some 40 cabins an hour east of Kell lost power.", [(40, None, None)]),
    ("number", "Searchers found 7 skiers a night after the avalanche.", [(7, None, None)]),
    ("number", "Rescuers reached 15 miners a day after the tunnel flooded.", [(15, None, None)]),
    ("number", "The 3 sides a game ahead of Varne in the table all won.", [(3, None, None)]),
    ("number", "Some 60 farms an hour from the coast were flooded.", [(60, None, None)]),
    ("number", "Orlen had lost 4 starters a game into the season.", [(4, None, None)]),
    # guards: after a period noun "from" and "into" name a flow's source or goal, and the count stays a rate
    ("unit", "The ferry now carries 900 cars a day from Tessby to Orrin.", [(900, "car_per_day", None)]),
    ("unit", "Customs waved 3,000 trucks a day into the port at Kell.", [(3000, "truck_per_day", None)]),
]

# the compound guard is for the hour and occasion nouns: a period noun before a facility or capacity noun is a
# capacity per period, as it was read before this branch
PERIOD_COMPOUNDS = [
    ("unit", "Orrin is building a 400,000 engines a year factory near the coast.", [(400000, "engine_per_year", None)]),
    ("unit", "The new Tessby line is a 150,000 tractors a year plant.", [(150000, "tractor_per_year", None)]),
    ("unit", "The yard has 90 ships a year capacity.", [(90, "ship_per_year", None)]),
]

# a rate noun joined by a hyphen to the next word is the first half of a compound, no denominator
HYPHENED_NOUNS = [
    ("number", "Police questioned 9 referees a match-rigging probe had flagged.", [(9, None, None)]),
    ("number", "The league banned 4 coaches a game-fixing panel had named.", [(4, None, None)]),
    ("number", "Officials moved 30 guests an hour-long drive inland.", [(30, None, None)]),
]

ROWS = [*COUNT_RATES, *PLACED_NOUNS, *PERIOD_COMPOUNDS, *HYPHENED_NOUNS, *YEAR_2100, *FEW_DOZEN, *LEFT]
