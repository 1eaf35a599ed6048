"""Finding quantities in text (`find_quantities`) and in a parsed Doc (`mentions_in_doc`).

quantulum3 reads news amounts poorly ("23.16 million in Q2" as inch·square·quintal,
"123 Mi" as miles, a parenthetical conversion as a negative amount), so the grammar here is
our own: a number (digits, written words or both), a scale word, a currency before or after,
then a unit. Every mention keeps its character span in the text as given; the text is never
rewritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Doc, Span

from extractor.lexicons import table, words
from extractor.mentions.quantities.counting import counted_noun
from extractor.mentions.quantities.cues import set_cues
from extractor.mentions.quantities.currencies import Context, read_currency_prefix
from extractor.mentions.quantities.direction import (
    change_direction,
    moved_by_verb,
    multiple_direction,
    sign_direction,
    verb_right_before,
    word_right_after,
)
from extractor.mentions.quantities.filters import (
    PERIOD_PHRASE,
    blocked_spans,
    is_identifier_or_date,
    written_count_ok,
)
from extractor.mentions.quantities.lexicon import NOT_GLUED_BEFORE, glued_prefixes, lex, time_units, vulgar_fractions
from extractor.mentions.quantities.numbers import parse_number
from extractor.mentions.quantities.ranges import read_range, two_sided_bounds
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.quantities.units import read_scale, read_unit_after
from extractor.models import Quantity

RESTATED = re.compile(r"\s*,\s*or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|around\s+)?", re.IGNORECASE)
_GLUED_CODE = re.compile(r"(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CNY|RMB|INR|CHF|CAD|AUD|HKD|Rs)(?=\d)")
_UP_FROM_AFTER = re.compile(r"[^,;.]{0,30},\s*(?:up|down)\s+from\b", re.IGNORECASE)
_AGE_BEFORE = re.compile(r"\b(?:aged|ages?(?:\s+of)?)\s+$", re.IGNORECASE)
# "50, 60 or 70 percent": bare numbers listed before the one that carries the unit share it
_LIST_BETWEEN = re.compile(r"\s*,\s*|\s*,?\s+(?:or|and)\s+")
# "fell 3% in May and 1.5% in June", "drop 10 percent this year and 2 percent next"
_COORDINATED = re.compile(
    r"\s+(?:(?:in|to|for|on|at|from)\s+(?:the\s+)?\w+(?:\s+\w+)?|this\s+\w+)\s+and\s+", re.IGNORECASE
)
_PART_CUE = re.compile(r"\b(?:including|of\s+which|with|compared\s+with|versus|against|from)\s+(?:about\s+)?$")
_MOVE_BETWEEN = re.compile(r"\s+(?:to|from)\s+(?:(?:above|below|about|around|nearly|almost|over|under)\s+)?")
_MOVE_BEFORE = re.compile(r"\b(?:to|from)\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of(?=\s)")
_PLUS = re.compile(r"(?<![\w.+-])\+(?=\d[\d.,]*\s?%)")  # "+0.3%" in a market list
_MINUS_WORD = re.compile(r"(?<![\w-])(?:minus|negative)(?:\s+|-)(?=\d)", re.IGNORECASE)  # "minus 240 Fahrenheit"
_MINUS = re.compile(r"(?<![\w.-])[-−](?=\d)")
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
def _glued_prefix_start() -> re.Pattern[str]:
    entries = sorted(glued_prefixes(), key=len, reverse=True)
    return re.compile(r"(?<![\w$€£¥'’])(?:" + "|".join(re.escape(e) for e in entries) + r")(?=\d)")


def _starts(text: str) -> list[tuple[int, str]]:
    starts = [(m.start(), "digits") for m in re.finditer(NOT_GLUED_BEFORE + r"(?:\d|\.\d)", text)]
    starts += [(m.start(), "words") for m in lex().word_start.finditer(text)]
    starts += [(m.end(), "digits") for m in _GLUED_CODE.finditer(text)]
    starts += [(m.end(), "digits") for m in _glued_prefix_start().finditer(text)]
    starts += [(m.start(), "digits") for m in re.finditer("[" + "".join(vulgar_fractions()) + "]", text)]
    starts += [(m.start(), "digits") for m in _MINUS.finditer(text)]
    starts += [(m.start(), "digits") for m in _PLUS.finditer(text)]
    starts += [(m.start(), "digits") for m in _MINUS_WORD.finditer(text)]
    starts += [(m.end(), "digits") for m in _number_prefix().finditer(text)]
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
    read_scale(text, r)
    read_unit_after(text, r, context)
    read_range(text, r, context)
    if r.unit is None and _AGE_BEFORE.search(text[max(0, start - 12) : start]):
        r.unit, r.kind, r.explicit = "year", "physical", True  # "at age 65", "aged 60", "over the age of 75"
    return r, number, at


def _readings(text: str) -> list[Reading]:
    """Every amount that starts at a digit or a written number, left to right, without overlaps."""
    context = Context(text)
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
        digits = text[at : number.end]
        if how == "digits" and not number.written and is_identifier_or_date(text, r, digits, number.end):
            taken = max(taken, r.end)
            continue
        if number.written and not r.explicit and not written_count_ok(text, r, number):
            continue
        if r.unit in ("year", "month", "week", "day", "decade") and PERIOD_PHRASE.search(
            text[max(0, r.start - 30) : r.start]
        ):
            taken = r.end
            continue  # "the past two years", "the next 12 months": a period, not a quantity
        readings.append(r)
        taken = r.end
    return readings


def _fold_pattern() -> re.Pattern[str]:
    small = [w for w, v in lex().numbers.items() if 2 <= v <= 10 and w.isalpha()]
    return re.compile(r"(?<![\w-])(" + "|".join(small) + r")[\s-]?fold(?![\w])", re.IGNORECASE)


def _multiple_verb_pattern() -> re.Pattern[str]:
    stems = "|".join(table("multiple_verbs"))
    return re.compile(r"(?<![\w-])(" + stems + r")(?:ed|es|ing)(?![\w-])", re.IGNORECASE)


def _plural_round_pattern() -> re.Pattern[str]:
    plurals = "|".join(table("plural_rounds"))
    return re.compile(
        r"(?<![\w-])(?:(several|many|a\s+few|tens\s+of|10s\s+of|hundreds\s+of|100s\s+of)\s+)?(" + plurals + r")"
        r"(?=\s+(?:of|more)\b)",
        re.IGNORECASE,
    )


FOLD_WORD = _fold_pattern()
MULTIPLE_VERB = _multiple_verb_pattern()
PLURAL_ROUND = _plural_round_pattern()


def _fold_words(text: str) -> list[Reading]:
    """ "threefold", "doubled", "halving": multiples written as words."""
    values = lex().numbers
    found = [
        Reading(m.start(), m.end(), values[m.group(1).lower()], "times", "multiple", True, True)
        for m in FOLD_WORD.finditer(text)
    ]
    factors = table("multiple_verbs")
    for m in MULTIPLE_VERB.finditer(text):
        amount = float(factors[m.group(1).lower()][0])
        found.append(Reading(m.start(), m.end(), amount, "times", "multiple", True, True))
    return found


def _plural_rounds(text: str, context: Context) -> list[Reading]:
    """ "thousands of": at least 1,000, approximate (FACTS.md); shown by `extract quantities` as 1,000 to 10,000."""
    values = table("plural_rounds")
    found = []
    for m in PLURAL_ROUND.finditer(text):
        low = float(values[m.group(2).lower()][0])
        outer = (m.group(1) or "").lower()
        if outer.startswith(("tens", "10s")):
            low *= 10
        elif outer.startswith(("hundreds", "100s")):
            low *= 100
        start = m.start() if outer and outer.startswith(("tens", "hundreds", "10s", "100s")) else m.start(2)
        r = Reading(start, m.end(2), low, written=True, bound=">=", approximate=True, vague_high=low * 10)
        _read_currency_of(text, r, context)
        found.append(r)
    return found


def _read_currency_of(text: str, r: Reading, context: Context) -> None:
    """ "millions of dollars", "hundreds of millions of euros": the currency the magnitude counts."""
    of = _OF.match(text, r.end)
    if of is None:
        return
    lexicon = lex()
    match = lexicon.name_after.match(text, of.end())
    surface = match and match.group("name")
    if not surface or surface.lower() not in lexicon.currencies or not surface.lower().endswith("s"):
        return
    r.unit = context.resolve(surface.lower(), lexicon.currencies[surface.lower()])
    r.kind, r.explicit, r.end = "money", True, match.end()


def find_quantities(text: str) -> list[QuantityMention]:
    """Every quantity in `text`, in order, with its span; parenthetical restatements become equivalents."""
    readings = _readings(text)
    taken = [(r.start, r.end) for r in readings]
    for r in _fold_words(text) + _plural_rounds(text, Context(text)):
        if not any(s < r.end and r.start < e for s, e in taken):
            readings.append(r)
            taken.append((r.start, r.end))
    readings.sort(key=lambda r: r.start)
    for r in readings:
        set_cues(text, r)
    readings = two_sided_bounds(text, readings)
    _share_move_units(text, readings)
    _share_list_units(text, readings)
    mentions = [_to_mention(text, r) for r in readings]
    return _fold_parentheticals(text, mentions)


def _share_move_units(text: str, readings: list[Reading]) -> None:
    """ "dropped from 210 pounds to 195", "fell to 640 million euros from 2 billion": the two levels of a
    move share the unit written once; "from $8,200 to $9,050 a tonne" shares the rate."""
    for first, second in zip(readings, readings[1:], strict=False):
        if (
            not _MOVE_BETWEEN.fullmatch(text[first.end : second.start])
            or first.low is not None
            or second.low is not None
        ):
            continue
        if not _MOVE_BEFORE.search(text[max(0, first.start - 12) : first.start]):
            continue
        for bare, stated in ((first, second), (second, first)):
            if bare.unit is None and stated.unit is not None and not bare.written and bare.kind == "amount":
                bare.unit, bare.kind, bare.per = stated.unit, stated.kind, stated.per
            elif bare.unit and stated.unit and stated.unit.startswith(bare.unit + "_per_"):
                bare.unit = stated.unit
            elif bare.unit == stated.unit and stated.per and not bare.per:
                bare.per = stated.per


def _share_list_units(text: str, readings: list[Reading]) -> None:
    """ "Discounts of 50, 60 or 70 percent", "every seven, 14 or 28 days": the list's last unit is everyone's."""
    for i in range(len(readings) - 1, 0, -1):
        stated = readings[i]
        if stated.unit is None or stated.kind not in ("percent", "physical"):
            continue
        j = i - 1
        while j >= 0 and _LIST_BETWEEN.fullmatch(text[readings[j].end : readings[j + 1].start]):
            bare = readings[j]
            if bare.unit is not None or bare.low is not None or bare.scaled or bare.written:
                break  # "two or three weeks" stays as the facts read it
            bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True
            j -= 1


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


# ---------------------------------------------------------------- with a parse


def _direction(mention: QuantityMention, span: Span) -> str | None:
    direction = multiple_direction(span) if mention.kind == "multiple" else None
    direction = direction or change_direction(span, money=mention.kind == "money")
    if direction is None and mention.kind in ("percent", "money", "physical"):
        direction = verb_right_before(span, money=mention.kind == "money")
    if direction is None and mention.kind in ("percent", "money", "physical"):
        direction = word_right_after(span)
    if direction is None and mention.kind == "percent":
        direction = sign_direction(mention.quantity.surface)
    if direction and _UP_FROM_AFTER.match(span.doc.text, span.end_char) and not moved_by_verb(span):
        return None  # "2.1 million, up from 1.7 million": the new level, compared with the old one
    return direction


def _parsed_update(mention: QuantityMention, span: Span) -> dict:
    """Counted noun, direction and the percent equivalent of a multiple, read from the parse."""
    quantity = mention.quantity
    # a vague magnitude counts ("hundreds of thousands of homes lost heat"); it is not the size of a move
    # a duration ("a two-year slump") is not the size of a move either
    static = mention.extras.get("vague_high") or mention.extras.get("dimension") == "time"
    update: dict = {"direction": None if static else _direction(mention, span)}
    if quantity.unit is None and mention.kind == "amount":
        update["counted"] = counted_noun(span)
        moves = words("change_up") | words("change_down")
        if update["counted"] and quantity.low is not None and update["counted"] not in moves:
            update["direction"] = None  # "cut 1,000 to 1,500 jobs": a count of jobs, as for "cut 300 jobs"
        if update["counted"] in moves:
            update["direction"] = None  # "after three consecutive declines": a count of moves
    if mention.kind == "multiple" and update["direction"] is not None and not quantity.equivalents:
        percent = Quantity(
            amount=round(abs(quantity.amount - 1) * 100, 10),
            unit="percent",
            approximate=quantity.approximate,
            bound=quantity.bound,
            surface=quantity.surface,
        )
        update["equivalents"] = [percent]
    return update


def _per_noun(mention: QuantityMention, quantity: Quantity, span: Span) -> dict:
    """ "27.5 points per game", "16.60 euros per passenger": a rate over a noun, shown by `extract quantities`."""
    doc = span.doc
    if quantity.unit is None and quantity.counted:
        counted = next((t for t in doc[span.end : span.end + 4] if _singular_lemma(t) == quantity.counted), None)
        after = counted.i + 1 if counted is not None else None
    elif mention.kind == "money" and not mention.extras.get("per") and "_per_" not in (quantity.unit or ""):
        after = span.end
    else:
        return {}
    if after is None or after + 1 >= len(doc) or doc[after].lower_ != "per" or doc[after + 1].pos_ != "NOUN":
        return {}
    denominator = _singular_lemma(doc[after + 1])
    if quantity.unit is None:
        return {"shown_unit": f"{quantity.counted}_per_{denominator}"}
    return {"per": denominator}


def _singular_lemma(token) -> str:
    return token.lemma_.lower()


def _coordinated(text: str, previous: QuantityMention, mention: QuantityMention) -> bool:
    """A second figure of the same unit joined by "and" after a short phrase, with no verb of its own between."""
    return (
        previous.quantity.direction is not None
        and previous.quantity.unit == mention.quantity.unit
        and mention.kind in ("percent", "money", "physical")
        and _COORDINATED.fullmatch(text[previous.end : mention.extras.get("cue_start", mention.start)]) is not None
    )


def mentions_in_doc(doc: Doc) -> list[tuple[QuantityMention, Span]]:
    """The quantities of a parsed Doc, each with the token span it covers, counted noun and direction set."""
    results: list[tuple[QuantityMention, Span]] = []
    text = doc.text  # Doc.text joins every token on each access: read it once
    for mention in find_quantities(text):
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        update = _parsed_update(mention, span)
        previous = results[-1][0] if results else None
        if (
            update["direction"] is None
            and previous is not None
            and previous.quantity.direction
            and RESTATED.fullmatch(text[previous.end : mention.extras.get("cue_start", mention.start)])
        ):
            update["direction"] = previous.quantity.direction  # "fell 310 points, or 2.1%": the same move restated
        elif update["direction"] is None and previous is not None and _coordinated(text, previous, mention):
            update["direction"] = previous.quantity.direction  # "fell 3% in May and 1.5% in June"
        quantity = mention.quantity.model_copy(update=update)
        extras = {**mention.extras, **_per_noun(mention, quantity, span)}
        results.append((QuantityMention(mention.start, mention.end, quantity, mention.kind, extras), span))
    return results


def shown(mention: QuantityMention) -> Quantity:
    """The quantity as `extract quantities` shows it: a rate per share or period keeps its denominator,
    a vague magnitude ("tens of thousands") is the range it spans.

    "$13.75 a share" is 13.75 `USD_per_share`, restated as 13.75 `USD` (the price of one share);
    the facts measure it in USD ("earnings per share"), so mentions keep the plain unit.
    """
    quantity, per = mention.quantity, mention.extras.get("per")
    if mention.extras.get("shown_unit") and quantity.unit is None:
        quantity = quantity.model_copy(update={"unit": mention.extras["shown_unit"], "counted": None})
    if mention.extras.get("vague_high"):
        low, high = quantity.amount, mention.extras["vague_high"]
        return quantity.model_copy(update={"low": low, "high": high, "amount": (low + high) / 2, "bound": "="})
    if not per or quantity.unit is None:
        return quantity
    plain = quantity.model_copy(update={"equivalents": [], "direction": None, "counted": None})
    rated = [e.model_copy(update={"unit": f"{e.unit}_per_{per}"}) for e in quantity.equivalents if e.unit]
    plain_minor = [e.model_copy() for e in quantity.equivalents]
    surface = mention.extras.get("per_surface", quantity.surface)
    return quantity.model_copy(
        update={"unit": f"{quantity.unit}_per_{per}", "equivalents": [*rated, plain, *plain_minor], "surface": surface}
    )


def _inherit_unit(found: list[tuple[QuantityMention, Span]]) -> list[Quantity]:
    """ "68 billion euros in deposits, including 38 billion", "1.2 million tonnes, of which 400,000": a bare
    amount later in the sentence is shown in the unit of the money or physical amount it is part of; a bare
    scaled amount that counts nothing ("more than 1 billion euros but under 1.5 billion") in its currency."""
    out: list[Quantity] = []
    last: tuple[Quantity, Span] | None = None
    for mention, span in found:
        quantity = shown(mention)
        if last is not None and _part_of(quantity, mention, last, span):
            quantity = quantity.model_copy(update={"unit": last[0].unit, "counted": None})
        if quantity.unit and mention.kind in ("money", "physical"):
            last = (quantity, span)
        out.append(quantity)
    return out


def _part_of(quantity: Quantity, mention: QuantityMention, last: tuple[Quantity, Span], span: Span) -> bool:
    whole, whole_span = last
    return (
        quantity.unit is None
        and quantity.counted is None
        and mention.kind == "amount"
        and not mention.extras.get("written")
        and whole_span.sent.start == span.sent.start
        and whole.amount / 1000 <= quantity.amount <= 10 * whole.amount
        and (
            _PART_CUE.search(span.doc.text[whole_span.end_char : span.start_char]) is not None
            or mention.extras.get("scaled")
            and whole.unit in lex().currencies.values()
        )
    )


def _shown_end(mention: QuantityMention, quantity: Quantity) -> int:
    return mention.start + len(quantity.surface) if quantity.surface != mention.quantity.surface else mention.end


def quantities_for_docs(docs) -> list[list[dict]]:
    """For each parsed Doc, its quantities as JSON-able dicts: `Quantity` fields plus "start"/"end" offsets."""
    out = []
    for doc in docs:
        found = mentions_in_doc(doc)
        shown_quantities = _inherit_unit(found)
        out.append(
            [
                {**quantity.model_dump(mode="json"), "start": mention.start, "end": _shown_end(mention, quantity)}
                for (mention, _span), quantity in zip(found, shown_quantities, strict=True)
            ]
        )
    return out


def quantities_for_text(text: str, nlp) -> list[dict]:
    """The quantities of one text, parsed with `nlp`; `text[q["start"]:q["end"]] == q["surface"]`."""
    return quantities_for_docs([nlp(text)])[0]
