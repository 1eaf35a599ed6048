"""What is not a quantity: URLs, phone numbers, dates, clock times, years, ordinals, codes and names."""

from __future__ import annotations

import calendar
import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extractor.lexicons import table, words
from extractor.mentions.quantities.cues import approx_cues, bound_and_approximation, bound_cues
from extractor.mentions.quantities.lexicon import alternation, month_pattern, time_units
from extractor.mentions.quantities.numbers import Number
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import literal_gate, lowered_text, with_first_characters

MERIDIEM = r"(?:a\.\s?m\.?|p\.\s?m\.?|am|pm)"


def _clock_pattern() -> re.Pattern[str]:
    zones = table("time_zones")
    after_clock = r"(?:" + alternation(zones) + "|" + MERIDIEM + ")"
    after_hhmm = alternation(z.upper() for z, cells in zones.items() if cells and cells[0] == "hhmm")
    return re.compile(
        r"(?=\d)(?:"  # every match starts with a digit: the lookahead lets the scan skip other characters fast
        r"(?<!\d)\d{1,2}:\d{2}(?:\s*" + after_clock + r")?(?![\w])"
        r"|(?<!\d)\d{1,2}(?:\.\d{2})?\s*" + MERIDIEM + r"(?![\w])"
        r"|(?<!\d)[0-2]\d[0-5]\d\s+(?:" + after_hhmm + r")"
        r"|(?<![\d.,])(?:1[0-2]|[1-9])\s+o['’]clock(?![\w]))",  # "at 11 o'clock": an hour of the clock, no count
        re.IGNORECASE,
    )


URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\S*(?:%[0-9A-F]{2}){2,}\S*", re.IGNORECASE)
PHONE = re.compile(
    r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}(?!\d)|(?<![\d,.])\d{3}-\d{4}(?![\d,])"
    # international and trunk-prefixed numbers: "+44 20 7946 0958", "020 7946 0321"
    r"|\+\d{1,3}(?:[\s.-]\d{1,4}){2,5}(?!\d)|(?<![\d,.])0\d{2,4}\s\d{3,4}\s\d{3,4}(?!\d)"
)
DATE_NUMERIC = re.compile(r"(?=\d)(?<![\d.])\d{1,4}([/.-])\d{1,2}\1\d{1,4}(?![\d.])")  # (?=\d): a fast scan
CLOCK = _clock_pattern()
MONTH_BEFORE = re.compile(r"\b(?:" + month_pattern() + r")\.?\s*$", re.IGNORECASE)
# "on November 3 and 4", "from June 5 to 8": a second day of the month after the first
MONTH_DAY_BEFORE = re.compile(
    r"\b(?:" + month_pattern() + r")\.?\s+\d{1,2}(?:\s*(?:,|and|or|to|through|-|–)\s*\d{1,2})*"
    r"\s*(?:,|and|or|to|through|-|–)\s*$",
    re.IGNORECASE,
)
MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + month_pattern() + r")\b", re.IGNORECASE)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
# a year: 1500 to 2099, and 2100, the horizon of climate and population projections ("warming of 3C by 2100")
YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d|2100)s?$")
_SHORT_YEAR_BEFORE = re.compile(r"(?:^|[\s(])['‘’]$")
# "12 Harbour Road", "the 400 block of Elm Street" (a police report's address)
STREET = re.compile(
    r"^\s+(?:block\s+of\s+)?(?:[A-Z][\w.'-]*\s+){1,3}(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Way|Boulevard|Blvd\.?|Lane|Drive|"
    r"Place|Plaza|Square|Court|Parkway|Highway)(?![\w])"
)
# "the next 12 months", "the first nine months": a period phrase before a number of calendar units; the words are
# those of lexicons `relative_duration_openers` (a span counted from now) and `calendar_stretch_openers`
PERIOD_PHRASE = re.compile(
    r"\b(?:the\s+)?(?:"
    + "|".join(sorted(words("relative_duration_openers") | words("calendar_stretch_openers")))
    + r")\s+$",
    re.IGNORECASE,
)
_LABEL_BEFORE = with_first_characters(  # searched in the 30 characters before most numbers: tried at its letters
    re.compile(
        r"(?:No\.|#|version|v\.|model|number|nos?\.|page|p\.|room|flight|route|chapter|stage|phase|category"
        r"|(?-i:Group)\s+of)\s*$",
        re.IGNORECASE,
    )
)
_GLUED_CAPITAL_SCALE = re.compile(r"\d[MB]$")
# what follows a company's name, not an amount: a capitalised word, a possessive, a verb of saying or being
_NAME_EXAMPLE_BEFORE = re.compile(r"\b(?:like|such\s+as)\s+$")  # "firms such as 8M for hints"
_NAME_CONTINUES = re.compile(
    r"\s+[A-Z]|['’]s\b|,\s+which\b|\s+(?:said|says|did|does|is|was|has|had|and|or|will|would|expects?|sees?)\b"
    r"|\s+[a-z]+ed\s+(?:(?:its|their|the|a|an)\b|[$€£¥])"  # "8M raised its outlook", "8M earned $1.28 a share"
)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“]\s+|\n)\S*\s*$")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?:;\"“]\s)(?<!^)\b[A-Z][a-z]+\s$")
_POSSESSIVE = re.compile(r"[a-z]['’]s$")
# "the three U.S. automakers", "two Bloomberg News reporters": capitalised words of a name, then the plural noun;
# not a plural name right after the number ("Six Flags plummets", "Three Rivers"), nor a verb ("two Varne Holdings is")
_NOT_PLURAL_NOUN = r"(?!(?:is|was|has|does|says|as|this|us|thus|plus|less|unless)\b)"
_NAMED_PLURAL_AFTER = re.compile(r"^\s+(?![A-Z][a-z]*s\s)(?:[A-Z][\w.&'’-]*\s+){1,3}" + _NOT_PLURAL_NOUN + r"[a-z]+s\b")
# the same with one or two lower-case modifiers before the plural noun ("four U.S. embassy employees")
_MODIFIED_NAMED_PLURAL_AFTER = re.compile(
    r"^\s+(?![A-Z][a-z]*s\s)(?:[A-Z][\w.&'’-]*\s+){1,3}(?:[a-z][a-z-]*\s+){1,2}" + _NOT_PLURAL_NOUN + r"[a-z]+s\b"
)
# "eight Italians", "two Democrats said": a capitalised plural counted by a lower-case written number (a capitalised
# number before it names a firm or a place, "Six Flags", "Three Rivers"), then a lower-case word or a clause end
_CAPITALISED_PLURAL_AFTER = re.compile(r"^\s+[A-Z][a-z]+[^s\W]s(?:\s+[a-z]|\s*[,.;:)]|$)")
_ABBREVIATION_PLURAL_AFTER = re.compile(r"^\s+[A-Z]{2,5}s\b")
_COUNTED_COMPOUND = re.compile(r"^-(?:strong|odd|plus|member|person|seat|store|employee|worker)")


