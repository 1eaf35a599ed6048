"""A move "from X to Y" as `extract quantities` shows it: one range X–Y with the move's direction.

The mentions (what the facts read) keep the two levels: the old one dates a comparison, the new one is the
level reached. The news benchmark counts "rose from 240 to 275" and "narrowed to 120,000 lots from 190,000
lots" as one range, so the shown view joins the two levels (docs/DECISIONS.md, "Quantities").
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Token

from extractor.lexicons import words
from extractor.mentions.period_phrases import alternation as phrase_alternation
from extractor.mentions.quantities.governed_moves import change_governs_from
from extractor.mentions.quantities.in_doc import RESTATED
from extractor.mentions.quantities.lexicon import (
    change_forms_pattern,
    current_level_pattern,
    hedge_pattern,
    told_in_past,
)
from extractor.mentions.quantities.ranges import CHANGE_ANYWHERE
from extractor.models import Quantity

SHOW_MOVES_AS_RANGES = True
"""The one switch: False shows a move as its two levels, as the mentions have them."""

_CLAUSE_BREAK = re.compile(r"[.;:]\s")
_LAST_WORD = re.compile(r"([a-z]+)\s+$")

_HEDGE = hedge_pattern("round", "near", "loose", "bound")


@cache
def _quote_after_first() -> str:
    """What may follow the first level of a quote before "from": the quote's denominator ("per euro", "an ounce";
    lexicon `quote_denominator_words`), then where or when it was dealt ("in afternoon trade", "on Friday";
    `quote_dealing_prepositions`); no bare noun, which the level would count."""
    denominator = "|".join(sorted(words("quote_denominator_words")))
    dealt = "|".join(sorted(words("quote_dealing_prepositions")))
    return r"(?:\s+(?:" + denominator + r")\s+[a-z]+)?(?:\s+(?:" + dealt + r")\s+(?:[a-z]+\s+)?[a-z]+)?"


_YEAR = r"(?:19|20)\d\d"


@cache
def _level_date() -> str:
    """A date after a level, optional ("in May", "in the latest quarter", "in the week ended June 1", "in 2014",
    "in the first quarter of 2010"; lexicon `move_date_nouns`), or the edge of a period ("at the end of June", "by
    the end of 2013"; lexicon `period_edge_nouns`)."""
    nouns = "|".join(sorted(words("move_date_nouns")))
    ended = r"(?:\s+(?:ended|ending|to|through)\s+[A-Za-z]+\.?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?"
    period = r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:" + nouns + r")s?(?:" + ended + r"|\s+of\s+" + _YEAR + ")?"
    # a bare year dates a level too: "from 80 stores in 2015 to 130"
    dated = r"(?:" + period + r"|[A-Za-z]+(?:\s+\d{4})?|" + _YEAR + ")"
    edge = r"(?:at|by|as\s+of)\s+(?:the\s+)?(?:" + phrase_alternation(words("period_edge_nouns")) + r")\s+of\s+"
    return r"(?:\s+(?:(?:in|on|by|during|for|over)\s+|" + edge + ")" + dated + ")?"


@cache
def _after_first() -> str:
    """What may follow the first level: a counted noun ("from 190,000 lots to 120,000 lots"), then a date."""
    return r"(?:(?:\s+|-)[a-z][a-z-]*){0,3}?" + _level_date()  # "-unit pace": a compound the first level opens


@cache
def _quote_word() -> re.Pattern[str]:
    """A word that makes "at X from Y" a quote's when it governs "at": a verb that states where a quote stands
    (lexicon `quote_level_verbs`: "stood at", "ended the month at") or a change word ("up 0.8 percent at",
    "gained ... at")."""
    verbs = "|".join(words("quote_level_verbs"))
    return re.compile(r"(?:" + verbs + "|" + change_forms_pattern() + ")", re.IGNORECASE)


def revised_level(nouns: str) -> str:
    """ "a revised ", "an unrevised ", "the previously reported ", "the previous week's ": which reading of the
    old level is compared (lexicon `old_level_modifiers`; a possessive period: "last month's"); "the current ",
    "its present ": the level holding now (`current_level_modifiers`); `nouns` is the alternation of the level
    nouns (`move_level_nouns`). Shared with `facts/linked_levels`, which links a bare old level to its move."""
    revised = phrase_alternation(words("old_level_modifiers"))
    period = r"(?:the\s+)?(?:previous|prior|preceding|last)\s+(?:day|week|month|quarter|year)['’]s\s+"
    noun = r"(?:(?:" + nouns + r")(?:\s+of)?\s+)?"  # a level noun after the modifier: "from a revised <noun> of $N"
    return r"(?:a|an|the)\s+(?:" + revised + r")\s+" + noun + "|" + current_level_pattern() + "|" + period


