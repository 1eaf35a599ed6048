"""More rows of the news quantity table (issue 11), written by helper "quant26" for general-news forms that the
business stories lack (sport, weather, health, prices), found by writing such sentences in the issue's categories
and reading `extract quantities` on them. Conventions: see `tests/mentions/news_table.py`. The sentences, names and
figures below were written for this table.
"""

from __future__ import annotations

# a figure glued to "m" with no currency is metres, not millions, in the shape of a length or a race: a hyphen and a
# size adjective ("a 30m-high wave"), a race or its round after it when the figure is a race distance (50 or more,
# whole tens: "the 400m hurdles", "the 1,500m final"), a noun of height ("a 40m crater"), or "of" and a fall of
# weather ("2m of snow") (`quantities/glued_metres.py`); before, all of these were read as millions
GLUED_METRES = [
    ("unit", "A 12m-high wave struck the Orlen harbour wall.", [(12, "meter", None)]),
    ("unit", "Crews freed a 9m-long whale from the Kell nets.", [(9, "meter", None)]),
    ("unit", "The 45m-tall tower will open to visitors in May.", [(45, "meter", None)]),
    ("unit", "Mara Lind won the 400m hurdles in Tessby on Sunday.", [(400, "meter", None)]),
    ("unit", "Jon Vell swam the 100m freestyle in 48.2 seconds.", [(100, "meter", None), (48.2, "second", None)]),
    ("unit", "Orrin finished fourth in the 1,500m final.", [(1500, "meter", None)]),
    ("unit", "The 800m champion from Dunmere retired on Friday.", [(800, "meter", None)]),
    ("unit", "Lind took the 5,000m title in Kessland.", [(5000, "meter", None)]),
    ("unit", "The meteor left a 40m crater in a Varne field.", [(40, "meter", None)]),
    ("unit", "Climbers scaled a 300m cliff above the Kell valley.", [(300, "meter", None)]),
    ("unit", "Up to 1.5m of snow fell on the Tessby pass.", [(1.5, "meter", None)]),
    ("unit", "The hill town got 2m of fresh snow in a week.", [(2, "meter", None)]),
    ("unit", "Mara Lind won the 10,000m.", [(10000, "meter", None)]),
    ("unit", "Vell clocked 9.91 seconds to win the 100m.", [(9.91, "second", None), (100, "meter", None)]),
    ("unit", "Tessby's captain ran the 400m, then rested.", [(400, "meter", None)]),
    ("unit", "Kell's Ada Moor won the 200m in 22.1 seconds.", [(200, "meter", None), (22.1, "second", None)]),
    # guards: millions of a count or of money stay millions; a small figure before a race word is no race; "the"
    # and a figure that ends the clause after a verb that is no race verb
    ("number", "Orlen Air sold 2.5m seats last year.", [(2.5e6, None, None)]),
    ("number", "Kell paid a 5m final dividend to holders.", [(5e6, None, None)]),
    ("number", "Orders arrived in a 5m wave of bookings.", [(5e6, None, None)]),
    ("number", "The Tessby charity spent 2m of its funds on food.", [(2e6, None, None)]),
    ("number", "The club sold 1.2m tickets for the final.", [(1.2e6, None, None)]),
    ("currency", "Varne paid £30m to sign the 400m champion.", [(3e7, "GBP", None), (400, "meter", None)]),
    ("number", "Orlen Air sold the 250m.", [(2.5e8, None, None)]),
    ("number", "Varne Bank won the 150m in 2019 after a bidding war.", [(1.5e8, None, None)]),
]

# a lower-case "g" glued to or after a figure is grams ("a 180g phone", "4g a day"); "4G" (a network) keeps its
# case and stays unread, as "MW" is no "mw" (lexicon `physical_units`)
GRAMS = [
    ("unit", "Each Kell cereal bar has 12g of sugar.", [(12, "gram", None)]),
    ("unit", "The new Orlen phone weighs 180g.", [(180, "gram", None)]),
    ("unit", "A Tessby loaf now holds 0.9 g of salt.", [(0.9, "gram", None)]),
    ("unit", "Doctors advise no more than 4g a day of the drug.", [(4, "gram_per_day", None)]),
    ("negative", "Varne Telecom switched on its 4G network in May.", []),
    ("negative", "Orlen Mobile sells 5G phones.", []),
]

# money priced per item or per head after "a"/"an" keeps its denominator as "per" does ("$45 per person"): issue
# 11, "per-unit rates keep their denominator" (lexicon `money_rate_items`, `quantities/in_doc._per_noun`)
MONEY_PER_ITEM = [
    ("currency", "Flu shots cost $25 a dose at Kell pharmacies.", [(25, "USD_per_dose", None)]),
    ("currency", "Breakfast at the Orlen hotel is 15 pounds a head.", [(15, "GBP_per_head", None)]),
    ("currency", "Seats for the Tessby final sold for $90 a ticket.", [(90, "USD_per_ticket", None)]),
    ("currency", "The Varne clinic charges 30 euros a visit.", [(30, "EUR_per_visit", None)]),
    ("currency", "Cigarettes now cost $14 a pack in Dunmere.", [(14, "USD_per_pack", None)]),
    ("currency", "The gala raised $500 a plate for the Kell hospital.", [(500, "USD_per_plate", None)]),
    # guards: a unit of measure and a period stay as read; a noun outside the list, a time phrase and a
    # compound noun take no denominator
    ("currency", "Petrol in Orlen costs $4.10 a gallon.", [(4.10, "USD_per_gallon", None)]),
    ("currency", "The Kell bonds were sold at $98 a piece.", [(98, "USD", None)]),
    ("currency", "Tessby sold the plant for $5 million a year ago.", [(5e6, "USD", None)]),
    ("currency", "Orrin spent $40 a ticket holder on the new app.", [(40, "USD", None)]),
]

ROWS = [*GLUED_METRES, *MONEY_PER_ITEM, *GRAMS]
