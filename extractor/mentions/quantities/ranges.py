"""Ranges: "5 to 7", "5-7", "between 5 and 7", "4.45 to 4.65 billion"; two opposite bounds as one range.

A move "from 5 to 7" after a change word is two levels, not a range (see docs/DECISIONS.md, "Quantities").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.currencies import Context, read_rate
from extractor.mentions.quantities.direction import CHANGE_FORMS, CHANGE_WORD
from extractor.mentions.quantities.lexicon import (
    change_forms_pattern,
    current_level_pattern,
    dollar_prefixes,
    hedge_pattern,
    lex,
    told_in_past,
)
from extractor.mentions.quantities.numbers import parse_number
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.quantities.units import read_scale, read_unit_after

# "150,000- to 180,000-year-old": a hyphen left hanging before "to" belongs to the second number's unit;
# "$6/$8", "C$14/C$16": a slash joins two amounts only when the second carries its own currency symbol;
# "40 to as many as 90 staff": the second end's bound words belong to the range's "to";
# "20-to-25 percent": "to" written inside a hyphen compound (a ratio "3-to-1" is read by `ratios`).
_JOIN = re.compile(
    r"-\s+(?P<hung>to)\s+|\s+(?P<upto>up\s+to|to\s+(?:more\s+than|over))\s+"
    r"|\s+(?P<reach>to\s+as\s+(?:much|many|high|little|few|low)\s+as)\s+|-(?P<joined>to)-(?=\d)"
    r"|/(?=[$€£¥\d]|(?:" + dollar_prefixes() + r")\$)"
    r"|\s?(?:-|–|—|~|to|and|through)\s?",
    re.IGNORECASE,
)
_RANGE_MARKS = ("-", "–", "—", "~")  # the joiners of `_JOIN` that mark a range, never a move's "to"
_MINUS_WORD = re.compile(r"(?:minus|negative)\s+", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+" + hedge_pattern("round") + "$", re.IGNORECASE)
# "from about 5", "from the current 65" (the level holding now opens a move's old end all the same)
_FROM = re.compile(r"\bfrom\s+(?:" + current_level_pattern() + ")?" + hedge_pattern("round") + "$", re.IGNORECASE)
_BY = re.compile(r"\bby\s+$", re.IGNORECASE)
# a change verb or noun anywhere in the text ("rose", "went", "a cut")
CHANGE_ANYWHERE = re.compile(r"\b(?:" + change_forms_pattern() + r")\b", re.IGNORECASE)
_THOUSANDS = re.compile(r"\d{1,3},000(?![\d,])")
_RESTATED_BEFORE = re.compile(r"\d\S*(?:\s+[a-z]+)?\s*,?\s+or\s+$", re.IGNORECASE)
_YEAR_LIKE = re.compile(r"^(1[89]\d\d|20\d\d)$")
# "contracted 9 percent in 2014 to $7.6 billion": a year after a time preposition dates the move, opens no range
_DATING_WORD = re.compile(r"\b(?:in|since|during|until|of|fiscal|year)\s+$", re.IGNORECASE)


@cache
def _second_prefix() -> re.Pattern[str]:
    """The currency written again on a range's second end: "$45 to $60", "Rs 25,000 and Rs 40,000", "€5-€7"."""
    symbols = sorted((c for c in lex().currencies if not c[0].isalnum()), key=len, reverse=True)
    prefix_words = "|".join(sorted(words("currency_prefix_words")))
    return re.compile(
        r"(?:" + dollar_prefixes() + r")?\$\s?|(?:" + "|".join(re.escape(c) for c in symbols) + r")\s?"
        r"|(?:[A-Z]{3}|(?i:(?:" + prefix_words + r")\.?))\s?(?=\d)"
    )


@cache
def _dollar_codes() -> frozenset[str]:
    """Currencies written with a "$" and letters ("NZ$", "HK$", "C$"): a bare "$" after one is the same dollar."""
    return frozenset(code for surface, code in lex().currencies.items() if surface.endswith("$") and surface != "$")


