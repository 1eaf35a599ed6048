"""What the parse adds to a quantity mention: its direction, the noun it counts, a rate over a noun."""

from __future__ import annotations

import re
from functools import cache, partial

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import any_words, words
from extractor.mentions.doc_text import doc_text, span_text
from extractor.mentions.quantities.counting import counted_noun
from extractor.mentions.quantities.direction import (
    change_direction,
    moved_by_verb,
    multiple_direction,
    sign_direction,
    verb_right_before,
    word_right_after,
)
from extractor.mentions.quantities.goods_rates import goods_rate
from extractor.mentions.quantities.lexicon import change_forms_pattern
from extractor.mentions.quantities.mentions import QuantityMention, find_quantities
from extractor.mentions.quantities.opening_ages import checked_opening_age
from extractor.mentions.quantities.period_rates import adverb_period
from extractor.mentions.quantities.precipitation import is_precipitation_depth
from extractor.mentions.quantities.range_ends import hung_first_end
from extractor.mentions.quantities.relative_durations import is_shown_duration
from extractor.mentions.quantities.turned_ages import checked_turned_age
from extractor.mentions.quantities.zero_changes import zero_changes
from extractor.mentions.quantities.zero_rates import set_by_named_party, zero_rate
from extractor.models import Quantity

RESTATED = re.compile(r"\s*,?\s*or\s+(?:about\s+|roughly\s+|some\s+|nearly\s+|almost\s+|around\s+)?", re.IGNORECASE)
_UP_FROM_AFTER = re.compile(r"[^,;.]{0,30}(?:,\s*|\s+)(?:up|down)\s+from\b", re.IGNORECASE)
# "eased 3% in May and 1.5% in June", "will grow 6 percent this year and 4 percent next", "gained 12 percent
# on the month and 30 percent on the year"
_COORDINATED = re.compile(
    r"\s+(?:(?:in|to|for|on|at|from)\s+(?:the\s+)?\w+(?:\s+\w+){0,2}|this\s+\w+)\s+and\s+"
    r"|\s*,?\s+and\s+",  # "rose 5 percent and 3 percent, respectively": the second figure of the same move
    re.IGNORECASE,
)
# "sales rose 2.1 percent at its stores in Ostrava, 3.4 percent at Brindle and 1.2 percent at Kestrel", "a 12
# percent cut at the road agency, 9 percent at the water board": a list of the same move over places, each figure
# followed by the same preposition (checked after the figure); a change word may follow the first figure
_LISTED = re.compile(
    r"(?:\s+(?:"
    + change_forms_pattern()
    + r"))?\s+(?P<prep>in|for|on|at|from)\s+(?:the\s+)?[\w&'.-]+(?:\s+[\w&'.-]+){0,3}?(?:\s*,|,?\s+and)\s+",
    re.IGNORECASE,
)
# a count out of a run of occasions ("won four of their last five games", "lost two of its past three votes") tallies
# results, it moves nothing; a count out of a stock keeps its verb's direction ("lost 120 of its 300 partners" is a
# change of partners, as the annotators of the readable gold read it)
_PARTITIVE = re.compile(
    r"\s+of\s+(?:the|its|their|his|her|our|these|those)\s+(?:last|past|previous|first|opening|final|next)\b",
    re.IGNORECASE,
)
_SHARE_OF = re.compile(r"\s+of\b", re.IGNORECASE)  # "rose 3 percent and 40 percent of sales came from": a share


def _counts_occasions(span: Span) -> bool:
    """ "cut rates 9 times", "after lifting prices for 14 times": "N times" after the object of its verb counts
    how often something was done, it multiplies nothing ("rose 3 times to 300", "trade at 15 times earnings")."""
    root = span.root
    if not span_text(span).lower().endswith("times"):
        return False
    verb = root.head
    if root.dep_ == "pobj" and verb.lower_ == "for":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i > root.i:
        return False
    return any(child.dep_ == "dobj" and child.i < span.start for child in verb.children)


