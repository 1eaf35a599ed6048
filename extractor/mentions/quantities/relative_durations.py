"""A duration counted from the story's own time: "over the next five years", "in the past two months", "for the last
2-1/2 years".

The periods layer reads such a phrase as a period (`period_phrases`), so the facts never take its number as an amount.
`extract quantities` still shows the number of time units as a quantity of time, as it shows "over five years" and
"for two years": a news reader counts "five years" whichever word opens the phrase. Words that name a stretch of a
calendar or a report ("the first nine months", "the final three months", "the same three months") keep the number a
period only (`filters.PERIOD_PHRASE`).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words


@cache
def _opener_before() -> re.Pattern[str]:
    """An opener of lexicon `relative_duration_openers` right before the number ("over the next five years"); the
    caller has already matched the opener with its "the" (`filters.PERIOD_PHRASE`)."""
    openers = "|".join(sorted(words("relative_duration_openers")))
    return re.compile(r"\b(?:" + openers + r")\s+$", re.IGNORECASE)


def counted_from_now(before: str) -> bool:
    """The text before a number of calendar units ends with a word that counts the span from the story's time, so
    the number is a duration shown by `extract quantities` (not read by the facts)."""
    return _opener_before().search(before) is not None
