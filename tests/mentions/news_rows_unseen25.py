"""More rows of the news quantity table (issue 11), written by helper "quant25" for the error classes found in
`extract quantities` output on the 765 allowed Reuters stories (7,249 sentences with a figure or a number word).
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a written count before a name is read when the plural noun it counts follows the name, also after one or two
# lower-case modifiers ("four Varne embassy workers"); and a lower-case written count before a capitalised plural
# ("eight Tesslanders", "two Democrats") followed by a lower-case word or a clause end counts it (11 allowed Reuters
# stories miss such a count, 9 of them in these shapes); shown only, the facts read none of them
# (`quantities/filters.named_count_shown`)
NAMED_COUNTS = [
    ("count", "The blast killed four Varne embassy workers on Monday.", [(4, None, None)]),
    ("count", "A board of five Tessby county officials signed the order.", [(5, None, None)]),
    ("count", "The feud pits two Kessland shipping heirs against each other.", [(2, None, None)]),
    ("count", "Bailouts of two Tessby-based mutual lenders cost the state dearly.", [(2, None, None)]),
    ("count", "Talks collapsed after five Dunmere union leaders walked out.", [(5, None, None)]),
    ("count", "Police detained eight Orlanders at the border crossing.", [(8, None, None)]),
    ("count", "The bill won support from three Republicans and one independent.", [(3, None, None)]),
    ("count", "In a letter, nine Senators urged the regulator to act.", [(9, None, None)]),
    ("count", "The coach dropped two Brazilians, citing fatigue.", [(2, None, None)]),
    ("count", "Scientists found six Neanderthals buried in the Kell cave.", [(6, None, None)]),
    # guards: a capitalised number opens a firm's or a place's name; a plural name right after a number; a
    # capitalised word that is no plural; "is"/"has" after the name are verbs, not the counted noun; "one" and a
    # label stay as they were
    ("negative", "Seven Hills posted a loss on Tuesday.", []),
    ("negative", "Six Oaks Capital bought the Kell mill.", []),
    ("negative", "The band Three Rivers played on Friday.", []),
    ("negative", "Reporting by Lena ten Brink in Orlen and Jo Marr in Kell.", []),
    ("negative", "The Group of Seven finance ministers meet in Orlen.", []),
    ("number", "Orrin is the number two Tessby brewer.", []),
    ("negative", "Analysts said two Varne Holdings is a hard sell.", []),
    ("count", "Only one Orlen bank reported a loss.", []),
    ("count", "The three Kessland automakers cut output.", [(3, None, None)]),
    # a lower-case number word between two capitalised words is a particle of a person's name, not a count
    # (`quantities/filters._name_particle`); a weekday or month before the number is no name
    ("negative", "The mill was bought by Saar ten Velds in 1998.", []),
    ("negative", "Joost ten Kates will chair the Orlen board.", []),
    ("negative", "Critics of Mara ten Dorps say the plan is late.", []),
    ("count", "On Friday nine Orlanders crossed the border.", [(9, None, None)]),
    ("count", "Since April six Kesslanders have quit the club.", [(6, None, None)]),
]

# a magnitude told by its count of digits is a vague range, shown only (the facts read nothing from it): single 1-9,
# double 10-99, triple 100-999 (lexicon `digit_count_words`), "low"/"mid"/"high" before it keeping the whole span;
# a percent when a rate noun follows within two words (`digit_percent_nouns`) or after "by" ("fell by double
# digits"), and then the size of a move; 14 allowed Reuters stories write one (`quantities/digit_magnitudes.py`)
DIGIT_MAGNITUDES = [
    ("range", "Tessby expects double-digit percentage growth in orders next year.", [((10, 99), "percent", "up")]),
    ("range", "Orlen's exports fell by double digits in the spring.", [((10, 99), "percent", "down")]),
    ("range", "Kell Foods wants double-digit returns on its new plants.", [((10, 99), "percent", None)]),
    ("range", "Varne's jobless rate has stayed in double digits since 2024.", [((10, 99), None, None)]),
    ("range", "Dunmere posted triple-digit gains in the first weeks of trading.", [((100, 999), "percent", "up")]),
    ("range", "Orrin's rents rose at a mid-single-digit rate last year.", [((1, 9), "percent", "up")]),
    ("range", "Price growth in Kessland slowed to single digits by June.", [((1, 9), None, None)]),
    ("range", "Analysts see high single-digit sales growth for the Tessby chain.", [((1, 9), "percent", "up")]),
    # guards: a recession shape, a rating, a count of digits, a count of billions (not read), a real two-digit figure
    ("negative", "Economists warn of a double-dip slump in Varne.", []),
    ("negative", "Orlen Bank keeps its double-A rating.", []),
    ("count", "Enter the last four digits of the Kell card.", [(4, None, None)]),
    ("negative", "Kell Re sees a single-digit billion-pound hit from the storm.", []),
    ("sign", "Orrin's sales rose 12 percent, a double-digit pace.", [(12, "percent", "up"), ((10, 99), None, None)]),
    # "by double digits" is a percent only after a move verb (also with an object between); a score is no percent,
    # and "margin" is no percent noun (a winning margin)
    ("range", "Kell cut its costs by double digits last year.", [((10, 99), "percent", "down")]),
    ("range", "Tessby raised fares by mid-single digits.", [((1, 9), "percent", "up")]),
    ("range", "The Orlen side won by double digits for a third week.", [((10, 99), None, None)]),
    ("range", "Varne beat the Kell Hawks by double digits on Sunday.", [((10, 99), None, None)]),
    ("range", "Dunmere lost the final by double digits.", [((10, 99), None, None)]),
    ("range", "The Orrin striker sealed a double-digit margin of victory.", [((10, 99), None, None)]),
    ("range", "Tessby kept double-digit margins over every rival.", [((10, 99), None, None)]),
    # a plural scale word after the digits is a count of that scale too: no digit range beside the scale's own
    ("range", "Tessby booked double-digit billions in write-downs.", [((1e9, 1e10), None, None)]),
    ("negative", "The Orlen fund has lost triple-digit millions since May.", []),
    ("range", "Kell's chain now draws double-digit thousands of shoppers.", [((1e3, 1e4), None, None)]),
    ("negative", "Varne Re sees a single-digit millions hit from the floods.", []),
]

ROWS = [*NAMED_COUNTS, *DIGIT_MAGNITUDES]
