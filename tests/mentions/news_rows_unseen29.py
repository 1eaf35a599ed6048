"""More rows of the news quantity table (issue 11), written by helper "quant29" for general-news forms (sport,
weather, science) that the business stories lack. Conventions: see `tests/mentions/news_table.py`. The sentences,
names and figures below were written for this table.
"""

from __future__ import annotations

# a height written with hyphens, "a 6-foot-3 centre": the number after the last hyphen is inches (0-11), so the
# height is one length in feet, never a range of feet ("6-foot-10" is 6 ft 10 in); `units._HYPHEN_INCHES`
HYPHEN_HEIGHTS = [
    ("unit", "The 6-foot-10 Kell forward signed for two seasons.", [(6 + 10 / 12, "foot", None), (2, None, None)]),
    ("unit", "Orlen's new keeper is 6-foot-3 and quick off his line.", [(6.25, "foot", None)]),
    ("unit", "A 5-foot-9 guard led Tessby with 30 points.", [(5.75, "foot", None), (30, "point", None)]),
    ("unit", "At 7-foot-1-inch, the Varne centre is the tallest in the league.", [(7 + 1 / 12, "foot", None)]),
    # guards: a length of feet before a size word or a noun, and feet and inches written apart, stay as read
    ("unit", "Workers built a 10-foot-high fence around the Kell site.", [(10, "foot", None)]),
    ("unit", "The Orlen keeper stands 6 feet 4 inches tall.", [(6 + 4 / 12, "foot", None)]),
    ("unit", "A 12-foot python was found in a Dunmere garden.", [(12, "foot", None)]),
]

# an area written "square"/"sq"/"sq." before any spelling of a length unit ("square km", "sq. miles", "sq metres",
# "square kms") is that length squared (lexicon `area_length_units`, `quantities/lexicon._area_units`)
AREA_UNITS = [
    ("unit", "The blaze scorched 40 square km of Kell scrubland.", [(40, "square_kilometer", None)]),
    ("unit", "The Orlen reserve spans 2,000 sq. km of wetland.", [(2000, "square_kilometer", None)]),
    ("unit", "Floods covered some 30 sq miles of Tessby farmland.", [(30, "square_mile", None)]),
    ("unit", "The new Varne library has 500 sq metres of floor space.", [(500, "square_meter", None)]),
    ("unit", "The lake now covers just 80 square kms.", [(80, "square_kilometer", None)]),
    ("sign", "Sea ice around Dunmere expanded by 500,000 square km.", [(500000, "square_kilometer", "up")]),
    # guards: forms written out before keep their rows; "square" alone and a square of a grid stay as read
    ("unit", "The Kell park covers 120 sq km.", [(120, "square_kilometer", None)]),
    ("unit", "Orlen rents out 2,500 sq ft of shop space.", [(2500, "square_foot", None)]),
    ("number", "Tessby's pupils filled in the 5 square in the grid.", [(5, None, None)]),
    ("unit", "The Varne ring road runs 300 kms around the city.", [(300, "kilometer", None)]),
]

# verbs that move a temperature or a level, for measures only (lexicon `measure_move_verbs`): "warm" up, "cool",
# "recede" and "dwindle" down; "warmed to 20 degrees" stays a level
LEVEL_VERBS = [
    ("sign", "The Kell sea has warmed by 1.5 degrees Celsius since 1900.", [(1.5, "degree_celsius", "up")]),
    ("sign", "Orlen's winters warmed 3 degrees in a lifetime.", [(3, "degree", "up")]),
    ("sign", "The Tessby night air cooled by 10 degrees within an hour.", [(10, "degree", "down"), (1, "hour", None)]),
    ("sign", "Flood waters in Varne receded 30 cm on Sunday.", [(30, "centimeter", "down")]),
    ("sign", "Dunmere's cod stocks dwindled by 40% in ten years.", [(40, "percent", "down"), (10, "year", None)]),
    # guards: a level reached, and a count after the verb, take no direction
    ("unit", "By noon the Kell beach had warmed to 24 degrees.", [(24, "degree", None)]),
    ("count", "The Orlen league cooled on 12 clubs after the row.", [(12, None, None)]),
    # guard: a move verb after the figure, in another clause the parse joins to it, gives no direction
    ("sign", "Tessby shares are up 40 percent and fears of a strike have receded.", [(40, "percent", "up")]),
]