def _described_level() -> str:
    """ "an annualized ", "a seasonally adjusted ", "a record-high ": words that describe a level of a move with no
    noun after it (lexicon `level_description_words`); the view only, the facts' links keep `revised_level`. An
    entry opening with "-" ends a hyphenated compound: the extreme of any span ("a multi-year-low "), not one word."""
    entries = words("level_description_words")
    suffixes = "|".join(re.escape(e) for e in sorted(entries) if e.startswith("-"))
    compound = r"[a-z0-9]+(?:-[a-z0-9]+)*?(?:" + suffixes + ")"
    described = phrase_alternation([e for e in entries if not e.startswith("-")])
    return r"(?:a|an|the)\s+(?:" + described + "|" + compound + r")\s+"


@cache
def _move_patterns() -> tuple[tuple[re.Pattern[str], re.Pattern[str], bool, bool], ...]:
    """(gap between the levels, words right before the first, whether the old level comes first, whether the pair
    must have a quote's shape, `_quote_shape`): "from 240 to
    275", "from a peak of 4,800 euros a month to 3,900 euros"; "narrowed to 120,000 lots from 190,000 lots";
    "<a quote> was at $N from $N"."""
    nouns = "|".join(sorted(words("move_level_nouns")))
    # up to two words before the noun: "from the prior session close of $1.41", "from the prior day's close of 98.1"
    named = r"(?:a|an|the|its|their)\s+(?:[a-z'’-]+\s+){0,2}(?:" + nouns + r")(?:\s+of)?\s+"
    # a bare article before a level that qualifies a noun: "from a N million-unit pace to a N million-unit rate"
    level = r"(?:" + named + "|" + revised_level(nouns) + "|" + _described_level() + r"|(?:a|an|the)\s+)?" + _HEDGE
    flags = re.IGNORECASE
    return (
        (
            re.compile(_after_first() + r"\s*,?\s+to\s+" + level, flags),
            re.compile(r"\bfrom\s+" + level + "$", flags),
            True,
            False,
        ),
        (
            re.compile(_after_first() + r"\s*,?\s+from\s+" + level, flags),
            re.compile(r"\bto\s+" + level + "$", flags),
            False,
            False,
        ),
        # a level a quote stands at, then where it came from: "<a metal> was at $N from $N", "<a gauge> ended at N
        # from N" (a market report's move, as "to Y from X"). Only the quote's shape: a quote verb before "at" ("<a
        # fee> starts at $N from $N for <a group>" is two prices), and no counted noun after the first level ("at N
        # <sites> from N" places a count, no quote); after a comma the old level is compared, not joined ("at $N a
        # <unit>, from $N", as ", up from")
        (
            re.compile(_quote_after_first() + _level_date() + r"\s+from\s+" + level, flags),
            re.compile(r"\bat\s+" + level + "$", flags),
            False,
            True,
        ),
    )


_CLAUSE_BEFORE = 80  # characters searched back for the change word that makes the pair a move

Shown = tuple[int, int, Quantity]  # start, end, quantity


def join_moves(text: str, shown: list[Shown], doc: Doc | None = None) -> list[Shown]:
    """The shown quantities with each move's two levels joined into one range; `doc`, the parse of `text`, decides
    whether "at X from Y" has a quote's shape (without it no such pair is joined)."""
    if not SHOW_MOVES_AS_RANGES:
        return shown
    out: list[Shown] = []
    i = 0
    while i < len(shown):
        restated, used = _restated_move(text, shown, i, doc)
        if restated:
            out.extend(restated)
            i += used
            continue
        joined = _joined(text, shown[i], shown[i + 1], doc=doc) if i + 1 < len(shown) else None
        if joined is None:
            out.append(shown[i])
            i += 1
        else:
            out.append(joined)
            i += 2
    return out


def _restated_move(text: str, shown: list[Shown], i: int, doc: Doc | None) -> tuple[list[Shown], int]:
    """ "dropped to 2.1 billion crowns, or 9 crowns per share, from 2.6 billion crowns, or 11 crowns": a move whose
    levels are each restated (per share, in another currency) is two moves, the sums' and the restatements'; a
    restatement written on one level only stays a level. Returns the shown quantities made of shown[i:] and how
    many it used; ([], 0) when shown[i] opens no such move."""
    if i + 2 >= len(shown) or not _restates(text, shown[i], shown[i + 1]):
        return [], 0
    first, first_again, second = shown[i : i + 3]
    gap = (first_again[1], second[0])  # the words between the first restatement and the second sum: ", from "
    sums = _joined(text, first, second, gap=gap, doc=doc)
    if sums is None:
        return [], 0
    second_again = shown[i + 3] if i + 3 < len(shown) else None
    if second_again is not None and _restates(text, second, second_again):
        restated = _joined(text, first_again, second_again, gap=gap, before_from=first[0], doc=doc)
        if restated is not None:
            return [sums, restated], 4
    return [sums, first_again], 3


def _restates(text: str, level: Shown, again: Shown) -> bool:
    """ "2.1 billion crowns, or 9 crowns per share": the second figure restates the first in another unit."""
    return level[2].unit != again[2].unit and RESTATED.fullmatch(text[level[1] : again[0]]) is not None


