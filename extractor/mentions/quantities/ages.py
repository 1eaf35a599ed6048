"""A person's age written as a bare number: "aged 60", "at age 65", "Lee, 57, has agreed", "retired at 62".
An age is a quantity in `year` (see docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.reading import Reading

_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+)?$", re.IGNORECASE)
# "Lee, 57, has agreed", "Marr, 41, who": an age set off by commas after a capitalised name
_AGE_APPOSITIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s$")
_AGE_APPOSITIVE = re.compile(r"(?:1[6-9]|[2-9]\d|10\d),(?=\s)")
# an integer a person's age can be, read where it ends a clause or a phrase ("retired at 62 after", "at 17 from")
_AGE_NUMBER = re.compile(r"(?:1[0-9]|[2-9]\d|10\d)(?=\s*[,.;)]|\s+(?:after|and|but|from|in|when|to|with)\b)")


@cache
def _life_event_at() -> re.Pattern[str]:
    """ "retired at 62", "moved to the capital at 19": "at" a bare number after a verb of a
    person's life (lexicon `life_event_verbs`), a few words back, in the same clause; not after an object
    ("retired the notes at 101" is a price)."""
    verbs = "|".join(sorted(words("life_event_verbs")))
    no_object = r"(?!\s+(?:the|its|their|his|her|a|an|some|all|most|part)\b)"
    return re.compile(r"\b(?:" + verbs + r")\w*\b" + no_object + r"(?:\s+[\w'’.-]+){0,6}?\s+at\s+$", re.IGNORECASE)


# how every match of `_person_before` ends ("the teenager, ", "a father of ", "pensioners over "): checked first
# on the last few characters, where a match must end, before the long pattern is tried at every position
_PERSON_BEFORE_END = re.compile(r"(?:,|\bof|\bover|\bunder|\bthan)\s$", re.IGNORECASE)


@cache
def _person_before() -> re.Pattern[str]:
    """ "the teenager, 16,", "the chief executive, 58,", "a woman of 102", "pensioners over 80", "children under
    five": a bare number right after a noun for people or a job title (lexicon `person_nouns`, one modifier
    allowed) set off by commas, or after "over"/"under"; after "of" only for the nouns of `age_of_nouns` ("a
    father of three" counts children)."""
    nouns = "|".join(sorted(words("person_nouns")))
    return re.compile(
        r"(?:\b(?:the|a|an|his|her|their|our|my|its|\w+['’]s)\s+(?:[a-z-]+\s+)?(?:" + nouns + r"),\s"
        r"|\b(?:a|an)\s+(?:" + "|".join(sorted(words("age_of_nouns"))) + r")\s+of\s"
        r"|\b(?:" + nouns + r")\s+(?:over|under|older\s+than|younger\s+than)\s)$",
        re.IGNORECASE,
    )


def is_age(text: str, r: Reading, start: int) -> bool:
    """The bare number read at `start` (no unit yet) is a person's age."""
    before = text[max(0, start - 60) : start]
    if _AGE_BEFORE.search(before[-20:]) or _is_age_appositive(text, r):
        return True
    # the cheap tests of the number itself first: the patterns before it are long and tried at every position
    if _age_sized(r) and _PERSON_BEFORE_END.search(before[-7:]) and _person_before().search(before):
        return True
    number = _AGE_NUMBER.match(text, start)  # its lookahead wants no digit after it: the whole digit run
    if r.low is not None or number is None or r.end != number.end():
        return False
    return _life_event_at().search(before) is not None


def _age_sized(r: Reading) -> bool:
    """A whole number a person's age can be, with nothing read after it (no scale, no unit)."""
    return r.low is None and not r.scaled and not r.explicit and r.amount.is_integer() and 0 < r.amount <= 110


def _is_age_appositive(text: str, r: Reading) -> bool:
    """ "Marr, 85, who has ...": a person's age between commas, not a number of a list or a name."""
    return (
        r.low is None
        and _AGE_APPOSITIVE.match(text, r.start) is not None
        and r.end == r.start + 2 + (text[r.start] == "1" and text[r.start + 2] != ",")
        and _AGE_APPOSITIVE_BEFORE.search(text[max(0, r.start - 30) : r.start]) is not None
    )
