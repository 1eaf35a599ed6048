"""Finding quantities in text (`find_quantities`); `in_doc` adds what the parse tells, `view` what
`extract quantities` shows.

quantulum3 reads news amounts poorly ("23.16 million in Q2" as inch·square·quintal,
"123 Mi" as miles, a parenthetical conversion as a negative amount), so the grammar here is
our own: a number (digits, written words or both), a scale word, a currency before or after,
then a unit. Every mention keeps its character span in the text as given; the text is never
rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extractor.lexicons import table, words
from extractor.mentions.quantities.ages import is_age
from extractor.mentions.quantities.article_units import article_units
from extractor.mentions.quantities.compared_levels import one_size, share_compared_units
from extractor.mentions.quantities.cues import set_cues
from extractor.mentions.quantities.currencies import (
    Context,
    read_currency_after,
    read_currency_prefix,
    read_minor_unit,
    read_sign_before_currency,
)
from extractor.mentions.quantities.decades import decades
from extractor.mentions.quantities.digit_magnitudes import digit_magnitudes
from extractor.mentions.quantities.dimensions import share_dimension_units
from extractor.mentions.quantities.durations import article_durations
from extractor.mentions.quantities.estimates import share_estimate_rates
from extractor.mentions.quantities.filters import (
    PERIOD_PHRASE,
    bare_half_of,
    blocked_spans,
    is_identifier_or_date,
    named_count_shown,
    written_count_ok,
)
from extractor.mentions.quantities.fraction_moves import fraction_moves
from extractor.mentions.quantities.lexicon import (
    CALENDAR_PERIODS,
    NOT_GLUED_BEFORE,
    current_level_pattern,
    glued_prefixes,
    lex,
    time_units,
    vulgar_fractions,
)
from extractor.mentions.quantities.numbers import parse_number
from extractor.mentions.quantities.population_rates import population_rates
from extractor.mentions.quantities.ranges import read_range, two_sided_bounds
from extractor.mentions.quantities.ratios import ratio_counts
from extractor.mentions.quantities.reading import Reading, scale
from extractor.mentions.quantities.relative_durations import counted_from_now
from extractor.mentions.quantities.units import plural_unit_at, read_scale, read_unit_after
from extractor.mentions.regex_gate import gated_finditer, lowered_text, starting_with, with_first_characters
from extractor.models import Quantity

# "50, 60 or 70 percent": bare numbers listed before the one that carries the unit share it
_LIST_BETWEEN = re.compile(r"\s*,\s*|\s*,?\s+(?:or|and)\s+")
# "every seven, 14 or 28 days": a written number opening a list of figures, read though a comma follows it
_WRITTEN_OPENS_LIST = re.compile(r",\s+\d[\d,.]*(?:,\s+\d[\d,.]*)*,?\s+(?:or|and)\s+\d")
# "from a high of $84.20 a barrel to a low of $79.65": a level named by its noun; "to the current 12 cents a share
# from 20 cents": the level holding now (lexicon `current_level_modifiers`)
_LEVEL_OF = r"(?:(?:a|an|the)\s+(?:[a-z]+\s+)?(?:high|low|peak|trough|level)\s+of\s+|" + current_level_pattern() + r")?"
_MOVE_BETWEEN = re.compile(
    r"\s+(?:to|from)\s+" + _LEVEL_OF + r"(?:(?:above|below|about|around|nearly|almost|over|under)\s+)?"
)
_MOVE_BEFORE = re.compile(r"\b(?:to|from)\s+" + _LEVEL_OF + "$", re.IGNORECASE)
# "72 cents per share, up from 59 cents", "50 cents a share, compared with 45 cents", "$2.10 a share, against $1.95"
_UP_FROM_BETWEEN = re.compile(
    r"(?:\s*,\s*(?:(?:up|down)\s+)?from|\s*,?\s+(?:compared\s+(?:with|to)|versus|vs\.?|against))\s+"
    r"(?:(?:the|about|around|nearly|almost|above|below)\s+)?",
    re.IGNORECASE,
)
# "lost 23 cents to finish at $58.14 a barrel", "ended 36 cents lower at $77.05 a barrel": a change, then the
# price per unit it reached
_CHANGE_THEN_LEVEL = re.compile(
    r"\s+(?:(?:higher|lower)\s+)?(?:to\s+(?:settle|end|close|finish)\s+)?(?:at|to)\s+"
    r"(?:(?:about|around|nearly|near|just)\s+)?",
    re.IGNORECASE,
)
# "ended at $63.90 a barrel, down 81 cents": a price per unit, then the change that led to it
_LEVEL_THEN_CHANGE = re.compile(r"\s*,\s*(?:up|down|off|gaining|losing|rising|falling)\s+", re.IGNORECASE)
_OF = re.compile(r"\s+of(?=\s)")
_PLUS = re.compile(r"(?<![\w.+-])\+(?=\d[\d.,]*\s?%)")  # "+0.3%" in a market list
_MINUS_WORD = re.compile(r"(?<![\w-])(?:minus|negative)(?:\s+|-)(?=\d)", re.IGNORECASE)  # "minus 240 Fahrenheit"
_MINUS = re.compile(r"(?=[-−])(?<![\w.-])[-−](?=\d)")  # each opening lookahead here: a fast scan, same matches
_DIGIT_START = re.compile(r"(?=[\d.])" + NOT_GLUED_BEFORE + r"(?:\d|\.\d)")
_BRACKET_BETWEEN = re.compile(r"\s*[(\[]\s*(?:about|around|or|roughly|approximately|some|nearly|almost|~)?\s*")


@dataclass(frozen=True)
class QuantityMention:
    """A quantity and the character span [start, end) it was read from."""

    start: int
    end: int
    quantity: Quantity
    kind: str = "amount"  # amount | percent | money | multiple | physical
    extras: dict = field(default_factory=dict, compare=False)


@cache
def _number_prefix() -> re.Pattern[str]:
    """ "a sub-2 percent pace": the number after a prefix glued by a hyphen."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(sorted(words("number_prefixes"))) + r")-(?=\d)", re.IGNORECASE)


