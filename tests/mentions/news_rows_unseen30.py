"""More rows of the news quantity table (issue 11), written by helper "quant30" for general-news forms (weather,
disasters, crime, money poured or lost) that the business stories write only now and then. Conventions: see
`tests/mentions/news_table.py`. The sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# a plural round number ("thousands", "hundreds", "millions", "billions", "dozens") is a vague magnitude before any
# lower-case word, not only before "of", "in", "were" or a past verb: "left thousands homeless", "drove hundreds from
# their homes", "sank billions into"; shown by `extract quantities` only (`mentions._plural_rounds`)
VAGUE_OBJECTS = [
    ("range", "The floods left thousands homeless across the Kell delta.", [((1e3, 1e4), None, None)]),
    ("range", "Rising water drove hundreds from their homes in Orlen.", [((100, 1000), None, None)]),
    (
        "range",
        "The ice storm knocked out power to millions across three states.",
        [((1e6, 1e7), None, None), (3, None, None)],
    ),
    ("range", "Backers sank billions into the failed Tessby venture.", [((1e9, 1e10), None, None)]),
    ("range", "The heatwave sent dozens to hospital in Varne.", [((12, 120), None, None)]),
    ("range", "Dunmere spends billions every year on its roads.", [((1e9, 1e10), None, None)]),
    ("range", "The charity handed out thousands to flood victims.", [((1e3, 1e4), None, None)]),
    ("range", "A gas leak forced hundreds to leave the Kell estate.", [((100, 1000), None, None)]),
    # guards: forms read before keep their rows; a capitalised word after the plural is a name; "millions upon
    # millions" is one magnitude; "tens" alone is no magnitude
    ("range", "Thousands were stranded at Orlen airport.", [((1e3, 1e4), None, None)]),
    ("range", "The fraud cost pensioners millions, police said.", [((1e6, 1e7), None, None)]),
    ("negative", "The Millions Fund backed the Tessby start-up.", []),
    ("range", "The reform will cost the Varne treasury millions upon millions.", [((1e6, 1e7), None, None)]),
    ("number", "Dunmere pupils group beads in tens before they count to 100.", [(100, None, None)]),
]

ROWS = [*VAGUE_OBJECTS]
