"""Ages and temperatures told by their decade: "a man in his 50s", "people in their early 20s" (years of age), "highs
in the mid-80s", "temperatures in the low 30s" (degrees, when a word of lexicon `temperature_words` stands in the
sentence). Shown by `extract quantities` only, as the whole decade (50 to 59: "early", "mid" and "late" keep the
span, as "mid-single-digit" does in `digit_magnitudes`); the facts read no amount this vague. "the 90s" with no
temperature word is a decade of a century and is not read."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.reading import Reading

_QUALIFIER = r"(?:(?:early|mid|late|low|high|upper|lower)(?:\s+|-))?"
# "in his 50s", "in their mid-70s": a person's age
_AGE = re.compile(r"\b(?:his|her|their)\s+(?P<span>" + _QUALIFIER + r"(?P<decade>[1-9]0)['’]?s)\b", re.IGNORECASE)
# "in the mid-80s", "into the upper 90s": a reading of the thermometer when the sentence speaks of one
_TEMPERATURE = re.compile(r"\bthe\s+(?P<span>" + _QUALIFIER + r"(?P<decade>[1-9]0)s)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def decades(text: str) -> list[Reading]:
    """ "in his 50s" -> 50 to 59 years; "highs in the mid-80s" -> 80 to 89 degrees."""
    found = [_decade(m, "year") for m in _AGE.finditer(text)]
    for m in _TEMPERATURE.finditer(text):
        if _temperature_word().search(_sentence_around(text, m.start(), m.end())):
            found.append(_decade(m, "degree"))
    return found


def _decade(m: re.Match[str], unit: str) -> Reading:
    low = float(m.group("decade"))
    r = Reading(
        m.start("span"),
        m.end("span"),
        low,
        unit=unit,
        kind="physical",
        written=True,
        approximate=True,
        vague_high=low + 9,
    )
    r.bound, r.explicit, r.shown_only = ">=", True, True
    return r


@cache
def _temperature_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(words("temperature_words"))) + r")\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The sentence holding text[start:end]: from the last sentence end before it to the first after it."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text, 0, start)]
    after = _SENTENCE_END.search(text, end)
    return text[ends[-1] if ends else 0 : after.start() if after else len(text)]
