"""Index points as a distance between two levels: "closed 180 points below its March record", "sat 62 points short
of the 9,000 mark". The points tell how far one level lies from another, so they are the unit of the figure even
with no move or score word near it (lexicon `point_distance_words`)."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words

# the other level is named with a determiner or a possessive ("its", "the", "Brell's"); "3 points above water" or
# "12 points from the board" place nothing. A gerund ("away from reaching") is not taken: the words ending in -ing
# right after these ones are as often "during" or "morning" as a verb naming a level
_OTHER_LEVEL = r"(?:its|the|a|an|their|this|that|last|(?-i:[A-Z])[\w.&-]*['’]s)\b"


@cache
def _distance_after() -> re.Pattern[str]:
    alternatives = sorted((w.replace(" ", r"\s+") for w in words("point_distance_words")), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(alternatives) + r")\s+" + _OTHER_LEVEL, re.IGNORECASE)


def is_point_distance(text: str, points_end: int) -> bool:
    """The words after "N points" (ending at `points_end`) place one level against another."""
    return _distance_after().match(text, points_end) is not None