# a measure noun glued by a hyphen before a figure names the scale it is read on (lexicon `number_prefixes`):
# "a magnitude-6.9 quake" holds 6.9 as "magnitude 6.9" does; a capitalised word or a code before the hyphen stays a
# name ("T-705"); "category" is not listed, a storm's category being a label; this passes the strict xfail of
# round 23 on "magnitude-6.9"
SCALE_PREFIXES = [
    ("number", "A magnitude-5.4 tremor rattled windows in Kell.", [(5.4, None, None)]),
    ("number", "Orlen was hit by a shallow magnitude-7 quake at dawn.", [(7, None, None)]),
    # guards: a storm's or a product's category is a label, as "a Category 4 hurricane" is (not in the lexicon)
    ("negative", "The category-4 storm weakened as it neared Tessby.", []),
    ("negative", "Forecasters say the category-2 cyclone will miss Varne.", []),
    ("negative", "Kell installed category-5 cable in its offices.", []),
    ("negative", "Orlen holds a category-2 licence.", []),
    # guards: a code and a capitalised name before the hyphen stay names
    ("negative", "Dunmere's drug KV-705 entered a second trial.", []),
    ("negative", "The Orlen band Magnitude-7 played last night.", []),
]

# a written fraction "of a" scale word is that share of the scale, as "a quarter of a million" was
# (`numbers._of_a_scale`); this passes the strict xfail of round 9 on "three quarters of a million"
FRACTION_SCALES = [
    ("count", "Two thirds of a million Kell homes were without power.", [(2e6 / 3, None, None)]),
    ("count", "Some three-quarters of a million fans lined the Orlen route.", [(750000, None, None)]),
    ("currency", "Tessby spent two thirds of a billion dollars on roads.", [(2e9 / 3, "USD", None)]),
    # guards: a fraction of a noun or of a unit stays a share
    ("number", "Three quarters of the Varne staff went home early.", [(0.75, None, None)]),
    ("number", "Two thirds of a mile of Dunmere road was paved.", [(2 / 3, None, None)]),
    # guards: a scale word glued by a hyphen to the next word qualifies it, and is read on its own
    ("currency", "Two thirds of a million-dollar grant went unspent.", [(2 / 3, None, None), (1e6, "USD", None)]),
    ("number", "Three quarters of a billion-strong market is online.", [(0.75, None, None), (1e9, None, None)]),
]

# a rand figure glued to "R" with neither scale nor cents is a price after a word of paying or costing (lexicon
# `glued_price_cues`) or before a rate's denominator ("an hour", "a loaf"; `currencies._price_cue`); elsewhere
# "R2" stays a name, and a capitalised word after the figure keeps it one
RAND_PRICES = [
    ("currency", "Cleaners in Kell earn R25 an hour.", [(25, "ZAR_per_hour", None)]),
    ("currency", "A minibus taxi ride in Orlen costs R40.", [(40, "ZAR", None)]),
    ("currency", "Tessby bakers sell bread at R18 a loaf.", [(18, "ZAR_per_loaf", None)]),
    ("currency", "Visitors to the Varne park pay a fee of R150 per person.", [(150, "ZAR_per_person", None)]),
    ("currency", "Dunmere nurses are paid R9,500 a month.", [(9500, "ZAR_per_month", None)]),
    # guards: a name after the figure, a label before it, and a bare "R2" stay unread
    ("negative", "Kell's board paid R2 Holdings a fee for advice.", []),
    ("negative", "The fund R2 said on Monday it had filed suit in Orlen.", []),
    ("number", "Tessby bought 12 units of the R3 model.", [(12, None, None)]),
]

ROWS = [*HYPHEN_HEIGHTS, *AREA_UNITS, *LEVEL_VERBS, *SCALE_PREFIXES, *FRACTION_SCALES, *RAND_PRICES]
