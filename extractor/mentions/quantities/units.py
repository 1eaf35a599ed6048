"""What follows a number: a scale word, percent, points, a multiple, a currency or a physical unit."""

from __future__ import annotations

import re
from dataclasses import fields, replace
from functools import cache

from extractor.lexicons import table, words
from extractor.mentions.quantities.bracket_rates import bracketed_denominator
from extractor.mentions.quantities.cued_symbols import read_cued_symbol
from extractor.mentions.quantities.currencies import (
    DATING_AFTER,
    PER,
    Context,
    read_currency_after,
    read_dollar_country,
    read_minor_unit,
    read_rate,
    shown_period,
)
from extractor.mentions.quantities.direction import CHANGE_FORMS, CHANGE_WORD
from extractor.mentions.quantities.elided_points import is_elided_percentage_point
from extractor.mentions.quantities.glued_cents import read_glued_cents
from extractor.mentions.quantities.glued_metres import glued_metres
from extractor.mentions.quantities.lexicon import TIME_UNIT_NAMES, lex, unit_name
from extractor.mentions.quantities.point_distances import is_point_distance
from extractor.mentions.quantities.point_levels import is_point_level
from extractor.mentions.quantities.reading import Reading, scale

PERCENT = re.compile(
    # "p.c." is the British press's abbreviation of percent ("prices rose 6 p.c.")
    r"(?:\s?|-)(%|per\s?cent(?:age)?(?:(?:\s+|-)points?)?|pct|pc|p\.\s?c\.|basis[\s-]points?|bps|bp)(?![\w])",
    re.IGNORECASE,
)
FRACTION_POINT = re.compile(r"(?:\s|-)(?:of\s+an?\s+)?(?:percentage[\s-]|(basis)[\s-])?points?(?![\w])", re.IGNORECASE)
INDEX_POINTS = re.compile(r"\s+points?(?![\w])", re.IGNORECASE)
_POINT_LEVEL = re.compile(r"(?:\s|-)(points?)\s+(?:level|mark|barrier|threshold|milestone)s?\b", re.IGNORECASE)
MULTIPLE_SUFFIX = re.compile(r"(?:\s?(x)(?![\w])|[\s-]?(fold)(?![\w])|\s(times)(?![\w]))", re.IGNORECASE)
_RESTATED_POINTS_TO = re.compile(
    r"\bpoints?,?\s+or\s+[\d.]+\s*(?:%|percent|per\s?cent),?\s+(?:to|at)\s+$", re.IGNORECASE
)
_LEVEL_AFTER_MOVE = re.compile(r"\b(?:at|to|from)\s+$", re.IGNORECASE)
# one or two of them: "six straight losing days"
_RUN_ADJECTIVE = re.compile(r"(?:\s+(?:" + "|".join(sorted(words("run_adjectives"))) + r")(?=\s)){1,2}", re.IGNORECASE)
_OF_A_POINT = re.compile(r"\s+of\s+a\s+percentage\s+point\b(basis)?", re.IGNORECASE)  # group 1: never basis
# "two-tenths of a percent", and hyphenated before a noun: "a three-quarters-of-one-percent fee"
_OF_A_PERCENT = re.compile(r"(?:\s+|-)of(?:\s+|-)(?:a|one)(?:\s+|-)(?:percent|per\s?cent)(?![\w])", re.IGNORECASE)
_BELOW_ZERO = re.compile(r"\s+below\s+zero\b", re.IGNORECASE)
_AGE = re.compile(r"(?:\s+|-)(?:old|of\s+age)\b", re.IGNORECASE)
# "60 tonnes of fuel a day", "420,000 tonnes of refined sugar a year": one to three lower-case words of goods
# between a physical amount and its rate's words
# the goods may be written in capitals or with digits ("tonnes of CO2 a year", "cubic metres of LNG a day")
_GOODS_BEFORE_RATE = re.compile(r"\s+of(?:\s+[A-Za-z][A-Za-z0-9-]*){1,3}?(?=\s+(?:a|an|per|each)\s)")
# "38C", "-12C", "25-30C": a capital C glued to the number is degrees Celsius; a glued F is degrees Fahrenheit
# only where the text also speaks of temperature or Celsius ("38C (100F)", "highs near 100F"), since "13F
# filing" and "777F" are names; not "3C Holdings"; a spaced letter not before a full stop either ("said
# Julius C. Brandt")
_GLUED_TEMPERATURE = re.compile(r"(?:( )(?=[CF](?!\.))|)(?-i:([CF]))(?![\w/])(?!\s+[A-Z][a-z]|['’]s\b)")
_CELSIUS_GLUED = re.compile(r"\d(?:°\s?)?C(?![\w])")
_BRACKET_OPEN = re.compile(r"\s?\((?=[A-Za-z%])")
_BRACKET_CLOSE = re.compile(r"\s?\)")
_INCHES = re.compile(r"\s+(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s?(?:inches|inch|in|\")(?![\w])")
# a height written with hyphens, "a 6-foot-3 centre", "the 5-foot-9-inch guard": the inches follow the hyphen
# without a unit; not a range ("6-foot-10" is 6 feet 10 inches, never 6 to 10 feet); 11 inches at most
_HYPHEN_INCHES = re.compile(r"-(\d|1[01])(?:-inch(?:es)?)?(?![\w.,]?\d)(?![\w-])")


