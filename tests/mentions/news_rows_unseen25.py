"""More rows of the news quantity table (issue 11), written by helper "quant25" for the error classes found in
`extract quantities` output on the 765 allowed Reuters stories (7,249 sentences with a figure or a number word).
Conventions: see `tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a written count before a name is read when the plural noun it counts follows the name, also after one or two
# lower-case modifiers ("four Varne embassy workers"); and a lower-case written count before a capitalised plural
# ("eight Tesslanders", "two Democrats") followed by a lower-case word or a clause end counts it (11 allowed Reuters
# stories miss such a count, 9 of them in these shapes; `quantities/filters.written_count_ok`)
NAMED_COUNTS = [
    ("count", "The blast killed four Varne embassy workers on Monday.", [(4, None, None)]),
    ("count", "A panel of three Orlen federal judges upheld the ruling.", [(3, None, None)]),
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
]

ROWS = [*NAMED_COUNTS]
