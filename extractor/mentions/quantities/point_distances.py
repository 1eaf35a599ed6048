"""Index points as a distance between two levels: "closed 180 points below its March record", "sat 62 points short
of the 9,000 mark". The points tell how far one level lies from another, so they are the unit of the figure even
with no move or score word near it (lexicon `point_distance_words`). A writer may set an aside between the points
and the distance ("120 points -- roughly 2 percent -- below its peak"), and a distance ending in "from" or "of"
may name the other level by the act of reaching it ("30 points away from hitting a fresh high")."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words

# the other level is named with a determiner or a possessive ("its", "the", "Brell's"); "3 points above water" or
# "12 points from the board" place nothing. A gerund right after "above" or "below" is not taken: the words ending
# in -ing there are as often "during" or "morning" as a verb naming a level
_OTHER_LEVEL = r"(?:its|the|a|an|their|this|that|last|(?-i:[A-Z])[\w.&-]*['’]s)\b"
# after a distance that ends in a preposition ("away from", "short of") a lower-case -ing word is the gerund of
# reaching the other level ("away from hitting", "short of retaking"); "during" and "morning" never follow there
_REACHING = r"(?-i:[a-z]+ing)\b"
# an aside between dashes or in brackets, inside the sentence: "120 points -- roughly 2 percent -- below"
# (a full stop only inside a decimal: "(0.6 percent)")
_ASIDE_WORDS = r"(?:[^.;:!?()—-]|\.(?=\d))"
_ASIDE = r"(?:\s+(?:-{1,2}|—)\s+" + _ASIDE_WORDS + r"{1,60}?\s+(?:-{1,2}|—)|\s+\(" + _ASIDE_WORDS + r"{1,60}\))?"


def _alternation(entries: list[str]) -> str:
    return "|".join(w.replace(" ", r"\s+") for w in sorted(entries, key=len, reverse=True))


@cache
def _distance_after() -> re.Pattern[str]:
    distances = words("point_distance_words")
    prepositional = [w for w in distances if w.rsplit(" ", 1)[-1] in ("from", "of")]
    return re.compile(
        _ASIDE
        + r"\s+(?:(?:"
        + _alternation(list(distances))
        + r")\s+"
        + _OTHER_LEVEL
        + r"|(?:"
        + _alternation(prepositional)
        + r")\s+"
        + _REACHING
        + r")",
        re.IGNORECASE,
    )


def is_point_distance(text: str, points_end: int) -> bool:
    """The words after "N points" (ending at `points_end`) place one level against another."""
    return _distance_after().match(text, points_end) is not None