def read_scale(text: str, r: Reading) -> None:
    """ "4.65 billion", "$2.2T", "Rs 3 cr": a scale word or abbreviation after the number."""
    match = lex().scale_after.match(text, r.end)
    if not match:
        return
    word = match.group(1)
    low = word.lower()
    glued = match.start() == match.start(1)
    if len(word) <= 2 and low not in ("bn", "mn", "cr", "tn", "mm") and not glued:
        return  # " m" and " b" after a space are too ambiguous (metres, a list item)
    metres = glued and glued_metres(text, r.start, match.end(), r.amount) or _metre_context(text, match.end())
    if low == "m" and r.kind != "money" and metres:
        r.unit, r.kind, r.explicit, r.end = "meter", "physical", True, match.end()
        return
    if low in ("k", "m", "b") and not glued:
        return
    if low == "t" and (r.kind != "money" or not glued or word != "T"):
        return  # "$2.2T" is trillions; "100t" is tonnes
    if low == "mm" and word != "MM":
        return  # "300mm" is millimetres; "1MM" is a million
    if low.startswith("cr") and r.unit is None:
        r.unit, r.kind = "INR", "money"  # crore is the Indian scale: money unless stated otherwise
    scale(r, lex().scales[low])
    r.end, r.explicit, r.scaled = match.end(), True, True
    if low == "cr." and not re.match(r"\s+[a-z]", text[match.end() : match.end() + 3]):
        r.end -= 1  # a full stop that ends the sentence


def _metre_context(text: str, at: int) -> bool:
    after = text[at : at + 20].lower()
    return re.match(r"\s*(?:tall|long|high|wide|deep|away|above|below|in\b|$|[.,;)])", after) is not None and (
        re.search(
            r"\b(?:tall|long|high|wide|deep|length|height|width|depth|outreach|distance|equal|dm|cm|km)\b", text.lower()
        )
        is not None
    )


def read_unit_after(text: str, r: Reading, context: Context) -> None:
    """The unit after a number, tried from the most specific: steps of a rate, percent, money, points, multiples."""
    if r.unit and r.kind == "money":
        read_dollar_country(text, r)
        read_rate(text, r)
        return
    if _read_fraction_point(text, r) or _read_percent(text, r):
        return
    if read_currency_after(text, r, context) or read_minor_unit(text, r, context) or read_glued_cents(text, r, context):
        return
    if _read_index_points(text, r) or _read_multiple(text, r):
        return
    if not _read_unit_in_brackets(text, r, context):
        read_physical_unit(text, r)


def _read_unit_in_brackets(text: str, r: Reading, context: Context) -> bool:
    """ "aiming for 30 (percent)", "at least 12 million (Swiss francs)": a unit an editor added in brackets to a
    quoted figure, read as it would be without them ("30 (pounds)" is sterling, as "30 pounds" is). Taken only
    when the brackets hold the unit and nothing else."""
    opened = _BRACKET_OPEN.match(text, r.end)
    if opened is None:
        return False
    trial = replace(r, end=opened.end())
    read_unit_after(text, trial, context)
    closed = _BRACKET_CLOSE.match(text, trial.end) if trial.unit else None
    if closed is None:
        return False
    trial.end = closed.end()
    for field in fields(r):
        setattr(r, field.name, getattr(trial, field.name))
    return True


