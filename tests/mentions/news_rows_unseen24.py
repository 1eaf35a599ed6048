"""More rows of the news quantity table (issue 11), written by helper "quant24" for the error classes found in
`extract quantities` output on the 765 allowed Reuters stories (7,146 sentences with a figure) and on general-news
sentences of the issue's categories (weather, sport, science, prices, health). Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# "kt" and "kts" beside a wind word are knots (issue 11 names "kt" -> knot; no allowed Reuters story writes a
# knot, so the class is the issue's); alone "kt" stays unread, since mining and weapons news write kilotonnes
# (lexicons `cued_unit_symbols`, `wind_words`, `energy_plant_nouns`; `quantities/units._read_cued_symbol`)
KNOTS = [
    ("unit", "Gusts of 52 kt battered the Pellam pier at dawn.", [(52, "knot", None)]),
    ("unit", "Winds gusted to 40 kt off the Varne headland overnight.", [(40, "knot", None)]),
    ("unit", "The typhoon's sustained winds reached 95 kts before landfall.", [(95, "knot", None)]),
    ("unit", "A 30kt breeze kept the Orrin yachts in harbour.", [(30, "knot", None)]),
    ("unit", "Forecasters expect a gale of 50 kt in the Tessel strait.", [(50, "knot", None)]),
    # guards: no wind word (a kilotonne of ore, a weapon's yield), or a wind word that names a power plant
    ("number", "The Kell mine produced 45 kt of copper last year.", [(45, None, None)]),
    ("number", "The test device had a yield of 20 kt.", [(20, None, None)]),
    ("number", "The Dunmere wind farm site stored 120 kt of ballast.", [(120, None, None)]),
    ("unit", "Winds of 85 mph tore roofs off homes in Kell.", [(85, "mile_per_hour", None)]),
    ("unit", "The ferry sails at 18 knots in calm weather.", [(18, "knot", None)]),
]

ROWS = [*KNOTS]
