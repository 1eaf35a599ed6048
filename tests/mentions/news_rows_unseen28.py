"""More rows of the news quantity table (issue 11), written by helper "quant28" for general-news forms (health,
weather, sport, homes, clocks) that the business stories lack, and for strict xfails a general rule now reads.
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a rate told per so many people is one figure: the base after "per" (100, 1,000 ... 1 million) is no amount of its
# own when a population noun follows it (lexicon `population_nouns`); the unit names the counted noun, the base and
# the population ("case_per_100000_person"), "count" when no noun is counted (`quantities/population_rates.py`); the
# counted noun is its lemma from the parse ("branches" -> "branch", "businesses" -> "business")
POPULATION_RATES = [
    ("unit", "Measles cases in Orlen climbed to 18 cases per 100,000 people.", [(18, "case_per_100000_person", None)]),
    ("unit", "Kell's murder rate fell to 4.6 per 100,000 residents.", [(4.6, "count_per_100000_resident", None)]),
    ("unit", "Tessby records 3.2 deaths per 1,000 live births.", [(3.2, "death_per_1000_live_birth", None)]),
    ("unit", "Varne counts 27 doctors per 10,000 inhabitants.", [(27, "doctor_per_10000_inhabitant", None)]),
    (
        "unit",
        "Flu admissions reached 9.5 per 100,000 population last week.",
        [(9.5, "count_per_100000_population", None)],
    ),
    ("unit", "Dunmere has 310 nurses per 100,000 people, the survey found.", [(310, "nurse_per_100000_person", None)]),
    ("unit", "Rural Kell keeps 4 branches per 100,000 adults.", [(4, "branch_per_100000_adult", None)]),
    ("unit", "Orlen's high street holds 45 businesses per 1,000 people.", [(45, "business_per_1000_person", None)]),
    ("unit", "Varne still counts 6 churches per 10,000 inhabitants.", [(6, "church_per_10000_inhabitant", None)]),
    # guards: a base with no population noun after it, a base that is no round power of ten, a rate per a unit,
    # and a "per" that joins two sums stay as they were read
    ("number", "Kell sold 40 tickets per 1,000 seats on offer.", [(40, None, None), (1000, None, None)]),
    ("number", "Orlen fined 12 firms per 350 people inspected.", [(12, None, None), (350, None, None)]),
    ("unit", "The Tessby clinic treats 60 patients per day.", [(60, "patient_per_day", None)]),
]

# "N by M <unit>": the bare first number of a size takes the length unit written after the last; shown only
# (lexicon `dimension_units`, `quantities/dimensions.py`); the facts read no size of an object
DIMENSIONS = [
    ("unit", "The Kell mural measures 6 by 9 metres.", [(6, "meter", None), (9, "meter", None)]),
    ("unit", "Each Orlen cell is 8 by 10 feet.", [(8, "foot", None), (10, "foot", None)]),
    ("unit", "A rug of 2.5 by 3.5 metres hangs in the Tessby hall.", [(2.5, "meter", None), (3.5, "meter", None)]),
    ("unit", "The Varne plot, 40 by 60 miles, is closed to hunters.", [(40, "mile", None), (60, "mile", None)]),
    ("unit", "The block is 2 by 3 by 4 inches.", [(2, "inch", None), (3, "inch", None), (4, "inch", None)]),
    # guards: a vote "by" a count and a distance "by road" stay as they were read
    ("number", "The Kell council voted 12 by 3 for the plan.", [(12, None, None), (3, None, None)]),
    ("unit", "Both sides were 3 km by road from the border.", [(3, "kilometer", None)]),
]

# an hour written with "o'clock" is a clock time, never a count (`filters._clock_pattern`)
CLOCK_HOURS = [
    ("negative", "The Tessby market opens at 9 o'clock sharp.", []),
    ("negative", "Bells rang out at 12 o'clock across Kell.", []),
    ("negative", "By six o'clock the Orlen square was empty.", []),
    ("negative", "Varne's polls close at 8 o’clock tonight.", []),
    # guard: a count next to the clock time is still read
    ("count", "Some 300 fans waited at 10 o'clock outside the Dunmere gate.", [(300, None, None)]),
    ("count", "Nine Kell ferries sailed before eight o'clock.", [(9, None, None)]),
]

# "p.c." is percent as "pc" and "pct" are (`units.PERCENT`)
PC_PERCENT = [
    ("sign", "Kell's house prices fell 4 p.c. in the spring.", [(4, "percent", "down")]),
    ("number", "Tessby's jobless rate stands at 5.5 p.c.", [(5.5, "percent", None)]),
    ("sign", "Orlen fares are set to rise by 2.9 p. c. in March.", [(2.9, "percent", "up")]),
]

# an age or a temperature told by its decade is the whole decade, shown only (`quantities/decades.py`): after "in/into
# his", "her", "their" with no noun after the decade, an age in years; after "the" a temperature in degrees when a
# temperature noun (lexicon `decade_temperature_nouns`) stands before it in its clause, not after "since", and the
# clause holds no price, share, margin, futures or currency word; "highs"/"lows" only with another temperature word
# in the clause; "early", "mid", "late", "low", "high", "upper" keep the whole span
DECADES = [
    ("range", "The Kell driver, a woman in her 40s, was unhurt.", [((40, 49), "year", None)]),
    ("range", "Most Orlen voters in their early 20s did not vote.", [((20, 29), "year", None)]),
    ("range", "Police seek a man in his late 30s after the Tessby raid.", [((30, 39), "year", None)]),
    ("range", "Varne's weather will bring highs in the mid-90s by Friday.", [((90, 99), "degree", None)]),
    ("range", "Overnight lows in the upper 30s will bring frost to Kell.", [((30, 39), "degree", None)]),
    ("range", "Temperatures will climb to the upper 80s in Orlen on Friday.", [((80, 89), "degree", None)]),
    ("range", "In his 40s he took up running in Kell.", [((40, 49), "year", None)]),
    ("range", "Temperatures in Dunmere fell into the low 40s overnight.", [((40, 49), "degree", None)]),
    ("range", "The Kell heatwave keeps the mercury in the upper 80s.", [((80, 89), "degree", None)]),
    # guards: a decade of a century, a price "in the 30s" with no temperature word, a year decade with an apostrophe
    ("negative", "Orlen's shipyards boomed in the 1970s.", []),
    ("negative", "Tessby shares traded in the low 30s all week.", []),
    ("negative", "Kell music of the '80s is back in fashion.", []),
    # guards: "highs"/"lows" of a stock, "since the 90s", a margin near a heating word, futures in cold weather, and
    # an era adjective before a noun ("his 80s hits") are no temperature and no age
    ("negative", "The Tessby stock hit highs in the mid-40s before it slid.", []),
    ("negative", "Orlen shares bounced off lows in the low 20s on Monday.", []),
    ("negative", "Temperatures have not been this high since the 90s.", []),
    ("negative", "The Kell heat pump maker said its margin held in the low 30s.", []),
    ("negative", "In the cold weather, Varne gas futures were trading in the high 20s.", []),
    ("negative", "The Dunmere singer played his 80s hits all night.", []),
    ("negative", "The Orlen carmaker is reviving their 70s models.", []),
    ("negative", "Record highs in the low 90s for the Varne index this year.", []),
]

# health units: beats per minute ("bpm") and millimetres of mercury ("mmHg") have canonical names (lexicon
# `physical_units`), never the surface symbol or no unit
HEALTH_UNITS = [
    ("unit", "The Kell runner's pulse fell to 38 bpm at rest.", [(38, "beat_per_minute", None)]),
    ("unit", "Doctors saw her heart race at 170 beats per minute.", [(170, "beat_per_minute", None)]),
    ("unit", "A healthy Orlen adult's heart beats about 70 beats a minute.", [(70, "beat_per_minute", None)]),
    ("unit", "Blood pressure in the Tessby trial averaged 125 mmHg.", [(125, "millimeter_of_mercury", None)]),
    ("unit", "Readings above 130 mmHg count as high in Varne.", [(130, "millimeter_of_mercury", None)]),
]

# an age after "who is/was" when the bare number ends the clause ("who is 74,"; `ages.is_age`); "he/she was N," is
# also a poll share, a golf score or a rank, so it stays a bare number
BEING_AGES = [
    ("unit", "The Kell mayor, who is 81, will not run again.", [(81, "year", None)]),
    ("unit", "Orlen's new coach, who is now 34, signed for two years.", [(34, "year", None), (2, "year", None)]),
    ("unit", "Ada Moor, who was 29, joined the Tessby board.", [(29, "year", None)]),
    # guards: a figure with a unit, and a bare number the clause goes on after, stay as read
    ("unit", "At the last bend she was 40 metres behind the Varne leader.", [(40, "meter", None)]),
    ("number", "He was 15 shots behind the leader.", [(15, None, None)]),
    ("number", "In the Kell poll, she was 41, her rival 39.", [(41, None, None), (39, None, None)]),
    ("number", "At the turn he was 34, one under par.", [(34, None, None)]),
    ("number", "In the Varne ranking he was 12, two places behind.", [(12, None, None), (2, None, None)]),
]

ROWS = [*BEING_AGES, *POPULATION_RATES, *DIMENSIONS, *CLOCK_HOURS, *PC_PERCENT, *DECADES, *HEALTH_UNITS]