def _read_fraction_point(text: str, r: Reading) -> bool:
    """ "half a percentage point", "a quarter point", "three quarters of a point": steps of a rate; "two-tenths of
    a percent" is a fraction of one percent."""
    fraction = r.written and 0 < r.amount < 1 and r.low is None
    percent = _OF_A_PERCENT.match(text, r.end) if fraction else None
    if percent:
        r.unit, r.end, r.kind, r.explicit = "percent", percent.end(), "percent", True
        return True
    match = FRACTION_POINT.match(text, r.end) if fraction else None
    if not match and r.low is None and 0 < r.amount < 10:
        match = _OF_A_POINT.match(text, r.end)  # "0.7 of a percentage point"
    if not match:
        return False
    r.unit = "percentage_point"
    scale(r, 0.01 if match.group(1) else 1.0)
    r.end, r.kind, r.explicit = match.end(), "percent", True
    return True


def _read_percent(text: str, r: Reading) -> bool:
    match = PERCENT.match(text, r.end)
    if not match or not match.group(1):
        return False
    word = match.group(1).lower()
    if "basis" in word or word.startswith("bp"):
        r.unit, factor = "percentage_point", 0.01
    elif "point" in word:
        r.unit, factor = "percentage_point", 1.0
    else:
        r.unit, factor = "percent", 1.0
    scale(r, factor)
    r.end, r.kind, r.explicit = match.end(), "percent", True
    return True


def _read_index_points(text: str, r: Reading) -> bool:
    """ "the index fell 190 points", "rose 1.2%, or 310 points": index points, a unit of the move; "the
    10,000 point level", "the 3,000-point mark": an index level."""
    level = _POINT_LEVEL.match(text, r.end)
    if level and not r.unit and r.low is None:
        r.unit, r.end, r.kind, r.explicit = "point", level.end(1), "physical", True
        return True
    match = INDEX_POINTS.match(text, r.end)
    if not match or r.unit or r.low is not None:
        return False
    if is_elided_percentage_point(text, r):  # "1.2 percentage points, then 0.4 point": the same step of a rate
        r.unit, r.end, r.kind, r.explicit = "percentage_point", match.end(), "percent", True
        return True
    before = re.sub(r"\s*\bby\s+$", " ", text[max(0, r.start - 40) : r.start])
    moved = CHANGE_FORMS.search(before) or re.search(r"%,?\s+or\s+$|percent,?\s+or\s+$", before, re.IGNORECASE)
    moved = moved or _change_noun_of().search(before)  # "a drop of 4 points", "gains of 12 points"
    cued = _point_cue_near(text, r.start, match.end()) and not PER.match(text, match.end())
    cued = cued or _comparative_after().match(text, match.end()) is not None  # "closed 84.2 points lower"
    # "ended down 0.8% at 2,310.45 points": the level the move reached, in index points
    moved_before = before.rsplit(" at ", 1)[0] + " "
    # "finished 112.6 points weaker at 7,015.3 points": a comparative states the move as a change word does
    reached = _LEVEL_AFTER_MOVE.search(before) and (
        CHANGE_WORD.search(moved_before) or _comparative_after().search(moved_before)
    )
    reached = reached or _RESTATED_POINTS_TO.search(before)  # "shed 212.4 points, or 1.3%, to 16,020 points"
    # "ended 180 points below its March record": a distance between levels, in digits ("three points above" is not);
    # shown only, as it measures no result the facts read (they made a change with no predicate of it)
    distance = not (moved or cued or reached) and not r.written and is_point_distance(text, match.end())
    # "the gauge finished under 4,000 points": the level a verb of place sets the index at, with no move before it
    level = not (moved or cued or reached or distance) and not r.written and is_point_level(text, r.start)
    if not (moved or cued or reached or distance or level):
        return False
    r.unit, r.end, r.kind, r.explicit = "point", match.end(), "physical", True
    r.shown_only = r.shown_only or distance
    return True


@cache
def _point_cue_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    cues = "|".join(sorted(words("point_cues")))
    before = re.compile(r"\b(?:" + cues + r")\b(?:\s+(?:by|of|to|with|from))?(?:\s+[\w'’-]+){0,3}?\s+$", re.IGNORECASE)
    # "24 points and 9 rebounds", "28 points, eight rebounds and six assists": a line of a player's statistics
    stat_line = r"\s+and\s+\d|\s*,\s+(?:\d+|[a-z]+)\s+[a-z]+s\s+and\s+(?:\d+|[a-z]+)\s+[a-z]+s\b"
    after = re.compile(r"\s+(?:" + cues + r"|from\s+[A-Z])\b|" + stat_line, re.IGNORECASE)
    return before, after


