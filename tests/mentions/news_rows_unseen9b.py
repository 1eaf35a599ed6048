"""The second probe of helper "quant9" (issue 11): 60 news sentences written AFTER the round's rules and BEFORE
running the extractor on them, to check that the rules generalise (fractions with a numerator after "by", "as
much as half", exchange-rate notes, a move's second figure after a longer phrase, street blocks, codes with a
glued letter, counts before plural abbreviations, season records, "pickup", "Magnitude", watts, nights, "in
under an hour") and to measure general news again. Conventions: see `tests/mentions/news_table.py`. Every name is
invented.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

# topic -> rows (category, sentence, expected)
TOPICS: dict[str, list[tuple]] = {
    "round_rules": [
        ("sign", "Velmar Air slashed its fleet by two-thirds after the crash.", [(200 / 3, "percent", "down")]),
        ("sign", "The drought shrank the harvest by three-fifths.", [(60, "percent", "down")]),
        ("sign", "Exports could rise by as much as half next year.", [(50, "percent", "up")]),
        (
            "currency",
            "Output at Kessel Steel fell 4%. ($1=1,188.6 Won)",
            [(4, "percent", "down"), (1, "USD", None), (1188.6, "KRW", None)],
        ),
        ("currency", "Gold miners in the region cut jobs. ($1=14.92 Rand)", [(1, "USD", None), (14.92, "ZAR", None)]),
        (
            "sign",
            "Revenue climbed 7 percent from a year ago and 2 percent from the previous quarter.",
            [(7, "percent", "up"), (2, "percent", "up")],
        ),
        (
            "sign",
            "Shipments slid 11% in the second half and 6% over the full year.",
            [(11, "percent", "down"), (6, "percent", "down")],
        ),
        ("negative", "A man was shot in the 700 block of West Tarsk Boulevard.", []),
        ("negative", "Residents of Flat 9B complained about the noise.", []),
        ("negative", "The spill was traced to Tank 2B at the Ostra depot.", []),
        ("count", "Five NGOs sued the ministry over the dam.", [(5, None, None)]),
        ("count", "Regulators suspended two CEOs and fined three CFOs.", [(2, None, None), (3, None, None)]),
        ("count", "The Harbor Hawks finished the season with a 10-6 record.", [(10, None, None), (6, None, None)]),
        ("sign", "Factory orders showed a 1.1 percent pickup in June.", [(1.1, "percent", "up")]),
        ("number", "Magnitude 3.8 tremor felt in Kessel", [(3.8, None, None)]),
        ("unit", "The lamp runs on a single 5-watt bulb.", [(5, "watt", None)]),
        ("currency", "Beds at the Ostra shelter cost 12 dollars a night.", [(12, "USD_per_night", None)]),
        ("unit", "Guests stayed five nights on average.", [(5, "night", None)]),
        ("unit", "Firefighters contained the blaze in less than an hour.", [(1, "hour", None)]),
        ("unit", "The new tunnel was dug in just under a year.", [(1, "year", None)]),
        ("move", *move("Membership went from 8,000 to 11,000 in a year.", 8000, 11000, None)),
        (
            "sign",
            "Crime in the district dropped by half over five years.",
            [(50, "percent", "down"), (5, "year", None)],
        ),
        ("unit", "Ticket queues formed in under a minute.", [(1, "minute", None)]),
        ("count", "Three UN agencies appealed for aid.", [(3, None, None)]),
        ("sign", "The carrier cut its workforce by one-quarter.", [(25, "percent", "down")]),
    ],
    "general_news": [
        ("unit", "The ultramarathon covers 161 km of mountain trails.", [(161, "kilometer", None)]),
        ("count", "The Ospreys thrashed Dunleigh 45-10 on Saturday.", [(45, None, None), (10, None, None)]),
        ("unit", "Snowfall in the pass reached 1.8 metres overnight.", [(1.8, "meter", None)]),
        ("unit", "Hail stones 4 cm wide shattered windscreens.", [(4, "centimeter", None)]),
        ("sign", "The mercury plunged 22 degrees in six hours.", [(22, "degree", "down"), (6, "hour", None)]),
        ("number", "The province recorded a 65% turnout, its highest ever.", [(65, "percent", None)]),
        (
            "sign",
            "The ruling party's vote share slid 7.5 points to 29.8%.",
            [(7.5, "point", "down"), (29.8, "percent", None)],
        ),
        ("count", "Some 6,200 troops will be withdrawn by March.", [(6200, None, None)]),
        ("currency", "Donors pledged 1.3 billion Swiss francs for reconstruction.", [(1.3e9, "CHF", None)]),
        ("currency", "The museum sold the painting for 46 million pounds.", [(4.6e7, "GBP", None)]),
        ("currency", "A coffee in the capital now costs 4,500 dong.", [(4500, "VND", None)]),
        ("currency", "The fine was set at 250,000 rand.", [(250000, "ZAR", None)]),
        ("unit", "The vaccine requires two doses 21 days apart.", [(2, None, None), (21, "day", None)]),
        (
            "sign",
            "Patients lost an average of 6.2 kg over 12 weeks.",
            [(6.2, "kilogram", "down"), (12, "week", None)],
        ),
        ("range", "Symptoms last between three and seven days.", [((3, 7), "day", None)]),
        ("range", "The tower will stand 300-320 metres tall.", [((300, 320), "meter", None)]),
        ("range", "Tickets will cost from £40 up to £120.", [((40, 120), "GBP", None)]),
        (
            "count",
            "More than 2,000 homes were flooded and 80 roads closed.",
            [(2000, None, None), (80, None, None)],
        ),
        ("negative", "The storm made landfall at 2 a.m. near Port Velmar.", []),
        ("negative", "Call the Velmar police tip line at 555-0142.", []),
        ("negative", "The Kessel K7 drone was unveiled on 12 March.", []),
        ("negative", "He placed ninth in the 2026 standings.", []),
        ("unit", "The spacecraft travels at 28,000 km/h.", [(28000, "kilometer_per_hour", None)]),
        ("sign", "The new chip uses 30% less power than its predecessor.", [(30, "percent", "down")]),
        ("unit", "The drive offers 4 terabytes of storage.", [(4, "terabyte", None)]),
        ("currency", "Apartments in the tower start at 2.4 million dirhams.", [(2.4e6, "AED", None)]),
        ("currency", "Farmers received 310 euros a tonne for their wheat.", [(310, "EUR_per_tonne", None)]),
        (
            "sign",
            "Oil output dropped by 250,000 barrels a day in May.",
            [(250000, "barrel_per_day", "down")],
        ),
        ("unit", "The reactor produces 1,100 megawatts.", [(1100, "megawatt", None)]),
        ("number", "Roughly three in ten households own an electric car.", [(3, None, None), (10, None, None)]),
        ("count", "A quarter of a million people attended the rally.", [(250000, None, None)]),
        ("sign", "The shilling firmed 0.4% against the dollar.", [(0.4, "percent", "up")]),
        ("sign", "Burglaries rose by 1,200 to 15,400 in the year.", [(1200, None, "up"), (15400, None, None)]),
        (
            "count",
            "The quake damaged 1,450 buildings, 30 of them beyond repair.",
            [(1450, None, None), (30, None, None)],
        ),
        ("unit", "The bridge's main span is 1,104 metres long.", [(1104, "meter", None)]),
    ],
}

ROWS = [row for rows in TOPICS.values() for row in rows]
