"""More rows of the news quantity table (issue 11), written by helper "quant30b" for general-news forms that quant30
counted below their bar on business stories: a change noun with points, "a couple (of) hundred", one unit written with
an article, cents written "65c", and a count out of a whole. Conventions: see `tests/mentions/news_table.py`. The
sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a change noun before "of" moves points as a change verb does (`units._change_noun_of`): a poll's or an index's step
CHANGE_NOUN_POINTS = [
    ("unit", "The Varne index suffered a drop of 4 points on Tuesday.", [(4, "point", "down")]),
    ("unit", "Polls gave the Kell party a rise of 12 points since spring.", [(12, "point", "up")]),
    ("unit", "Dunmere shares closed after a fall of about 6.5 points.", [(6.5, "point", "down")]),
    ("unit", "The gauge posted gains of 30 points over the week.", [(30, "point", "up")]),
    ("unit", "Analysts blamed a decline of 85 points on Orlen's miners.", [(85, "point", "down")]),
    # guards: a change verb's points, a score, and points of an argument stay as they were
    ("unit", "The Orlen index gained 3.5 points by noon.", [(3.5, "point", "up")]),
    ("unit", "Brenna scored 31 points in the cup final.", [(31, "point", None)]),
    ("negative", "The mayor of Kell made three points in her speech.", [(3, None, None)]),
]

# "a couple (of) hundred" is about two of the scale, as "a few hundred" is a span of one order
COUPLE_SCALES = [
    ("number", "A couple hundred people gathered outside the Varne court.", [(200, None, None)]),
    ("number", "A couple of thousand fans marched through Orlen on Saturday.", [(2000, None, None)]),
    ("number", "Police in Kell detained a couple of hundred protesters.", [(200, None, None)]),
    ("number", "The fraud cost Dunmere savers a couple million dollars.", [(2e6, "USD", None)]),
    ("number", "Volunteers planted a couple dozen trees along the Tessby road.", [(24, None, None)]),
    # guards: a couple of days is no scale; "a few hundred" keeps its span
    ("negative", "The Brenna rally lasted a couple of days.", []),
    ("range", "A few hundred runners lined up in Orlen.", [((100, 1000), None, None)]),
]

# "a"/"an" is one of a unit of measure before "of" and a noun or a word of distance (`article_units`)
ARTICLE_UNITS = [
    ("unit", "The storm dumped a foot of snow on Kell overnight.", [(1, "foot", None)]),
    ("unit", "An inch of rain fell on Dunmere overnight.", [(1, "inch", None)]),
    ("unit", "The bus overturned a mile from the Orlen school.", [(1, "mile", None)]),
    ("unit", "Flood water stood a metre deep in the Varne streets.", [(1, "meter", None)]),
    ("unit", "Rescuers found the hikers a kilometre away from the trail.", [(1, "kilometer", None)]),
    ("unit", "Each family in Tessby was given a litre of water.", [(1, "liter", None)]),
    # guards: a noun compound, a hyphen compound, a rate's denominator, an idiom of no amount
    ("negative", "A foot soldier was hurt in the Brenna clash.", []),
    ("negative", "Fans waited in a mile-long queue outside the Kell arena.", []),
    ("currency", "Petrol sold at $3 a gallon of regular in Orlen.", [(3, "USD_per_gallon", None)]),
    ("negative", "Not an inch of the Varne coast was spared.", []),
]

# a lower-case "c" glued to a figure is cents (`glued_cents`); a capital "C" stays Celsius
GLUED_CENTS = [
    ("currency", "A cup of tea costs 90c at the Kell kiosk.", [(90, "cent", None)]),
    ("currency", "Shares in Tessby rose 4c to $2.10.", [(4, "cent", "up"), (2.1, "USD", None)]),
    ("currency", "The Varne council charges 15c a litre for the levy.", [(15, "cent_per_liter", None)]),
    ("currency", "The Orlen dividend was 12.5c a share.", [(12.5, "cent_per_share", None)]),
    # guards: Celsius, a temperature written in lower case, a label's letter
    ("unit", "Temperatures hit 30C in Brenna.", [(30, "degree_celsius", None)]),
    ("number", "Temperatures reached 31c in Dunmere on Sunday.", []),
    ("negative", "See section 12c of the Varne act.", []),
]

# a count out of a run of occasions ("of their last five games") tallies results: no direction from the verb
PARTITIVE_COUNTS = [
    ("sign", "The Kell Rovers lost four of their last five games.", [(4, None, None), (5, None, None)]),
    ("sign", "Brenna have won three of their past six matches away.", [(3, None, None), (6, None, None)]),
    ("sign", "The Varne cabinet lost two of its previous three votes.", [(2, None, None), (3, None, None)]),
    ("sign", "Orlen City dropped 7 of their first 10 fixtures.", [(7, None, None), (10, None, None)]),
    # guards: a percent of a whole still falls; a count lost out of a stock is a change of it (as the gold reads it)
    ("sign", "Dunmere Mining lost 3% of its value on Monday.", [(3, "percent", "down")]),
    ("sign", "The Tessby law firm has lost 40 of its 150 partners.", [(40, None, "down"), (150, None, None)]),
]

ROWS = [*CHANGE_NOUN_POINTS, *COUPLE_SCALES, *ARTICLE_UNITS, *GLUED_CENTS, *PARTITIVE_COUNTS]