def _direction(mention: QuantityMention, span: Span) -> str | None:
    sent = span.sent  # its text, not Doc.text: that joins every token of the document on each access
    if (
        mention.kind == "amount"
        and not mention.quantity.unit
        and (mention.quantity.amount or 0) >= 1  # not a fraction: "lost a fifth of its value" falls
        and _PARTITIVE.match(span_text(sent), span.end_char - sent.start_char)
    ):
        return None  # "lost four of their last five games": a tally of results
    if mention.kind == "multiple" and _counts_occasions(span):
        return None
    direction = multiple_direction(span) if mention.kind == "multiple" else None
    measure = mention.kind in ("percent", "money", "physical")
    governed = partial(
        change_direction, money=mention.kind == "money", measure=measure, percent=mention.kind == "percent"
    )
    direction = direction or governed(span)
    first_end = hung_first_end(span) if direction is None and mention.quantity.low is not None else None
    if first_end is not None:  # "forecast growth of 6 percent to 8 percent", "to 8 percent" hung on the verb
        direction = governed(first_end)
    moved_kind = mention.kind in ("percent", "money", "physical") or mention.quantity.unit == "point"
    if direction is None and moved_kind:
        direction = verb_right_before(span, money=mention.kind == "money")
    if direction is None and mention.kind in ("percent", "money", "physical"):
        direction = word_right_after(span, percent=mention.kind == "percent", money=mention.kind == "money")
    if direction is None and mention.kind in ("percent", "money") and not _after_level_word(span, sent):
        direction = None if _signed_sum(mention) else sign_direction(mention.quantity.surface)
        direction = direction or _glued_sign_before(mention, span)
    if direction and _UP_FROM_AFTER.match(span_text(sent), span.end_char - sent.start_char) and not moved_by_verb(span):
        return None  # "2.1 million, up from 1.7 million": the new level, compared with the old one
    return direction


def _signed_sum(mention: QuantityMention) -> bool:
    """ "a loss (-$3 million)": a minus before the currency symbol read as the sum's sign is no market-list move."""
    surface = mention.quantity.surface
    return mention.kind == "money" and mention.quantity.amount < 0 and not surface[1:2].isdigit()


def _glued_sign_before(mention: QuantityMention, span: Span) -> str | None:
    """ "Brent +$1.10, WTI -$0.35", "BTP yield +2 bps": a sign glued to a figure of a market list, written
    before its currency symbol or outside the figure read; a sign after a word or a number is a hyphen
    ("10-$20", "$5-a-share")."""
    text = doc_text(span.doc)
    before = text[max(0, mention.start - 2) : mention.start]
    if len(before) < 2 or before[-1] not in "+-−" or not before[0].isspace():
        return None
    return sign_direction(before[-1])


def _after_level_word(span: Span, sent: Span) -> bool:
    """ "cut its forecast to -1.0 percent", "growth of -0.5%": a signed level, not a move in a market list."""
    return span.start > sent.start and span.doc[span.start - 1].lower_ in ("to", "at", "from", "of")


def _parsed_update(mention: QuantityMention, span: Span) -> dict:
    """Counted noun, direction and the percent equivalent of a multiple, read from the parse."""
    quantity = mention.quantity
    # a vague magnitude counts ("hundreds of thousands of homes lost heat"); it is not the size of a move
    # a duration ("a two-year slump") is not the size of a move either
    # nor is one side of a score ("lost 0-2")
    # (a vague percent, "rose by double digits", is: `digit_magnitudes`)
    vague = mention.extras.get("vague_high") and quantity.unit != "percent"
    static = vague or mention.extras.get("dimension") == "time"
    static = static or mention.extras.get("tally")
    static = static or is_precipitation_depth(quantity, span)  # "a squall dropped 9 cm of hail": depth, not a fall
    update: dict = {"direction": None if static else _direction(mention, span)}
    if quantity.unit is None and mention.kind == "amount":
        update["counted"] = counted_noun(span)
        moves = any_words("change_up", "change_down")
        if update["counted"] and quantity.low is not None and update["counted"] not in moves:
            update["direction"] = None  # "cut 1,000 to 1,500 jobs": a count of jobs, as for "cut 300 jobs"
        if update["counted"] in moves and not (quantity.amount and _sized_move(span, update["counted"])):
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


