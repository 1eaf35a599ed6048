"""An estimate of a per-share figure written without its rate: "made $2.07 a share, beating the mean
forecast of $1.93", "41 cents a share; analysts had on average expected 39 cents", "$318.6 million, or 52 cents a
share, against $71.3 million, or 12 cents", "the $1.50 expected by analysts", "were looking for a loss of $2.29",
"previously expected $5.42 to $5.57"; and the gap to an estimate ("$1.52 a share, 33 cents below the average
forecast", "beat the consensus by 4 cents"). The bare amount is per share too, as "72 cents a share, up from
58 cents" is (`mentions._share_move_units`); shown by `extract quantities`, left out of the facts as every `per` is.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.period_phrases import alternation as phrase_alternation
from extractor.mentions.quantities.lexicon import hedge_pattern
from extractor.mentions.quantities.reading import Reading

_HEDGE = hedge_pattern("round", "near")
_OR_AFTER_TOTAL = re.compile(r",\s+or\s+" + _HEDGE + r"$", re.IGNORECASE)
_WINDOW = 300  # how far back, in characters, the stated per-share figure may stand


@cache
def _estimate_before() -> re.Pattern[str]:
    """ "the average forecast of", "estimate is", "Analysts expected", "had estimated earnings of", "were looking
    for a loss of" (lexicon `estimate_lead_verbs`: verbs of waiting for a figure, a stem and its particle)."""
    nouns = "|".join(sorted(words("forecast_nouns")))
    verbs = "|".join(sorted(words("prediction_verbs")))
    leads = "|".join(_stem_and_particle(lead) for lead in sorted(words("estimate_lead_verbs")))
    results = "|".join(sorted(words("result_nouns")))
    verb = rf"(?:(?:{verbs})(?:s|d|ed)?|{leads})"
    return re.compile(
        rf"\b(?:(?:{nouns})s?\s+(?:of|at|is|was|were)|{verb}(?:\s+(?:an?\s+)?(?:{results})\s+of)?)\s+" + _HEDGE + "$",
        re.IGNORECASE,
    )


def _stem_and_particle(lead: str) -> str:
    """ "look for" -> "look(?:s|ed|ing)?\\s+for": any inflection of the verb, then its particle."""
    verb, _, particle = lead.partition(" ")
    return re.escape(verb) + r"(?:s|ed|ing)?\s+" + re.escape(particle)


@cache
def _estimate_after() -> re.Pattern[str]:
    """ "the $2.16 that analysts had predicted", "the 87 cents most analysts expected", "the $1.50 expected by
    analysts"."""
    verbs = "|".join(sorted(words("prediction_verbs")))
    forecasters = "|".join(sorted(words("forecast_cues")))
    return re.compile(
        rf"\s+(?:(?:that\s+|which\s+)?(?:{forecasters})s?\s+(?:\w+\s+){{0,2}}?(?:{verbs})(?:s|d|ed)?\b"
        rf"|(?:{verbs})(?:s|d|ed)?\s+by\s+(?:[\w'’-]+\s+){{0,2}}?(?:{forecasters})s?\b)",
        re.IGNORECASE,
    )


@cache
def _gap_to_estimate() -> re.Pattern[str]:
    """What follows the gap between a result and its estimate: "33 cents below the average forecast", "2 cents
    ahead of Wall Street's consensus" (lexicon `estimate_gap_words`: below, above, short of, ...)."""
    gaps = phrase_alternation(words("estimate_gap_words"))
    cues = "|".join(sorted(words("forecast_nouns") | words("forecast_cues")))
    return re.compile(rf"\s+(?:{gaps})\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,3}}?(?:{cues})s?['’]?(?:s\b)?", re.IGNORECASE)


@cache
def _gap_after_estimate() -> re.Pattern[str]:
    """ "beat the consensus forecast by 4 cents", "topped the average estimate of analysts by": the gap follows
    "by" after an estimate named within a few words."""
    cues = "|".join(sorted(words("forecast_nouns") | words("forecast_cues")))
    return re.compile(rf"\b(?:{cues})s?['’]?(?:\s+[\w'’-]+){{0,3}}?\s+by\s+" + _HEDGE + "$", re.IGNORECASE)


def _bare_money(r: Reading) -> bool:
    """Money with no rate and no scale word: an amount, or a range ("expected $5.42 to $5.57")."""
    return r.kind == "money" and r.per is None and not r.scaled and "_per_" not in (r.unit or "")


def _size(r: Reading) -> float:
    return abs(r.amount if r.low is None else (r.low + (r.high or r.low)) / 2)


def _comparable(bare: Reading, stated: Reading, *, gap: bool = False) -> bool:
    """Of the stated figure's size (a tenth to ten times); a gap to an estimate only needs to be smaller."""
    low = 0.0 if gap else 0.1 * _size(stated)
    return low <= _size(bare) <= 10 * _size(stated)


def estimate_cued(text: str, start: int, end: int) -> bool:
    """The amount at `text[start:end]` is told as an estimate: "the average forecast of", "the $1.50 expected by
    analysts"."""
    return bool(_estimate_before().search(text[max(0, start - 60) : start]) or _estimate_after().match(text, end))


def _is_estimate(text: str, readings: list[Reading], i: int) -> bool:
    bare = readings[i]
    before = text[max(0, bare.start - 60) : bare.start]
    if estimate_cued(text, bare.start, bare.end):
        return True
    # "against $71.3 million, or 12 cents": the rate of a total restated after it
    return i > 0 and readings[i - 1].scaled and _OR_AFTER_TOTAL.search(before) is not None


def _is_gap(text: str, bare: Reading) -> bool:
    """ "33 cents below the average forecast", "beat the consensus by 4 cents": how far a result is from its
    estimate, a single amount."""
    before = text[max(0, bare.start - 60) : bare.start]
    return bare.low is None and bool(_gap_to_estimate().match(text, bare.end) or _gap_after_estimate().search(before))


def share_estimate_rates(text: str, readings: list[Reading]) -> None:
    """Give a bare estimate, restatement or gap to an estimate the per-share rate of the comparable figure
    stated before it."""
    for i, bare in enumerate(readings):
        if not _bare_money(bare):
            continue
        gap = _is_gap(text, bare)
        if not gap and not _is_estimate(text, readings, i):
            continue
        stated = _nearest_like(readings[:i], bare, gap=gap)
        if stated is not None and stated.per == "share":
            bare.per = "share"


def _nearest_like(earlier: list[Reading], bare: Reading, *, gap: bool = False) -> Reading | None:
    """The nearest earlier unscaled amount of the same currency and size ("earnings per share were $1.35, above
    the $1.34 analysts had forecast": the $1.35, which has no rate, so neither has the estimate)."""
    for r in reversed(earlier):
        if bare.start - r.end > _WINDOW:
            return None
        if r.kind == "money" and not r.scaled and r.unit == bare.unit and _comparable(bare, r, gap=gap):
            return r
    return None
