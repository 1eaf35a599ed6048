"""Quantities in news text: amounts, money, percentages, multiples, counts and physical units.

quantulum3 reads news amounts poorly ("23.16 million in Q2" as inch·square·quintal,
"123 Mi" as miles, a parenthetical conversion as a negative amount), so the amount
grammar here is our own: a number, a scale word, a currency before or after, then a
unit from quantulum3's own unit lexicon. Every mention keeps its character span in
the text as given; the text is never rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import table, words
from extractor.models import Quantity

MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
TIME_ZONES = r"(?:GMT|EDT|EST|ET|BST|CET|CEST|PT|PST|PDT|UTC|IST|JST|HKT|a\.m\.|p\.m\.|am|pm|hrs|hours GMT)"
# A number must not be glued to a letter, digit or dot before it ("Q2", "FY2023", "v1.2").
NOT_GLUED_BEFORE = r"(?<![\w./\\-])"


@dataclass(frozen=True)
class QuantityMention:
    """A quantity and the character span [start, end) it was read from."""

    start: int
    end: int
    quantity: Quantity
    kind: str = "amount"  # amount | percent | money | multiple | count | physical
    extras: dict = field(default_factory=dict, compare=False)


def _alternation(entries: list[str]) -> str:
    """A regex alternation, longest entries first, whole words where they end in a letter."""
    ordered = sorted(set(entries), key=len, reverse=True)
    return "|".join(re.escape(e) + (r"(?![\w])" if e[-1].isalnum() else "") for e in ordered)


@cache
def _lexicon_patterns() -> dict[str, re.Pattern[str]]:
    currencies = table("currencies")
    prefixes = [c for c in currencies if not c.isalpha() or c.isupper() or len(c) <= 3 or c in ("rs", "rs.")]
    names = [c for c in currencies if c[0].isalpha() and len(c) > 3 or c in ("yen", "won")]
    scales = list(table("scales"))
    minor = list(table("minor_currencies"))
    number_words = list(table("number_words"))
    return {
        "prefix": re.compile(r"(" + _alternation(prefixes) + r")\s?$", re.IGNORECASE),
        "name": re.compile(r"\s?(?:(?:of|in)\s)?(" + _alternation(names) + ")", re.IGNORECASE),
        "minor": re.compile(r"\s?(" + _alternation(minor) + ")", re.IGNORECASE),
        "scale": re.compile(r"(?:\s|-)?(" + _alternation(scales) + r")(?![\w])", re.IGNORECASE),
        "word_number": re.compile(
            r"(?<![\w-])((?:" + _alternation(number_words) + r")(?:[\s-](?:and\s)?(?:" + _alternation(number_words) + r"))*)",
            re.IGNORECASE,
        ),
    }


PERCENT = re.compile(
    r"\s?(%|per\s?cent(?:age)?(?:\s+points?)?|pct|percentage\s+points?|basis\s+points?|bps|bp)(?![\w])",
    re.IGNORECASE,
)
MULTIPLE_SUFFIX = re.compile(r"(?:\s?(x)(?![\w])|[\s-]?(fold)(?![\w])|\s(times)(?![\w]))", re.IGNORECASE)
FOLD_WORD = re.compile(r"(?<![\w-])(two|three|four|five|six|seven|eight|nine|ten)[\s-]?fold(?![\w])", re.IGNORECASE)
PLURAL_ROUND = re.compile(
    r"(?<![\w-])(?:(several|many|a\s+few)\s+)?(hundreds|thousands|millions|billions|dozens|tens\s+of\s+thousands)\s+of(?![\w])",
    re.IGNORECASE,
)
NUMBER = re.compile(NOT_GLUED_BEFORE + r"(" + DIGITS + r")")
RANGE_JOIN = re.compile(r"\s?(?:-|–|—|to|and)\s?", re.IGNORECASE)
MONTH_BEFORE = re.compile(r"(?:" + MONTHS + r")\.?\s*$", re.IGNORECASE)
MONTH_AFTER = re.compile(r"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:" + MONTHS + r")\b", re.IGNORECASE)
CLOCK_AFTER = re.compile(r"^(?::\d\d|\s*" + TIME_ZONES + r"(?![\w]))", re.IGNORECASE)
ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.IGNORECASE)
YEAR = re.compile(r"^(1[89]\d\d|20\d\d)$")
# Words that may stand capitalised right before a number without making it part of a name.
FUNCTION_WORDS = frozenset(
    "a an the about around over under some nearly almost roughly approximately only just by to of in at on "
    "for from with and or but than up down more less after before since until as its their his her our "
    "rose fell grew gained lost added cut reached hit totaled totalled were was is are be had has have "
    "which that who while when where if each every all some and also between nearly just another "
    "rs inr usd eur gbp jpy cny rmb chf cad aud hkd sgd krw brl rub zar mxn".split()
)
AMBIGUOUS_SYMBOLS = frozenset({"mi", "pt", "ct", "cd", "dr", "ha", "yd", "gal", "pc", "bar", "cal", "min", "sec", "hr", "oz", "lb"})
SCALE_GLUE = frozenset({"k", "m", "bn", "mn", "mln", "bln", "b", "tn", "cr", "x", "p"})


def _number_value(surface: str) -> float | None:
    try:
        return float(surface.replace(",", ""))
    except ValueError:
        return None


def _word_number_value(phrase: str) -> float | None:
    """Value of a written number such as "two hundred and fifty" or "twenty-five"."""
    values = table("number_words")
    total, current = 0.0, 0.0
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word == "and":
            continue
        value = float(values[word][0])
        if value == 100:
            current = (current or 1) * 100
        elif value >= 1000:
            total += (current or 1) * value
            current = 0.0
        else:
            current += value
    return total + current


@dataclass
class _Reading:
    """An amount being read left to right from a number."""

    start: int
    end: int
    amount: float
    unit: str | None = None
    kind: str = "amount"
    explicit: bool = False  # carries a scale word, currency, percent or unit
    written: bool = False
    low: float | None = None
    high: float | None = None
    minor: tuple[str, float, str] | None = None  # (ISO code, factor, minor surface)


def _read_currency_prefix(text: str, r: _Reading) -> None:
    window = text[max(0, r.start - 8) : r.start]
    match = _lexicon_patterns()["prefix"].search(window)
    if not match:
        return
    symbol = match.group(1).lower()
    if symbol.isalpha() and match.group(1) not in (match.group(1).upper(), "Rs", "Rs."):
        return  # "try 5" is not Turkish lira: letter codes are written in capitals
    before = window[: match.start()]
    if symbol[0].isalpha() and before and before[-1].isalnum():
        return
    r.start = r.start - (len(window) - match.start())
    r.unit = table("currencies")[symbol][0]
    r.kind, r.explicit = "money", True


def _read_scale(text: str, r: _Reading) -> None:
    match = _lexicon_patterns()["scale"].match(text, r.end)
    if not match:
        return
    word = match.group(1)
    glued = match.start() == match.start(1)
    if len(word) <= 2 and word.lower() not in ("bn", "mn", "cr", "tn") and not glued:
        return  # " m" and " b" after a space are too ambiguous (metres, a list item)
    if word.lower() in ("m", "b", "k") and word.isupper() and r.unit is None and not glued:
        return
    if word.lower().startswith("cr"):
        r.unit = r.unit or "INR"  # crore is the Indian scale; money unless stated otherwise
        r.kind = "money" if r.kind == "amount" else r.kind
    factor = float(table("scales")[word.lower()][0])
    r.amount *= factor
    if r.low is not None and r.high is not None:
        r.low, r.high = r.low * factor, r.high * factor
    r.end, r.explicit = match.end(), True
    if word.lower() == "cr." and text[match.end() : match.end() + 1] in ("", "\n"):
        r.end -= 1  # a full stop that ends the sentence


def _read_unit_after(text: str, r: _Reading) -> None:
    if r.unit and r.kind == "money":
        return
    match = PERCENT.match(text, r.end)
    if match:
        word = match.group(1).lower()
        if "basis" in word or word.startswith("bp"):
            r.unit, factor = "percentage_point", 0.01
        elif "point" in word:
            r.unit, factor = "percentage_point", 1.0
        else:
            r.unit, factor = "percent", 1.0
        _scale(r, factor)
        r.end, r.kind, r.explicit = match.end(), "percent", True
        return
    match = _lexicon_patterns()["name"].match(text, r.end)
    if match and not (match.group(1).lower() in ("real", "rand", "won", "try", "franc") and r.kind != "amount"):
        if match.group(1).lower() not in ("real", "rand", "won", "try"):
            r.unit = table("currencies")[match.group(1).lower()][0]
            r.end, r.kind, r.explicit = match.end(), "money", True
            return
    match = _lexicon_patterns()["minor"].match(text, r.end)
    if match and (match.group(1).lower() != "p" or match.start() == match.start(1)):
        code, factor = table("minor_currencies")[match.group(1).lower()]
        r.minor = (code, float(factor), text[r.start : match.end()])
        r.unit = code
        _scale(r, float(factor))
        r.end, r.kind, r.explicit = match.end(), "money", True
        return
    match = MULTIPLE_SUFFIX.match(text, r.end)
    if match and not r.unit:
        r.unit, r.end, r.kind, r.explicit = "times", match.end(), "multiple", True
        return
    _read_physical_unit(text, r)


def _scale(r: _Reading, factor: float) -> None:
    r.amount *= factor
    if r.low is not None and r.high is not None:
        r.low, r.high = r.low * factor, r.high * factor


@cache
def _physical_units() -> tuple[re.Pattern[str], dict[str, str]]:
    """quantulum3's unit lexicon, physical units only, as one pattern and a surface -> name map."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import load

    units = load.units("en_US")
    names: dict[str, str] = {}
    skip_entities = {"dimensionless", "currency", "unknown", "time"}
    for surface, found in units.surfaces_lower.items():
        unit = next(iter(found))
        if unit.entity.name in skip_entities or len(surface) < 4:
            continue
        names[surface] = unit.name
    for symbol, found in units.symbols.items():
        unit = next(iter(found))
        if unit.entity.name in skip_entities or not symbol[:1].isalpha() or len(symbol) < 2:
            continue
        names.setdefault(symbol, unit.name)
    for surface, name in table("physical_units").items():
        names[surface] = name[0]
    # Unit symbols that are also English words ("in", "at", "a") are read only where the table says so.
    from spacy.lang.en.stop_words import STOP_WORDS

    names = {s: n for s, n in names.items() if s.lower() not in STOP_WORDS and s.lower() not in AMBIGUOUS_SYMBOLS}
    short = [s for s in names if s != s.lower() or len(s) <= 3]
    long = [s for s in names if s not in short]
    pattern = re.compile(
        r"\s?(?:(?-i:" + _alternation(short) + r")|(?i:" + _alternation(long) + r"))(?![\w])"
    )
    return pattern, names