def _sized_move(span: Span, lemma: str) -> bool:
    """ "a 52,000 gain in payrolls", "a 95,000 decline": a count before a singular change noun is the size of the
    move, not a number of moves ("three straight declines"); "zero growth" (amount 0, tested by the caller) moves
    nothing."""
    noun = next((t for t in span.doc[span.end : span.end + 3] if _singular_lemma(t) == lemma), None)
    return noun is not None and noun.tag_ == "NN"


# The rates written after an amount that each kind of amount may take, named once: an adverb of period ("900
# families monthly"), a count per period ("three flights a day", `_count_per_period`), "per" and a noun ("16.60
# euros per passenger"). A physical amount takes the adverb only: the unit grammar reads its "per" ("barrels per
# day", `units._read_denominator`).
_RATE_FORMS: dict[str, frozenset[str]] = {
    "count": frozenset({"adverb", "count_per_period", "per_noun"}),
    "money": frozenset({"adverb", "per_noun", "money_per_item"}),
    "physical": frozenset({"adverb"}),
}


def _per_noun(mention: QuantityMention, quantity: Quantity, span: Span) -> dict:
    """ "27.5 points per game", "16.60 euros per passenger": a rate over a noun, shown by `extract quantities`."""
    doc = span.doc
    forms = _RATE_FORMS.get(_rate_kind(mention, quantity) or "", frozenset())
    if not forms:
        return {}
    if quantity.unit is None:
        counted = next((t for t in doc[span.end : span.end + 4] if _singular_lemma(t) == quantity.counted), None)
        if counted is None:
            return {}
        after = counted.i + 1
    else:
        after = span.end
    period = adverb_period(doc, after)
    if period is not None:  # "900 families monthly", "1,200 tonnes daily": shown as a rate per period
        return {"shown_unit": f"{quantity.counted}_per_{period}"} if quantity.unit is None else {"per": period}
    if after + 1 >= len(doc):
        return {}
    if "count_per_period" in forms and _count_per_period(doc, after):
        return {"shown_unit": f"{quantity.counted}_per_{_singular_lemma(doc[after + 1])}"}
    if "money_per_item" in forms and _rate_after_article(doc, after, "money_rate_items"):
        return {"per": _singular_lemma(doc[after + 1])}
    if "per_noun" not in forms or doc[after].lower_ != "per" or doc[after + 1].pos_ != "NOUN":
        return {}
    denominator = _singular_lemma(doc[after + 1])
    if quantity.unit is None:
        return {"shown_unit": f"{quantity.counted}_per_{denominator}"}
    return {"per": denominator}


def _goods_per(doc: Doc, span: Span) -> dict:
    """The rate of money written past its goods ("$9 in cash for each share"), shown by `extract quantities`."""
    denominator = goods_rate(doc, span.end)
    return {} if denominator is None else {"per": denominator}


def _rate_kind(mention: QuantityMention, quantity: Quantity) -> str | None:
    """The key of `_RATE_FORMS` for an amount with no rate yet: a count of a noun, money, or a physical amount;
    None for any other, for one a rate or shown unit was read for already ("eight or nine hours a day"), and for a
    duration ("for five years daily")."""
    if mention.extras.get("shown_unit"):
        return None
    if quantity.unit is None:
        return "count" if quantity.counted else None
    if mention.extras.get("per") or "_per_" in quantity.unit or mention.extras.get("dimension") == "time":
        return None
    return mention.kind if mention.kind in ("money", "physical") else None


def _count_per_period(doc: Doc, after: int) -> bool:
    """ "15,000 units a year", "2.6 million copies a week", "27 points a game": a count per period or per occasion
    (lexicon `count_rate_denominators`), as "40,000 tests per day" is; not "41,902 vehicles a year earlier" or
    "300 families an hour north of the town", where the noun is a time or place (`_placed`), nor "the top 10
    underwriters each year", a rank held every year. A possessive or a compound ("an hour's drive", "a match day",
    "a match-fixing inquiry") measures something else."""
    return _rate_after_article(doc, after, "count_rate_denominators")


def _rate_after_article(doc: Doc, after: int, lexicon: str) -> bool:
    """ "a" or "an" at `after`, then a noun of `lexicon` that is no place, time or compound (see above); also
    money per item ("$20 a dose", lexicon `money_rate_items`)."""
    period = doc[after + 1]
    if doc[after].lower_ not in ("a", "an") or _singular_lemma(period) not in words(lexicon):
        return False
    return not _placed(doc, period.i + 1) and not _qualifies_noun(period)


