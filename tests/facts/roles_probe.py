"""Scores the extractor on the roles-and-successions probes (tests/facts/roles_probe_rows.py): each probe
sentence is set in a short story about another company, and each expected fact must come out strictly (kind,
subject, compatible predicate, object, period, modality). Run as a script to print the misses:

    python -m tests.facts.roles_probe [1|2]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

from extractor.eval.matching import name_key, normalize_text
from extractor.eval.predicates import predicate_compatible
from extractor.models import Fact
from tests.facts.roles_probe_rows import MAINS, PUBLISHED
from tests.probes.harness import Mark, score, story_text


def story(main: str, sentence: str) -> str:
    """A headline and lead about the main company, then the probe sentence."""
    short, full = MAINS[main]
    lead = f"{full} said on Thursday its first-quarter sales rose 6 percent to $2.1 billion."
    return story_text(PUBLISHED, f"{short} quarterly sales rise", f"{lead} {sentence}\n")


def _period(fact: Fact) -> tuple[str, str] | None:
    if fact.period is None or fact.period.start is None:
        return None
    return (fact.period.start.isoformat(), fact.period.end.isoformat())


def misses(expected: tuple, fact: Fact) -> list[str]:
    """What keeps `fact` from matching the expected fact (empty when it matches)."""
    kind, subjects, predicate, person, period, modality = expected
    subjects = (subjects,) if isinstance(subjects, str) else subjects
    reasons = []
    if fact.kind != kind or normalize_text(fact.object) != normalize_text(person):
        return ["value"]
    if name_key(fact.subject) not in {name_key(s) for s in subjects}:
        reasons.append(f"subject {fact.subject!r}")
    if not predicate_compatible(fact.predicate, predicate, coordinated=kind == "role"):
        reasons.append(f"predicate {fact.predicate!r}")
    if _period(fact) != (tuple(period) if period else None):
        reasons.append(f"period {_period(fact)}")
    if fact.modality != modality:
        reasons.append(f"modality {fact.modality}")
    return reasons


def row_marks(row: tuple, facts: list[Fact]) -> Iterator[Mark]:
    """Each expected fact of the row met by a role or event fact of the probe sentence (each fact meets one
    expectation at most); the role and event facts of the sentence no expectation met, as unexpected."""
    _, sentence, expected = row
    told = [f for f in facts if f.kind in ("role", "event") and sentence[:40] in f.evidence.sentence]
    used: set[int] = set()
    for exp in expected:
        scored = [(misses(exp, f), k) for k, f in enumerate(told) if k not in used]
        hit = next((k for r, k in scored if not r), None)
        used.update([hit] if hit is not None else [])
        near = [r for r, _ in scored if r != ["value"]]
        miss = f"MISS {exp[0]} {exp[2]!r} {exp[3]!r}: {near[0] if near else 'no value match'}  | {sentence}"
        yield Mark(hit is not None, note="" if hit is not None else miss)
    for k, f in enumerate(told):
        if k not in used:
            note = f"EXTRA {f.kind} {f.subject!r} {f.predicate!r} {f.object!r} {_period(f)} {f.modality}"
            yield Mark(False, note=note, expected=False)


def run(rows: Sequence[tuple], nlp=None, *, show: bool = False) -> tuple[int, int, int]:
    """(expected facts found, expected facts, unexpected role/event facts of the probe sentences)."""
    tally = score(nlp, rows, lambda row: story(row[0], row[1]), row_marks)
    if show:
        print("\n".join(tally.notes))
    return tally.right, tally.total, tally.extra


if __name__ == "__main__":
    from extractor.api import load_nlp
    from tests.facts import roles_probe_rows

    which = sys.argv[1] if len(sys.argv) > 1 else "1"
    rows = getattr(roles_probe_rows, f"PROBE{which}")
    hit, n, more = run(rows, load_nlp(), show=True)
    print(f"probe {which}: {len(rows)} sentences, {hit}/{n} expected facts = {hit / n:.3f}; {more} unexpected")
