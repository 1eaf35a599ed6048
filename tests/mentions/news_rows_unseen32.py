"""More rows of the news quantity table (issue 11), written by helper "quant32": a bare "point(s)" that shortens a
"percentage point(s)" written earlier in the sentence. Conventions: see `tests/mentions/news_table.py`. The
sentences, names and figures below were written for this table.
"""

from __future__ import annotations

# the short form of a step of a rate is that step (`elided_points.is_elided_percentage_point`)
ELIDED_POINTS = [
    (
        "unit",
        "The Varne bond spread widened 1.2 percentage points before narrowing back to 0.9 points.",
        [(1.2, "percentage_point", "up"), (0.9, "percentage_point", None)],
    ),
    (
        "unit",
        "Trade knocked 0.4 percentage point off Kell's growth, against forecasts that it would shave 0.2 point.",
        [(0.4, "percentage_point", "down"), (0.2, "percentage_point", "down")],
    ),
    (
        "unit",
        "The Orlen jobless rate rose half a percentage point, and the youth rate climbed 1.5 points.",
        [(0.5, "percentage_point", "up"), (1.5, "percentage_point", "up")],
    ),
    (
        "unit",
        "Dunmere's margin improved by 2 percent points in the year, though it slipped 0.3 point in May.",
        [(2, "percentage_point", "up"), (0.3, "percentage_point", "down")],
    ),
    (
        "unit",
        "Brenna's poll lead grew 3 percentage points to 11 points over the summer.",
        [(3, "percentage_point", "up"), (11, "percentage_point", None)],
    ),
    # guards: index points in a clause of their own, points written before the full unit, another sentence
    (
        "unit",
        "The Tessby yield rose 0.5 percentage point and the Varne index fell 3 points.",
        [(0.5, "percentage_point", "up"), (3, "point", "down")],
    ),
    (
        "unit",
        "Kell's 10-year yield rose 0.1 percentage point; stocks lost 2 points.",
        [(10, "year", None), (0.1, "percentage_point", "up"), (2, "point", "down")],
    ),
    (
        "unit",
        "The Orlen gauge jumped 12 points after rates rose 0.25 percentage point.",
        [(12, "point", "up"), (0.25, "percentage_point", "up")],
    ),
    (
        "unit",
        "Its share rose 2 percentage points last year. The Dunmere composite lost 40 points on Friday.",
        [(2, "percentage_point", "up"), (40, "point", "down")],
    ),
    (
        "unit",
        "The Brenna average dropped 250 points as yields climbed 0.3 percentage point and then 0.1 more.",
        [(250, "point", "down"), (0.3, "percentage_point", "up"), (0.1, None, None)],
    ),
]

ROWS = [*ELIDED_POINTS]
