"""A duration counted from the story's own time: "over the next five years", "in the past two months", "for the last
2-1/2 years".

The periods layer reads such a phrase as a period (`period_phrases`), so the facts never take its number as an amount.
`extract quantities` still shows the number of time units as a quantity of time, as it shows "over five years" and
"for two years": a news reader counts "five years" whichever word opens the phrase. Words that name a stretch of a
calendar or a report (lexicon `calendar_stretch_openers`: "the first nine months", "the final three months") keep the
number a period only (`filters.PERIOD_PHRASE`), and so do the openers before the calendar whole the units belong to
("the last three months of 2011").
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import alternation, month_pattern, time_units


@cache
def _opener_before() -> re.Pattern[str]:
    """An opener of lexicon `relative_duration_openers` right before the number ("over the next five years"); the
    caller has already matched a period phrase (`filters.PERIOD_PHRASE`), whose "the" is optional ("Next 12 months:
    ..." is counted from now too)."""
    openers = "|".join(sorted(words("relative_duration_openers")))
    return re.compile(r"\b(?:" + openers + r")\s+$", re.IGNORECASE)


@cache
def _of_calendar_whole() -> re.Pattern[str]:
    """ "of 2011", "of March", "of the year", "of the third quarter", "of fiscal 2024": right after the time units,
    the calendar whole whose end or start the phrase names."""
    whole = r"(?:" + month_pattern() + r"|(?:1[5-9]|20)\d\d|" + alternation(time_units()) + r")"
    return re.compile(r"\s+of\s+(?:(?:the|this|that|its|their)\s+)?(?:[\w-]+\s+)?" + whole + r"\b", re.IGNORECASE)


def counted_from_now(before: str, text: str, end: int) -> bool:
    """The text before a number of calendar units ends with a word that counts the span from the story's time, so
    the number is a duration shown by `extract quantities` (not read by the facts). Not when the units are followed
    by the calendar whole they belong to (`text` from `end`): "the last three months of 2011" is a stretch of that
    year, as "the final three months of 2011" is."""
    return _opener_before().search(before) is not None and _of_calendar_whole().match(text, end) is None


def is_shown_duration(extras: dict) -> bool:
    """A duration counted from now that only `extract quantities` shows ("in the past two months"): it stands aside
    when the figures around it are read together, as before it was shown ("fell 3% in the past two months and 1.5%
    in June" carries the fall to 1.5%; "from $2 million over the past two years to $5 million" is one move)."""
    return bool(extras.get("shown_only")) and extras.get("dimension") == "time"