def normalize_unit_name(name: str) -> str:
    """quantulum3's unit name in FACTS.md form: lower case, singular, US spelling, joined with "_"."""
    name = name.lower().replace("metre", "meter").replace("litre", "liter").replace("-", " ")
    return "_".join(name.split())


def _read_physical_unit(text: str, r: _Reading) -> None:
    pattern, names = _physical_units()
    match = pattern.match(text, r.end)
    if not match:
        return
    surface = match.group(0).strip()
    name = names.get(surface) or names.get(surface.lower())
    if name is None:
        return
    r.unit = normalize_unit_name(name)
    r.end, r.kind, r.explicit = match.end(), "physical", True


def _read_range(text: str, r: _Reading) -> None:
    """ "5 to 7", "5-7", "between 5 and 7": extend the reading to the second number."""
    join = RANGE_JOIN.match(text, r.end)
    if not join:
        return
    word = join.group(0).strip().lower()
    between = re.search(r"between\s+(?:\S+\s+)?$", text[max(0, r.start - 20) : r.start], re.IGNORECASE)
    if word == "and" and not between:
        return
    if word in ("-", "–", "—") and join.group(0) != word:
        return  # "5 - 7" with spaces is rare in news and often a dash between clauses
    if re.search(r"from\s+(?:\S+\s+)?$", text[max(0, r.start - 12) : r.start], re.IGNORECASE) and not between:
        return  # "rose from 5 to 7" is two levels, not a range
    prefix = _lexicon_patterns()["prefix"].match(text, join.end())
    number_at = prefix.end() if prefix else join.end()
    number = re.compile(DIGITS).match(text, number_at)
    if not number:
        return
    first_unit = r.unit
    second = _Reading(start=number.start(), end=number.end(), amount=_number_value(number.group(0)) or 0.0)
    _read_scale(text, second)
    _read_unit_after(text, second)
    if first_unit and second.unit and first_unit != second.unit:
        return
    if YEAR.match(number.group(0)) and not second.explicit:
        return
    low = r.amount
    if not r.explicit and second.explicit:
        # "5-7%" or "4.45 to 4.65 billion": the first number shares the second's scale and unit
        scale_of_second = second.amount / (_number_value(number.group(0)) or 1.0) if number.group(0) else 1.0
        if second.kind in ("money", "physical") or second.unit in ("percent", "percentage_point"):
            low = r.amount * scale_of_second
        elif second.kind == "amount":
            low = r.amount * scale_of_second
    if low > second.amount:
        return
    r.low, r.high = low, second.amount
    r.amount = (low + second.amount) / 2
    r.end = second.end
    r.unit = r.unit or second.unit
    r.kind = second.kind if r.kind == "amount" else r.kind
    r.explicit = r.explicit or second.explicit
    r.minor = r.minor or second.minor
    if between:
        r.start = r.start - (len(text[max(0, r.start - 20) : r.start]) - between.start())


