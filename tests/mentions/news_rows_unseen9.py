"""More rows of the news quantity table (issue 11): general news, written by helper "quant9".

Written BEFORE running the extractor on them, to measure the layer on unseen wordings of general news, not only
business: sports, weather, science and health, disasters, elections, crime, travel, technical specifications, real
estate, farming, energy and markets; ranges ("between 3 and 5", "3-5%", "up to", "as many as"), fractions,
written-out numbers, ordinals, dates, times, phone numbers, addresses and model numbers that are not quantities,
rates per unit, compound units, signs and directions, and money in many currencies. Conventions: see
`tests/mentions/news_table.py`. Every name is invented.

Choices these rows make where the dataset README is silent:
- a count of how often something happened ("netted 11 times") is a plain count, not a multiple;
- "62 cents on the dollar" is 62 `cent`;
- a fraction range ("between a third and a half") is one range of plain numbers;
- "N percent lower risk" is a change down, as "N percent lower than planned" is in `news_rows.py`.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

PP = "percentage_point"
THIRD = 1 / 3

# topic -> rows (category, sentence, expected)
TOPICS: dict[str, list[tuple]] = {
    "sports": [
        ("count", "Dellmont edged Carver 2-1 after extra time.", [(2, None, None), (1, None, None)]),
        ("count", "The winger has netted 11 times in 16 appearances.", [(11, None, None), (16, None, None)]),
        (
            "unit",
            "Ansel Moru ran the 10,000 metres in 27 minutes 41 seconds.",
            [(10000, "meter", None), (27, "minute", None), (41, "second", None)],
        ),
        ("count", "The Redwings posted a 9-3 record in away games.", [(9, None, None), (3, None, None)]),
        (
            "unit",
            "The jockey, who weighs just 52 kilograms, rode three winners.",
            [(52, "kilogram", None), (3, None, None)],
        ),
        ("currency", "The club agreed a fee of around £38m for the defender.", [(3.8e7, "GBP", None)]),
        (
            "count",
            "Osei kicked six penalties as Harwell won 24-17.",
            [(6, None, None), (24, None, None), (17, None, None)],
        ),
        (
            "unit",
            "The cyclist averaged 44.6 km/h over the 35-kilometre time trial.",
            [(44.6, "kilometer_per_hour", None), (35, "kilometer", None)],
        ),
        ("negative", "Brannock finished fourth in the giant slalom.", []),
        ("count", "Tickets for all 64 matches sold out in under an hour.", [(64, None, None), (1, "hour", None)]),
        ("sign", "Attendance at league games dropped 8 percent this season.", [(8, "percent", "down")]),
        (
            "unit",
            "The 19-year-old became the youngest winner in the event's 120-year history.",
            [(19, "year", None), (120, "year", None)],
        ),
        (
            "range",
            "Crowds of 30,000 to 35,000 are expected for each day of the tournament.",
            [((30000, 35000), None, None)],
        ),
        ("count", "As many as 40,000 fans are expected at the stadium.", [(40000, None, None)]),
        ("negative", "Halbrook, the 11th seed, reached the final.", []),
    ],
    "weather": [
        (
            "unit",
            "Hailstones the size of golf balls, up to 5 centimetres across, damaged cars.",
            [(5, "centimeter", None)],
        ),
        (
            "unit",
            "The thermometer in Castor Springs read 48.1 degrees Celsius, a national record.",
            [(48.1, "degree_celsius", None)],
        ),
        ("range", "Forecasters expect between 3 and 5 inches of rain through Sunday.", [((3, 5), "inch", None)]),
        ("unit", "Winds gusting to 70 knots hampered rescue efforts.", [(70, "knot", None)]),
        ("sign", "Temperatures will drop as much as 15 degrees by Thursday.", [(15, "degree", "down")]),
        ("unit", "The storm's eye was about 30 miles wide.", [(30, "mile", None)]),
        ("number", "There is a 40% chance of thunderstorms after 3 p.m.", [(40, "percent", None)]),
        ("unit", "Snow accumulations of 18 inches closed schools across the district.", [(18, "inch", None)]),
        ("negative", "The weather service issued a Level 3 risk warning for Tuesday.", []),
        (
            "sign",
            "Wind chills could reach minus 45 degrees Fahrenheit in the northern plains.",
            [(-45, "degree_fahrenheit", None)],
        ),
        ("number", "The monsoon delivered 112 percent of its long-term average rainfall.", [(112, "percent", None)]),
        ("unit", "Lake levels are 2.3 feet below normal for late summer.", [(2.3, "foot", None)]),
        ("range", "Daytime highs of 25 to 28 degrees are forecast for the weekend.", [((25, 28), "degree", None)]),
        ("unit", "Visibility fell to less than 200 metres in the fog.", [(200, "meter", None)]),
        (
            "count",
            "The tornado outbreak spawned at least 27 twisters across four states.",
            [(27, None, None), (4, None, None)],
        ),
        ("range", "Temperatures of 35-40C are forecast inland.", [((35, 40), "degree_celsius", None)]),
    ],
    "science_and_health": [
        ("unit", "The comet will pass 0.4 astronomical units from the Sun.", [(0.4, "astronomical_unit", None)]),
        (
            "unit",
            "Researchers tracked 12,000 adults for an average of 8.5 years.",
            [(12000, None, None), (8.5, "year", None)],
        ),
        (
            "sign",
            "Participants who walked daily had a 23 percent lower risk of heart disease.",
            [(23, "percent", "down")],
        ),
        ("unit", "Each capsule contains 0.5 milligrams of the active ingredient.", [(0.5, "milligram", None)]),
        ("unit", "The recommended daily intake is 2.3 grams of sodium.", [(2.3, "gram", None)]),
        ("count", "The test correctly identified 97 of 100 infected patients.", [(97, None, None), (100, None, None)]),
        ("range", "Symptoms usually appear 2 to 14 days after exposure.", [((2, 14), "day", None)]),
        ("unit", "The fossil is roughly 66 million years old.", [(6.6e7, "year", None)]),
        ("unit", "Average body temperature in the study was 36.6C.", [(36.6, "degree_celsius", None)]),
        ("count", "Nine out of 10 doctors surveyed backed the change.", [(9, None, None), (10, None, None)]),
        (
            "unit",
            "The new telescope can detect objects 13 billion light-years away.",
            [(1.3e10, "light_year", None)],
        ),
        ("sign", "Measles cases jumped threefold to 1,420 last year.", [(3, "times", "up"), (1420, None, None)]),
        (
            "unit",
            "The probe spent 200 days travelling 480 million kilometres to reach the planet.",
            [(200, "day", None), (4.8e8, "kilometer", None)],
        ),
        ("number", "One-fifth of adults in the survey reported poor sleep.", [(0.2, None, None)]),
        (
            "unit",
            "The patient's cholesterol level was 240 milligrams per deciliter.",
            [(240, "milligram_per_deciliter", None)],
        ),
        ("sign", "The vaccine must be kept at minus 70 degrees Celsius.", [(-70, "degree_celsius", None)]),
        (
            "range",
            "Adults need between 1,000 and 1,200 milligrams of calcium a day.",
            [((1000, 1200), "milligram_per_day", None)],
        ),
        ("count", "The hospital has 450 beds, 60 of them in intensive care.", [(450, None, None), (60, None, None)]),
        ("sign", "Obesity rates among children have more than doubled since 1990.", [(2, "times", "up")]),
        ("number", "The new strain spreads about 1.7 times faster than the original.", [(1.7, "times", None)]),
    ],
    "disasters": [
        (
            "count",
            "The landslide buried 38 houses and left 112 people homeless.",
            [(38, None, None), (112, None, None)],
        ),
        (
            "number",
            "Magnitude 7.2 tremors were felt as far as 300 km away.",
            [(7.2, None, None), (300, "kilometer", None)],
        ),
        ("count", "Rescuers have so far recovered 86 bodies from the wreckage.", [(86, None, None)]),
        (
            "unit",
            "The wildfire advanced 14 miles overnight, fanned by 50 mph winds.",
            [(14, "mile", None), (50, "mile_per_hour", None)],
        ),
        (
            "range",
            "Between 500 and 700 homes are thought to have been destroyed.",
            [((500, 700), None, None)],
        ),
        ("currency", "Insured losses from the cyclone could top A$4 billion.", [(4e9, "AUD", None)]),
        ("count", "Roughly 1.2 million people remain without electricity.", [(1.2e6, None, None)]),
        (
            "count",
            "The toll rose to 2,410 dead, with another 9,300 injured.",
            [(2410, None, None), (9300, None, None)],
        ),
        (
            "unit",
            "The dam released 5,000 cubic metres of water per second.",
            [(5000, "cubic_meter_per_second", None)],
        ),
        ("count", "A dozen villages were cut off by the floodwaters.", [(12, None, None)]),
        ("negative", "The eruption was the volcano's first since 1947.", []),
        ("number", "Aftershocks of up to magnitude 5.5 are likely.", [(5.5, None, None)]),
        (
            "count",
            "The ferry was carrying 411 passengers, almost twice its rated capacity.",
            [(411, None, None), (2, "times", None)],
        ),
        ("unit", "Ash from the volcano drifted 900 kilometres to the east.", [(900, "kilometer", None)]),
        (
            "number",
            "Half of the 3,000 residents were evacuated before the storm hit.",
            [(0.5, None, None), (3000, None, None)],
        ),
    ],
    "elections": [
        ("number", "The incumbent took 48.7% of the first-round vote.", [(48.7, "percent", None)]),
        ("count", "The opposition won 137 seats in the 300-member assembly.", [(137, None, None), (300, None, None)]),
        ("sign", "Turnout fell 5.2 percentage points to 61.3%.", [(5.2, PP, "down"), (61.3, "percent", None)]),
        (
            "count",
            "Polling stations will open at 7 a.m. for 4.1 million registered voters.",
            [(4.1e6, None, None)],
        ),
        ("number", "Roughly two-fifths of respondents said they were undecided.", [(0.4, None, None)]),
        (
            "unit",
            "The president's approval rating sank to 38 percent, its lowest in 14 months.",
            [(38, "percent", None), (14, "month", None)],
        ),
        ("count", "Lawmakers passed the budget by 221 votes to 204.", [(221, None, None), (204, None, None)]),
        ("unit", "The poll's margin of error is plus or minus 3 percentage points.", [(3, PP, None)]),
        (
            "count",
            "The bill needs the backing of 60 of the chamber's 100 senators.",
            [(60, None, None), (100, None, None)],
        ),
        ("count", "Voters in 11 states will decide 146 ballot measures.", [(11, None, None), (146, None, None)]),
        ("negative", "The 19th Amendment was ratified in 1920.", []),
        ("count", "The coalition lost its majority after three MPs defected.", [(3, None, None)]),
        (
            "currency",
            "The campaign spent $1.4 million on television ads in the final week.",
            [(1.4e6, "USD", None)],
        ),
        ("number", "Only one in four young voters cast a ballot.", [(1, None, None), (4, None, None)]),
        ("sign", "The far-right party's support has grown by 9 points since March.", [(9, "point", "up")]),
    ],
    "crime": [
        ("unit", "The fraudster was jailed for seven and a half years.", [(7.5, "year", None)]),
        (
            "currency",
            "Thieves made off with jewellery worth an estimated 3.5 million euros.",
            [(3.5e6, "EUR", None)],
        ),
        (
            "unit",
            "Police seized 1.2 tonnes of heroin and arrested 14 suspects.",
            [(1.2, "tonne", None), (14, None, None)],
        ),
        ("sign", "Burglaries fell by 2,300 last year, to 41,800.", [(2300, None, "down"), (41800, None, None)]),
        (
            "unit",
            "Investigators said the car hit the barrier at roughly 95 miles per hour.",
            [(95, "mile_per_hour", None)],
        ),
        ("currency", "The gang laundered about ¥2.4 billion through shell firms.", [(2.4e9, "JPY", None)]),
        ("unit", "He faces up to 20 years behind bars if convicted.", [(20, "year", None)]),
        ("negative", "The shooting happened on the 400 block of Elm Street at about 11:40 p.m.", []),
        ("sign", "Homicides dropped 12% in the first half, to 198.", [(12, "percent", "down"), (198, None, None)]),
        ("currency", "Bail was set at $500,000 cash.", [(500000, "USD", None)]),
        ("range", "The crime carries a penalty of five to ten years.", [((5, 10), "year", None)]),
        ("count", "Officers recovered 37 stolen bicycles from a warehouse.", [(37, None, None)]),
    ],
    "travel": [
        ("currency", "A return fare on the new route starts at 89 euros.", [(89, "EUR", None)]),
        (
            "sign",
            "The flight time will be cut by 40 minutes to 7 hours 20 minutes.",
            [(40, "minute", "down"), (7, "hour", None), (20, "minute", None)],
        ),
        (
            "count",
            "The airport handled 68.3 million passengers last year, a 9.1% increase.",
            [(6.83e7, None, None), (9.1, "percent", "up")],
        ),
        (
            "unit",
            "The cruise ship is 362 metres long and carries 6,700 guests.",
            [(362, "meter", None), (6700, None, None)],
        ),
        ("currency", "Hotel rooms in the capital averaged 214 dollars a night.", [(214, "USD_per_night", None)]),
        (
            "unit",
            "The high-speed line cuts the 550-km journey to under two hours.",
            [(550, "kilometer", None), (2, "hour", None)],
        ),
        ("count", "Some 14,000 flights were cancelled over the holiday weekend.", [(14000, None, None)]),
        ("negative", "Terminal 5 reopened after a security alert.", []),
        ("currency", "Tourists spent 4.6 billion baht during the festival.", [(4.6e9, "THB", None)]),
        ("range", "Delays of 30 to 90 minutes are expected at border crossings.", [((30, 90), "minute", None)]),
        ("move", *move("A visa now costs 160 U.S. dollars, up from 140.", 140, 160, "USD")),
        ("unit", "Passport queues stretched to four hours on Saturday.", [(4, "hour", None)]),
    ],
    "tech_specs": [
        (
            "unit",
            "The tablet has an 11-inch display and weighs 466 grams.",
            [(11, "inch", None), (466, "gram", None)],
        ),
        (
            "unit",
            "The chip packs 92 billion transistors on a 5-nanometre process.",
            [(9.2e10, None, None), (5, "nanometer", None)],
        ),
        ("unit", "The new drive reads data at up to 7,000 MB per second.", [(7000, "megabyte_per_second", None)]),
        ("move", *move("The battery charges from 10% to 80% in 18 minutes.", 10, 80, "percent", (18, "minute", None))),
        ("negative", "The Vortex Z12 ships with version 15 of the operating system.", []),
        (
            "unit",
            "The drone can stay aloft for 46 minutes and fly 15 km from its controller.",
            [(46, "minute", None), (15, "kilometer", None)],
        ),
        ("unit", "The fibre link delivers speeds of 10 gigabits per second.", [(10, "gigabit_per_second", None)]),
        (
            "unit",
            "The laptop has 32GB of RAM and a 2TB drive.",
            [(32, "gigabyte", None), (2, "terabyte", None)],
        ),
        ("currency", "The handset will retail for 1,099 euros in Europe.", [(1099, "EUR", None)]),
        ("unit", "The data centre will draw 300 megawatts of power.", [(300, "megawatt", None)]),
        ("number", "The firm's share of the smartphone market slipped to 17.5%.", [(17.5, "percent", None)]),
        ("unit", "The electric SUV has a range of 520 km on a single charge.", [(520, "kilometer", None)]),
        ("unit", "The printer turns out 40 pages per minute.", [(40, "page_per_minute", None)]),
        ("negative", "The update fixes bugs in version 3.2.1 of the software.", []),
        (
            "unit",
            "Its 5,000 mAh battery supports 65-watt fast charging.",
            [(5000, "milliampere_hour", None), (65, "watt", None)],
        ),
    ],
    "real_estate": [
        ("currency", "The five-bedroom mansion sold for $12.75 million.", [(5, None, None), (1.275e7, "USD", None)]),
        (
            "sign",
            "The median home price climbed 6.4% to $412,300 in May.",
            [(6.4, "percent", "up"), (412300, "USD", None)],
        ),
        (
            "unit",
            "The office tower offers 1.1 million square feet of leasable space.",
            [(1.1e6, "square_foot", None)],
        ),
        (
            "currency",
            "Rents for a one-bedroom flat average £1,650 a month.",
            [(1, None, None), (1650, "GBP_per_month", None)],
        ),
        (
            "number",
            "Mortgage rates averaged 6.85% for a 30-year fixed loan.",
            [(6.85, "percent", None), (30, "year", None)],
        ),
        (
            "sign",
            "Housing starts slumped 14.2% to an annual rate of 1.21 million units.",
            [(14.2, "percent", "down"), (1.21e6, None, None)],
        ),
        (
            "unit",
            "The plot measures 2.5 acres and sits 400 metres from the beach.",
            [(2.5, "acre", None), (400, "meter", None)],
        ),
        (
            "currency",
            "Buyers paid an average of 9,800 yuan per square metre.",
            [(9800, "CNY_per_square_meter", None)],
        ),
        (
            "count",
            "The developer plans 1,800 homes on the 120-hectare site.",
            [(1800, None, None), (120, "hectare", None)],
        ),
        ("negative", "The penthouse at 55 Harbour View Road is on the market.", []),
        ("move", *move("Average asking rents rose from €1,420 to €1,510 this spring.", 1420, 1510, "EUR")),
        (
            "range",
            "Two-bedroom units are priced between 780,000 and 950,000 dirhams.",
            [(2, None, None), ((780000, 950000), "AED", None)],
        ),
    ],
    "agriculture": [
        ("unit", "Farmers harvested a record 15.1 billion bushels of corn.", [(1.51e10, "bushel", None)]),
        ("sign", "The wheat crop is forecast to shrink 18% because of drought.", [(18, "percent", "down")]),
        (
            "unit",
            "The herd of 340 dairy cows produces 9,000 litres of milk a day.",
            [(340, None, None), (9000, "liter_per_day", None)],
        ),
        ("currency", "Cocoa prices hit $10,200 a tonne in New York.", [(10200, "USD_per_tonne", None)]),
        ("unit", "Locusts ravaged 250,000 hectares of cropland.", [(250000, "hectare", None)]),
        (
            "range",
            "Yields of 6 to 8 tonnes a hectare are typical for the region.",
            [((6, 8), "tonne_per_hectare", None)],
        ),
        ("count", "The ministry culled 1.5 million chickens to contain the outbreak.", [(1.5e6, None, None)]),
        (
            "number",
            "Rice accounts for about three-quarters of the country's farm exports.",
            [(0.75, None, None)],
        ),
        ("currency", "Growers are paid 42 cents a kilogram for their oranges.", [(42, "cent_per_kilogram", None)]),
        ("sign", "Coffee output in the highlands fell by a fifth.", [(20, "percent", "down")]),
        ("unit", "Each hive yields around 25 kg of honey.", [(25, "kilogram", None)]),
        ("move", *move("Fertiliser prices fell from $780 a tonne to $510.", 780, 510, "USD_per_tonne")),
    ],
    "energy": [
        (
            "unit",
            "The offshore field holds an estimated 1.3 billion barrels of recoverable oil.",
            [(1.3e9, "barrel", None)],
        ),
        ("sign", "U.S. crude inventories rose by 3.6 million barrels last week.", [(3.6e6, "barrel", "up")]),
        (
            "currency",
            "Wholesale power traded at 92 euros per megawatt-hour.",
            [(92, "EUR_per_megawatt_hour", None)],
        ),
        (
            "unit",
            "The plant's two reactors have a combined capacity of 2,200 MW.",
            [(2, None, None), (2200, "megawatt", None)],
        ),
        (
            "sign",
            "Petrol prices at the pump fell 7 pence a litre in October.",
            [(7, "penny_per_liter", "down")],
        ),
        ("sign", "Producers agreed to cut output by 2 million barrels per day.", [(2e6, "barrel_per_day", "down")]),
        (
            "unit",
            "The solar park covers 700 hectares and will power 180,000 homes.",
            [(700, "hectare", None), (180000, None, None)],
        ),
        ("range", "Brent could trade between $75 and $85 a barrel next year.", [((75, 85), "USD_per_barrel", None)]),
        ("sign", "Household gas use dropped 11% year on year.", [(11, "percent", "down")]),
        ("unit", "The LNG terminal can process 10 million tonnes a year.", [(1e7, "tonne_per_year", None)]),
        (
            "currency",
            "The utility will invest 18 billion Norwegian kroner in grid upgrades.",
            [(1.8e10, "NOK", None)],
        ),
        ("negative", "Unit 2 of the plant was shut for maintenance.", []),
        (
            "number",
            "Renewables supplied 41.5 percent of the country's electricity in 2024.",
            [(41.5, "percent", None)],
        ),
        (
            "unit",
            "The pipeline will carry 55 billion cubic metres of gas annually.",
            [(5.5e10, "cubic_meter_per_year", None)],
        ),
        ("currency", "Diesel now costs 1.74 pounds a litre.", [(1.74, "GBP_per_liter", None)]),
    ],
    "markets_and_money": [
        (
            "currency",
            "Zenlo Bank reported a net profit of 5.2 billion rupees for the quarter.",
            [(5.2e9, "INR", None)],
        ),
        ("currency", "The group's revenue reached 31.4 billion Danish crowns.", [(3.14e10, "DKK", None)]),
        (
            "currency",
            "The central bank sold $2 billion of reserves to defend the naira.",
            [(2e9, "USD", None)],
        ),
        ("currency", "Shares in Corrigan closed at 14.85 Swiss francs.", [(14.85, "CHF", None)]),
        ("sign", "The rupiah weakened 0.6% against the greenback.", [(0.6, "percent", "down")]),
        (
            "currency",
            "The takeover values Brenlow at 2.7 billion Singapore dollars.",
            [(2.7e9, "SGD", None)],
        ),
        ("currency", "Exports to the region were worth 870 million zlotys.", [(8.7e8, "PLN", None)]),
        (
            "sign",
            "The Velmont index shed 312 points, or 1.9 percent, on Tuesday.",
            [(312, "point", "down"), (1.9, "percent", "down")],
        ),
        ("currency", "The bank booked a 4.3 billion Mexican peso charge.", [(4.3e9, "MXN", None)]),
        # first expected without direction; the table reads money lost as down ("The telecom firm lost 3 trillion
        # rupiah."), so aligned after the run (counted as a failure in the unseen score)
        ("currency", "The airline lost 900 million Turkish lira in the first half.", [(9e8, "TRY", "down")]),
        ("currency", "Bondholders will receive 62 cents on the dollar.", [(62, "cent", None)]),
        (
            "range",
            "The IPO is priced at 26 to 29 Hong Kong dollars a share.",
            [((26, 29), "HKD_per_share", None)],
        ),
        (
            "currency",
            "Kellerman posted quarterly revenue of €7.9bn, ahead of the €7.6bn expected.",
            [(7.9e9, "EUR", None), (7.6e9, "EUR", None)],
        ),
        ("currency", "Analysts expect earnings of 3.40 Swiss francs a share.", [(3.4, "CHF_per_share", None)]),
        ("currency", "The fund raised 11.5 billion yen from Japanese investors.", [(1.15e10, "JPY", None)]),
        ("currency", "Rival bidders offered £4.10 a share in cash.", [(4.1, "GBP_per_share", None)]),
        ("move", *move("The stock has tumbled from 92 rand to 61 rand since January.", 92, 61, "ZAR")),
        ("currency", "The ministry set a price cap of 3,500 naira per litre.", [(3500, "NGN_per_liter", None)]),
        (
            "currency",
            "Salaries in the sector average 48,000 Swiss francs a year.",
            [(48000, "CHF_per_year", None)],
        ),
        (
            "sign",
            "Gold rose 0.8% to $2,342.10 an ounce.",
            [(0.8, "percent", "up"), (2342.10, "USD_per_ounce", None)],
        ),
    ],
    "ranges": [
        ("range", "Each ticket costs somewhere between 15 and 25 dollars.", [((15, 25), "USD", None)]),
        ("range", "Wait times at the clinic are 3-5 weeks.", [((3, 5), "week", None)]),
        ("range", "The survey found 3-5% of adults had tried the drug.", [((3, 5), "percent", None)]),
        ("range", "Prices are expected to rise 2-3 percent next month.", [((2, 3), "percent", "up")]),
        ("count", "Nearly 900 people attended the vigil.", [(900, None, None)]),
        (
            "range",
            "The shortfall is somewhere in the range of $40 million to $60 million.",
            [((4e7, 6e7), "USD", None)],
        ),
        ("range", "Losses could reach anywhere from 2 to 4 billion rand.", [((2e9, 4e9), "ZAR", None)]),
        ("currency", "The new homes will cost from 300,000 zlotys upwards.", [(300000, "PLN", None)]),
        ("range", "Tens of thousands of hectares of forest burned.", [((1e4, 1e5), "hectare", None)]),
        ("range", "The package weighs between 2 and 2.5 kg.", [((2, 2.5), "kilogram", None)]),
        ("range", "Rates are likely to stay in a 4.5%-4.75% band.", [((4.5, 4.75), "percent", None)]),
        ("range", "Between a third and a half of the crop was lost.", [((THIRD, 0.5), None, None)]),
    ],
    "not_quantities": [
        ("negative", "The summit will take place on the 14th and 15th of June.", []),
        ("negative", "For tickets, phone 0161 496 0753 before Friday.", []),
        ("negative", "The Kestra KX-220 turboprop flew for the first time.", []),
        ("negative", "He was born on 3 May 1961 in Valparaiso.", []),
        ("negative", "The rally begins at 18:30 in Plaza Norte.", []),
        ("negative", "Richter finished second in the 1990 and 1994 elections.", []),
        ("negative", "Send entries to PO Box 4471, Dunmore.", []),
        ("negative", "The 2028 Games will be held in a Pacific city.", []),
        ("negative", "Junction 14 of the motorway was shut for the night.", []),
        ("negative", "It is the city's third snowstorm this winter.", []),
        ("negative", "The match kicks off at 8pm on Saturday.", []),
        ("negative", "Patients in Ward 7B were moved.", []),
    ],
    "signs": [
        (
            "sign",
            "Wheat futures dropped 9 cents to $5.62 a bushel.",
            [(9, "cent", "down"), (5.62, "USD_per_bushel", None)],
        ),
        (
            "sign",
            "Markets at midday: Tarvo 25 +0.9%, Belda -0.2%.",
            [(0.9, "percent", "up"), (0.2, "percent", "down")],
        ),
        ("sign", "The current account deficit narrowed by $3.1 billion.", [(3.1e9, "USD", "down")]),
        ("sign", "Emissions are 28 percent below their 2005 level.", [(28, "percent", "down")]),
        ("negative", "Ice cover in the Arctic shrank to its second-lowest extent.", []),
        ("sign", "The country's population declined by 430,000 people.", [(430000, None, "down")]),
    ],
    "written_numbers": [
        ("count", "Four hundred and fifty workers signed the petition.", [(450, None, None)]),
        ("unit", "Sixteen-year-old Lian Ostrova won gold.", [(16, "year", None)]),
        ("number", "Roughly one-eighth of the coastline is protected.", [(0.125, None, None)]),
        ("count", "Three quarters of a million people visited the exhibition.", [(750000, None, None)]),
    ],
}

ROWS = [row for rows in TOPICS.values() for row in rows]

# Rows written for a rule after the run, so not part of the unseen score; each rule's category was seen in this
# set and, where noted, in the Reuters stories.
RULE_ROWS = [
    # a fraction with a numerator after "by" is the size of a move, in percent ("Reduce debt by two-thirds" in the
    # Reuters stories); not "fallen three quarters in a row", which counts quarters
    ("sign", "Ostra cut its debt by two-thirds in a swap.", [(200 / 3, "percent", "down")]),
    ("sign", "Ridership on the Velmar line fell by three-quarters during the strike.", [(75, "percent", "down")]),
    ("sign", "Kessel expects exports to grow by two thirds next year.", [(200 / 3, "percent", "up")]),
    ("unit", "Tarsk sales have fallen three quarters in a row.", [(3, "quarter", None)]),
    # "as much as" may stand between the move word and the fraction (a "could fall by as much as half" wording is
    # in the Reuters stories)
    ("sign", "Fares on the Kessel ferry could fall by as much as half.", [(50, "percent", "down")]),
    ("sign", "Velmar's output may climb as much as a third this year.", [(100 / 3, "percent", "up")]),
    ("sign", "Tarsk said costs could drop as much as a quarter.", [(25, "percent", "down")]),
    # a capitalised "Won" or "Rand" in an exchange-rate note is the currency ("($1=1138.2 Won)"-style notes in the
    # Reuters stories, as "($1=.6350 Pound)" is in the table)
    ("currency", "Kessel Bank lifted its payout. ($1=1,310.2 Won)", [(1, "USD", None), (1310.2, "KRW", None)]),
    ("currency", "Tarsk Mining cut output. ($1=18.45 Rand)", [(1, "USD", None), (18.45, "ZAR", None)]),
    ("currency", "Dunmore Telecom won the tender. ($1 = 1,402 Won)", [(1, "USD", None), (1402, "KRW", None)]),
    # a second figure of the same move after a prepositional phrase of up to four words keeps its direction
    # ("costs dropped 12 percent on the year and 5 percent on the prior quarter": twice in the Reuters stories)
    (
        "sign",
        "Costs at Kessel fell 9 percent from a year earlier and 4 percent from the prior quarter.",
        [(9, "percent", "down"), (4, "percent", "down")],
    ),
    (
        "sign",
        "Velmar's orders rose 12% from a year ago and 3% from March.",
        [(12, "percent", "up"), (3, "percent", "up")],
    ),
    (
        "sign",
        "Tarsk deposits dropped 2.5 percent in the first fiscal quarter and 1.1 percent in July.",
        [(2.5, "percent", "down"), (1.1, "percent", "down")],
    ),
    # a street address written as a police report's block ("the 400 block of Elm Street" in this set)
    ("negative", "Officers were called to the 1200 block of North Vell Avenue.", []),
    ("negative", "The fire started in the 300 block of Kessel Street late Sunday.", []),
    ("negative", "A car crashed on the 2500 block of Ostra Road.", []),
    # a glued capital B or M after a capitalised word inside the sentence is a code ("Ward 7B" in this set), as
    # "8M said" is a name; after a lower-case word it stays a scale
    ("negative", "Passengers at Gate 4B in Tarsk waited for hours.", []),
    ("negative", "The leak began in Apartment 12B of the Velmar tower.", []),
    ("negative", "Nurses on Ward 3M at Kessel General walked out.", []),
    ("count", "Kessel says the app now has 2B users.", [(2e9, None, None)]),
    # also after a capitalised word that is a change word elsewhere ("Tank 2B" in the second probe)
    ("negative", "Crews drained Tank 4M at the Velmar refinery.", []),
    ("negative", "The leak at Drop 2B was sealed by Ostra engineers.", []),
    # a written count before the plural of an abbreviation ("two CDs" in the Reuters stories, "three MPs" here)
    ("count", "Four MPs from the Vell Party resigned on Monday.", [(4, None, None)]),
    ("count", "The fund sold its stakes in three ETFs tracking Tarsk bonds.", [(3, None, None)]),
    ("count", "Regulators approved two IPOs on the Ostra exchange.", [(2, None, None)]),
    # a tally before "record" is a season's wins and losses (score_nouns; "a 9-3 record" here)
    ("count", "The Kellan Owls have a 12-4 record this season.", [(12, None, None), (4, None, None)]),
    ("count", "Dunmore improved to a 7-1 record at home.", [(7, None, None), (1, None, None)]),
    ("count", "Tarsk's 3-9 record is the league's worst.", [(3, None, None), (9, None, None)]),
    # "pickup" names a rise of a percent (percent_move_nouns; "a 0.4 percent February pickup" in the Reuters
    # stories); a count of pickups is no move
    (
        "sign",
        "Retail sales rose 0.5 percent after a 0.3 percent pickup in May.",
        [(0.5, "percent", "up"), (0.3, "percent", "up")],
    ),
    ("sign", "Economists see a 2 percent pickup in Velmar's output.", [(2, "percent", "up")]),
    ("sign", "The Kessel survey showed a 1.4% pickup in hiring.", [(1.4, "percent", "up")]),
    ("count", "Dunmore Motors sold 40,000 pickups in May.", [(40000, None, None)]),
    # "Magnitude" may open a sentence or headline before the figure (number_openers; "Magnitude 7.2 tremors" here)
    ("number", "Magnitude 6.1 quake rattles Ostra coast", [(6.1, None, None)]),
    ("number", "Magnitude 5.4 aftershocks followed in Velmar.", [(5.4, None, None)]),
    ("number", "Tarsk recorded a quake. Magnitude 4.9, it hit at dawn.", [(4.9, None, None)]),
    # "watt" in the singular is a unit as "watts" is ("65-watt fast charging" here)
    ("unit", "Kessel sells a 40-watt solar lamp.", [(40, "watt", None)]),
    ("unit", "The Velmar charger delivers 100 watts.", [(100, "watt", None)]),
    ("unit", "The Ostra bulb uses just 1 watt.", [(1, "watt", None)]),
    # "night" is a time unit: money per night is a rate ("214 dollars a night" here, "hours a night" in the table)
    ("currency", "Rooms at the Velmar Inn cost $220 a night.", [(220, "USD_per_night", None)]),
    ("currency", "The Kessel hostel charges 900 rupees a night.", [(900, "INR_per_night", None)]),
    ("unit", "Tourists in Tarsk stayed an average of 3.2 nights.", [(3.2, "night", None)]),
    # "in" with a bound before one time unit with an article is a duration ("sold out in under an hour" here, "in
    # less than a month" in the Reuters stories); "in a year" alone after a move still dates it
    ("unit", "The Velmar concert sold out in under an hour.", [(1, "hour", None)]),
    ("unit", "Tarsk built the bridge in less than a year.", [(1, "year", None)]),
    ("sign", "Kessel's stock doubled in just over a month.", [(2, "times", "up"), (1, "month", None)]),
    ("move", *move("Ostra's users went from 1.2m to 1.9m in a year.", 1.2e6, 1.9e6, None)),
    # an analysts' estimate or a year-ago restatement written without "a share" after a comparable per-share
    # figure is per share too (eleven times in the Reuters stories: "beat the mean forecast of $1.93",
    # "against $71.3 million, or 12 cents"); not after a figure that has no rate itself
    (
        "currency",
        "Velmar earned 84 cents a share, topping the average forecast of 79 cents.",
        [(84, "cent_per_share", None), (79, "cent_per_share", None)],
    ),
    (
        "currency",
        "Kessel made $1.42 per share. Analysts had expected $1.38.",
        [(1.42, "USD_per_share", None), (1.38, "USD_per_share", None)],
    ),
    (
        "currency",
        "Tarsk earned $51 million, or 33 cents per share, against $40 million, or 26 cents, a year earlier.",
        [(51e6, "USD", None), (33, "cent_per_share", None), (40e6, "USD", None), (26, "cent_per_share", None)],
    ),
    (
        "currency",
        "Ostra's earnings per share were $2.05, above the $1.97 analysts expected.",
        [(2.05, "USD", None), (1.97, "USD", None)],
    ),
    # "N times" after the object of a change verb counts how often it was done, it is no multiple that moves
    # ("it has lifted its key rate six times" in the Reuters stories' wording); "jumped three times" still is
    ("unit", "The Ostra central bank has raised rates 11 times since May.", [(11, "times", None)]),
    ("unit", "Kessel cut its dividend three times in two years.", [(3, "times", None), (2, "year", None)]),
    ("unit", "Velmar lifted bus fares four times last year.", [(4, "times", None)]),
    ("sign", "Tarsk's exports jumped three times over the decade.", [(3, "times", "up")]),
    # a currency name before "zone", "area" or "bloc" names a region: the number counts its members ("seven euro
    # zone members", "the 14 euro area central banks", both kinds in the Reuters stories)
    ("count", "Finance ministers of six euro zone states met in Velmar.", [(6, None, None)]),
    ("count", "The Kessel plan needs the backing of 12 euro area governments.", [(12, None, None)]),
    ("count", "Ostra joined the 19 euro zone central banks in the swap.", [(19, None, None)]),
    ("currency", "The Tarsk zone fund paid out 5 euros per member.", [(5, "EUR_per_member", None)]),
]

ROWS += RULE_ROWS