_COMPOUND = re.compile(r"-([a-z]+)\b")
_OCLOCK_AFTER = re.compile(r"\s+o['’]clock(?![\w])", re.IGNORECASE)
# "four-, five- and six-cylinder": hyphens left hanging until the last number of a list carries the noun
_HUNG_LIST = re.compile(r"-,?\s+(?:\w+-,?\s+)*?(?:and|or)\s+\w+-([a-z]+)\b")


def compound_count(text: str, end: int) -> bool:
    """A number joined by a hyphen to the noun it counts ("six-cylinder"), or hanging in such a list."""
    match = _COMPOUND.match(text, end) or _HUNG_LIST.match(text, end)
    return match is not None and match.group(1) not in words("not_counted_compounds")


@cache
def _index_after() -> re.Pattern[str]:
    """A name goes on after the number: "Poor's 500 index", "Nikkei's 225 Average"."""
    return re.compile(r"\s+(?:" + "|".join(sorted(words("index_nouns"))) + r")\b|\s*[A-Z]")


@cache
def exempt_words() -> frozenset[str]:
    """Capitalised words that may open a sentence before a bare number ("About 500", "Nearly 40")."""
    cues = [w for c, _ in bound_cues() for w in c.split()] + [w for c in approx_cues() for w in c.split()]
    return words("number_openers") | frozenset(cues) | words("change_up") | words("change_down")