@cache
def _change_noun_of() -> re.Pattern[str]:
    """ "a drop of 4 points", "a rise of 12 points": a noun of change (lexicons `change_up`, `change_down`) right
    before "of" states a move as a change verb does; general news writes polls and scores this way."""
    lemmas = sorted(words("change_up") | words("change_down"))
    return re.compile(r"\b(?:" + "|".join(lemmas) + r")s?\s+of\s+(?:about\s+|nearly\s+|some\s+|around\s+)?$", re.I)


@cache
def _comparative_after() -> re.Pattern[str]:
    """A comparative that gives any figure its direction (lexicon `direction_after`, not the percent-only ones)."""
    comparatives = [word for word, row in table("direction_after").items() if row[1:2] != ("percent",)]
    return re.compile(r"\s+(?:" + "|".join(sorted(comparatives)) + r")\b", re.IGNORECASE)


def _point_cue_near(text: str, start: int, end: int) -> bool:
    """ "leads by 6 points", "scored 31 points", "9 points ahead", "an improvement of 4 points", "24 points and
    9 rebounds": points of a score, a poll lead or a survey's reading (lexicon `point_cues`)."""
    before, after = _point_cue_pattern()
    clause = re.split(r"[.;:,]", text[max(0, start - 50) : start])[-1]
    return before.search(clause) is not None or after.match(text, end) is not None


def _read_multiple(text: str, r: Reading) -> bool:
    match = MULTIPLE_SUFFIX.match(text, r.end)
    if not match or r.unit or re.match(r"\s+(?:a|an|per|each)\b", text[match.end() :]):
        return False
    r.unit, r.end, r.kind, r.explicit = "times", match.end(), "multiple", True
    return True


def plural_unit_at(text: str, at: int) -> tuple[str, int] | None:
    """ "(millions of) barrels", "(thousands of) tonnes": a plural physical unit word at `at`, not a duration
    ("hundreds of years" stays vague), with the unit's name and where its word ends."""
    match = lex().unit_after.match(text, at)
    if not match or match.group("close") or not match.group("unit").lower().endswith("s"):
        return None
    name = unit_name(match.group("unit"))
    if name is None or name in TIME_UNIT_NAMES or len(match.group("unit")) < 4:
        return None
    return name, match.end("unit")


def read_physical_unit(text: str, r: Reading) -> None:
    """ "12 km", "20 (kg)", "5 years old", "60 miles per hour", "6 feet 2 inches", "35 straight months"."""
    if _read_glued_temperature(text, r):
        return
    match = lex().unit_after.match(text, r.end)
    run = _RUN_ADJECTIVE.match(text, r.end)
    if run and not match:
        timed = lex().unit_after.match(text, run.end())
        if timed and unit_name(timed.group("unit")) in TIME_UNIT_NAMES and not timed.group("close"):
            r.shown_unit = unit_name(timed.group("unit"))
        return
    if not match:
        if not read_cued_symbol(text, r):
            _read_sized_symbol(text, r)
        return
    opened = text[r.end : match.start("unit")].strip()
    if opened and opened != "-" and not match.group("close"):
        return  # "20 (kg)" needs its closing bracket
    name = unit_name(match.group("unit"))
    if name is None or _ordinal_second(text, match):
        return
    r.unit = name
    r.end = match.end() if opened and opened != "-" else match.end("unit")
    r.kind, r.explicit = "physical", True
    if name in TIME_UNIT_NAMES - {"millisecond"}:
        old = _AGE.match(text, r.end)
        if old:
            r.end = old.end()
        return
    below = _BELOW_ZERO.match(text, r.end) if name.startswith("degree") or name == "kelvin" else None
    if below:
        r.amount, r.end = -abs(r.amount), below.end()  # "40 degrees Celsius below zero"
    _read_denominator(text, r, name)
    if name == "foot":
        inches = _INCHES.match(text, r.end) or (opened == "-" and _HYPHEN_INCHES.match(text, r.end))
        if inches:
            r.amount += float(inches.group(1)) / 12
            r.end = inches.end()


@cache
def _ordinal_head() -> re.Pattern[str]:
    return re.compile(r"[\s-]+(?:" + "|".join(sorted(words("ordinal_heads"))) + r")\b", re.IGNORECASE)


def _ordinal_second(text: str, match: re.Match[str]) -> bool:
    """ "the 2009 second quarter", "a 2024 second-half rebound": singular "second" before a noun an ordinal
    qualifies (lexicon `ordinal_heads`) is the ordinal; the number before it is a year or a count."""
    return match.group("unit").lower() == "second" and _ordinal_head().match(text, match.end("unit")) is not None


