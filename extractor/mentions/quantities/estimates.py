"""An estimate of a per-share figure written without its rate: "made $2.07 a share, beating the mean
forecast of $1.93", "41 cents a share; analysts had on average expected 39 cents", "$318.6 million, or 52 cents a
share, against $71.3 million, or 12 cents". The bare amount is per share too, as "72 cents a share, up from
58 cents" is (`mentions._share_move_units`); shown by `extract quantities`, left out of the facts as every `per` is.
"""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import hedge_pattern
from extractor.mentions.quantities.reading import Reading

_HEDGE = hedge_pattern("round", "near")
_OR_AFTER_TOTAL = re.compile(r",\s+or\s+" + _HEDGE + r"$", re.IGNORECASE)
_WINDOW = 300  # how far back, in characters, the stated per-share figure may stand


@cache
def _estimate_before() -> re.Pattern[str]:
    """ "the average forecast of", "estimate is", "Analysts expected", "had estimated earnings of"."""
    nouns = "|".join(sorted(words("forecast_nouns")))
    verbs = "|".join(sorted(words("prediction_verbs")))
    return re.compile(
        rf"\b(?:(?:{nouns})s?\s+(?:of|at|is|was|were)|(?:{verbs})(?:s|d|ed)?(?:\s+(?:earnings|profit)\s+of)?)\s+"
        + _HEDGE
        + "$",
        re.IGNORECASE,
    )


@cache
def _estimate_after() -> re.Pattern[str]:
    """ "the $2.16 that analysts had predicted", "the 87 cents most analysts expected"."""
    verbs = "|".join(sorted(words("prediction_verbs")))
    forecasters = "|".join(sorted(words("forecast_cues")))
    return re.compile(
        rf"\s+(?:that\s+|which\s+)?(?:{forecasters})s?\s+(?:\w+\s+){{0,2}}?(?:{verbs})(?:s|d|ed)?\b", re.IGNORECASE
    )


def _bare_money(r: Reading) -> bool:
    return r.kind == "money" and r.per is None and not r.scaled and r.low is None and "_per_" not in (r.unit or "")


def _comparable(bare: Reading, stated: Reading) -> bool:
    size = stated.amount if stated.low is None else (stated.low + (stated.high or stated.low)) / 2
    return 0.1 * abs(size) <= abs(bare.amount) <= 10 * abs(size)


def _is_estimate(text: str, readings: list[Reading], i: int) -> bool:
    bare = readings[i]
    before = text[max(0, bare.start - 60) : bare.start]
    if _estimate_before().search(before) or _estimate_after().match(text, bare.end):
        return True
    # "against $71.3 million, or 12 cents": the rate of a total restated after it
    return i > 0 and readings[i - 1].scaled and _OR_AFTER_TOTAL.search(before) is not None


def share_estimate_rates(text: str, readings: list[Reading]) -> None:
    """Give a bare estimate or restatement the per-share rate of the comparable figure stated before it."""
    for i, bare in enumerate(readings):
        if not _bare_money(bare) or not _is_estimate(text, readings, i):
            continue
        stated = _nearest_like(readings[:i], bare)
        if stated is not None and stated.per == "share":
            bare.per = "share"


def _nearest_like(earlier: list[Reading], bare: Reading) -> Reading | None:
    """The nearest earlier unscaled amount of the same currency and size ("earnings per share were $1.35, above
    the $1.34 analysts had forecast": the $1.35, which has no rate, so neither has the estimate)."""
    for r in reversed(earlier):
        if bare.start - r.end > _WINDOW:
            return None
        if r.kind == "money" and not r.scaled and r.unit == bare.unit and _comparable(bare, r):
            return r
    return None
