"""Bound and approximation cues around a quantity: "more than 100", "about 5", "100 or more", "50+"."""

from __future__ import annotations

import re
from functools import cache

from extractor.lexicons import table, words
from extractor.mentions.quantities.lexicon import time_units
from extractor.mentions.quantities.reading import Reading

_OR_MORE = re.compile(r"\s+(?:or|and)\s+(more|above|higher|greater|over|less|fewer|below|lower|under)\b", re.IGNORECASE)
_SYMBOL_BOUND = re.compile(r"(>=|<=|≥|≤|=>|=<|[<>])\s*=?\s*$")
# "to 8,450 from 8,120", "to 3.4 million homes, from an earlier 3.1 million": an older figure, not a year
_FROM_FIGURE = re.compile(
    r"[\s,]+(?:\w+,?\s+){0,2}?from\s+(?:an?\s+|the\s+)?(?:\w+\s+){0,2}?[$€£]?(?!(?:19|20)\d\d\b)\d"
)


@cache
def bound_cues() -> list[tuple[str, tuple[str, ...]]]:
    return sorted(table("bound_cues").items(), key=lambda kv: -len(kv[0]))


@cache
def approx_cues() -> list[str]:
    return sorted(words("approx_cues"), key=len, reverse=True)


# Compiled once per process: built from strings on each call, the cue patterns crowded Python's
# pattern cache (512 entries) with the rest of the program's and were compiled again and again.
@cache
def _bound_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    return [(cue, re.compile(r"(?<![\w])" + re.escape(cue) + r"\s+(?:of\s+)?$"), sign) for cue, (sign,) in bound_cues()]


@cache
def _approx_patterns() -> list[tuple[str, re.Pattern[str]]]:
    return [(cue, re.compile(r"(?<![\w])" + re.escape(cue) + r"\s+$")) for cue in approx_cues()]


def set_cues(text: str, r: Reading) -> None:
    """Fill in the bound and approximation of a reading from the words around it."""
    at = r.cue_start if r.cue_start is not None else r.start
    bound, approximate, cue_start = bound_and_approximation(text, at, level=_reads_as_level(text, r))
    if bound == ">" and _span_over(text, r, cue_start):
        bound, cue_start = "=", r.cue_start if r.cue_start is not None else r.start
    if r.bound == "=":
        r.bound = bound
    r.approximate = r.approximate or approximate
    r.cue_start = min(cue_start, r.cue_start if r.cue_start is not None else r.start)
    after = text[r.end : r.end + 16]
    if after[:1] == "+" and not after[1:2].isdigit():
        r.end += 1
        r.bound = ">"
        return
    m = _OR_MORE.match(after)
    if m and r.bound == "=":
        r.bound = ">=" if m.group(1).lower() in ("more", "above", "higher", "greater", "over") else "<="
    if r.bound in (">", "<") and re.match(r"\s+or\s+equal\b", after, re.IGNORECASE):
        r.bound += "="


def _span_over(text: str, r: Reading, cue_start: int) -> bool:
    """ "$600 million over two years", "pays out over 7.5 years": "over" a duration is the span it covers;
    "for over two years", "in over a decade" (`over_bound_openers` before it) are more than."""
    duration = r.unit or r.shown_unit  # "over 12 straight months" is shown in months
    if duration not in time_units().values() or not re.match(r"over\s", text[cue_start : cue_start + 5], re.IGNORECASE):
        return False
    previous = re.search(r"([A-Za-z]+)\W*$", text[max(0, cue_start - 20) : cue_start])
    return previous is None or previous.group(1).lower() not in words("over_bound_openers")


@cache
def _up_move_pattern(level: bool) -> re.Pattern[str]:
    forms = [form for form, (takes, *_) in table("up_move_forms").items() if level or takes == "any"]
    return re.compile(r"\b(?:" + "|".join(sorted(forms)) + r")\s+$")


def _up_move_before(before: str, at: int, level: bool) -> bool:
    """Whether a verb whose particle is "up" (`up_move_forms`: "edged", "ticking") ends the text before `at`; the
    forms marked "level" ("moved", "revised") only when the figure reads as a level (`level`)."""
    return _up_move_pattern(level).search(before, 0, at) is not None


def _reads_as_level(text: str, r: Reading) -> bool:
    """A figure with a unit or a percent, or one an older figure follows ("to 8,450 from 8,120"): after "moved
    up to" or "revised up to" it is the level reached, while a bare count there is the verb's object ("move up to
    80 staff"), limited by "up to"."""
    return r.unit is not None or _FROM_FIGURE.match(text, r.end) is not None


def bound_and_approximation(text: str, start: int, *, level: bool = False) -> tuple[str, bool, int]:
    """Bound and approximation cues right before `start`; returns (bound, approximate, start of the cue). `level`:
    the figure reads as a level (`_reads_as_level`), which decides what "up to" after some verbs means."""
    window = text[max(0, start - 40) : start]
    before = window.lower()
    offset = start - len(window)
    bound, approximate, new_start = "=", False, start
    for cue, pattern, sign in _bound_patterns():
        m = pattern.search(before) if cue in before else None  # the substring test is cheap and necessary
        if m and cue == "up to" and _up_move_before(before, m.start(), level):
            continue  # "crept up to 4 percent": the level a move reached, not "at most"
        if m:
            bound = sign
            new_start = offset + m.start()
            before = before[: m.start()]
            break
    for cue, pattern in _approx_patterns():
        m = pattern.search(before) if cue in before else None
        if m:
            approximate = True
            new_start = offset + m.start()
            if cue in ("nearly", "almost", "just under", "close to", "just shy of") and bound == "=":
                bound = "<"
            elif cue == "just over" and bound == "=":
                bound = ">"
            break
    if bound == "=":
        m = _SYMBOL_BOUND.search(window)
        if m:
            bound = {"≥": ">=", "≤": "<=", "=>": ">=", "=<": "<="}.get(m.group(1), m.group(1))
            if window[m.end(1) :].strip() == "=":
                bound += "=" if len(bound) == 1 else ""
            new_start = offset + m.start()
    if text[start - 1 : start] == "~":
        approximate = True
    return bound, approximate, new_start
