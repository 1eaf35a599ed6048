"""Ratios, scores and vote tallies: "a 3-to-1 margin", "a 2-for-1 split", "a 2:1 split", "two to one",
"voted 7-2", "won 3-1", "a 2-2 draw", "three games to one", "one in five".
Each side is a count of its own, never a range and never a date
("2022-23" stays a season: a side has at most three digits).

See docs/DECISIONS.md, "Quantities".
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import lex
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import with_first_characters

_SIDE = r"(\d{1,3})"
# what may not follow a ratio: more digits, a decimal, a percent ("35-to-40 percent" is a range)
_NOT_AFTER = r"(?![\d.,]\d|[\w%-])(?!\s*(?:percent|per\s?cent|pct)\b)"
_HYPHEN_RATIO = re.compile(r"(?<![\w.,$€£¥-])" + _SIDE + r"-(?:to|for)-" + _SIDE + _NOT_AFTER, re.IGNORECASE)
_COLON_RATIO = re.compile(r"(?<![\w.,:$€£¥-])(\d{1,2}):(\d)(?![\d:])")
_TALLY = _SIDE + r"-" + _SIDE + r"(?![\d.,]\d|[\w%-])"
_MORE_SETS = re.compile(r"\s*,\s*" + _TALLY)  # "won 6-4, 3-6, 7-5": the sets after the first


@cache
def _tally_after_verb() -> re.Pattern[str]:
    verbs = "|".join(sorted(words("score_verbs")))
    # a comma may close the words between ("won their fifth straight game, 104-97")
    return re.compile(r"\b(?:" + verbs + r")\b(?:\s+[\w.&'’-]+){0,4}?,?\s+(?<![\w.$€£¥-])" + _TALLY, re.IGNORECASE)


@cache
def _tally_before_noun() -> re.Pattern[str]:
    nouns = "|".join(sorted(words("score_nouns")))
    return re.compile(r"(?<![\w.,$€£¥-])" + _TALLY + r"\s+(?:[a-z]+\s+)?(?:" + nouns + r")\b")


@cache
def _written_to_one() -> re.Pattern[str]:
    """ "two to one", "by five to one": a written ratio to one (a range "two to three" never ends in one)."""
    small = sorted(w for w, v in lex().numbers.items() if 2 <= v <= 20 and w.isalpha())
    nouns = "|".join(sorted(words("tally_nouns")))
    return re.compile(
        r"(?<![\w-])(" + "|".join(small) + r")\s+(?:(?:" + nouns + r")s?\s+)?to\s+(one)(?![\w-])", re.IGNORECASE
    )


@cache
def _one_in_n() -> re.Pattern[str]:
    """ "one in five adults", "one out of every ten loans": a share told as a ratio, two counts ("five" is read
    on its own; "one" alone is never a count, see `filters.written_count_ok`)."""
    small = sorted(w for w, v in lex().numbers.items() if v >= 2 and w.isalpha())
    pattern = re.compile(
        r"(?<![\w-])(one)\s+(?:in|out\s+of)\s+(?:every\s+)?(?=(?:" + "|".join(small) + r"|\d[\d,]*)(?![\w-]))",
        re.IGNORECASE,
    )
    return with_first_characters(pattern)  # scanned over every story: tried only where an "o" stands


def _count(text: str, start: int, end: int, written: bool = False) -> Reading:
    value = lex().numbers[text[start:end].lower()] if written else float(text[start:end])
    return Reading(start, end, float(value), written=written, base=float(value), tally=True, shown_only=True)


# what follows a score or a vote: the end of a clause or a preposition ("voted 13-10 along party lines", "won 3-1
# at home", "lost 0-2 to City"); a noun after it ("approved 5-10 new stores", "won 5-7 percent") makes a range
_AFTER_TALLY = re.compile(
    r"\s*(?:[.,;:)\"”’]|$)|\s+(?:to|in|on|at|along|against|with|after|before|over|and|but|for|as|from|when|while"
    r"|under|during|across|despite|behind|thanks|victory|win|defeat|vote|decision)\b",
    re.IGNORECASE,
)


def _range_of_a_unit(text: str, start: int, end: int) -> bool:
    """ "beat forecasts by 3-4 cents", "won 5-7 percent": a change after "by", or anything but the end of a
    clause or a preposition after the tally, makes it a range."""
    if re.search(r"\bby\s+$", text[max(0, start - 4) : start]):
        return True
    return _AFTER_TALLY.match(text, end) is None


# Cheap necessary conditions, checked before the costly scans (most stories hold no ratio): every tally match
# holds a bare tally, every colon ratio a digit, colon and digit, every written ratio "to" and "one" (letters
# IGNORECASE matches with ASCII letters only, so the lower-cased text holds them), every hyphen ratio
# "-to-" or "-for-".
_BARE_TALLY = with_first_characters(re.compile(r"(?<![\w.,$€£¥-])" + _TALLY))  # tried at digits only
_DIGIT_COLON_DIGIT = re.compile(r"\d:\d")
_TO_ONE = re.compile(r"to\s+one")


def ratio_counts(text: str) -> list[Reading]:
    """Both sides of every ratio, score and tally in `text`, as plain counts, left to right."""
    found: list[Reading] = []
    lowered = text.lower()
    tally = _BARE_TALLY.search(text) is not None
    patterns = [_HYPHEN_RATIO] if "-to-" in lowered or "-for-" in lowered else []
    patterns += [_COLON_RATIO] if _DIGIT_COLON_DIGIT.search(text) else []
    patterns += [_tally_before_noun()] if tally else []
    for pattern in patterns:
        for m in pattern.finditer(text):
            found += [_count(text, m.start(1), m.end(1)), _count(text, m.start(2), m.end(2))]
    for m in _tally_after_verb().finditer(text) if tally else ():
        if _range_of_a_unit(text, m.start(1), m.end()):
            continue
        found += [_count(text, m.start(1), m.end(1)), _count(text, m.start(2), m.end(2))]
        at = m.end()
        while (more := _MORE_SETS.match(text, at)) is not None:
            found += [_count(text, more.start(1), more.end(1)), _count(text, more.start(2), more.end(2))]
            at = more.end()
    for m in _written_to_one().finditer(text) if _TO_ONE.search(lowered) else ():
        found += [_count(text, m.start(1), m.end(1), True), _count(text, m.start(2), m.end(2), True)]
    for m in _one_in_n().finditer(text):
        found.append(_count(text, m.start(1), m.end(1), True))
    unique = {(r.start, r.end): r for r in found}
    return sorted(unique.values(), key=lambda r: r.start)
