"""How the subject of a figure is chosen among its candidates: each candidate is a feature (how it relates to the
figure: "possessor", "clause_subject", "default", ...) with the name it gives, and the named candidate whose
feature weighs most wins (ties: the one found first). The weights are data (`lexicons/subject_weights.tsv`),
fitted on the readable gold by `scripts/fit_subject_weights.py`.

A candidate may be lazy (a callable): it is only worked out when every heavier candidate named nobody, so a
cascade of rare sources costs nothing where a heavier one answers. `TRACE`, off (None) in normal runs, makes
every candidate be worked out and recorded, for the fit."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from extractor.lexicons import table

Named = str | None
Candidate = tuple[str, Named | Callable[[], Named]]


@dataclass(frozen=True)
class SubjectTrace:
    """One choice of subject, as the fit reads it: where the figure is and every candidate's name."""

    doc_id: str
    sentence_start: int
    start: int  # character offsets of the figure in the document
    end: int
    candidates: tuple[tuple[str, str], ...]  # (feature, name) of each candidate that names somebody, in order
    chosen: Named


TRACE: list[SubjectTrace] | None = None  # the fit script sets a list; None keeps normal runs free of the work


@cache
def candidate_weights() -> dict[str, float]:
    """feature -> weight, from the lexicon."""
    return {feature: float(cells[0]) for feature, cells in table("subject_weights").items()}


def ranked(candidates: list[Candidate], weights: dict[str, float] | None = None) -> list[Candidate]:
    """The candidates heaviest first; a stable sort keeps the order found among equal weights. A feature of weight 0
    or less is off: traced for the fit, never chosen."""
    weights = weights if weights is not None else candidate_weights()
    kept = [candidate for candidate in candidates if weights[candidate[0]] > 0]
    return sorted(kept, key=lambda candidate: -weights[candidate[0]])


def resolved(candidate: Candidate) -> Named:
    value = candidate[1]
    return value() if callable(value) else value


def choose(candidates: list[Candidate], weights: dict[str, float] | None = None) -> Named:
    """The name of the heaviest candidate that names somebody, or None."""
    for candidate in ranked(candidates, weights):
        name = resolved(candidate)
        if name:
            return name
    return None


def choose_traced(candidates: list[Candidate], where: tuple[str, int, int, int]) -> Named:
    """`choose`, recording every candidate in `TRACE` when it is on."""
    if TRACE is None:
        return choose(candidates)
    named = [(feature, name) for feature, value in candidates if (name := resolved((feature, value)))]
    chosen = choose(list(named))
    TRACE.append(SubjectTrace(*where, candidates=tuple(named), chosen=chosen))
    return chosen
