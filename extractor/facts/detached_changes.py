"""A figure that restates the figure before it: "€12.4 million or 3.8 percent", "$7.9 billion, up 14 percent",
"64 barges in service next spring, a rise of roughly 12 percent". The second figure measures what
the first one measures; a verbless change set off by a comma after a level is that level's change."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span

from extractor.facts.predicate_forms import FALLBACK_PREDICATE, is_per_share
from extractor.lexicons import table, words
from extractor.mentions.doc_text import span_text
from extractor.mentions.quantities import QuantityMention
from extractor.models import Fact

GAP_TOKENS = 12  # a longer stretch between the two figures is a new clause, not a restatement


@dataclass(frozen=True)
class Restatement:
    fact: Fact  # the figure restated
    detached: bool  # a verbless change cued by "up", "down", "a rise of" after the level: the level's own change


@cache
def _change_words() -> frozenset[str]:
    """Lemmas of a move up or down (lexicons change_up, change_down), read once."""
    return words("change_up") | words("change_down")


@cache
def _change_nouns() -> str:
    """ "an increase of", "a drop of": the change words as one regex alternation, longest first."""
    return "|".join(re.escape(w) for w in sorted(_change_words(), key=len, reverse=True))


@cache
def _hedges() -> str:
    """ "up more than 25 percent", "up roughly 9 percent": the approximation and bound cues an amount may carry
    (lexicons approx_cues, bound_cues), as one optional regex group."""
    cues = sorted(words("approx_cues") | set(table("bound_cues")), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in cue.split()) for cue in cues)
    return rf"(?:(?:{alternatives})\s+)*"


@cache
def _coordination() -> re.Pattern[str]:
    # "€12.4 million or 3.8 percent", "$7.9 billion, up 14%", "$5 million, an increase of 3 percent"
    return re.compile(
        rf"\s*,?\s*(?:or|and|up|down|(?:an?\s+)?(?:{_change_nouns()})\s+of)\s*(?:by\s+)?{_hedges()}", re.I
    )


@cache
def _detached_change() -> re.Pattern[str]:
    return re.compile(rf",\s*(?:up|down|(?:an?\s+)?(?:{_change_nouns()})\s+of)\s*(?:by\s+)?{_hedges()}$", re.I)


def restated_figure(
    previous: tuple[QuantityMention, Fact] | None, mention: QuantityMention, sent: Span
) -> Restatement | None:
    """The figure just read when `mention` restates it: joined by "or"/"and", or a verbless change set off by a
    comma after it ("sales of 3 billion euros ($4.1 billion) in the half, up 9 percent", ", a 9 percent rise")."""
    if previous is None:
        return None
    between = span_text(sent)[previous[0].end - sent.start_char : mention.start - sent.start_char]
    cued = _detached_change().search(between) is not None  # asked once: both paths below need it
    if _coordination().fullmatch(between):
        return Restatement(previous[1], detached=cued)
    if not cued and not re.search(r",\s*an?\s*$", between):
        return None  # read first: the words between are cheap, the sentence's Tokens are not (asked per figure)
    gap = [t for t in sent if previous[0].end <= t.idx < mention.start]
    if len(gap) > GAP_TOKENS or any(t.pos_ in ("VERB", "AUX") for t in gap):
        return None
    following = next((t for t in sent if t.idx >= mention.end), None)
    change_after = following is not None and following.lemma_.lower() in _change_words()
    return Restatement(previous[1], detached=cued) if cued or change_after else None


def restates_level(restated: Restatement | None, own: str | None) -> bool:
    """A detached change measures the level before it even where the parse hangs it on another noun: in
    "posted $2 billion in revenue, up 7 percent" or "expects to sell 4 million tablets, up 15 percent" the
    change is of the revenue or of the tablet sales, not of the verb's subject or object. A level read per
    share ("$5 million, or 9 cents a share, up 20 percent") or read as nothing ("amount") names no better
    measure than the change's own."""
    if restated is None or not restated.detached or restated.fact.kind != "metric":
        return False
    predicate = restated.fact.predicate
    return predicate != own and predicate != FALLBACK_PREDICATE and not is_per_share(predicate)
