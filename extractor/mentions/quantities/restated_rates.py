"""A rate's denominator written after a bracketed restatement of the amount: "9,800 pesos ($530) per tonne",
"780 yen ($5.20) a share", "40 million rand ($2.2 million) per week" (docs/DECISIONS.md, "Quantities", round
21). The denominator belongs to both figures: the amount is read as if the brackets were not there, and the
bracketed figure, folded in as its equivalent, is shown per the same unit (`rated.rated_like`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from extractor.mentions.quantities.cues import approx_cues
from extractor.mentions.quantities.reading import Reading


@cache
def _restatement() -> re.Pattern[str]:
    """ "($530)", "(about US$5.20)", "(2.2 million)": a bracket that opens with a figure or a currency sign,
    maybe after a word of approximation (lexicon `approx_cues`), short enough to hold one amount; "(a year
    earlier)" or "(up 5 percent)" holds no restatement."""
    approx = "|".join(re.escape(cue) for cue in approx_cues())
    return re.compile(r"\s*[(\[]\s*(?:(?:" + approx + r")\s*)?(?:[A-Z]{0,3}[$€£¥]|\d)[^()\[\]]{0,30}[)\]]", re.I)


def rate_after_restatement(text: str, r: Reading, read_rate: Callable[[str, Reading], None]) -> None:
    """Read the denominator after the bracketed restatement that follows `r` with `read_rate`, as `per`: the view
    shows both figures per that unit ("9,800 pesos" is 9,800 MXN_per_tonne, its "$530" USD_per_tonne), the facts
    keep reading the amount in its plain unit, as they did before the rate was read. The mention keeps its own end
    before the brackets and shows no rate words: the bracketed figure is a reading of its own."""
    bracket = _restatement().match(text, r.end)
    if bracket is None:
        return
    end, unit = r.end, r.unit
    r.end = bracket.end()
    read_rate(text, r)
    if r.per is None and unit and r.unit != unit:
        r.per, r.unit = (r.unit or "").removeprefix(f"{unit}_per_"), unit  # "$350 per kg" made a rate unit
    r.end, r.per_end = end, None
