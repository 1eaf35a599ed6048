"""A person's age written as a bare number: "aged 60", "at age 65", "Lee, 57, has agreed", "retired at 62", and
where the number closes a sentence after a speaker ('... recalls Ida Brun, 73.'), opens
one ("At 52, Vell still ...", checked on the parse in `opening_ages`) or follows "turn" ("before she turns 71").
An age is a quantity in `year` (see docs/DECISIONS.md, "Quantities")."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.reading import Reading

_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+(?:between\s+)?$", re.IGNORECASE)
# "Lee, 57, has agreed", "Marr, 41, who": an age set off by commas after a capitalised name
_AGE_APPOSITIVE_BEFORE = re.compile(r"\b[A-Z][a-z]+,\s$")
# "who is 74,", "who was 19.": "who" and a form of "be" right before a bare number that ends the clause ("he was 34,"
# is also a poll share, a golf score or a rank, so a pronoun is not enough)
_BEING_AGE_BEFORE = re.compile(r"\bwho\s+(?:is|was)\s+(?:now\s+)?$", re.IGNORECASE)
_PUNCTUATION_AFTER = re.compile(r"\s*[,.;)]")
_AGE_APPOSITIVE = re.compile(r"(?:1[6-9]|[2-9]\d|10\d),(?=\s)")
# an integer a person's age can be, read where it ends a clause or a phrase ("retired at 62 after", "at 17 from",
# "turns 71 next spring": a punctuation mark or a word of lexicon `age_end_words`); not before "to" and a number
# ("turned 52 to 48" is a vote)
_AGE_DIGITS = r"(?:1[0-9]|[2-9]\d|10\d)"


@cache
def _age_number() -> re.Pattern[str]:
    ends = "|".join(sorted(words("age_end_words")))
    return re.compile(_AGE_DIGITS + r"(?=\s*[,.;)]|\s+(?:" + ends + r"|to(?!\s+\d))\b)", re.IGNORECASE)


@cache
def _life_event_at() -> re.Pattern[str]:
    """ "retired at 62", "moved to the capital at 19": "at" a bare number after a verb of a
    person's life (lexicon `life_event_verbs`), a few words back, in the same clause; not after an object
    ("retired the notes at 101" is a price). The verb stem is group 1 (`_passive_before` checks the words before)."""
    verbs = "|".join(sorted(words("life_event_verbs")))
    no_object = r"(?!\s+(?:the|its|their|his|her|a|an|some|all|most|part)\b)"
    return re.compile(r"\b(" + verbs + r")\w*\b" + no_object + r"(?:\s+[\w'’.-]+){0,6}?\s+at\s+$", re.IGNORECASE)


@cache
def _passive_before() -> re.Pattern[str]:
    """A form of "be" or "get" (lexicon `passive_auxiliaries`), maybe with an adverb, right before the verb."""
    aux = "|".join(sorted(words("passive_auxiliaries")))
    return re.compile(r"\b(?:" + aux + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _life_event_age(text: str, start: int) -> bool:
    """ "retired at 62", "was married at 19": a life-event verb before "at" and the number at `start`, not in the
    passive ("the notes were retired at 101" is a price), except for the verbs whose passive is said of a person
    (lexicon `life_event_passive_stems`)."""
    window = max(0, start - 60)
    m = _life_event_at().search(text[window:start])
    if m is None:
        return False
    if m.group(1).lower() in words("life_event_passive_stems"):
        return True
    verb_at = window + m.start()
    if re.match(r"\w+ing\b", text[verb_at:start], re.IGNORECASE):
        return True  # "is retiring at 62": a progressive, not a passive
    return _passive_before().search(text[max(0, verb_at - 30) : verb_at]) is None


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
    if _age_sized(r) and (_closes_after_speaker(text, r, before) or _opens_at_age(text, r, before)):
        return True
    # the cheap tests of the number itself first: the patterns before it are long and tried at every position
    if _age_sized(r) and _PERSON_BEFORE_END.search(before[-7:]) and _person_before().search(before):
        return True
    if _age_sized(r) and _BEING_AGE_BEFORE.search(before[-20:]) and _PUNCTUATION_AFTER.match(text, r.end):
        return True  # "the chairman, who is 74, plans", "who was 19." (a figure with a unit is never bare)
    if r.low is not None:
        return False
    if not _ends_clause(_age_number(), text, r, start):
        return False
    return _life_event_age(text, start) or _turning().search(before) is not None


def _ends_clause(pattern: re.Pattern[str], text: str, r: Reading, start: int) -> bool:
    """The number read at `start` is the whole digit run `pattern` accepts (its lookahead wants no digit after)."""
    number = pattern.match(text, start)
    return number is not None and r.end == number.end()


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


# a sentence that opens with "At" ("At 52, Vell ...", '"At 40, I ...'): the number may be a person's age there when
# a pronoun for a person or a capitalised name follows its comma; `opening_ages` keeps it only where the parse
# shows a person
_AT_OPENING = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"“‘']?At\s$")
_AFTER_OPENING_AGE = re.compile(r",\s+([A-Z][\w'’]*|[a-z]+)\b")
# what ends a sentence right after the number: a full stop, question or exclamation mark, maybe a closing quote
_SENTENCE_ENDS = re.compile(r"[.!?][\"”’']?(?:\s|$)|\s*$")


@cache
def _speaker_before() -> re.Pattern[str]:
    """ "recalls Ida Brun, ", "added grocer Ida Brun, " right before the number: a verb of speech (lexicon
    `age_speaker_verbs`), up to two lower-case words ("shopper", "retired nurse"), then a capitalised name of one
    to four words and a comma."""
    verbs = "|".join(sorted(words("age_speaker_verbs")))
    return re.compile(
        r"\b(?:" + verbs + r")\s+(?:[a-z][\w'’-]*\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][a-z][\w'’-]*,\s$"
    )


@cache
def _turning() -> re.Pattern[str]:
    """ "before she turns 71", "turned 40 in May": a form of "turn" (lexicon `age_turning_verbs`) right before."""
    return re.compile(r"\b(?:" + "|".join(sorted(words("age_turning_verbs"))) + r")\s$", re.IGNORECASE)


def _closes_after_speaker(text: str, r: Reading, before: str) -> bool:
    """'"Prices must fall," recalls Ida Brun, 73.': an age set off by a comma after the name of a speaker, ending the
    sentence (between two commas `_is_age_appositive` reads it after any name)."""
    return _SENTENCE_ENDS.match(text, r.end) is not None and _speaker_before().search(before) is not None


def _opens_at_age(text: str, r: Reading, before: str) -> bool:
    """ "At 52, Vell still runs the mill", "At 40, she quit": "At" opening the sentence, the number, a comma and a
    possible person (a pronoun of lexicon `age_subject_pronouns` or a capitalised word that does not open a
    figure); `opening_ages` checks the person on the parse."""
    if _AT_OPENING.search(before) is None:
        return False
    after = _AFTER_OPENING_AGE.match(text, r.end)
    if after is None:
        return False
    word = after.group(1)
    if word.lower() in words("age_subject_pronouns"):
        return True
    # a capitalised word of one letter is "I" (or an initial): in business news '"At 10, I would buy"' is a trader
    # naming a price level, rarely a speaker's own age
    return word[:1].isupper() and len(word) > 1 and word.lower() not in words("number_openers")


def opens_at_age_shape(text: str, start: int, end: int) -> bool:
    """Whether the bare number at `start`..`end` opens its sentence after "At" and before a comma."""
    return (
        text[start:end].isdigit()
        and _AT_OPENING.search(text[max(0, start - 8) : start]) is not None
        and _AFTER_OPENING_AGE.match(text, end) is not None
    )