@cache
def _sized_symbol_pattern() -> re.Pattern[str]:
    symbols = "|".join(re.escape(symbol) for symbol in sorted(table("sized_unit_symbols"), key=len, reverse=True))
    sizes = "|".join(sorted(words("size_adjectives")))
    # the adjective ends the phrase ("2 in thick."): "5 in high demand", "3 in long positions" are prepositions
    return re.compile(r"\s?(" + symbols + r")\s+(?:" + sizes + r")(?=\s*(?:[.,;:)]|$|and\b|or\b|by\b))")


def _read_sized_symbol(text: str, r: Reading) -> None:
    """ "blades 107 m long", "a door 2 in thick": a symbol that is also a scale, a word or a letter is a length
    only before a size adjective (lexicons `sized_unit_symbols`, `size_adjectives`)."""
    match = _sized_symbol_pattern().match(text, r.end) if r.unit is None and r.low is None else None
    if match:
        r.unit, r.end, r.kind, r.explicit = (
            table("sized_unit_symbols")[match.group(1)][0],
            match.end(1),
            "physical",
            True,
        )


def _read_glued_temperature(text: str, r: Reading) -> bool:
    """ "temperatures of 38C (100F)", "dipped to -12C", "readings dip to 28 F", "fell to 12 below zero": a degree
    sign's letter after a digit, or "below zero" after a bare number, as a temperature."""
    if not text[r.end - 1].isdigit():
        return False
    near = text[max(0, r.start - 80) : r.start] + " " + text[r.end + 2 : r.end + 80]  # the figure itself left out
    below = _BELOW_ZERO.match(text, r.end)  # "fell to 12 below zero", beside a temperature word
    if below and r.amount > 0 and _temperature_in_text(near):
        r.unit, r.amount, r.end, r.kind, r.explicit = "degree", -r.amount, below.end(), "physical", True
        return True
    match = _GLUED_TEMPERATURE.match(text, r.end)
    if not match:
        return False
    spaced, letter = match.group(1), match.group(2)
    # a spaced letter ("28 F") or a glued F needs a temperature word or a Celsius figure near it
    if (spaced or letter == "F") and not _temperature_in_text(near):
        return False
    r.unit = "degree_celsius" if letter == "C" else "degree_fahrenheit"
    r.end, r.kind, r.explicit = match.end(), "physical", True
    return True


@cache
def _temperature_word() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(words("temperature_words"))) + r")\b", re.IGNORECASE)


def _temperature_in_text(text: str) -> bool:
    return _CELSIUS_GLUED.search(text) is not None or _temperature_word().search(text) is not None


def _read_denominator(text: str, r: Reading, name: str) -> None:
    """ "60 miles per hour", "1.2 million barrels a day": a physical rate keeps its denominator; one an editor put
    in brackets ("64,000 barrels (per day)") is read the same way."""
    m = PER.match(text, r.end)
    if m:
        denominator = lex().unit_after.match(text, m.end())
        if denominator and not denominator.group("close"):
            _physical_per(text, r, name, m.group(0), unit_name(denominator.group("unit")), denominator.end())
        return
    bracketed = bracketed_denominator(text, r.end)
    if bracketed is not None:
        _physical_per(text, r, name, bracketed.opener, bracketed.name, bracketed.end)
        return
    _read_goods_rate(text, r, name)


def _physical_per(text: str, r: Reading, name: str, opener: str, dname: str | None, end: int) -> None:
    """A physical amount of `name` per `dname`, whose words end at `end`: "barrels a day" is shown as a rate and
    measured as barrels (`shown_period`), "miles per hour" makes the unit a rate."""
    if not dname or dname == name:
        return
    if shown_period(opener, dname):
        if not DATING_AFTER.match(text, end):
            r.per, r.per_end = dname, end
        return
    r.unit, r.end = f"{name}_per_{dname}", end


def _read_goods_rate(text: str, r: Reading, name: str) -> None:
    """ "1.5 billion cubic feet of gas a day", "180 kg of nitrogen per hectare": the goods stand between the
    amount and its rate. Shown as a rate; the mention keeps the amount of goods (the facts read "60 tonnes
    of fuel" as an amount of fuel)."""
    goods = _GOODS_BEFORE_RATE.match(text, r.end)
    m = PER.match(text, goods.end()) if goods else None
    denominator = lex().unit_after.match(text, m.end()) if m else None
    if not denominator or denominator.group("close") or DATING_AFTER.match(text, denominator.end()):
        return
    dname = unit_name(denominator.group("unit"))
    if dname and dname != name:
        r.per, r.per_end = dname, denominator.end()