def _same_dollar(text: str, at: int, r: Reading, second: Second, context: Context) -> Second:
    """ "NZ$25-$40", "C$150-$220 a night": a bare "$" on the second end repeats the first end's dollar."""
    bare = context.resolve("$", "USD")
    if r.unit not in _dollar_codes() or not text.startswith("$", at) or not second.unit:
        return second
    if second.unit == bare or second.unit.startswith(bare + "_per_"):
        return replace(second, unit=r.unit + second.unit[len(bare) :])
    return second


@dataclass
class Second:
    """The second number of a range, read with its own scale and unit."""

    end: int
    amount: float
    base: float
    unit: str | None
    kind: str
    explicit: bool
    written_scale: bool
    minor: tuple | None
    per: str | None = None
    per_end: int | None = None


def read_amount_at(text: str, at: int, context: Context, *, allow_prefix: bool) -> Second | None:
    number_at = at
    prefix_unit = None
    if allow_prefix:
        m = _second_prefix().match(text, at)
        if m:
            key = m.group(0).strip().lower()
            if (
                key[-1].isalpha()
                and lex().currencies.get(key) != key.upper()
                and key not in words("currency_prefix_words")
            ):
                return None  # three capitals that are no currency code
            prefix_unit, number_at = context.resolve(key, lex().currencies.get(key, "USD")), m.end()
    number = parse_number(text, number_at)
    if number is None:
        return None
    minus = _MINUS_WORD.match(text, number_at)
    digits_at = minus.end() if minus else number_at
    if not number.written and not text[digits_at : digits_at + 1].isdigit() and text[digits_at] != ".":
        return None  # "minus 10" after "between minus 5 and" is a number; other words are not
    r = Reading(
        start=number_at,
        end=number.end,
        amount=number.value,
        written=number.written,
        explicit=number.scaled,
        scaled=number.scaled,
    )
    if prefix_unit:
        r.unit, r.kind, r.explicit = prefix_unit, "money", True
    read_scale(text, r)
    read_unit_after(text, r, context)
    return Second(
        r.end,
        r.amount,
        number.base,
        r.unit,
        r.kind,
        r.explicit,
        number.scaled or r.amount != number.value,
        r.minor,
        r.per,
        r.per_end,
    )


def _is_move(before: str, from_: re.Match | None, word: str) -> bool:
    """ "rose from 5 to 7", "rose 5 percent to 10 percent": a change and a level, not a range. A dash or a tilde,
    which `_JOIN` reads as a range's joiner, is never the "to" of a move: "cut its target to 4 percent from 6-8
    percent", "fares range from 20-30 euros" hold a range."""
    if word in _RANGE_MARKS:
        return False
    if from_ and (
        CHANGE_FORMS.search(before[: from_.start()]) or CHANGE_WORD.search(before[: from_.start()]) or word != "to"
    ):
        return True
    return False


_GUIDED = re.compile(r"(?i)\b(?:sees|guidance|outlook)\b")  # "SEES Q4 SALES UP 1% TO 2%": a guided range