@cache
def _glued_code() -> re.Pattern[str]:
    """ "USD500", "EUR12m", "Rs500": an ISO code (from `currencies.tsv`) glued to the number."""
    currencies = lex().currencies
    codes = sorted(c.upper() for c in currencies if c.isalpha() and len(c) == 3 and currencies[c] == c.upper())
    alternatives = [*codes, "RMB", "Rs"]
    return re.compile(starting_with(alternatives) + r"(?<![A-Za-z])(?:" + "|".join(alternatives) + r")(?=\d)")


@cache
def _glued_prefix_start() -> re.Pattern[str]:
    entries = sorted(glued_prefixes(), key=len, reverse=True)
    return re.compile(
        starting_with(entries) + r"(?<![\w$€£¥'’])(?:" + "|".join(re.escape(e) for e in entries) + r")(?=\d)"
    )


def _starts(text: str) -> list[tuple[int, str]]:
    starts = [(m.start(), "digits") for m in _DIGIT_START.finditer(text)]
    starts += [(m.start(), "words") for m in lex().word_start.finditer(text)]
    lowered = lowered_text(text)  # the rarer starts ("EUR5", "+3%", "minus 4", "sub-10") run only where possible
    starts += [(m.end(), "digits") for m in gated_finditer(_glued_code(), text, lowered)]
    starts += [(m.end(), "glued") for m in _glued_prefix_start().finditer(text)]
    starts += [(m.start(), "digits") for m in re.finditer("[" + "".join(vulgar_fractions()) + "]", text)]
    starts += [(m.start(), "digits") for m in _MINUS.finditer(text)]
    starts += [(m.start(), "digits") for m in gated_finditer(_PLUS, text, lowered)]
    starts += [(m.start(), "digits") for m in gated_finditer(_MINUS_WORD, text, lowered)]
    starts += [(m.end(), "digits") for m in gated_finditer(_number_prefix(), text, lowered)]
    return sorted(set(starts))


