"""Ages and temperatures told by their decade: "a man in his 50s", "people in their early 20s" (years of age),
"temperatures in the mid-80s", "the mercury rose into the low 30s" (degrees). Shown by `extract quantities` only, as
the whole decade (50 to 59: "early", "mid" and "late" keep the span, as "mid-single-digit" does in
`digit_magnitudes`); the facts read no amount this vague. "the 90s" with no temperature noun before it in its clause
is a decade of a century, a price or a margin and is not read."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.reading import Reading

_QUALIFIER = r"(?:(?:early|mid|late|low|high|upper|lower)(?:\s+|-))?"
_DECADE = r"(?P<span>" + _QUALIFIER + r"(?P<decade>[1-9]0)s)\b"
# "in his 50s", "into their mid-70s": a person's age (an era adjective takes a noun after it: "his 80s hits")
_AGE = re.compile(r"\b(?:in|into)\s+(?:his|her|their)\s+" + _DECADE.replace("0)s", "0)['’]?s"), re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s+([a-z]+)\b|\s*(?:[,.;:!?)]|$)", re.IGNORECASE)
# a clause ends at a punctuation mark; the temperature noun and its decade stand in one clause
_CLAUSE_END = re.compile(r"[,.;:!?](?:\s|$)")
_HIGHS_LOWS = frozenset({"highs", "lows"})
# what every match of both patterns holds (their `[1-9]0['’]?s`, case-insensitive): most stories name no decade,
# and one search for it costs a tenth of the two patterns' scans of the whole text
_DECADE_WRITTEN = re.compile(r"[1-9]0['’]?s", re.IGNORECASE)


@cache
def _temperature() -> re.Pattern[str]:
    """ "temperatures in the upper 70s", "the mercury climbed into the low 90s": a temperature noun (lexicon
    `decade_temperature_nouns`), at most four words of its clause, and "the" before the decade."""
    nouns = "|".join(sorted(words("decade_temperature_nouns")))
    return re.compile(r"\b(?P<noun>" + nouns + r")\b(?P<gap>(?:\s+[a-z'’-]+){0,4}?)\s+the\s+" + _DECADE, re.IGNORECASE)


def decades(text: str) -> list[Reading]:
    """ "in his 50s" -> 50 to 59 years; "temperatures in the mid-80s" -> 80 to 89 degrees."""
    if not _DECADE_WRITTEN.search(text):
        return []
    found = [_decade(m, "year") for m in _AGE.finditer(text) if _age_ends(text, m.end())]
    found += [_decade(m, "degree") for m in _temperature().finditer(text) if _is_temperature(text, m)]
    return found


def _age_ends(text: str, end: int) -> bool:
    """No noun right after the decade: a punctuation mark, the end, or a word of `decade_age_followers`."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and (after.group(1) is None or after.group(1).lower() in words("decade_age_followers"))


def _is_temperature(text: str, m: re.Match[str]) -> bool:
    """The noun and the decade in one clause, not "since the 90s", no word of a price, share or currency in the
    clause; "highs"/"lows" only with another temperature word there ("highs" of a stock are prices)."""
    gap = m.group("gap").lower().split()
    if _CLAUSE_END.search(text, m.start(), m.start("span")) or (gap and gap[-1] == "since"):
        return False
    clause = set(re.findall(r"[a-z]+", _clause_around(text, m.start(), m.end()).lower()))
    if clause & words("decade_not_temperature_words"):
        return False
    if m.group("noun").lower() in _HIGHS_LOWS:
        return bool(clause & (words("temperature_words") - _HIGHS_LOWS))
    return True


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


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: from the last punctuation mark before it to the first after it."""
    ends = [c.end() for c in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[ends[-1] if ends else 0 : after.start() if after else len(text)]