def read_range(text: str, r: Reading, context: Context) -> None:
    """ "5 to 7", "5-7", "between 5 and 7", "20~100": extend the reading to the second number."""
    join = _JOIN.match(text, r.end)
    rate_between = False
    if not join and r.per_end:
        join = _JOIN.match(text, r.per_end)  # "$2.15 per share to $2.30 per share": the rate written twice
        rate_between = join is not None
    if not join:
        return
    word = (
        "to"
        if join.group("hung") or join.group("upto") or join.group("reach") or join.group("joined")
        else join.group(0).strip().lower()
    )
    if join.group("upto") and not _FROM.search(text[max(0, r.start - 40) : r.start]):
        return  # "up to" opens a range only after "from": "from £9 up to £45"
    if word == "/" and r.kind != "money":
        return  # "$6/$8", "$1,855/1,875": a slash joins money quotes only
    before = text[max(0, r.start - 40) : r.start]
    between = _BETWEEN.search(before)
    from_ = _FROM.search(before)
    if word == "and" and not between:
        return
    spaced_dash = word in ("-", "—") and join.group(0) != word and not between and (r.unit or r.written)
    if spaced_dash and not _GUIDED.search(before):
        return  # "$5 - 7" with spaces is more often a dash between clauses than a range; "SEES $3.28 - $3.32" is one
    if _is_move(before, from_, word):
        return
    second = read_amount_at(text, join.end(), context, allow_prefix=True)
    if second is None or (rate_between and second.per != r.per):
        return
    second = _same_dollar(text, join.end(), r, second, context)
    if word == "to" and not from_ and not between and r.unit == "times" and second.unit != "times":
        return  # "jumped 3 times to 300": a multiple and the level; "1.8 times to 3.1 times" is a range
    if r.unit and second.unit and second.unit.startswith(r.unit + "_per_"):
        r.unit = second.unit  # "$2,400 to $2,600 an ounce": the rate is written once, after the second end
    if r.unit and second.unit and r.unit != second.unit:
        return
    if _YEAR_LIKE.match(text[r.start : r.end]) and (not second.explicit or _DATING_WORD.search(before)):
        return
    if not second.explicit and _YEAR_LIKE.match(text[join.end() : second.end].strip()):
        return  # "3 percent through 2031": a date the level holds until
    if word == "/" and not second.unit and not 0.5 * r.amount <= second.amount <= 2 * r.amount:
        return  # "$1,855/1,875": a bid/ask quote; other slashes are not ranges
    bare_to = word == "to" and not from_ and not between
    if bare_to and r.explicit and _RESTATED_BEFORE.search(before) and CHANGE_ANYWHERE.search(before):
        return  # "fell 3 percent, or 60 cents, to $19.40": a move restated, then the level it reached
    moved = CHANGE_FORMS.search(re.sub(r"\s*by\s+$", " ", before))
    if moved and _money_obtained(moved, r, second):
        moved = None  # "aims to raise 80 million to 90 million francs": a sum sought, a range, not a move
    ratio_written_twice = _ratio_written_twice(r, second) and not _told_as_past_move(before, moved)
    if bare_to and r.explicit and not ratio_written_twice and moved and not _GUIDED.search(before[: moved.start()]):
        return  # "rose 0.3 percent to 9.8 percent": a change and a level; "sees sales up 1% to 2%" is a range
    low = _low_end(r, second)
    if word == "-" and _THOUSANDS.match(text, join.end()) and 100 * r.amount < second.amount == second.base:
        low = r.amount * 1000  # "40-45,000 staff" shares the thousands; "Rs 900-1,000 crore" has a scale of its own
    if low > second.amount and between and second.amount < 0:
        low, second = second.amount, replace(second, amount=low)  # "between minus 5 and minus 10 degrees"
    if low > second.amount:
        return
    if r.unit and second.unit is None and not second.minor and not second.written_scale and second.amount > 10 * low:
        return  # "growth of almost 2 percent to 316,000 units": a change and a count reached
    if (
        bare_to
        and _BY.search(before)
        and not ratio_written_twice
        and (r.unit is not None or second.unit is None or second.amount > 3 * low)
    ):
        # "cut its workforce by 1,500 to 12,000": a change and the level it led to; "by 5 to 10 percent" is a range
        return
    if bare_to and CHANGE_FORMS.search(before) and second.amount > 3 * low:
        return  # "claims dropped 83,000 to 3.614 million": a change and the level; "rise 5 to 7 percent" is a range
    _extend(r, low, second)
    if r.kind == "money" and r.unit and "_per_" not in r.unit and not r.per:
        read_rate(text, r)  # "$8,410/8,420 a tonne": the rate follows a bare second end
    if between:
        r.cue_start = max(0, r.start - 40) + between.start()
    elif from_ and word == "to":
        r.cue_start = max(0, r.start - 40) + from_.start()