def _read_at(text: str, start: int, context: Context):
    """The reading that starts at `start` and the number it was read from, or None."""
    sign, at = 1.0, start
    if text[start] == "+":
        at = start + 1
    if text[start] in "-−":
        if start > 0 and not re.match(r"[\s($€£¥]", text[start - 1]):  # "$-40.2bn": a signed amount
            return None
        sign, at = -1.0, start + 1
    number = parse_number(text, at)
    if number is None:
        return None
    r = Reading(
        start=start,
        end=number.end,
        amount=sign * number.value,
        written=number.written,
        explicit=number.scaled,
        base=sign * (number.base if number.scaled else number.value),
        scaled=number.scaled,
    )
    read_currency_prefix(text, r, context)
    read_sign_before_currency(text, r)
    read_scale(text, r)
    read_unit_after(text, r, context)
    if not (r.unit in CALENDAR_PERIODS and counted_from_now(text[max(0, start - 30) : start], text, r.end)):
        read_range(text, r, context)  # "over the past five years to 11 years": a span from now, then a level
    if r.unit is None and is_age(text, r, start):
        r.unit, r.kind, r.explicit = "year", "physical", True  # "at age 65", "aged 60", "Lee, 57,", "retired at 62"
    return r, number, at


@lru_cache(maxsize=4)
def _context(text: str) -> Context:
    """The currency context of a text, read once for both readers of a document (it is never changed)."""
    return Context(text)


def _readings(text: str) -> list[Reading]:
    """Every amount that starts at a digit or a written number, left to right, without overlaps."""
    context = _context(text)
    blocked = blocked_spans(text)
    readings: list[Reading] = []
    taken = 0
    for start, how in _starts(text):
        if start < taken or any(s <= start < e for s, e in blocked):
            continue
        found = _read_at(text, start, context)
        if found is None:
            continue
        r, number, at = found
        if how == "glued" and r.kind != "money":
            continue  # "R2 Investments": a letter glued to a number that is no currency prefix here
        digits = text[at : number.end]
        if how in ("digits", "glued") and not number.written and is_identifier_or_date(text, r, digits, number.end):
            taken = max(taken, r.end)
            continue
        if number.written and not r.explicit and not written_count_ok(text, r, number):
            shown = named_count_shown(text, r, number) or bare_half_of(text, r, number)
            if not shown and not _WRITTEN_OPENS_LIST.match(text, r.end):
                continue
            # "Half of the staff", "every seven, 14 or 28 days", "eight Italians": shown; the facts read a share of a
            # whole only after a cue, no written number of a list (`_share_list_units`), no count named so
            r.shown_only = True
        if r.unit in CALENDAR_PERIODS and PERIOD_PHRASE.search(before := text[max(0, r.start - 30) : r.start]):
            if not counted_from_now(before, text, r.end):
                taken = r.end
                continue  # "the first nine months": a stretch of a calendar or report, a period only
            r.shown_only = True  # "the next 12 months": a duration shown; the facts read the phrase as a period
        readings.append(r)
        taken = r.end
    return readings


def _fold_pattern() -> re.Pattern[str]:
    small = [w for w, v in lex().numbers.items() if 2 <= v <= 10 and w.isalpha()]
    return re.compile(r"(?<![\w-])(" + "|".join(small) + r")[\s-]?fold(?![\w])", re.IGNORECASE)


def _multiple_verb_pattern() -> re.Pattern[str]:
    """ "doubled", "halving"; the base form only after "to" or a modal ("expects costs to more than double",
    "could triple"), where it is a verb, not the adjective of "double digits"."""
    stems = "|".join(table("multiple_verbs"))
    modal = r"\b(?:to|will|would|could|can|may|might|should|shall)\s+(?:(?:more\s+than|nearly|almost)\s+)?"
    return re.compile(
        r"(?<![\w-])("
        + stems
        + r")(?:ed|es|ing)(?![\w-])|"
        + modal
        + r"(?P<base>"
        + stems
        + r")e(?![\w-])(?!\s+digits?)",
        re.IGNORECASE,
    )


