"""More rows of the news quantity table (issue 11): general news, written by helper "quant8".

Written BEFORE running the extractor on them, to measure the layer on unseen wordings weighted to what a
general news wire carries, not only business: sports scores and statistics, weather and temperatures,
distances and speeds, ages, casualties, populations, elections and vote shares, science and health
figures, prices in many currencies, ranges and approximate amounts, fractions and written-out numbers.
Conventions: see `tests/mentions/news_table.py`. Every name is invented.

Choices these rows make where the dataset README is silent:
- a race time written in parts ("2 hours 6 minutes") is one quantity per part, each in its own unit;
- a poll lead or a change in a poll share "in points" is in `point`, as the table's index points are;
- a share of a whole written as a fraction ("two-thirds of voters") is a plain number, not a percent;
- an earthquake's magnitude is a plain number (the README has no unit for it);
- "under five" after children is an age in `year`;
- a tally after a comma ("won their fifth straight game, 104-97") is still a score.
"""

from __future__ import annotations

from tests.mentions.news_rows import move

PP = "percentage_point"
THIRD = 1 / 3

# topic -> rows (category, sentence, expected)
TOPICS: dict[str, list[tuple]] = {
    "sports": [
        ("count", "Marlow Rovers beat Ashby Town 3-1 on Saturday.", [(3, None, None), (1, None, None)]),
        (
            "count",
            "The Hawks routed the Pelicans 121-98 behind 34 points from Dario Venn.",
            [(121, None, None), (98, None, None), (34, "point", None)],
        ),
        (
            "unit",
            "Kessa Ondari won the marathon in 2 hours 6 minutes 14 seconds.",
            [(2, "hour", None), (6, "minute", None), (14, "second", None)],
        ),
        ("unit", "Lina Barros cleared 4.85 metres to win the pole vault.", [(4.85, "meter", None)]),
        (
            "count",
            "Tovar hit 42 home runs and drove in 118 runs last season.",
            [(42, None, None), (118, None, None)],
        ),
        (
            "count",
            "The striker has scored 19 goals in 23 league games this season.",
            [(19, None, None), (23, None, None)],
        ),
        (
            "unit",
            "Ferreira averaged 24.3 points and 11.2 rebounds per game.",
            [(24.3, "point_per_game", None), (11.2, "rebound_per_game", None)],
        ),
        ("count", "The opener made 187 off 210 balls.", [(187, None, None), (210, None, None)]),
        ("unit", "Leclair finished 1.4 seconds ahead of his teammate.", [(1.4, "second", None)]),
        ("count", "A crowd of 61,500 watched the final in Darnley.", [(61500, None, None)]),
        ("currency", "Corvin City paid a record 85 million euros for the winger.", [(8.5e7, "EUR", None)]),
        (
            "count",
            "Ostrova won 6-4, 3-6, 7-5 to reach the semi-finals.",
            [(6, None, None), (4, None, None), (3, None, None), (6, None, None), (7, None, None), (5, None, None)],
        ),
        (
            "count",
            "The quarterback completed 27 of 35 passes for 312 yards.",
            [(27, None, None), (35, None, None), (312, "yard", None)],
        ),
        ("count", "The champions have gone 14 matches without defeat.", [(14, None, None)]),
        ("count", "The Torvik Bears lost 4-3 in overtime.", [(4, None, None), (3, None, None)]),
    ],
    "weather": [
        (
            "unit",
            "Temperatures are expected to reach 38 degrees Celsius (100 Fahrenheit) on Tuesday.",
            [(38, "degree_celsius", None), (100, "degree_fahrenheit", None)],
        ),
        ("unit", "Overnight the mercury dipped to -12C in the valley.", [(-12, "degree_celsius", None)]),
        ("unit", "Up to 20 cm of snow could fall in the hills.", [(20, "centimeter", None)]),
        ("unit", "Gusts of up to 130 kilometres per hour toppled trees.", [(130, "kilometer_per_hour", None)]),
        ("unit", "The hurricane packed sustained winds of 145 mph.", [(145, "mile_per_hour", None)]),
        (
            "unit",
            "More than 250 millimetres of rain fell in 24 hours.",
            [(250, "millimeter", None), (24, "hour", None)],
        ),
        ("unit", "The heat index topped 110 degrees in parts of Norland.", [(110, "degree", None)]),
        (
            "unit",
            "It was the hottest June on record, 1.3C above the long-term average.",
            [(1.3, "degree_celsius", None)],
        ),
        ("unit", "The storm was moving north at 15 knots.", [(15, "knot", None)]),
        ("sign", "Temperatures will fall by 10 degrees overnight.", [(10, "degree", "down")]),
        ("unit", "Flood waters rose to 4.2 metres above normal.", [(4.2, "meter", None)]),
        ("number", "Forecasters see a 70 percent chance of rain.", [(70, "percent", None)]),
        (
            "number",
            "The quake, of magnitude 6.4, struck 10 km below the surface.",
            [(6.4, None, None), (10, "kilometer", None)],
        ),
        ("number", "A 5.8-magnitude earthquake shook the coast.", [(5.8, None, None)]),
        ("sign", "Drought has cut the lake's level by nearly three feet.", [(3, "foot", "down")]),
    ],
    "distances_and_speeds": [
        (
            "unit",
            "The village lies 40 miles (64 km) north of the capital.",
            [(40, "mile", None), (64, "kilometer", None)],
        ),
        ("unit", "The probe is now 23 billion kilometres from Earth.", [(2.3e10, "kilometer", None)]),
        ("unit", "The train reached a top speed of 603 km/h in trials.", [(603, "kilometer_per_hour", None)]),
        (
            "unit",
            "Police clocked the driver at 112 mph in a 50 mph zone.",
            [(112, "mile_per_hour", None), (50, "mile_per_hour", None)],
        ),
        ("unit", "The new bridge spans 1.9 kilometres.", [(1.9, "kilometer", None)]),
        ("unit", "The border fence stretches for about 700 miles.", [(700, "mile", None)]),
        ("unit", "Refugees walked some two hundred kilometres to reach the camp.", [(200, "kilometer", None)]),
        (
            "unit",
            "The rocket reached an altitude of 105 kilometers before its engine cut out.",
            [(105, "kilometer", None)],
        ),
        ("unit", "The convoy moved at barely 20 miles an hour.", [(20, "mile_per_hour", None)]),
        (
            "unit",
            "The tunnel, 57 km long, took 17 years to build.",
            [(57, "kilometer", None), (17, "year", None)],
        ),
        ("unit", "The airport sits 3,500 feet above sea level.", [(3500, "foot", None)]),
        ("unit", "The asteroid will pass within 31,000 kilometres of Earth.", [(31000, "kilometer", None)]),
    ],
    "ages": [
        ("unit", "The suspect, a 27-year-old man from Darnley, was arrested on Friday.", [(27, "year", None)]),
        ("unit", "Pensioners over 80 will get the booster first.", [(80, "year", None)]),
        ("unit", "The actress died on Tuesday aged 91.", [(91, "year", None)]),
        ("unit", "Children under five account for most of the cases.", [(5, "year", None)]),
        (
            "range",
            "Half of voters aged between 18 and 24 backed the party.",
            [(0.5, None, None), ((18, 24), "year", None)],
        ),
        ("unit", "Tomas Brill, 58, takes over as coach next month.", [(58, "year", None)]),
        ("unit", "The oldest survivor is a woman of 102.", [(102, "year", None)]),
        ("unit", "The teenager, 16, was charged with assault.", [(16, "year", None)]),
        ("unit", "Life expectancy in Norland rose to 81.2 years.", [(81.2, "year", None)]),
    ],
    "casualties": [
        (
            "count",
            "At least 43 people were killed and more than 200 injured in the blast.",
            [(43, None, None), (200, None, None)],
        ),
        ("count", "The death toll from the floods climbed to 1,127.", [(1127, None, None)]),
        ("count", "Three soldiers and a civilian died in the attack.", [(3, None, None)]),
        (
            "count",
            "The fire destroyed 312 homes and forced 9,000 people to flee.",
            [(312, None, None), (9000, None, None)],
        ),
        ("count", "Two hundred and six passengers were on board the ferry.", [(206, None, None)]),
        ("count", "Officials put the number of missing at about 60.", [(60, None, None)]),
        ("count", "The virus has killed 2.3 million people worldwide.", [(2.3e6, None, None)]),
        ("range", "Hundreds of thousands fled the fighting.", [((1e5, 1e6), None, None)]),
        ("count", "A bus crash left 14 dead and 30 wounded.", [(14, None, None), (30, None, None)]),
        (
            "count",
            "Nineteen miners remain trapped 300 metres underground.",
            [(19, None, None), (300, "meter", None)],
        ),
        ("count", "The quake injured nearly 4,000 people, officials said.", [(4000, None, None)]),
    ],
    "populations": [
        ("count", "The city's population has swelled to 22 million.", [(2.2e7, None, None)]),
        ("count", "Only about 3,000 people live on the island year-round.", [(3000, None, None)]),
        ("count", "Norvia, a nation of 5.4 million, has no army.", [(5.4e6, None, None)]),
        ("count", "The census counted 331,449,281 residents.", [(331449281, None, None)]),
        (
            "number",
            "The region is home to roughly 40 percent of the country's population.",
            [(40, "percent", None)],
        ),
        (
            "number",
            "Foreign-born residents make up one in seven people in the city.",
            [(1, None, None), (7, None, None)],
        ),
        (
            "sign",
            "The town's population shrank by a quarter in a decade.",
            [(25, "percent", "down"), (1, "decade", None)],
        ),
        ("count", "There are an estimated 1.4 billion cattle in the world.", [(1.4e9, None, None)]),
    ],
    "elections": [
        (
            "number",
            "Mendel won 52.4 percent of the vote to 46.1 percent for Okafor.",
            [(52.4, "percent", None), (46.1, "percent", None)],
        ),
        ("move", *move("Turnout was 67%, up from 61% in the last election.", 61, 67, "percent")),
        ("count", "The ruling party took 212 of the 400 seats.", [(212, None, None), (400, None, None)]),
        ("count", "Voters rejected the measure by a margin of 58 to 42.", [(58, None, None), (42, None, None)]),
        ("unit", "The incumbent leads by 6 points in the latest poll.", [(6, "point", None)]),
        ("count", "Some 48 million voters are eligible to cast ballots.", [(4.8e7, None, None)]),
        ("unit", "The opposition needs a swing of just 2.5 percentage points.", [(2.5, PP, None)]),
        (
            "number",
            "She received 1,204,331 votes, almost two-thirds of the total.",
            [(1204331, None, None), (2 / 3, None, None)],
        ),
        ("count", "The bill cleared the chamber 68-31.", [(68, None, None), (31, None, None)]),
        (
            "sign",
            "Support for the coalition slipped three points to 34 percent.",
            [(3, "point", "down"), (34, "percent", None)],
        ),
        ("number", "About 40% of ballots were cast by mail.", [(40, "percent", None)]),
        ("number", "The referendum passed with a majority of 55.8%.", [(55.8, "percent", None)]),
        ("number", "A two-thirds majority is needed to change the constitution.", [(2 / 3, None, None)]),
        ("sign", "The Greens doubled their seats to 18.", [(2, "times", "up"), (18, None, None)]),
    ],
    "science_and_health": [
        ("number", "The vaccine was 94.5% effective in preventing illness.", [(94.5, "percent", None)]),
        ("unit", "Each tablet contains 500 mg of the drug.", [(500, "milligram", None)]),
        (
            "sign",
            "The patients' blood pressure fell by an average of 12 mmHg.",
            [(12, "millimeter_of_mercury", "down")],
        ),
        ("range", "Adults should sleep seven to nine hours a night.", [((7, 9), "hour_per_night", None)]),
        (
            "count",
            "The trial enrolled 30,000 volunteers in six countries.",
            [(30000, None, None), (6, None, None)],
        ),
        ("unit", "The virus particles measure about 120 nanometres across.", [(120, "nanometer", None)]),
        ("range", "Smokers are 15 to 30 times more likely to get lung cancer.", [((15, 30), "times", None)]),
        (
            "sign",
            "Global sea levels rose 3.7 millimetres a year over the period.",
            [(3.7, "millimeter_per_year", "up")],
        ),
        ("unit", "The telescope's mirror is 6.5 meters wide.", [(6.5, "meter", None)]),
        (
            "unit",
            "Carbon dioxide levels reached 421 parts per million in May.",
            [(421, "part_per_million", None)],
        ),
        ("unit", "The star lies about 4.2 light-years away.", [(4.2, "light_year", None)]),
        ("sign", "Cases rose 18% week on week to 4,310.", [(18, "percent", "up"), (4310, None, None)]),
        ("sign", "The drug cut the risk of death by 38 percent.", [(38, "percent", "down")]),
        ("unit", "The child weighed just 1.1 kg at birth.", [(1.1, "kilogram", None)]),
        ("unit", "An adult needs about 2,000 calories a day.", [(2000, "calorie_per_day", None)]),
        ("unit", "The bacteria can survive temperatures of up to 121C.", [(121, "degree_celsius", None)]),
    ],
    "prices": [
        ("currency", "A litre of petrol now costs 1.89 euros.", [(1.89, "EUR", None)]),
        (
            "sign",
            "Bread prices doubled to 40 Egyptian pounds a loaf.",
            [(2, "times", "up"), (40, "EGP_per_loaf", None)],
        ),
        ("currency", "The ticket costs 3,200 yen for adults.", [(3200, "JPY", None)]),
        ("currency", "Tuition runs to 9,250 pounds a year.", [(9250, "GBP_per_year", None)]),
        ("currency", "Onions were selling at 80 rupees a kilo in the capital.", [(80, "INR_per_kilogram", None)]),
        ("currency", "Rents average 2,100 Swiss francs a month.", [(2100, "CHF_per_month", None)]),
        ("currency", "The fine was set at 500,000 zlotys.", [(5e5, "PLN", None)]),
        ("currency", "The Treasury sold 1.2 billion rand of bonds.", [(1.2e9, "ZAR", None)]),
        ("currency", "The startup raised 45 million Swedish crowns.", [(4.5e7, "SEK", None)]),
        (
            "sign",
            "Brent crude slipped 62 cents to $84.17 a barrel.",
            [(62, "cent", "down"), (84.17, "USD_per_barrel", None)],
        ),
        ("currency", "The house sold for 1.35 million Australian dollars.", [(1.35e6, "AUD", None)]),
        ("currency", "Visitors pay a 150-baht entry fee.", [(150, "THB", None)]),
        ("currency", "Salaries start at 25,000 Turkish lira a month.", [(25000, "TRY_per_month", None)]),
        (
            "currency",
            "The state set the wheat price at 2,275 rupees per quintal.",
            [(2275, "INR_per_quintal", None)],
        ),
        ("currency", "A cup of coffee in the capital costs about 4 dollars.", [(4, "USD", None)]),
        ("currency", "The bill came to 12.5 billion naira.", [(1.25e10, "NGN", None)]),
        (
            "currency",
            "The museum charges 12 euros, or 8 euros for students.",
            [(12, "EUR", None), (8, "EUR", None)],
        ),
        ("currency", "A kilo of beef costs 4,800 Argentine pesos.", [(4800, "ARS", None)]),
        ("currency", "The airline charges 35 Canadian dollars for a checked bag.", [(35, "CAD", None)]),
    ],
    "ranges_and_approximations": [
        ("range", "The parade drew between 50,000 and 70,000 spectators.", [((5e4, 7e4), None, None)]),
        ("range", "Damage is estimated at 3-4 billion dollars.", [((3e9, 4e9), "USD", None)]),
        (
            "range",
            "Scientists put the age of the bones at 8,000 to 10,000 years.",
            [((8000, 10000), "year", None)],
        ),
        ("range", "Tens of thousands of people marched through the capital.", [((1e4, 1e5), None, None)]),
        ("range", "Wind speeds of 90-110 km/h are expected.", [((90, 110), "kilometer_per_hour", None)]),
        ("count", "Roughly 600 firefighters battled the blaze.", [(600, None, None)]),
        ("range", "Each rescue flight carries 150 to 200 evacuees.", [((150, 200), None, None)]),
        ("range", "The fish can grow to between 2 and 3 metres long.", [((2, 3), "meter", None)]),
        ("range", "Hundreds of flights were cancelled on Monday.", [((100, 1000), None, None)]),
        ("range", "The project will take 18 to 24 months to finish.", [((18, 24), "month", None)]),
        ("range", "Estimates of the crowd ranged from 8,000 to 15,000.", [((8000, 15000), None, None)]),
        ("currency", "The repairs will cost upwards of £2m.", [(2e6, "GBP", None)]),
        ("range", "Millions of viewers tuned in to the debate.", [((1e6, 1e7), None, None)]),
        ("range", "Temperatures of 25-30C are forecast for the weekend.", [((25, 30), "degree_celsius", None)]),
    ],
    "fractions": [
        ("number", "Nearly two-thirds of respondents support the ban.", [(2 / 3, None, None)]),
        ("number", "A fifth of the forest has been cleared since 1990.", [(0.2, None, None)]),
        ("number", "Three in four nurses reported burnout.", [(3, None, None), (4, None, None)]),
        ("number", "The reservoir is only one-third full.", [(THIRD, None, None)]),
        ("number", "Half of all new cars sold were electric.", [(0.5, None, None)]),
        ("number", "Seven-eighths of the iceberg lies below the water.", [(0.875, None, None)]),
        ("number", "Rainfall was a tenth of the seasonal norm.", [(0.1, None, None)]),
        ("number", "Nine out of 10 doctors back the change.", [(9, None, None), (10, None, None)]),
        ("number", "Only 1 in 20 applicants is admitted.", [(1, None, None), (20, None, None)]),
        ("count", "Half a million people visit the park each year.", [(5e5, None, None)]),
    ],
    "written_out": [
        ("count", "Forty-three countries signed the treaty.", [(43, None, None)]),
        ("count", "The orchestra has one hundred and four musicians.", [(104, None, None)]),
        ("count", "Some fifteen hundred delegates attended.", [(1500, None, None)]),
        ("count", "Eighty thousand fans packed the stadium.", [(80000, None, None)]),
        ("count", "Nine of the eleven judges agreed.", [(9, None, None), (11, None, None)]),
        ("unit", "The king ruled for sixty-three years.", [(63, "year", None)]),
        ("unit", "Two million barrels of oil spilled into the gulf.", [(2e6, "barrel", None)]),
        ("unit", "The ship carried seven thousand tons of grain.", [(7000, "ton", None)]),
        ("number", "Thirty-one percent of adults are obese.", [(31, "percent", None)]),
        ("unit", "The expedition lasted ninety-one days.", [(91, "day", None)]),
        ("count", "Fourteen hundred teachers went on strike.", [(1400, None, None)]),
        ("unit", "The law was passed a hundred years ago.", [(100, "year", None)]),
    ],
    "not_quantities": [
        ("negative", "The match kicks off at 8 p.m. local time.", []),
        ("negative", "He wore the number 10 shirt for Ravenna.", []),
        ("negative", "The Velta 320 jet landed safely.", []),
        ("negative", "Highway 41 reopened on Thursday.", []),
        ("negative", "The storm made landfall on Sept. 14.", []),
        ("negative", "The World War Two veteran was honoured in Darnley.", []),
        ("negative", "The Vega-3 rocket lifted off at dawn.", []),
        ("negative", "He was elected in 1998 and re-elected in 2002.", []),
        ("negative", "Flight 409 was diverted to Ostrava.", []),
        ("negative", "The 2034 Games will be held in Darnia.", []),
        ("negative", "Interstate 95 was closed in both directions.", []),
        ("negative", "The team finished third in the standings.", []),
    ],
    "moves": [
        ("move", *move("The jobless rate fell to 4.1% from 4.6%.", 4.6, 4.1, "percent")),
        ("move", *move("The death toll rose from 18 to 27 overnight.", 18, 27, None)),
        ("move", *move("Petrol climbed from 1.52 euros to 1.71 euros.", 1.52, 1.71, "EUR")),
        ("move", *move("The lake's level dropped from 12 metres to 7 metres.", 12, 7, "meter")),
        ("move", *move("Her approval rating slid from 54 percent to 41 percent.", 54, 41, "percent")),
        ("move", *move("The town's population grew from 8,000 to 21,000.", 8000, 21000, None)),
        ("move", *move("Ticket prices jumped from 60 pounds to 95 pounds.", 60, 95, "GBP")),
        ("move", *move("The temperature plunged from 15C to minus 3C.", 15, -3, "degree_celsius")),
    ],
    "signs": [
        ("sign", "The number of tourists fell 12 percent last year.", [(12, "percent", "down")]),
        ("sign", "Emissions dropped by 4.5 million tonnes.", [(4.5e6, "tonne", "down")]),
        ("sign", "Attendance increased by 3,400 to 41,200.", [(3400, None, "up"), (41200, None, None)]),
        ("sign", "The yen strengthened 1.1% against the dollar.", [(1.1, "percent", "up")]),
        (
            "sign",
            "The Tarsk index lost 2.3 percent, the Ostra composite 1.9 percent.",
            [(2.3, "percent", "down"), (1.9, "percent", "down")],
        ),
        ("sign", "Obesity rates have climbed 8 points since 2000.", [(8, "point", "up")]),
        ("sign", "Crime in the district dropped by nearly a fifth.", [(20, "percent", "down")]),
        ("sign", "Infections were up 6% on the week.", [(6, "percent", "up")]),
        (
            "sign",
            "Wheat futures tumbled 5.4% to $6.12 a bushel.",
            [(5.4, "percent", "down"), (6.12, "USD_per_bushel", None)],
        ),
        ("sign", "The pound edged up 0.2% at $1.2710.", [(0.2, "percent", "up"), (1.271, "USD", None)]),
    ],
    "units": [
        ("unit", "The farm covers 1,200 hectares.", [(1200, "hectare", None)]),
        ("unit", "The battery stores 75 kWh.", [(75, "kilowatt_hour", None)]),
        ("unit", "The plant will produce 400,000 barrels a day.", [(4e5, "barrel_per_day", None)]),
        ("unit", "The film file is 4.7 GB.", [(4.7, "gigabyte", None)]),
        ("unit", "The elephant weighs about six tonnes.", [(6, "tonne", None)]),
        (
            "unit",
            "The country imports 3 billion cubic metres of gas a year.",
            [(3e9, "cubic_meter_per_year", None)],
        ),
        ("unit", "The dam generates 22,500 MW.", [(22500, "megawatt", None)]),
    ],
    # a second batch, also written before the run: longer sentences holding several quantities each, as real
    # news sentences do
    "long_sentences": [
        (
            "count",
            "The floods, the worst in 40 years, have killed at least 112 people and displaced more than 300,000 "
            "in the three provinces, officials said on Sunday.",
            [(40, "year", None), (112, None, None), (300000, None, None), (3, None, None)],
        ),
        (
            "unit",
            "Temperatures in the capital hit 44.6 degrees Celsius on Wednesday, 2 degrees above the previous record "
            "set in 1998.",
            [(44.6, "degree_celsius", None), (2, "degree", None)],
        ),
        (
            "count",
            "Venn finished with 28 points, eight rebounds and six assists as the Harriers won their fifth straight "
            "game, 104-97 over the Owls.",
            [(28, "point", None), (8, None, None), (6, None, None), (104, None, None), (97, None, None)],
        ),
        (
            "number",
            "With 98 percent of precincts reporting, Okafor had 51.2 percent of the vote against 47.9 percent for "
            "his rival, a margin of about 61,000 votes.",
            [(98, "percent", None), (51.2, "percent", None), (47.9, "percent", None), (61000, None, None)],
        ),
        (
            "currency",
            "The city will spend 1.2 billion euros ($1.3 billion) over five years to add 40 km of tram lines and "
            "200 electric buses.",
            [(1.2e9, "EUR", None), (1.3e9, "USD", None), (5, "year", None), (40, "kilometer", None), (200, None, None)],
        ),
        (
            "unit",
            "The 7.1-magnitude quake struck at a depth of 35 km about 60 miles southwest of the port, the "
            "geological survey said.",
            [(7.1, None, None), (35, "kilometer", None), (60, "mile", None)],
        ),
        (
            "sign",
            "Unemployment fell to 5.3% in October from 5.6% a month earlier, while wages grew 4.1% from a year ago.",
            [((5.3, 5.6), "percent", "down"), (4.1, "percent", "up")],  # a move shown as one range (quant10)
        ),
        (
            "count",
            "Rescuers pulled 23 survivors from the rubble of the six-storey building, but about 40 residents remain "
            "unaccounted for.",
            [(23, None, None), (6, None, None), (40, None, None)],
        ),
        (
            "unit",
            "The 68-year-old climber reached the 8,849-metre summit on his fourth attempt, becoming the oldest "
            "Norlander to do so.",
            [(68, "year", None), (8849, "meter", None)],
        ),
        (
            "currency",
            "A kilogram of tomatoes now sells for 120 rupees, up from 40 rupees a month ago, traders in the market "
            "said.",
            [(120, "INR", None), (40, "INR", None)],
        ),
        (
            "sign",
            "The vaccine cut hospital admissions by 85% among people aged 65 and over in a study of 1.4 million "
            "patients.",
            [(85, "percent", "down"), (65, "year", None), (1.4e6, None, None)],
        ),
        (
            "range",
            "Forecasters expect 15 to 20 named storms this season, of which 7 to 10 could become hurricanes with "
            "winds of at least 74 mph.",
            [((15, 20), None, None), ((7, 10), None, None), (74, "mile_per_hour", None)],
        ),
        (
            "count",
            "The airline carried 4.2 million passengers in July, 18% more than a year earlier, and flew 31,000 "
            "flights.",
            [(4.2e6, None, None), (18, "percent", "up"), (31000, None, None)],
        ),
        (
            "unit",
            "The wildfire has burned more than 120,000 acres (48,500 hectares) and was 35% contained by Friday "
            "evening.",
            [(120000, "acre", None), (48500, "hectare", None), (35, "percent", None)],
        ),
        (
            "currency",
            "Tickets for the final cost between 75 and 600 pounds, and all 90,000 seats sold out within two hours.",
            [((75, 600), "GBP", None), (90000, None, None), (2, "hour", None)],
        ),
        (
            "move",
            "The country's population rose to 8.9 million from 8.4 million a decade ago, the statistics office said.",
            [((8.4e6, 8.9e6), None, "up")],  # a move shown as one range (quant10)
        ),
        (
            "sign",
            "The tropical storm weakened to winds of 50 mph after making landfall, down from 85 mph on Tuesday.",
            [(50, "mile_per_hour", None), (85, "mile_per_hour", None)],
        ),
        (
            "count",
            "Police said 2,000 officers would be on duty for the march, which organisers expect to draw 100,000 "
            "people.",
            [(2000, None, None), (100000, None, None)],
        ),
        (
            "number",
            "About one in three children in the region is underweight, and nearly 12% of those under five suffer "
            "from acute malnutrition.",
            [(1, None, None), (3, None, None), (12, "percent", None), (5, "year", None)],
        ),
        (
            "unit",
            "The ferry, which can carry 1,200 passengers and 300 cars, travels at 27 knots on the 90-minute crossing.",
            [(1200, None, None), (300, None, None), (27, "knot", None), (90, "minute", None)],
        ),
    ],
    # a third batch, also written before the run: sentences, rates and units of other beats (crime, technology,
    # health, transport, energy, farming); "The two sides" was first expected as no count and changed after the
    # run to agree with "The two Norland banks" in news_rows_unseen7.py (counted as a failure in the unseen score)
    "third_batch": [
        (
            "unit",
            "Ravel was sentenced to 12 years in prison and fined $250,000.",
            [(12, "year", None), (250000, "USD", None)],
        ),
        (
            "unit",
            "The phone has a 6.7-inch screen, 256GB of storage and a 50-megapixel camera.",
            [(6.7, "inch", None), (256, "gigabyte", None), (50, "megapixel", None)],
        ),
        (
            "unit",
            "Infection rates reached 410 cases per 100,000 people last week.",
            [(410, "case_per_100000_person", None)],
        ),
        (
            "unit",
            "The apartment measures 1,150 square feet and rents for $3,400 a month.",
            [(1150, "square_foot", None), (3400, "USD_per_month", None)],
        ),
        (
            "unit",
            "Farmers harvested 3.2 tonnes per hectare, well below the usual 4 tonnes.",
            [(3.2, "tonne_per_hectare", None), (4, "tonne", None)],
        ),
        (
            "unit",
            "The satellite orbits at an altitude of 550 km and circles the planet every 95 minutes.",
            [(550, "kilometer", None), (95, "minute", None)],
        ),
        (
            "unit",
            "The wind farm's 84 turbines will generate 1.2 GW, enough for 1 million homes.",
            [(84, None, None), (1.2, "gigawatt", None), (1e6, None, None)],
        ),
        (
            "unit",
            "Sprinter Abel Mora clocked 9.86 seconds in the 100 metres final.",
            [(9.86, "second", None), (100, "meter", None)],
        ),
        (
            "count",
            "The prison holds 2,300 inmates, nearly twice its capacity of 1,200.",
            [(2300, None, None), (2, "times", None), (1200, None, None)],
        ),
        ("currency", "The ministry set aside Rs 3,500 crore for flood relief in the state.", [(3.5e10, "INR", None)]),
        (
            "currency",
            "Commuters now pay 2.80 francs for a single ride, 20 centimes more than last year.",
            [(2.8, "CHF", None), (20, "centime", "up")],
        ),
        ("sign", "The lira has lost 44% of its value against the dollar this year.", [(44, "percent", "down")]),
        (
            "unit",
            "Average blood sugar fell from 180 mg/dL to 130 mg/dL during the trial.",
            [((130, 180), "milligram_per_deciliter", "down")],  # a move shown as one range (quant10)
        ),
        (
            "count",
            "A total of 1,346 candidates are competing for 225 seats in parliament.",
            [(1346, None, None), (225, None, None)],
        ),
        (
            "unit",
            "The glacier has retreated 1.5 km since 1950 and thins by about a metre a year.",
            [(1.5, "kilometer", None), (1, "meter_per_year", None)],
        ),
        (
            "number",
            "Women hold just 28.5 per cent of board seats, up from 19 per cent five years ago.",
            [(28.5, "percent", None), (19, "percent", None), (5, "year", None)],
        ),
        (
            "unit",
            "The bridge will carry 60,000 vehicles a day across the 2.3-mile channel.",
            [(60000, "vehicle_per_day", None), (2.3, "mile", None)],
        ),
        ("count", "Twelve-year-old Mia Tull became the youngest player ever to qualify.", [(12, "year", None)]),
        (
            "range",
            "The new law raises the fine for speeding to between 200 and 1,000 euros.",
            [((200, 1000), "EUR", None)],
        ),
        (
            "unit",
            "Snowfall totals of 2 feet were reported in the mountains, with drifts up to 6 feet.",
            [(2, "foot", None), (6, "foot", None)],
        ),
        (
            "count",
            "The two sides exchanged 1,100 prisoners in the largest swap since the war began.",
            [(2, None, None), (1100, None, None)],
        ),
        ("unit", "The aircraft can fly 8,000 nautical miles without refuelling.", [(8000, "nautical_mile", None)]),
        (
            "sign",
            "Attendance at the museum has tripled over the past decade to 2.1 million visitors a year.",
            [(3, "times", "up"), (2.1e6, "visitor_per_year", None)],
        ),
        (
            "number",
            "The measure needs the support of three-fifths of the Senate, or 60 votes.",
            [(0.6, None, None), (60, None, None)],
        ),
        (
            "unit",
            "Doctors recommend at least 150 minutes of moderate exercise a week.",
            [(150, "minute_per_week", None)],
        ),
    ],
}