# most stories hold no web address or clock time: a pattern runs only where its required strings occur
_BLOCKING = tuple((literal_gate(pattern), pattern) for pattern in (URL, PHONE, DATE_NUMERIC, CLOCK))
# every PHONE match holds three digits, a separator and three more digits, or "+" and a digit; PHONE has no
# literal to gate it and is tried at every character, this is found (or not) at a fraction of the cost
PHONE_NEEDS = re.compile(r"\d\d\d[\s.-]\d\d\d|\+\d")
# the identifier tests' patterns, compiled once (asked at every number: re's cache lookup cost more than the match)
# "0123.XQ", "QRST4.XR", "QRS1V.XS" (some exchanges put a letter between the digit and the exchange code): a ticker
_LEADING_ZERO, _TICKER_SUFFIX = re.compile(r"0\d"), re.compile(r"^[A-Z]{0,2}\.[A-Z]{1,3}\b")
_DASH_CODE = re.compile(r"^-[A-Z]{1,3}\b")
_LETTER_FIRST, _SEPARATED_DIGIT, _DOT_DIGIT = re.compile(r"^[A-Za-z]"), re.compile(r"^[-/.]\d"), re.compile(r"^\.\d")


def blocked_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    lowered = lowered_text(text)
    for gate, pattern in _BLOCKING:
        if gate.admits(lowered) and (pattern is not PHONE or PHONE_NEEDS.search(text)):
            spans.extend((m.start(), m.end()) for m in pattern.finditer(text))
    return spans


def is_identifier_or_date(text: str, r: Reading, digits: str, number_end: int) -> bool:
    """Years, dates, clock times, ordinals, model numbers, tickers and codes are not quantities."""
    before, after = text[max(0, r.start - 30) : r.start], text[r.end : r.end + 30]
    if ORDINAL_AFTER.match(text[number_end:]):
        return True
    if _LEADING_ZERO.match(digits.lstrip("-−")) and r.kind == "amount":
        return True  # "0845 GMT", "007": codes and clock times
    if _TICKER_SUFFIX.match(after) or _DASH_CODE.match(after):
        return True  # "0700.HK": a ticker
    if _LABEL_BEFORE.search(before) and r.kind != "money":
        return True  # "No. 3 PC maker", "Group of 20", "stage 2": a label, not an amount
    if (
        r.kind == "amount"
        and _GLUED_CAPITAL_SCALE.search(text[r.start : r.end])
        and (
            _NAME_CONTINUES.match(after)
            or _NAME_EXAMPLE_BEFORE.search(before)
            or _label_word_before(before)
            or _named_elsewhere(text, text[r.start : r.end])
        )
    ):
        return True  # "8M Co", "8M's shares", "8M said", "Ward 7B": a name; "give you 10M." stays an amount
    if r.kind in ("money", "percent", "multiple"):
        return False
    if STREET.match(after):
        return True
    if r.kind == "physical":
        return False
    return _bare_number_is_name_or_date(before, after, r, digits)


def _day_of_month(digits: str) -> bool:
    """A number that can be a day of the month: one or two digits, 1 to 31."""
    return digits.isdigit() and len(digits) <= 2 and 1 <= int(digits) <= 31


def _bare_number_is_name_or_date(before: str, after: str, r: Reading, digits: str) -> bool:
    if _LETTER_FIRST.match(after):
        return True  # "4G", "3D": a letter glued to the number makes a name
    if _SEPARATED_DIGIT.match(after) or _DOT_DIGIT.match(after):
        return True  # "2022-23", "7/7", "1.2.3"
    if MONTH_BEFORE.search(before):
        return True
    if MONTH_AFTER.match(after.lstrip(" ,")) and _day_of_month(digits):
        return True  # "12 September"; "4,400 October contracts", "1,250 April graduates" are counts
    if MONTH_DAY_BEFORE.search(before) and _day_of_month(digits):
        return True
    if YEAR.match(digits) and not r.explicit and "," not in digits:
        return True
    if _SHORT_YEAR_BEFORE.search(before) and re.fullmatch(r"\d\d", digits):
        return True  # "win in '12", "'09 deliveries": a year written with an apostrophe
    if _LABEL_BEFORE.search(before):
        return True
    if _part_of_name(before, after, r):
        return True
    # "one-time", "2-for-1": an adjective compound, not a count; "a 12-member board" counts members
    if r.kind != "amount" or not re.match(r"^-[a-z]", after):
        return False
    return not _COUNTED_COMPOUND.match(after) and not (r.amount >= 2 and compound_count(before + after, len(before)))


