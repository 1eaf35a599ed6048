"""Ambiguous unit symbols read only in their domain's shape: "kt" is knots in "gusts of 45 kt", "45-kt winds" or
"the ferry averaged 11 kts", and stays unread elsewhere (mining kilotonnes, "18kt gold" carats). Issue 11 names
"kt" -> knot; the shapes are those of a wind or vessel speed inside one sentence, so a wind word in another
sentence, or a word that only starts like one ("window", "Windsor"), is no cue."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import table
from extractor.mentions.quantities.lexicon import stem_alternation
from extractor.mentions.quantities.reading import Reading

# a sentence ends at ".", "!" or "?" before a space: the cue must be in the figure's sentence
_SENTENCE_END = re.compile(r"[.!?]\s")
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The symbol after a figure; a wind word after the symbol; a wind word a few words before a link word ending
    the text before the figure; a vessel noun before a speed verb ending it."""
    symbols = "|".join(re.escape(s) for s in sorted(table("cued_unit_symbols"), key=len, reverse=True))
    wind, link = stem_alternation("wind_words"), stem_alternation("wind_speed_links")
    vessel, verb = stem_alternation("vessel_words"), stem_alternation("vessel_speed_verbs")
    return (
        re.compile(r"(?:\s|-)?(" + symbols + r")(?![\w/.-])", re.IGNORECASE),
        re.compile(r"\s+(?:" + wind + r")\b", re.IGNORECASE),
        # "gusts of ", "winds gusted to ", "sustained winds reached ": at most two words between
        re.compile(r"\b(?:" + wind + r")\s+(?:[a-z]+\s+){0,2}?(?:" + link + r")\s+(?:up to\s+)?$", re.IGNORECASE),
        re.compile(r"\b(?:" + vessel + r")\b[^,;]*\s(?:" + verb + r")\s+(?:about\s+)?$", re.IGNORECASE),
    )


def read_cued_symbol(text: str, r: Reading) -> bool:
    """Read the symbol after the figure as its unit (lexicon `cued_unit_symbols`) when the sentence gives it the
    shape of a wind or vessel speed."""
    if r.unit is not None or r.low is not None:
        return False
    symbol, wind_after, wind_before, vessel_before = _patterns()
    match = symbol.match(text, r.end)
    if not match or _OF_AFTER.match(text, match.end()):
        return False  # "45 kt of copper", "12 kts of cargo": a mass, never a speed
    start = max(0, r.start - 120)
    before = _SENTENCE_END.split(text[start : r.start])[-1]
    if not (wind_after.match(text, match.end()) or wind_before.search(before) or vessel_before.search(before)):
        return False
    r.unit, r.end, r.kind, r.explicit = (
        table("cued_unit_symbols")[match.group(1).lower()][0],
        match.end(1),
        "physical",
        True,
    )
    return True