def _is_identifier_or_date(text: str, r: _Reading, digits: str) -> bool:
    """Years, dates, clock times, ordinals, model numbers and codes are not quantities."""
    before, after = text[max(0, r.start - 30) : r.start], text[r.end : r.end + 12]
    if r.kind in ("money", "percent", "multiple"):
        return False
    if CLOCK_AFTER.match(after) or ORDINAL_AFTER.match(after):
        return True
    if re.match(r"^[A-Za-z]", after) and not re.match(r"^(?:x|k|m|bn|mn|p)\b", after, re.IGNORECASE):
        return True  # "4G", "3D": a letter glued to the number makes a name
    if re.match(r"^-\d", after) or re.match(r"^/\d", after) or re.match(r"^\.\d", after):
        return True  # "2022-23", "7/7", "1.2.3"
    if MONTH_BEFORE.search(before) or MONTH_AFTER.match(after.lstrip(" ,")):
        return True
    if YEAR.match(digits) and not r.explicit:
        return True
    words_before = re.findall(r"[\w&.'-]+", before)
    if words_before and not r.explicit:
        previous = words_before[-1]
        starts_sentence = re.search(r"(?:^|[.!?]\s+|\n)\S*$", before) is not None
        if previous[:1].isupper() and previous.lower() not in FUNCTION_WORDS and not starts_sentence:
            return True  # "Office 365", "Nikkei 225", "Galaxy S8": part of a name
        if re.search(r"(?:No\.|#|version|v\.|model|number)\s*$", before, re.IGNORECASE):
            return True
    if r.kind == "amount" and re.match(r"^-[a-z]", after) and not re.match(
        r"^-(?:year|month|week|day|hour|minute|mile|kilomet|metre|meter|foot|feet|inch|ton|point|percent|store|member)", after
    ):
        return True  # "two-channel", "one-time": an adjective compound, not a count
    return False