def _named_elsewhere(text: str, code: str) -> bool:
    """ "Ms. Tarn holds 1.2 million shares in 7Q.", "splitting 7Q into ...": a glued code the same text names as a
    company elsewhere ("7Q Co", "7Q's shares", "7Q said") is that name wherever it stands."""
    for m in re.finditer(r"(?<![\w$€£¥.])" + re.escape(code) + r"\b", text):
        if _NAME_CONTINUES.match(text, m.end()):
            return True
    return False


def _label_word_before(before: str) -> bool:
    """ "Ward 7B", "Tank 2B": a capitalised word inside the sentence labels the code after it ("Tank" is no
    change word there); not a word that opens a figure ("About 2B")."""
    match = _CAPITALISED_BEFORE.search(before)
    return match is not None and match.group(0).strip().lower() not in words("number_openers")


def _part_of_name(before: str, after: str, r: Reading) -> bool:
    """ "Suite 365", "Nikkei 225", "iPhone 7", "FTSE 100": a capitalised word before a bare number."""
    words_before = re.findall(r"[\w&.'-]+", before)
    if not words_before or r.explicit or before.endswith(", "):
        return False  # "Still, 19 states", "Ohio, 12,500 and New York": a comma ends the name
    previous = words_before[-1]
    if "&" in previous and previous[:1].isupper():
        return True  # "S&P 500 futures rose", also where it opens a sentence
    if _POSSESSIVE.search(previous) and not _index_after().match(after):
        return False  # "Germany's 16 states", "Opel's 50,000 staff": a count of the owner's; "Poor's 500 index" a name
    starts_sentence = _SENTENCE_START.search(before) is not None
    is_name = previous[:1].isupper() or (previous[:1].islower() and any(c.isupper() for c in previous[1:]))
    if is_name and previous.lower() not in exempt_words() and not previous.isupper():
        return True
    return (
        is_name
        and previous.isupper()
        and len(previous) <= 5
        and not starts_sentence
        and previous.lower() not in words("number_openers")
        and not re.match(r"^\s*(?:%|percent)", after)
    )


# "half of the staff", "half its assets", "half the 16 companies", "Half of Libya's output": a share of a whole
_HALF_OF = re.compile(
    r"^\s+(?:of\s+)?(?:the|its|their|his|her|our|your|all|that|this|these|those|them|us|[A-Z][a-z]\w*|\d)\b"
    r"|^\s+of\s+[a-z]+s\b(?!\s+(?:of|ago)\b)"  # "Half of voters", "half of firms": a plural noun without a determiner
)
# "the latter half of the year", "a half of": a part of a period or a noun, not a share
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?:;]\s+|\n)[\"“‘']?\s*$")
_HALF_NAMED_BEFORE = re.compile(
    r"\b(?:the|a|an|each|every|other|latter|back|front|first|second|\d+(?:st|nd|rd|th)|last)\s+$", re.I
)


def bare_half_of(text: str, r: Reading, number: Number) -> bool:
    """A "half" before the whole it is part of, with no bound or approximation cue before it."""
    surface = text[number.start : number.end]
    if surface == "Half" and not _OPENS_SENTENCE.search(text[max(0, r.start - 30) : r.start]):
        return False  # "Dallas-based Half Price Books": a capitalised "Half" inside a sentence is a name
    return (
        surface.lower() == "half"
        and _HALF_OF.match(text[r.end : r.end + 30]) is not None
        and _HALF_NAMED_BEFORE.search(text[max(0, r.start - 12) : r.start]) is None
    )


def _hung_time_unit(text: str, end: int) -> bool:
    match = _HUNG_LIST.match(text, end)
    return match is not None and match.group(1) in time_units().values()


_CALENDAR_NAMES = frozenset([*calendar.day_name, *calendar.month_name[1:]])


def _name_particle(text: str, r: Reading, number: Number) -> bool:
    """ "Jan ten Brink", "Saar ten Vels": a lower-case number word between two capitalised words is a particle of
    a person's name, not a count."""
    if not text[number.start].islower() or not re.match(r"^\s[A-Z]", text[r.end : r.end + 2]):
        return False
    match = re.search(r"(?<![\w.'-])[A-Z][a-z]+\s$", text[max(0, r.start - 30) : r.start])
    if match is None:
        return False
    previous = match.group(0).strip()  # "The two Norland banks", "On Monday ten Orlanders": no name before
    return previous not in _CALENDAR_NAMES and previous.lower() not in STOP_WORDS