def _money_obtained(moved: re.Match[str], r: Reading, second: Second) -> bool:
    """ "aims to raise 80 million to 90 million francs", "is raising $15 million to $20 million": money right after
    a verb of obtaining it (lexicon `funding_verbs`) is the sum sought, not the size of a rise; "to" joins a range."""
    if "money" not in (r.kind, second.kind):
        return False
    verb = moved.group(0).strip().lower()
    return any(verb.startswith(stem[:-1] if stem.endswith("e") else stem) for stem in words("funding_verbs"))


def _ratio_written_twice(r: Reading, second: Second) -> bool:
    """ "sees revenue growing 6 percent to 9 percent", "by 6 percent to 8 percent", "1.8 times to 3.1 times":
    a percent or multiple written on both ends, the second at most three times the first, is a range of the
    change; a level reached after a percent change lies far from it ("rose 0.3 percent to 9.8 percent")."""
    return r.unit in ("percent", "times") and second.unit == r.unit and 0 < r.amount < second.amount <= 3 * r.amount


def _told_as_past_move(before: str, moved: re.Match[str] | None) -> bool:
    """ "Comparable sales rose 1% to 3%": a move told in the past reaches a level, so the two percentages are a
    change and a level; "sees revenue growing 6 percent to 9 percent" and "cut prices by 5% to 10%" are ranges."""
    if moved is None or _BY.search(before):
        return False
    verb = moved.group(0).strip().lower()
    return told_in_past(verb)


def _low_end(r: Reading, second: Second) -> float:
    """ "4.45 to 4.65 billion", "25-50 bps": the first number shares the second's scale when it has none."""
    own_factor = r.amount / r.base if r.base else 1.0
    second_factor = second.amount / second.base if second.base else 1.0
    if abs(own_factor - 1.0) < 1e-12 and abs(second_factor - 1.0) > 1e-12 and r.amount * second_factor <= second.amount:
        return r.amount * second_factor
    return r.amount  # "$400,000 to $2.1 million": a first end that would pass the second keeps its own scale


def _extend(r: Reading, low: float, second: Second) -> None:
    r.first_end = r.end
    r.low, r.high = low, second.amount
    r.amount = (low + second.amount) / 2
    r.end = second.end
    r.unit = r.unit or second.unit
    r.kind = second.kind if r.kind == "amount" else r.kind
    r.explicit = r.explicit or second.explicit
    r.minor = r.minor or second.minor
    if second.per and (not r.per or r.per == second.per):
        r.per, r.per_end = second.per, second.per_end


def two_sided_bounds(text: str, readings: list[Reading]) -> list[Reading]:
    """ "more than 100 and less than 300": one range from two opposite bounds."""
    out: list[Reading] = []
    for r in readings:
        prev = out[-1] if out else None
        if prev is not None and _joins_as_bounds(text, prev, r):
            low, high = sorted((prev.amount, r.amount))
            lower_first = prev.bound.startswith(">") and r.bound.startswith("<")
            upper_first = prev.bound.startswith("<") and r.bound.startswith(">")
            ordered = prev.amount < r.amount if lower_first else r.amount < prev.amount
            if (lower_first or upper_first) and ordered:
                prev.low, prev.high, prev.amount, prev.bound = low, high, (low + high) / 2, "="
                prev.end = r.end
                continue
        out.append(r)
    return out


def _joins_as_bounds(text: str, prev: Reading, r: Reading) -> bool:
    return (
        prev.low is None
        and r.low is None
        and prev.bound != "="
        and r.bound != "="
        and prev.unit == r.unit
        and re.fullmatch(r"\s*,?\s*(?:and|but)?\s*", text[prev.end : r.cue_start or r.start]) is not None
    )
