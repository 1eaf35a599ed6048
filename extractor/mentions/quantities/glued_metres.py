"""A figure glued to "m" without a currency is metres in the shapes of a length or a race, not millions: "a
30m-high wave", "the 400m hurdles", "a 40m crater", "2m of snow" (lexicons `size_adjectives`, `metre_races`,
`metre_heights`, `precipitation_nouns`). Business copy writes "5m" for millions ("2.5m shares", "5m euros");
general news writes it for metres in these shapes. The older reading ("8m tall" with a dimension word in the
sentence) stays in `units`."""

from __future__ import annotations

import re
from functools import cache

from extractor.mentions.quantities.lexicon import stem_alternation

# the clause ends, or the race's time follows ("won the 100m in 9.8 seconds")
_CLAUSE_END = re.compile(
    r"\s*(?:[.,;:)!?]|$)|\s+in\s+(?:\d+:\d|\d+(?:\.\d+)?\s*(?:seconds?|secs?|s|minutes?|mins?)\b)", re.IGNORECASE
)


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    sizes = stem_alternation("size_adjectives")
    races, heights = stem_alternation("metre_races"), stem_alternation("metre_heights")
    weather = stem_alternation("precipitation_nouns")
    return (
        re.compile(r"-(?:" + sizes + r")\b", re.IGNORECASE),
        re.compile(r"\s+(?:" + races + r")\b", re.IGNORECASE),
        # a height's noun, unless "of" follows it: "a 5m wave of orders" is a count
        re.compile(r"\s+(?:" + heights + r")\b(?!\s+of\b)", re.IGNORECASE),
        re.compile(r"\s+of\s+(?:[a-z]+[\s,]+){0,2}?(?:" + weather + r")\b", re.IGNORECASE),
        re.compile(r"\b(?:" + stem_alternation("race_verbs") + r")\s+the\s+$", re.IGNORECASE),
    )


def glued_metres(text: str, start: int, at: int, amount: float) -> bool:
    """The "m" ending at `at` (glued to its figure, which opens at `start`) opens a length's or a race's shape; a
    race is run over at least 50 metres in whole tens ("the 60m", "the 110m hurdles"), so "a 5m final dividend"
    stays millions; a race verb, "the" and a race distance that ends its clause is the race ("won the 10,000m.",
    lexicon `race_verbs`)."""
    sized, race, height, weather, raced = _patterns()
    ended = raced.search(text, max(0, start - 24), start) and _CLAUSE_END.match(text, at)
    if race.match(text, at) or ended:
        return amount >= 50 and amount % 10 == 0
    return any(pattern.match(text, at) for pattern in (sized, height, weather))