def written_count_ok(text: str, r: Reading, number: Number) -> bool:
    """A bare written number counts only when a noun follows ("two plants"), not "for one," or "one of"."""
    surface = text[number.start : number.end].lower()
    after = text[r.end : r.end + 20]
    before = text[max(0, r.start - 30) : r.start]
    if _LABEL_BEFORE.search(before):
        return False  # "the number two carrier", "the Group of Seven"
    if _OCLOCK_AFTER.match(after):
        return False  # "by six o'clock": an hour of the clock, as "at 6 o'clock" is (`_clock_pattern`)
    if text[number.start].isupper() and _CAPITALISED_BEFORE.search(before):
        return False  # "World War Two", "the Big Three", "Formula One": a capitalised number inside a name
    if _name_particle(text, r, number):
        return False
    cue = bound_and_approximation(text, r.start)
    if cue[0] != "=" and not re.match(r"^\s+of\b", after):
        return True  # "no less than thirty"
    if surface == "one" and _hung_time_unit(text, r.end):
        return True  # "a one- or two-year lag": a duration left hanging by its hyphen
    if surface in ("one", "a", "an", "half"):
        return surface == "half" and re.match(r"^\s+(?:of\s+)?(?:the\s+)?[a-z]", after) is not None and cue[0] != "="
    if re.match(r"^\s+of\s+(?:the|its|their|his|her|our|these|those|them|us|[A-Z]|\d)", after) and number.value >= 2:
        return True  # "nine of the 12 directors", "two of its plants": a count of part of a group
    if number.value >= 2 and compound_count(text, r.end):
        return True  # "a six-cylinder engine", "four-, five- and six-cylinder engines"
    if zero_level(text, r, number):
        return True  # "cut rates to zero.", "kept near zero,": a level, though the clause ends after it
    if re.match(r"^(?:-|\s+of\b|\s*[,.;:)\"”’]|$)", after):
        return number.scaled or " " in surface or "-" in surface and surface.count("-") == 1 and len(surface) > 7
    if number.value >= 2 and _ABBREVIATION_PLURAL_AFTER.match(after):
        return True  # "three MPs", "two CEOs": the plural of an abbreviation is the counted noun
    if number.value >= 2 and _NAMED_PLURAL_AFTER.match(text[r.end : r.end + 60]):
        return True  # "three U.S. automakers", "two Bloomberg News reporters": a name stands before the noun
    return re.match(r"^\s+[a-z]", after) is not None or number.scaled


@cache
def _zero_level_cue() -> re.Pattern[str]:
    """A cue of lexicon `zero_level_cues` right before the number ("to ", "close to ")."""
    return re.compile(r"(?<![\w-])(?:" + alternation(words("zero_level_cues")) + r")\s+$", re.IGNORECASE)


def zero_level(text: str, r: Reading, number: Number) -> bool:
    """A written "zero" after "to", "at", "near" or "close to" is the level a measure reached or stays at, also at
    the end of a clause ("cut rates to zero.", "kept output near zero, then"), where a bare written number that
    counts no noun is otherwise dropped ("for one,")."""
    if text[number.start : number.end].lower() != "zero":
        return False
    return _zero_level_cue().search(text[max(0, r.start - 20) : r.start]) is not None


def named_count_shown(text: str, r: Reading, number: Number) -> bool:
    """ "saved three Varne border guards", "fined six Orlanders": a written count of people or things
    named by a capitalised word, shown by `extract quantities` only (the facts read such background counts as
    measures of the story's subject: all six such facts on the allowed Reuters stories were wrong)."""
    if number.value < 2 or _LABEL_BEFORE.search(text[max(0, r.start - 30) : r.start]):
        return False
    if _name_particle(text, r, number):
        return False  # "Jan ten Brinks": a particle of a name
    if text[number.start].isupper() and _CAPITALISED_BEFORE.search(text[max(0, r.start - 30) : r.start]):
        return False  # "World War Two", "the Big Three"
    if _MODIFIED_NAMED_PLURAL_AFTER.match(text[r.end : r.end + 60]):
        return True
    return text[number.start].islower() and _CAPITALISED_PLURAL_AFTER.match(text[r.end : r.end + 20]) is not None
