"""A rate's denominator written after a bracketed restatement of the amount: "9,800 pesos ($530) per tonne",
"780 yen ($5.20) a share", "40 million rand ($2.2 million) per week" (docs/DECISIONS.md, "Quantities", round
21). The denominator belongs to both figures: `currencies.read_rate` reads it past the bracket found here, and the
bracketed figure, folded in as its equivalent, is shown per the same unit (`rated.rated_like`)."""

from __future__ import annotations

import re
from functools import cache

from extractor.mentions.quantities.cues import approx_cues
from extractor.mentions.quantities.lexicon import lex


@cache
def _restatement() -> re.Pattern[str]:
    """ "($530)", "(about US$5.20)", "(EUR 4.10)", "(4.6 dollars)": a bracket that holds one money amount with its
    currency, a sign or an upper-case code before the figure or a currency name (lexicon `currencies`) after it,
    maybe after a word of approximation (lexicon `approx_cues`). A figure with no currency is no restatement:
    "20.5p (18.0p) per share" brackets last year's figure, "(up 5 percent)" a change."""
    approx = "|".join(re.escape(cue) for cue in approx_cues())
    names = sorted((n for n in lex().currencies if n.replace(" ", "").isalpha() and len(n) > 3), key=len, reverse=True)
    before = r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?)\s?\d[^()\[\]]{0,30}"
    after = r"\d[\d.,]*(?:\s+[a-z]+)?\s+(?i:" + "|".join(re.escape(n) for n in names) + r")\b[^()\[\]]{0,15}"
    return re.compile(r"\s*[(\[]\s*(?:(?i:" + approx + r")\s*)?(?:" + before + "|" + after + r")[)\]]")


def restatement_end(text: str, end: int) -> int | None:
    """Where the bracketed restatement of a money amount that ends at `end` closes, or None when none follows."""
    bracket = _restatement().match(text, end)
    return None if bracket is None else bracket.end()