def _plural_round_pattern() -> re.Pattern[str]:
    plurals = "|".join(table("plural_rounds"))
    return re.compile(
        r"(?<![\w-])(?:(several|many|a\s+few|tens\s+of|10s\s+of|hundreds\s+of|100s\s+of)\s+)?(" + plurals + r")"
        # "thousands of", "billions in loans", "hundreds of millions, if not billions"
        r"(?=\s+(?:of|more|in|were|are|have|had|and|or)\b|\s*[,.;:)]|\s+[a-z]+ed\b"
        # any other lower-case word or the end: "left thousands homeless", "sent dozens to hospital"; not a capitalised
        # word ("the Millions Fund" names something)
        r"|\s+(?P<wide>(?-i:[a-z]+))\b|\s*$)",
        re.IGNORECASE,
    )


def _multiple_word_pattern() -> re.Pattern[str]:
    """ "twice as many", "twice the volume", "triple current standards", "double what it paid": a multiple
    before what it multiplies; not "twice a year" or "twice this week" (how often) nor "double-digit" (an adjective)."""
    multiples = "|".join(table("multiple_words"))
    return re.compile(
        r"(?<![\w-])(" + multiples + r")(?=\s+(?P<next>as|the|that|its|their|his|her|our|what|current|normal|usual)\b)",
        re.IGNORECASE,
    )


# scanned over a whole story each: behind a lookahead for their first characters (they open with a lookbehind, tried
# at every character otherwise), the same matches and groups
FOLD_WORD = with_first_characters(_fold_pattern())
MULTIPLE_VERB = with_first_characters(_multiple_verb_pattern())
MULTIPLE_WORD = with_first_characters(_multiple_word_pattern())
PLURAL_ROUND = with_first_characters(_plural_round_pattern())


def _fold_words(text: str) -> list[Reading]:
    """ "threefold", "doubled", "halving": multiples written as words."""
    values = lex().numbers
    lowered = lowered_text(text)  # the scans run only on texts holding the words they need ("fold", "doubl")
    found = [
        Reading(m.start(), m.end(), values[m.group(1).lower()], "times", "multiple", True, True)
        for m in gated_finditer(FOLD_WORD, text, lowered)
    ]
    factors = table("multiple_verbs")
    for m in gated_finditer(MULTIPLE_VERB, text, lowered):
        stem = m.group(1) or m.group("base")
        amount = float(factors[stem.lower()][0])
        start = m.start(1) if m.group(1) else m.start("base")
        found.append(Reading(start, m.end(), amount, "times", "multiple", True, True))
    multiples = table("multiple_words")
    for m in gated_finditer(MULTIPLE_WORD, text, lowered):
        factor, kind = multiples[m.group(1).lower()][:2]
        if m.group("next").lower() == "as" and kind != "adverb":
            continue  # "the debentures double as equity": a verb
        factor = float(factor)
        # a multiple that compares ("twice as many") moves nothing; the facts read multiples of a verb ("doubled")
        # or a number ("15 times") only
        multiple = Reading(m.start(), m.end(), factor, "times", "multiple", True, True, tally=True, shown_only=True)
        found.append(multiple)
    return found


