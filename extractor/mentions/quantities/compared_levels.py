"""The earlier level of a comparison written a few words after the figure: "shipped 12 million tonnes of ore in
May, down sharply from 15 million the month before". The earlier level is written bare: it shares the stated
figure's unit and kind, as "72 cents a share, up from 59 cents" does next to it (`mentions._share_move_units`).
That reader needs the comparison right after the figure; here the figure's own noun or date may come first ("of
ore in May"), and the move may carry a degree adverb ("down sharply from", "up slightly from").

The words between are few (at most `_GAP_WORDS`), hold no number and no clause joiner (lexicons
`clause_coordinators`, `relative_pronouns`): past a joiner the bare number may be another clause's count. The
two levels of one measure are of one size (within ten times of each other), as `_take_factor` asks too.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import hedge_pattern
from extractor.mentions.quantities.reading import Reading

_GAP_WORDS = 5  # "of iron ore in the first quarter": a measure's noun and its date, no more
# the figure's trailing words, then ", up|down [adverb] from [the] [hedge]" and the bare earlier level
_COMPARED = re.compile(
    rf"(?P<gap>(?:\s+[A-Za-z][\w'’-]*){{0,{_GAP_WORDS}}})\s*,\s*(?:up|down)\s+(?:(?P<adverb>[a-z]+ly)\s+)?from\s+"
    r"(?:the\s+)?" + hedge_pattern("round", "near"),
    re.IGNORECASE,
)


@cache
def _joiners() -> frozenset[str]:
    """Words that open another clause: the number after them need not be the figure's earlier level."""
    return words("clause_coordinators") | words("relative_pronouns")


def share_compared_units(text: str, readings: list[Reading]) -> None:
    """Give each bare earlier level of a comparison the unit of the figure it is compared with."""
    for stated, bare in zip(readings, readings[1:], strict=False):
        if not _bare(bare) or stated.unit is None or stated.low is not None or stated.per:
            continue
        match = _COMPARED.fullmatch(text, stated.end, bare.start)
        if match is None or not (match.group("gap") or match.group("adverb")):
            continue  # the plain ", down from" right after the figure is `_share_move_units`' own
        if any(w.lower() in _joiners() for w in match.group("gap").split()):
            continue
        if _same_size(bare, stated):
            bare.unit, bare.kind, bare.explicit = stated.unit, stated.kind, True


def _bare(r: Reading) -> bool:
    """A number with no unit, no range and no words of its own ("261 million", "4,500")."""
    return r.unit is None and r.kind == "amount" and r.low is None and not r.written and not r.tally


def _same_size(bare: Reading, stated: Reading) -> bool:
    """Two levels of one measure are within ten times of each other; a scale word written on the stated
    figure only ("12 million tonnes ... from 15") is not guessed for the bare one."""
    if stated.scaled and not bare.scaled:
        return False
    return 0.1 * abs(stated.amount) <= abs(bare.amount) <= 10 * abs(stated.amount)