ROWS = [row for rows in TOPICS.values() for row in rows]

# Rows written for a rule after the run, so not part of the unseen score.
RULE_ROWS = [
    # a capital C glued to a number is degrees Celsius ("-12C", "1.3C", "25-30C"; in this set five times, in the
    # table's xfails four times, in the shared temperature dataset "Now its -10C"); a glued F only where the text
    # also gives Celsius ("38C (100F)"), since "13F filing" and "777F" are names
    ("unit", "Frost is likely, with lows of -4C in Kellsby.", [(-4, "degree_celsius", None)]),
    ("unit", "The pool at Marrow Spa is kept at 29C all year.", [(29, "degree_celsius", None)]),
    (
        "unit",
        "Highs of 41C (106F) baked the Tarsk plain.",
        [(41, "degree_celsius", None), (106, "degree_fahrenheit", None)],
    ),
    ("range", "Daytime highs of 18-22C suit the Velmar vines.", [((18, 22), "degree_celsius", None)]),
    ("unit", "Highs near 101F are forecast for Kellan on Friday.", [(101, "degree_fahrenheit", None)]),
    ("unit", "The mercury in Velmar topped 97F at noon.", [(97, "degree_fahrenheit", None)]),
    # a spaced C or F, and "below zero" after a bare number, are temperatures where a temperature word stands near
    # (`temperature_words`; two old xfails of news_rows_unseen6.py: "dip to 28 F", "fell to 12 below zero")
    ("unit", "Overnight lows near 25 F are forecast for Kellan.", [(25, "degree_fahrenheit", None)]),
    ("unit", "The Tarsk weather office expects highs of 33 C on Monday.", [(33, "degree_celsius", None)]),
    ("unit", "Temperatures in Velmar sank to 20 below zero.", [(-20, "degree", None)]),
    ("unit", "The wind chill in Ostra made it feel like 30 below zero.", [(-30, "degree", None)]),
    ("negative", "Kessel sold its Class 3 C shares.", []),
    ("negative", "Ostrom filed its 13F report late.", []),
    ("negative", "The Arlen 747F cargo jet hit a record high.", []),
    ("negative", "Shares of 4C Kessel Systems rose.", []),
    # a tally after any verb of winning or passing is a score or a vote (seen in the Reuters stories: "passed
    # the bill by a vote of 71-26", "voted 11-8"; here "routed ... 121-98", "cleared the chamber 68-31");
    # lexicon score_verbs
    ("count", "Dunmore thrashed the Kellan Owls 6-0 on Sunday.", [(6, None, None), (0, None, None)]),
    ("count", "The upper house ratified the pact 71-19.", [(71, None, None), (19, None, None)]),
    ("count", "Brisca downed Halloway 27-13 in the final.", [(27, None, None), (13, None, None)]),
    ("range", "Its margin topped 5-7 percent in Velmar.", [((5, 7), "percent", None)]),
    # points of a score, a poll lead or a reading's step, after or before a cue (lexicon point_cues): "leads by
    # 6 points", "34 points from <name>", "an improvement of 4 points"; not the points of an argument
    ("unit", "Senator Orla Venn trails by 4 points in the Marsh poll.", [(4, "point", None)]),
    ("unit", "Kessel's guard scored 41 points against Dunmore.", [(41, "point", None)]),
    ("unit", "The Vell Party is now 7 points ahead of its rival.", [(7, "point", None)]),
    ("count", "The minister made three points in her reply to Ostra.", [(3, None, None)]),
    # a bare number after a noun for people is their age (lexicon person_nouns): "the teenager, 16,", "a woman
    # of 102", "pensioners over 80", "children under five"; "aged between 18 and 24" is a range of ages
    ("unit", "The driver, 34, was arrested near Tarsk.", [(34, "year", None)]),
    ("unit", "Kessel's bus pass is free for women over 60.", [(60, "year", None)]),
    ("unit", "The shelter in Ostra takes in kids under 12.", [(12, "year", None)]),
    ("unit", "Brisca's oldest resident is a man of 104.", [(104, "year", None)]),
    ("range", "Buyers aged between 30 and 45 favour the Velmar sedan.", [((30, 45), "year", None)]),
    ("count", "Over 300 people attended the Dunmore rally.", [(300, None, None)]),
    ("unit", "The Ostra clinic treats those under 16 for free.", [(16, "year", None)]),
    ("unit", "Anyone over 70 must renew the Kessel licence yearly.", [(70, "year", None)]),
    ("count", "Those over there in Velmar waited 3 hours.", [(3, "hour", None)]),
    # a player's line of statistics ("28 points, eight rebounds and six assists") gives points in `point`; a tally
    # after a comma that closes the words after a winning verb is a score
    (
        "count",
        "Orla Brisk had 19 points, 11 rebounds and 4 steals for Kellan.",
        [(19, "point", None), (11, None, None), (4, None, None)],
    ),
    (
        "count",
        "Dunmore won the derby at home, 3-2, on Sunday.",
        [(3, None, None), (2, None, None)],
    ),
    (
        "count",
        "Tarsk beat the Velmar Stags again, 88-79.",
        [
            (88, None, None),
            (79, None, None),
        ],
    ),
    ("count", "Kessel Rovers won the cup, and 10-12 fans were hurt.", [((10, 12), None, None)]),
    ("count", "Kessel, a father of 4, was released on bail.", [(4, None, None)]),
    # a bare "Half of" before a plural noun without a determiner is a share, as "half of the staff" is (seen in
    # the Reuters stories: "nearly half of firms"); not "the second half of games"
    ("number", "Half of shoppers in Ostra pay by card.", [(0.5, None, None)]),
    ("number", "Kessel says half of borrowers have fixed rates.", [(0.5, None, None)]),
    ("number", "Half of Velmar's stores opened late.", [(0.5, None, None)]),
    ("negative", "Tarsk scored in the second half of games.", []),
    ("count", "The victim was a mother of two from Ostra.", [(2, None, None)]),
    # "by an average of", "by a total of", "by an estimated" between a change verb and its amount keep the verb's
    # direction (seen in the Reuters stories: "cut farm costs by an average of 35 percent", "lower
    # as well by an average of $4 million"); lexicon amount_lead_phrases
    ("sign", "Fares on the Ostra line rose by an average of 3.2 percent.", [(3.2, "percent", "up")]),
    ("sign", "Kellan cut its prices by an average of $40.", [(40, "USD", "down")]),
    ("sign", "Bus fares at Brisca fell by an estimated 6 percent.", [(6, "percent", "down")]),
    ("sign", "Dunmore raised wages by a total of 7 percent over two years.", [(7, "percent", "up"), (2, "year", None)]),
    # "league" alone is a competition, not the old unit of length ("23 league games"); "leagues" stays a unit
    ("count", "Tarsk have lost only 3 league matches since May.", [(3, None, None)]),
    ("count", "The Velmar coach has won 5 league titles.", [(5, None, None)]),
    ("count", "Kessel United sit 9 league places above Dunmore.", [(9, None, None)]),
]

ROWS += RULE_ROWS