def _plural_rounds(text: str, context: Context) -> list[Reading]:
    """ "thousands of": at least 1,000, approximate (FACTS.md); shown by `extract quantities` as 1,000 to 10,000."""
    values = table("plural_rounds")
    found = []
    for m in gated_finditer(PLURAL_ROUND, text, lowered_text(text)):  # most texts have no "thousands"
        low = float(values[m.group(2).lower()][0])
        outer = (m.group(1) or "").lower()
        if "of_noun" in values[m.group(2).lower()][1:] and not _counts_after_of(text, m.start(2), m.end(2)):
            continue  # "test scores", "scores of less than 50": ratings, not "scores of investors"
        if outer.startswith(("tens", "10s")):
            low *= 10
        elif outer.startswith(("hundreds", "100s")):
            low *= 100
        start = m.start() if outer and outer.startswith(("tens", "hundreds", "10s", "100s")) else m.start(2)
        r = Reading(start, m.end(2), low, written=True, bound=">=", approximate=True, vague_high=low * 10)
        # a magnitude marked "shown" (`plural_rounds`: "trillions") sizes a whole market or economy, never one
        # subject's measure, so only `extract quantities` shows it and the facts read nothing from it
        r.shown_only = "shown" in values[m.group(2).lower()][1:]
        if m.group("wide"):
            if m.group("wide") == "upon" or (m.group(2).lower() == "tens" and not outer):
                continue  # "millions upon millions" is one magnitude, read at its end; "tens" counts before "of"
            if text[max(0, m.start() - 7) : m.start()].rstrip().lower().endswith("digit"):
                continue  # "triple-digit millions": `digit_magnitudes` reads the pair
            # before any other word the plural is as vague, but no fact was seen to need it: shown only, so the
            # facts read what they read before (quant30)
            r.shown_only = True
        _read_currency_of(text, r, context)
        found.append(r)
    return found


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$", re.IGNORECASE)
_OF_WORD = re.compile(r"\s+of\s+([a-z][a-z-]*)\b", re.IGNORECASE)


def _counts_after_of(text: str, start: int, end: int) -> bool:
    """ "Scores of investors", "with scores of banks": a plural read as a vague count only when "of" and a word follow
    that is no number and no rating's bound or named set, and the word before names no rating (lexicon
    `score_count_blockers`: "test scores", "scores of less than 50", "the scores of the two teams")."""
    blockers = table("score_count_blockers")
    after = _OF_WORD.match(text, end)
    if after is None:
        return False
    word = after.group(1).lower()
    if word in lex().numbers or blockers.get(word, ("",))[0] in ("after", "both"):
        return False
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return before is None or blockers.get(before.group(1).lower(), ("",))[0] not in ("before", "both")


_SEVERAL = re.compile(
    r"(?<![\w-])(?:several|a\s+few|(?P<couple>a\s+couple(?:\s+of)?))\s+(dozen|hundred|thousand|million|billion|trillion)"
    r"(?:\s+(thousand|million|billion))?(?![\w-])",
    re.IGNORECASE,
)


def _several_scales(text: str, context: Context) -> list[Reading]:
    """ "several hundred employees", "a few thousand yuan", "several billion euros": a vague magnitude, shown
    like "hundreds" as the span of one order (100 to 1,000), at least the scale for the facts; "a few dozen" is
    shown as "dozens" is (12 to 120); "a couple (of) hundred" is about two of the scale (200), not a span."""
    found = []
    for m in gated_finditer(_SEVERAL, text, lowered_text(text)):
        low = 1.0
        for word in m.groups()[1:]:
            if word:
                low *= lex().numbers.get(word.lower()) or lex().scales[word.lower()]
        if m.group("couple"):
            # shown only: the one story's figure made a fact with the fallback predicate "amount" (quant30b)
            r = Reading(m.start(), m.end(), 2 * low, written=True, approximate=True, shown_only=True)
        else:
            r = Reading(m.start(), m.end(), low, written=True, bound=">=", approximate=True, vague_high=low * 10)
        read_currency_after(text, r, context) or _read_currency_of(text, r, context)
        found.append(r)
    return found


