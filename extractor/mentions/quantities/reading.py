"""An amount being read left to right from a number: the record every reading step fills in."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Reading:
    """An amount being read left to right from a number."""

    start: int
    end: int
    amount: float
    unit: str | None = None
    kind: str = "amount"
    explicit: bool = False  # carries a scale word, currency, percent or unit
    written: bool = False
    low: float | None = None
    high: float | None = None
    minor: tuple[str, float, str, str] | None = None  # (ISO code, factor, minor unit name, minor surface)
    bound: str = "="
    approximate: bool = False
    cue_start: int | None = None
    first_end: int | None = None  # end of the first number of a range
    base: float | None = None  # the number as written, before scale words and unit factors
    scaled: bool = False  # a scale word ("million", "bn") is part of it
    per: str | None = None  # "a share", "a day": a denominator `extract quantities` shows and the facts leave out
    per_end: int | None = None  # end of the denominator's words; the mention itself ends before them
    shown_unit: str | None = None  # "15 straight months": a duration shown in months; the facts count months
    vague_high: float | None = None  # "thousands": shown as 1,000-10,000; the facts keep ">= 1,000" (FACTS.md)
    tally: bool = False  # one side of a ratio, score or vote ("won 3-1"): a count that moves nothing
    shown_only: bool = False  # read by `extract quantities`, not by the facts ("voted 13-10", a bare "half of")


def scale(r: Reading, factor: float) -> None:
    """Multiply the amount (and both ends of a range) by a scale word's or a unit's factor."""
    r.amount *= factor
    if r.low is not None and r.high is not None:
        r.low, r.high = r.low * factor, r.high * factor
