"""A rate's denominator written after a bracketed restatement of the amount: "15,000 baht ($480) per tonne",
"650 pence ($10.20) a share", "500 million reais ($245 million) per day" (docs/DECISIONS.md, "Quantities", round
21). The denominator belongs to both figures: the amount is read as if the brackets were not there, and the
bracketed figure, folded in as its equivalent, is priced per the same unit."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extractor.mentions.quantities.cues import approx_cues
from extractor.mentions.quantities.reading import Reading
from extractor.models import Quantity


@cache
def _restatement() -> re.Pattern[str]:
    """ "($480)", "(about US$10.20)", "(63.93 million tons)": a bracket that opens with a figure or a currency sign,
    maybe after a word of approximation (lexicon `approx_cues`), short enough to hold one amount; "(a year
    earlier)" or "(up 5 percent)" holds no restatement."""
    approx = "|".join(re.escape(cue) for cue in approx_cues())
    return re.compile(r"\s*[(\[]\s*(?:(?:" + approx + r")\s*)?(?:[A-Z]{0,3}[$€£¥]|\d)[^()\[\]]{0,30}[)\]]", re.I)


# a plain currency code an equivalent is written in ("USD"), which a rate's denominator then follows
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")


def rate_after_restatement(text: str, r: Reading, read_rate: Callable[[str, Reading], None]) -> None:
    """Read the denominator after the bracketed restatement that follows `r` with `read_rate`. The mention keeps
    its own end before the brackets and shows no rate words (the bracketed figure is a reading of its own, shown
    from its own stretch of text): "415 pence" is 4.15 GBP_per_share in "415 pence ($5.30) a share"."""
    bracket = _restatement().match(text, r.end)
    if bracket is None:
        return
    end = r.end
    r.end = bracket.end()
    read_rate(text, r)
    r.end, r.per_end = end, None


def rated_equivalent(amount_unit: str | None, equivalent: Quantity) -> Quantity:
    """The bracketed equivalent of a rate ("THB_per_tonne") in its own currency per the same unit ("USD" ->
    "USD_per_tonne"); any other equivalent is kept as it is."""
    currency, sep, per = (amount_unit or "").partition("_per_")
    unit = equivalent.unit or ""
    if not sep or not _CURRENCY_CODE.fullmatch(currency) or not _CURRENCY_CODE.fullmatch(unit):
        return equivalent
    return equivalent.model_copy(update={"unit": f"{unit}_per_{per}"})