_ARTICLE_MINOR = re.compile(r"(?<![\w-])an?(?=\s+(?:penny|cent)\b(?!\s+of\b))", re.IGNORECASE)
# "not a penny", "every cent": an idiom of no amount
_NO_AMOUNT_BEFORE = re.compile(r"\b(?:not|n't|never|every|single|last)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _article_minor_units(text: str, context: Context) -> list[Reading]:
    """ "a dividend of a penny a share", "beat estimates by a penny": one minor unit written with an article."""
    found = []
    for m in gated_finditer(_ARTICLE_MINOR, text, lowered_text(text)):
        if _NO_AMOUNT_BEFORE.search(text[max(0, m.start() - 20) : m.start()]):
            continue
        r = Reading(m.start(), m.end(), 1.0, written=True)
        if read_minor_unit(text, r, context):
            found.append(r)
    return found


def _read_currency_of(text: str, r: Reading, context: Context) -> None:
    """ "millions of dollars", "tens of billions of yen", "millions of barrels": the currency or unit the
    magnitude counts."""
    of = _OF.match(text, r.end)
    if of is None:
        return
    lexicon = lex()
    match = lexicon.name_after.match(text, of.end())
    surface = (match and match.group("name") or "").lower()
    # a plural, or a name with no plural ("yen", "yuan"): not "billions of euro zone debt"
    if surface in lexicon.currencies and (surface.endswith("s") or surface + "s" not in lexicon.currencies):
        r.unit = context.resolve(surface, lexicon.currencies[surface])
        r.kind, r.explicit, r.end = "money", True, match.end()
        return
    unit = plural_unit_at(text, of.end())
    if unit is not None:
        r.unit, r.end = unit
        r.kind, r.explicit = "physical", True


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity in `text`, in order, with its span; parenthetical restatements become equivalents."""
    moves = fraction_moves(text)  # "fell by a third": a percent, not the number 0.33 the number reader sees
    moves += ratio_counts(text)  # "voted 7-2", "a 2-for-1 split": two counts, not a range or a date
    readings = [r for r in _readings(text) if not any(m.start < r.end and r.start < m.end for m in moves)] + moves
    taken = [(r.start, r.end) for r in readings]
    context = _context(text)
    vague = _plural_rounds(text, context) + _several_scales(text, context) + digit_magnitudes(text) + decades(text)
    one_unit = _article_minor_units(text, context) + article_durations(text) + article_units(text)
    for r in _fold_words(text) + vague + one_unit:
        if not any(s < r.end and r.start < e for s, e in taken):
            readings.append(r)
            taken.append((r.start, r.end))
    readings.sort(key=lambda r: r.start)
    for r in readings:
        set_cues(text, r)
    readings = two_sided_bounds(text, readings)
    readings = population_rates(text, readings)  # "410 cases per 100,000 people": one rate
    _share_move_units(text, readings)
    share_compared_units(text, readings)  # "3.4 million passengers last quarter, up slightly from 3.1 million"
    share_estimate_rates(text, readings)  # "beating the mean forecast of $1.93" after "$2.07 a share"
    _share_price_rate(text, readings)
    _share_list_units(text, readings)
    share_dimension_units(text, readings)  # "20 by 8 feet": a size in one unit
    _carry_list_unit_forward(text, readings)
    _share_hung_time_units(text, readings)
    mentions = [_to_mention(text, r) for r in readings]
    return _fold_parentheticals(text, mentions)


def _share_move_units(text: str, readings: list[Reading]) -> None:
    """ "dropped from 210 pounds to 195", "fell to 640 million euros from 2 billion": the two levels of a
    move share the unit written once; "from $8,200 to $9,050 a tonne" shares the rate, and so do
    "to $1.80 a share from $2.75" (the words of a rate stand between the two levels) and "72 cents per
    share, up from 59 cents"."""
    for first, second in zip(readings, readings[1:], strict=False):
        between = text[first.per_end or first.end : second.start]
        compared = _UP_FROM_BETWEEN.fullmatch(between) is not None and second.low is None
        if (first.low is not None or second.low is not None) and not compared:
            continue  # "$2.05 to $2.20 per share, up from $1.97": a range may share its rate with the old level
        moved = _MOVE_BETWEEN.fullmatch(between) and _MOVE_BEFORE.search(text[max(0, first.start - 40) : first.start])
        if not moved and not compared:
            continue  # "72 cents per share, up from 59 cents": the old level of a comparison is a move's level too
        for bare, stated in ((first, second), (second, first)):
            if bare.unit is None and stated.unit is not None and not bare.written and bare.kind == "amount":
                bare.unit, bare.kind, bare.per = stated.unit, stated.kind, stated.per
                _take_factor(bare, stated)
            elif bare.unit and stated.unit and stated.unit.startswith(bare.unit + "_per_"):
                bare.unit = stated.unit
            elif bare.unit == stated.unit and stated.per and not bare.per and _comparable(bare, stated):
                bare.per = stated.per


def _take_factor(bare: Reading, stated: Reading) -> None:
    """ "eased to 150 basis points, from 170", "fell to 3.1 billion pounds from 4.4": the bare level is written in
    the stated level's unit and scale, so it takes their factor (basis points are hundredths of a percentage
    point) when the two levels then stand within ten times of each other, as the levels of one move do."""
    if not stated.base or bare.scaled or bare.low is not None:
        return
    factor = stated.amount / stated.base
    if factor != 1.0 and one_size(bare.amount * factor, stated.amount):
        scale(bare, factor)
        bare.scaled = bare.scaled or stated.scaled


def _share_price_rate(text: str, readings: list[Reading]) -> None:
    """ "lost 23 cents to finish at $58.14 a barrel", "ended at $63.90 a barrel, down 81 cents": the change of
    a price per unit is per unit too, as in "gained $1.18 to $71.25 a barrel" (read as a range's two ends)."""
    for first, second in zip(readings, readings[1:], strict=False):
        between = text[first.per_end or first.end : second.start]
        if _CHANGE_THEN_LEVEL.fullmatch(between):
            change, level = first, second
        elif _LEVEL_THEN_CHANGE.fullmatch(between):
            change, level = second, first
        else:
            continue
        if (
            change.kind == "money"
            and change.unit
            and level.unit
            and level.unit.startswith(change.unit + "_per_")
            and not change.scaled
            and change.low is None
            and change.amount < level.amount
        ):
            change.unit = level.unit


def _comparable(bare: Reading, stated: Reading) -> bool:
    """Two levels of one rate are of one size: in "N cents a share, against $N million, or N cents a share a
    year earlier" the $N million is the whole profit, not a rate per share."""
    return not bare.scaled and one_size(bare.amount, stated.amount)


def _share_list_units(text: str, readings: list[Reading]) -> None:
    """ "Discounts of 50, 60 or 70 percent", "every 7, 14 or 28 days": the list's last unit is everyone's. A written
    number of the list ("two or three weeks", "every seven, 14 or 28 days") takes it in `extract quantities` only:
    the facts keep reading "two" as they did (a fact of 2 weeks would be a span no one stated)."""
    for i in range(len(readings) - 1, 0, -1):
        stated = readings[i]
        if stated.unit is None or stated.kind not in ("percent", "physical", "multiple"):
            continue
        j = i - 1
        while j >= 0 and _LIST_BETWEEN.fullmatch(text[readings[j].end : readings[j + 1].start]):
            bare = readings[j]
            if bare.unit is not None or bare.low is not None or bare.scaled or bare.shown_unit:
                break
            if bare.written:
                if not _written_list_item(bare, text[bare.end : readings[j + 1].start]):
                    break  # "Slightly over half, or 53 percent": a restatement, not a list
                bare.shown_unit = stated.unit  # also "four or five times the sum"
            elif stated.kind == "multiple":
                break  # "rose 2 or 3 times": the digits keep what the facts read
            else:
                bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True
            j -= 1


def _written_list_item(bare: Reading, gap: str) -> bool:
    """A whole written number listed before a figure ("two or three weeks"), not a fraction restated after a comma
    ("half, or 53 percent")."""
    return bare.amount >= 2 and bare.amount == int(bare.amount) and not _RESTATED_GAP.match(gap)


_RESTATED_GAP = re.compile(r"\s*,\s*or\s")


# "N yen by end-March, N by end-<year>, and N by end-<year>": each item of the list dated by the same preposition
_DATED_ITEM_GAP = re.compile(r"\s+(?P<prep>for|at|in|by)\s+[\w'-]+(?:\s+[\w'-]+){0,2}?(?:\s*,|,?\s+and)\s+")


def _carry_list_unit_forward(text: str, readings: list[Reading]) -> None:
    """ "Our targets are 100 yen for June, 102 for December and 106 for next year": money or a percent written on
    the first item of a dated list is the unit of the bare items after it, when each is dated the same way."""
    for i, stated in enumerate(readings):
        if stated.unit is None or stated.kind not in ("money", "percent") or stated.low is not None or stated.per:
            continue
        for bare, before in zip(readings[i + 1 :], readings[i:], strict=False):
            gap = _DATED_ITEM_GAP.fullmatch(text[before.end : bare.start])
            same_dating = gap is not None and _dated_by(gap.group("prep")).match(text, bare.end)
            if not same_dating or bare.unit is not None or bare.low is not None or bare.written:
                break
            bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True


@cache
def _dated_by(prep: str) -> re.Pattern[str]:
    """The list's preposition right after a bare item (case as written): matched in place, the text not copied."""
    return re.compile(r"\s+" + prep + r"\s")


_HUNG_BETWEEN = re.compile(r"-,?\s+(?:and|or)\s+")


def _share_hung_time_units(text: str, readings: list[Reading]) -> None:
    """ "two- and 10-year", "one- or two-year", "10- and 30-year Treasuries": a number left hanging by its hyphen
    takes the time unit of the compound that ends the list."""
    for i in range(len(readings) - 1, 0, -1):
        stated, bare = readings[i], readings[i - 1]
        hung = _HUNG_BETWEEN.fullmatch(text[bare.end : stated.start])
        if hung and stated.unit in time_units().values() and bare.unit is None and bare.low is None:
            bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True


def _tidy(value: float) -> float:
    """Round away float noise from scaling: 4.1 * 1e12 is 4099999999999.9995, stated as 4.1 trillion."""
    return float(f"{round(value, 10):.15g}")


def _to_mention(text: str, r: Reading) -> QuantityMention:
    equivalents = []
    if r.minor:
        _code, factor, minor_name, _minor_surface = r.minor
        equivalents.append(
            Quantity(
                amount=round(r.amount / factor, 10),
                unit=minor_name,
                surface=text[r.start : r.end],
                approximate=r.approximate,
                bound=r.bound,
            )
        )
    quantity = Quantity(
        amount=_tidy(r.amount),
        unit=r.unit,
        approximate=r.approximate,
        bound=r.bound,
        low=None if r.low is None else _tidy(r.low),
        high=None if r.high is None else _tidy(r.high),
        surface=text[r.start : r.end],
        equivalents=equivalents,
    )
    extras = {
        "cue_start": r.cue_start if r.cue_start is not None else r.start,
        "written": r.written,
        "scaled": r.scaled,
    }
    if r.unit in time_units().values():
        extras["dimension"] = "time"
    if r.per:
        extras["per"] = r.per
        if r.per_end:  # the rate's words are shown, not part of the mention the facts read
            extras["per_end"], extras["per_surface"] = r.per_end, text[r.start : r.per_end]
    if r.vague_high:
        extras["vague_high"] = r.vague_high
    if r.shown_unit:
        extras["shown_unit"] = r.shown_unit
    if r.tally:
        extras["tally"] = True  # a side of a score, or a multiple that compares: neither is the size of a move
    if r.shown_only:
        extras["shown_only"] = True
    return QuantityMention(r.start, r.end, quantity, r.kind, extras)


def _fold_parentheticals(text: str, mentions: list[QuantityMention]) -> list[QuantityMention]:
    """ "100 billion yuan (14.71 billion US dollars)": the bracketed amount restates the one before it."""
    folded: list[QuantityMention] = []
    for mention in mentions:
        previous = folded[-1] if folded else None
        if previous is not None and _restates(text, previous, mention):
            merged = previous.quantity.model_copy(
                update={"equivalents": [*previous.quantity.equivalents, mention.quantity]}
            )
            folded[-1] = QuantityMention(previous.start, previous.end, merged, previous.kind, previous.extras)
            continue
        folded.append(mention)
    return folded


def _restates(text: str, previous: QuantityMention, mention: QuantityMention) -> bool:
    return (
        _BRACKET_BETWEEN.fullmatch(text[previous.end : mention.start]) is not None
        and text[mention.end : mention.end + 2].lstrip()[:1] in (")", "]")
        and previous.kind == mention.kind
        and mention.kind in ("money", "physical")
        and previous.quantity.unit != mention.quantity.unit
    )
