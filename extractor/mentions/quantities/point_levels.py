"""Index points as the level an index closed, opened or stood at: "the gauge finished under 4,000 points", "the gauge
stood at 3,210 points". A verb that places the index for a session or a moment (lexicon `index_level_verbs`) and a
preposition of place (`index_level_prepositions`) right before the figure make its points an index level, as
"ended down 0.8% at 2,310.45 points" is one after a move; the points of an argument or a list ("the memo lists 12
points") have no such verb before them."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import alternation, hedge_pattern


@cache
def _level_before() -> re.Pattern[str]:
    """The verb, at most two words ("the day", "just"), the preposition and a hedge, ending right at the figure."""
    verbs, prepositions = alternation(words("index_level_verbs")), alternation(words("index_level_prepositions"))
    hedge = hedge_pattern("round", "near")
    return re.compile(r"\b(?:" + verbs + r")\s+(?:[a-z]+\s+){0,2}?(?:" + prepositions + r")\s+" + hedge + "$", re.I)


def is_point_level(text: str, figure_start: int) -> bool:
    """The words before the figure starting at `figure_start` place an index at it: "closed below ", "stood at "."""
    return _level_before().search(text[max(0, figure_start - 60) : figure_start]) is not None
