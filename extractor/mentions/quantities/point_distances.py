"""Index points as a distance between two levels: "49 points above its low", "120 points short of the record",
"less than 50 points away from its first gain". The points measure how far a level stands from another one, so
they are the unit of the figure even with no move or score word near it (lexicon `point_distance_words`)."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words

# what the distance is taken from: a determiner or possessive naming the other level, or a gerund ("away from
# registering"); "three points above water" or "two points from the speech" are not levels of a reading
_OTHER_LEVEL = r"(?:(?:its|the|a|an|their|this|that|last|(?-i:[A-Z])[\w.&-]*['’]s)\b|\w+ing\b)"


@cache
def _distance_after() -> re.Pattern[str]:
    alternatives = sorted((w.replace(" ", r"\s+") for w in words("point_distance_words")), key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(alternatives) + r")\s+" + _OTHER_LEVEL, re.IGNORECASE)


def is_point_distance(text: str, points_end: int) -> bool:
    """The words after "N points" (ending at `points_end`) place one level against another."""
    return _distance_after().match(text, points_end) is not None
