"""A fraction as the size of a move: "fell by a third", "has fallen nearly a quarter", "up a fifth",
"cut by half", "reduce debt by two-thirds". Read as a percentage (a third is 33.33 percent), as TRAPS.md
writes the size of a change, with its hedge; only right after a movement word or "by" (a fraction with a
numerator only after "by": "fell three quarters in a row" counts quarters), and not "a third of X" (a
share), "a quarter point", "half a percentage point" or "by half the companies"."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import words
from extractor.mentions.quantities.lexicon import change_forms_pattern, lex
from extractor.mentions.quantities.reading import Reading
from extractor.mentions.regex_gate import Gate, literal_gate, lowered_text, starting_with

# words between the movement word and the fraction; the cue readers turn them into bounds afterwards
_BETWEEN = (
    r"(?:(?:nearly|almost|about|roughly|around|some|over|more\s+than|less\s+than|just\s+over|just\s+under"
    r"|as\s+much\s+as)\s+)?"
)


# "half the companies", "half a point": "half" before a determiner is a share of something, not a move
_DETERMINER = r"(?:an?|the|its|their|his|her|our|this|that|these|those)"


@cache
def _fraction_move() -> re.Pattern[str]:
    singular = "|".join(sorted(f for f in lex().fractions if not f.endswith("s")))
    plural = "|".join(sorted(f for f in lex().fractions if f.endswith("s")))
    numerators = "|".join(sorted(w for w, v in lex().numbers.items() if 2 <= v <= 9))
    forms = [*words("change_forms"), "by"]  # pieces of a pattern: the lookahead only when each opens with a letter
    opening = starting_with(forms) if all(form[:1].isalpha() for form in forms) else ""  # a fast scan
    return re.compile(
        r"\b"
        + opening
        + r"(?:"
        + change_forms_pattern()
        + r"|(?P<by>by))\s+"
        + _BETWEEN
        + r"(?P<fraction>(?:a|one)[\s-](?P<den>"
        + singular
        + r")|(?P<num>"
        + numerators
        + r")[\s-](?P<dens>"
        + plural
        + r")|half(?![\s-]+"
        + _DETERMINER
        + r"\b))\b(?![\s-]*(?:of\b|percentage|point|-point))",
        re.IGNORECASE,
    )


@cache
def _fraction_gate() -> Gate:
    return literal_gate(_fraction_move())  # no fraction word ("third", "half"), no match: skip the scan


def _fraction(m: re.Match[str]) -> float:
    """ "a third" 1/3, "two-thirds" 2/3, "half" 1/2."""
    if m.group("num"):
        return lex().numbers[m.group("num").lower()] / lex().fractions[m.group("dens").lower()]
    return 1.0 / (lex().fractions[m.group("den").lower()] if m.group("den") else 2.0)


def fraction_moves(text: str) -> list[Reading]:
    """Each fraction that states how far something moved, as a percent reading."""
    found = []
    if not _fraction_gate().admits(lowered_text(text)):
        return found
    for m in _fraction_move().finditer(text):
        if m.group("num") and not m.group("by"):
            continue  # "fell three quarters in a row" counts quarters; "cut by two-thirds" is a fraction
        amount = round(100.0 * _fraction(m), 2)
        found.append(Reading(m.start("fraction"), m.end("fraction"), amount, "percent", "percent", True, True))
    return found