def _joined(
    text: str,
    first: Shown,
    second: Shown,
    *,
    gap: tuple[int, int] | None = None,
    before_from: int | None = None,
    doc: Doc | None = None,
) -> Shown | None:
    """The range of a move whose levels are `first` and `second`, else None. `gap`: the offsets of the words
    that join the levels when restatements stand between ("to 80 million pounds, or 3 pence per share, from ..."
    -> ", from "); `before_from`: where the words before the move end when the restatements are joined."""
    (start, first_end, a), (second_start, end, b) = first, second
    if not _levels(a, b):
        return None
    gap_start, gap_end = gap or (first_end, second_start)
    between = text[gap_start:gap_end]
    opened_at = start if before_from is None else before_from
    before_start = max(0, opened_at - _CLAUSE_BEFORE)
    before = text[before_start:opened_at]
    for gap_pattern, opener, old_first, quote in _move_patterns():
        opened = opener.search(before)
        if not (gap_pattern.fullmatch(between) and opened):
            continue
        if quote and not _quote_shape(doc, before_start + opened.start(), a, end):
            return None
        # "to X from Y" is a move whatever the verb ("lifting its stake to 31 percent from 27 percent", "take
        # sales to 900 million euros from 840 million euros"); "from X to Y" without a change word is a range without
        # direction ("charges from 10% to 80%")
        moved = (
            not old_first
            or _change_before(before[: opened.start()])
            or (doc is not None and change_governs_from(doc, before_start + opened.start()))
        )
        old, new = (a, b) if old_first else (b, a)
        return start, end, _range_of(old, new, text[start:end], moved=moved)
    return None


def _quote_shape(doc: Doc | None, at_offset: int, level: Quantity, end: int) -> bool:
    """ "at X from Y" as a quote's move: "at" is governed by a quote's verb or a change word, or its governor has a
    quoted noun as subject ("<a fee> starts at $N from $N for <a group>", "tickets are priced at $N from $N": two
    prices), and a bare old level counts no noun ("were quoted at 99 from 6 dealers": the old figure counts
    dealers, no level of the quote)."""
    if doc is None:
        return False
    at = doc.char_span(at_offset, at_offset + 2)
    if at is None or not _quote_governor(at[0].head):
        return False
    return level.unit is not None or not _counts_a_noun(doc, end)


def _quote_governor(governor: Token) -> bool:
    """A quote's word governs "at" ("stood at", "ended the month at", "up 0.4 percent at"), or a quoted noun is the
    governor's subject ("<gold> prices were at"); a copula alone states no quote ("the fee is at $N from $N"), so
    `quote_level_verbs` lists none."""
    if _quote_word().fullmatch(governor.text):
        return True
    nouns = words("quote_nouns")
    return any(child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in nouns for child in governor.children)


def _counts_a_noun(doc: Doc, end: int) -> bool:
    """Whether the bare figure ending at `end` is followed by a plural noun, which it counts (the tagger's number,
    not the spelling: "as", "across" are none): such a figure is a count of that noun, not a level of the same kind
    as a bare quote ("at 99 from 6 dealers" are two kinds of figure)."""
    after = next((token for token in doc if token.idx >= end), None)
    return after is not None and after.pos_ == "NOUN" and "Plur" in after.morph.get("Number")


def _levels(a: Quantity, b: Quantity) -> bool:
    """Two plain levels of one unit: no range, no direction, no bound of their own."""
    return (
        a.unit == b.unit
        and a.low is None
        and b.low is None
        and a.direction is None
        and b.direction is None
        and a.amount != b.amount
    )


def _change_before(before: str) -> bool:
    """A move, not a span: a change word in the clause ("rose", "was cut"), or a verb right before the
    preposition ("decelerated to 3.2% from 3.8%", "swung from 12mm to 140mm")."""
    clause = _CLAUSE_BREAK.split(before)[-1]
    if CHANGE_ANYWHERE.search(clause):  # "rose", "was cut", "went from 80,000 to 145,000"
        return True
    verb = _LAST_WORD.search(clause)
    return verb is not None and told_in_past(verb.group(1))


def _range_of(old: Quantity, new: Quantity, surface: str, *, moved: bool) -> Quantity:
    low, high = sorted((old.amount, new.amount))
    equivalents = [
        _range_of(old_eq, new_eq, old_eq.surface, moved=moved)
        for old_eq in old.equivalents
        for new_eq in new.equivalents
        if old_eq.unit == new_eq.unit and old_eq.amount != new_eq.amount and old_eq.low is None and new_eq.low is None
    ]
    return old.model_copy(
        update={
            "amount": (low + high) / 2,
            "low": low,
            "high": high,
            "bound": "=",
            "approximate": old.approximate or new.approximate,
            "direction": ("up" if new.amount > old.amount else "down") if moved else None,
            "surface": surface,
            "equivalents": equivalents,
        }
    )
