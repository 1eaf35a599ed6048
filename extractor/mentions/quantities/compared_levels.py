"""The earlier level of a comparison written a few words after the figure: "Ostrava Line carried 3.4 million
passengers last quarter, up slightly from 3.1 million". The earlier level is written bare: it shares the stated
figure's unit and kind, as a bare old level right after ", down from" does (`mentions._share_move_units`).
That reader needs the comparison right after the figure; here the figure's own noun or date may come first
("passengers last quarter"), and the move may carry a degree adverb ("up slightly from", "down sharply from").

The words between are few (at most `_GAP_WORDS`), hold no number and no clause joiner (lexicons
`clause_coordinators`, `relative_pronouns`): past a joiner the bare number may be another clause's count. A bare
number followed by a noun of its own ("from 800 drivers") counts that noun. The two levels of one measure are of
one size (`one_size`, which `mentions` asks too).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from extractor.lexicons import table, words
from extractor.mentions.quantities.lexicon import hedge_pattern
from extractor.mentions.quantities.reading import Reading

_GAP_WORDS = 5  # "of crude oil in the second half": a measure's noun and its date, no more
_NEXT_WORD = re.compile(r"\s+([a-z][a-z-]*)\b")


@cache
def _compared() -> re.Pattern[str]:
    """The figure's trailing words, then ", up|down [adverb] from [the] [hedge]" before the bare earlier level."""
    moves = "|".join(sorted(words("move_adverbs")))
    return re.compile(
        rf"(?P<gap>(?:\s+[A-Za-z][\w'’-]*){{0,{_GAP_WORDS}}})\s*,\s*(?:{moves})\s+(?:(?P<adverb>[a-z]+ly)\s+)?from\s+"
        r"(?:the\s+)?" + hedge_pattern("round", "near"),
        re.IGNORECASE,
    )


@cache
def _joiners() -> frozenset[str]:
    """Words that open another clause: the number after them need not be the figure's earlier level."""
    return words("clause_coordinators") | words("relative_pronouns")


@cache
def _time_words() -> frozenset[str]:
    """Words that may follow an earlier level to date it ("from 40 previously", "from 12 months ago")."""
    return words("base_time_markers") | frozenset(table("time_units"))


def one_size(amount: float, other: float) -> bool:
    """Two levels of one measure stand within ten times of each other."""
    return 0.1 * abs(other) <= abs(amount) <= 10 * abs(other)


def share_compared_units(text: str, readings: list[Reading]) -> None:
    """Give each bare earlier level of a comparison the unit of the figure it is compared with."""
    for stated, bare in zip(readings, readings[1:], strict=False):
        if not _bare(bare) or stated.unit is None or stated.low is not None or stated.per:
            continue
        match = _compared().fullmatch(text, stated.end, bare.start)
        if match is None or not (match.group("gap") or match.group("adverb")):
            continue  # the plain ", down from" right after the figure is `_share_move_units`' own
        if any(w.lower() in _joiners() for w in match.group("gap").split()) or _counts_own_noun(text, bare):
            continue
        if _same_size(bare, stated):
            bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True


def _bare(r: Reading) -> bool:
    """A number with no unit, no range and no words of its own ("3.1 million", "7,250")."""
    return r.unit is None and r.kind == "amount" and r.low is None and not r.written and not r.tally


def _counts_own_noun(text: str, bare: Reading) -> bool:
    """ "up from 800 drivers": a content word right after the number is what it counts, not the figure's unit;
    a function word or a time word ("from 3.1 million in March", "from 40 previously") leaves it bare."""
    match = _NEXT_WORD.match(text, bare.end)
    if match is None:
        return False
    word = match.group(1)
    return word not in STOP_WORDS and word not in _time_words()


def _same_size(bare: Reading, stated: Reading) -> bool:
    """A scale word written on the stated figure only ("3.4 million passengers ... from 3") is not guessed for the
    bare one; the two levels are of one size."""
    if stated.scaled and not bare.scaled:
        return False
    return one_size(bare.amount, stated.amount)
