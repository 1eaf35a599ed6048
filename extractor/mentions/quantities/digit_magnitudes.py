"""Vague magnitudes told by how many digits they have: "double-digit growth" is 10 to 99 percent, "in single
digits" 1 to 9. Shown by `extract quantities` only: the facts read no amount from them (a magnitude this vague
states no subject's measure)."""

from __future__ import annotations

import re

from extractor.lexicons import table, words
from extractor.mentions.quantities.lexicon import change_forms_pattern
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import gated_finditer, lowered_text

# "double-digit", "double digits", "single-digit"; not "double-dip", "double-A" (a rating)
# with "low"/"mid"/"high" before it ("a mid-single-digit rate"), the whole span is still shown
_DIGITS = re.compile(r"(?<![\w-])(?:(?:low|mid|high)[- ])?(single|double|triple)[- ]digits?(?![\w-])", re.IGNORECASE)
# "a single-digit billion-pound hit", "double-digit billions": a scale word after it (also a plural) makes the
# digits a count of billions, not read
_SCALE_AFTER = re.compile(r"\s*(?:thousand|million|billion|trillion)s?\b", re.IGNORECASE)
_NEXT_WORDS = re.compile(r"\s*([A-Za-z]+)(?:\s+([A-Za-z]+))?")
# "sales fell by double digits", "cut costs by double digits": the size of a move, a percent, after a move verb
# only ("won by double digits", a score, is no percent); "lost" is left out: a team loses by a score
_BY_BEFORE = re.compile(
    r"\b(?!los[te])(?:" + change_forms_pattern() + r")(?:\s+[\w'-]+){0,2}\s+by\s+(?:(?:low|mid|high)[- ])?$",
    re.IGNORECASE,
)


def digit_magnitudes(text: str) -> list[Reading]:
    """ "double-digit percentage growth", "sales fell by double digits" -> 10 to 99 percent; "inflation in single
    digits" -> 1 to 9."""
    spans = table("digit_count_words")
    found = []
    for m in gated_finditer(_DIGITS, text, lowered_text(text)):
        after = text[m.end() : m.end() + 30]
        if _SCALE_AFTER.match(after):
            continue
        low, high = (float(end) for end in spans[m.group(1).lower()][:2])
        r = Reading(m.start(), m.end(), low, written=True, bound=">=", approximate=True, vague_high=high)
        r.shown_only = True
        # a percent noun right after it or after one more word ("double-digit earnings growth")
        next_words = _NEXT_WORDS.match(after)
        nouns = {w.lower() for w in next_words.groups() if w} if next_words else set()
        moved_by = _BY_BEFORE.search(text[max(0, m.start() - 45) : m.start()])
        if moved_by or nouns & words("digit_percent_nouns"):
            r.unit, r.kind, r.explicit = "percent", "percent", True
        found.append(r)
    return found