def _bound_and_approximation(text: str, start: int) -> tuple[str, bool, int]:
    """Bound and approximation cues right before `start`; returns (bound, approximate, new start)."""
    before = text[max(0, start - 30) : start].lower()
    bound, approximate, new_start = "=", False, start
    for cue, (sign,) in sorted(table("bound_cues").items(), key=lambda kv: -len(kv[0])):
        if re.search(r"(?<![\w])" + re.escape(cue) + r"\s+$", before):
            bound = sign
            new_start = start - len(before) + before.rfind(cue)
            before = before[: before.rfind(cue)]
            break
    for cue in sorted(words("approx_cues"), key=len, reverse=True):
        if re.search(r"(?<![\w])" + re.escape(cue) + r"\s+$", before):
            approximate = True
            new_start = start - (len(text[max(0, start - 30) : start])) + before.rfind(cue)
            break
    if text[start - 1 : start] == "~":
        approximate = True
    return bound, approximate, new_start


def _plus_after(text: str, r: _Reading) -> bool:
    """ "100+" is more than 100."""
    if text[r.end : r.end + 1] == "+":
        r.end += 1
        return True
    return False


def _readings(text: str) -> list[_Reading]:
    """Every amount that starts at a digit or a written number, left to right, without overlaps."""
    readings: list[_Reading] = []
    taken = 0
    starts = sorted(
        [(m.start(1), m.end(1), "digits", m.group(1)) for m in NUMBER.finditer(text)]
        + [(m.start(1), m.end(1), "words", m.group(1)) for m in _lexicon_patterns()["word_number"].finditer(text)]
    )
    for start, end, how, surface in starts:
        if start < taken:
            continue
        if how == "digits":
            value = _number_value(surface)
        else:
            if surface.lower() in ("half",) or surface.lower().startswith(("half", "and")):
                continue
            value = _word_number_value(surface)
        if value is None:
            continue
        r = _Reading(start=start, end=end, amount=value, written=how == "words")
        _read_currency_prefix(text, r)
        _read_scale(text, r)
        _read_unit_after(text, r)
        _read_range(text, r)
        if how == "digits" and _is_identifier_or_date(text, r, surface):
            taken = r.end
            continue
        if how == "words" and not r.explicit and not _written_count_ok(text, r, surface):
            continue
        readings.append(r)
        taken = r.end
    return readings