def _placed(doc: Doc, i: int) -> bool:
    """A word of lexicon `rate_position_words` right after the rate noun, or one of `rate_route_words` after an
    hour or occasion noun and before no figure ("an hour from the coast", not "a day from the port")."""
    if i >= len(doc):
        return False
    word = doc[i].lower_
    if word in words("rate_position_words"):
        return True
    period = _singular_lemma(doc[i - 1]) in words("count_period_nouns")
    return word in words("rate_route_words") and not period and not any(t.like_num for t in doc[i + 1 : i + 3])


def _qualifies_noun(token: Token) -> bool:
    """A possessive or a hyphen after the noun ("an hour's drive", "a match-fixing inquiry"), or an occasion noun
    as a compound ("a match day steward"). A period noun as a compound stays a rate: "a 300,000 cars a year plant"
    is a capacity per year (lexicon `count_period_nouns`)."""
    after = token.nbor() if token.i + 1 < len(token.doc) else None
    if after is not None and (after.tag_ == "POS" or (not token.whitespace_ and after.text == "-")):
        return True
    return token.dep_ == "compound" and _singular_lemma(token) not in words("count_period_nouns")


def _singular_lemma(token) -> str:
    return token.lemma_.lower()


def _coordinated(text: str, previous: QuantityMention, mention: QuantityMention) -> bool:
    """A second figure of the same unit joined by "and" after a short phrase, with no verb of its own between."""
    return (
        previous.quantity.direction is not None
        and previous.quantity.unit == mention.quantity.unit
        and mention.kind in ("percent", "money", "physical")
        and _joined_gap(text[previous.end : mention.extras.get("cue_start", mention.start)], text, mention.end)
        and _SHARE_OF.match(text, mention.end) is None
    )


def _joined_gap(gap: str, text: str, end: int) -> bool:
    """ "in May and", "this year and", ", and"; or a list item over places, each with the same preposition."""
    if _COORDINATED.fullmatch(gap):
        return True
    listed = _LISTED.fullmatch(gap)
    return listed is not None and _preposition_next(listed.group("prep")).match(text, end) is not None


@cache
def _preposition_next(prep: str) -> re.Pattern[str]:
    """The same preposition right after the next figure, any case: matched in place, the text not copied."""
    return re.compile(r"\s+" + prep + r"\s", re.IGNORECASE)


def mentions_in_doc(doc: Doc, *, shown: bool = False) -> list[tuple[QuantityMention, Span]]:
    """The quantities of a parsed Doc, each with the token span it covers, counted noun and direction set.

    The sides of a score or vote ("voted 13-10") and a bare "half of" only for `shown` (`extract
    quantities`): the one counts no member of the subject, the other is a share the facts read only after a
    cue ("nearly half the market"); docs/DECISIONS.md, "Quantities"."""
    results: list[tuple[QuantityMention, Span]] = []
    text = doc_text(doc)  # Doc.text joins every token on each access: read it once per Doc
    for mention in find_quantities(text):
        if mention.extras.get("shown_only") and not shown:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        if shown or set_by_named_party(span):  # "the bank cut rates to near zero": a 0 percent level (`zero_rates`)
            mention = zero_rate(mention, span) or mention
        mention = checked_opening_age(text, mention, span)  # "At 40, Copper is cheap": no person, no age
        mention = checked_turned_age(mention, span)  # "The index turned 30": a level, no age
        update = _parsed_update(mention, span)
        previous = next((m for m, _ in reversed(results) if not is_shown_duration(m.extras)), None)
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
        if shown and _rate_kind(mention, quantity) == "money" and "per" not in extras:
            extras |= _goods_per(doc, span)  # "$41 in cash per share", "2 trillion yen of notes each month"
        results.append((QuantityMention(mention.start, mention.end, quantity, mention.kind, extras), span))
    if not shown:  # "sales were unchanged": a 0 percent change the facts read; `extract quantities` shows numbers
        results = sorted(results + zero_changes(doc, [(m.start, m.end) for m, _ in results]), key=lambda r: r[0].start)
    return results
