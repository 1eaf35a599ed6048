"""A duration of one unit written with an article: "for a decade", "for more than a year", "within a week",
"in under an hour".

Not a date: "a year ago", "a year earlier", "a week later" date a figure, and "$15 a month" is a rate (its
article follows an amount, never one of the openers below).
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import time_units
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import gated_finditer, lowered_text, with_first_characters

# a bound or approximation cue may stand between the opener and the article; `cues.set_cues` reads it
_CUE = r"(?:(?:more\s+than|less\s+than|over|under|nearly|almost|about|roughly|around|just|only|barely)\s+)?"
_IN_BOUND = r"(?:more\s+than|less\s+than|over|under|just\s+over|just\s+under)\s+"
# what makes the unit a date or a vaguer span: "a year ago", "a week later", "for a year or two"
_DATING_AFTER = r"(?!\s+(?:ago|earlier|before|later|after|on|from|or|to)\b)"


@cache
def _article_duration() -> re.Pattern[str]:
    openers = "|".join(sorted(words("duration_openers")))
    # not "quarter" ("accounts for a quarter of sales" is a share) nor "second" ("for a second day" is an ordinal)
    names = {name for surface, name in time_units().items() if surface == name}
    units = "|".join(sorted(names - {"quarter", "second"}))
    # "in" only with a bound: "sold out in under an hour", "in less than a month"; "rose to 3.1m in a year" dates
    opening = r"\b(?:(?:" + openers + r")\s+" + _CUE + r"|in\s+" + _IN_BOUND + r")"
    pattern = re.compile(opening + r"(an?)\s+(" + units + r")(?![\w-])" + _DATING_AFTER, re.IGNORECASE)
    return with_first_characters(pattern)  # a whole-story scan: tried only at its openers' first letters


def article_durations(text: str) -> list[Reading]:
    """One time unit after a duration opener ("for a decade"): 1 of that unit, a quantity of time."""
    found = []
    for m in gated_finditer(_article_duration(), text, lowered_text(text)):
        unit = time_units()[m.group(2).lower()]
        found.append(Reading(m.start(1), m.end(2), 1.0, unit, "physical", True, True, base=1.0))
    return found