def _written_count_ok(text: str, r: _Reading, surface: str) -> bool:
    """A bare written number counts only when a noun follows ("two plants"), not "for one," or "one of"."""
    after = text[r.end : r.end + 20]
    if surface.lower() == "one" or re.match(r"^(?:-|\s+of\b|\s*[,.;:)]|$)", after):
        return False
    return re.match(r"^\s+[a-z]", after) is not None


def _fold_words(text: str) -> list[_Reading]:
    values = table("number_words")
    return [
        _Reading(m.start(), m.end(), float(values[m.group(1).lower()][0]), "times", "multiple", True, True)
        for m in FOLD_WORD.finditer(text)
    ]


def _plural_rounds(text: str) -> list[tuple[_Reading, str]]:
    """ "thousands of": at least a thousand, approximate."""
    values = {"hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "dozens": 12.0}
    found = []
    for m in PLURAL_ROUND.finditer(text):
        word = m.group(2).lower()
        amount = 1e4 if word.startswith("tens") else values[word]
        found.append((_Reading(m.start(2) if not m.group(1) else m.start(), m.end(2), amount, written=True), ">="))
    return found


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity in `text`, in order, with its span; parenthetical restatements become equivalents."""
    readings = [(r, None) for r in _readings(text)]
    taken = [(r.start, r.end) for r, _ in readings]
    for r in _fold_words(text):
        if not any(s < r.end and r.start < e for s, e in taken):
            readings.append((r, None))
    for r, bound in _plural_rounds(text):
        if not any(s < r.end and r.start < e for s, e in taken):
            readings.append((r, bound))
    readings.sort(key=lambda item: item[0].start)
    mentions = [_to_mention(text, r, bound) for r, bound in readings]
    return _fold_parentheticals(text, mentions)


def _to_mention(text: str, r: _Reading, forced_bound: str | None) -> QuantityMention:
    bound, approximate, cue_start = _bound_and_approximation(text, r.start)
    if _plus_after(text, r):
        bound = ">"
    if forced_bound:
        bound, approximate = forced_bound, True
    equivalents = []
    if r.minor:
        code, factor, minor_surface = r.minor
        equivalents.append(
            Quantity(amount=round(r.amount / factor, 10), unit=f"{code}_minor", surface=minor_surface)
        )
    quantity = Quantity(
        amount=round(r.amount, 10),
        unit=r.unit if r.unit != "times" or r.kind == "multiple" else None,
        approximate=approximate,
        bound=bound,
        low=r.low,
        high=r.high,
        surface=text[r.start : r.end],
        equivalents=equivalents,
    )
    return QuantityMention(r.start, r.end, quantity, r.kind, {"cue_start": cue_start, "written": r.written})


def _fold_parentheticals(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """ "100 billion yuan (14.71 billion US dollars)": the bracketed amount restates the one before it."""
    folded: list[QuantityMention] = []
    for mention in mentions:
        previous = folded[-1] if folded else None
        between = text[previous.end : mention.start] if previous else ""
        after = text[mention.end : mention.end + 2]
        if (
            previous is not None
            and re.fullmatch(r"\s*\(\s*(?:about|around|or|roughly|approximately|some)?\s*", between)
            and after[:1] == ")"
            and previous.kind == mention.kind
            and mention.kind in ("money", "physical")
        ):
            merged = previous.quantity.model_copy(
                update={"equivalents": [*previous.quantity.equivalents, mention.quantity]}
            )
            folded[-1] = QuantityMention(previous.start, previous.end, merged, previous.kind, previous.extras)
            continue
        folded.append(mention)
    return folded


# ---------------------------------------------------------------- with a parse


def counted_noun(span: Span) -> str | None:
    """The noun a plain count counts: "123 Mi Home stores" -> "store"; "thousands of engineers" -> "engineer"."""
    last = span[-1]
    head = last.head
    if last.dep_ in ("nummod", "compound", "amod", "quantmod") and head.i > last.i and head.pos_ in ("NOUN", "PROPN"):
        if head.pos_ == "NOUN":
            return _singular(head)
    for token in span.doc[span.end : min(span.end + 6, len(span.doc))]:
        if token.lower_ == "of" and token.i == span.end:
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].pos_ in ("NOUN", "PROPN"):
                return _singular(objects[0])
            return None
        if token.pos_ == "NOUN":
            return _singular(token)
        if token.pos_ not in ("ADJ", "PROPN", "NOUN", "PUNCT", "ADV", "VERB") or token.is_punct:
            return None
    return None


def _singular(token: Token) -> str:
    lemma = token.lemma_.lower()
    if lemma in ("people", "person"):
        return "people"
    return lemma


def change_direction(span: Span) -> str | None:
    """Direction a quantity's governor states: "rose 5 percent" up; "a 3% decline" down; "rose to 5" none."""
    root = span.root
    up, down = words("change_up"), words("change_down")
    # "a 3% decline", "a 70 percent surge": the quantity modifies the change noun
    if root.head.pos_ == "NOUN" and root.head.i > root.i and root.dep_ in ("compound", "nummod", "amod", "npadvmod"):
        lemma = root.head.lemma_.lower()
        if lemma in up:
            return "up"
        if lemma in down:
            return "down"
    governor, via = root.head, root
    if via.dep_ == "pobj" and governor.lower_ in ("to", "at", "from", "of", "in", "for", "on"):
        return None  # "rose to 5 percent" gives a level, not the size of the change
    if via.dep_ == "pobj" and governor.lower_ == "by":
        via, governor = governor, governor.head
    for _ in range(2):
        lemma = governor.lemma_.lower()
        if lemma in up or any(c.lower_ == "up" and c.dep_ in ("advmod", "prt") for c in governor.children):
            return "down" if _negated_down(governor) else "up"
        if lemma in down or any(c.lower_ == "down" and c.dep_ in ("advmod", "prt") for c in governor.children):
            return "down"
        if via.dep_ in ("dobj", "npadvmod", "attr", "advmod", "nsubj") and governor.pos_ in ("VERB", "AUX"):
            break
        via, governor = governor, governor.head
    for token in span.doc[max(span.sent.start, span.start - 2) : span.start]:
        if token.lower_ in ("up", "down") and token.dep_ in ("advmod", "prt", "amod"):
            return token.lower_
    return None


def _negated_down(token: Token) -> bool:
    return False


def mentions_in_doc(doc: Doc) -> list[tuple[QuantityMention, Span]]:
    """The quantities of a parsed Doc, each with the token span it covers, counted noun and direction set."""
    results = []
    for mention in find_quantities(doc.text):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        quantity = mention.quantity
        update: dict = {"direction": change_direction(span)}
        if quantity.unit is None and mention.kind in ("amount",):
            update["counted"] = counted_noun(span)
        results.append((QuantityMention(mention.start, mention.end, quantity.model_copy(update=update), mention.kind, mention.extras), span))
    return results
