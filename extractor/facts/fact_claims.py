"""One fact per claim: the rules may read one claim of a sentence more than once (a figure found by two readers,
a role told twice in one apposition); the assembled facts keep the first of each."""

from __future__ import annotations

from extractor.models import Fact


def deduplicate(facts: list[Fact]) -> list[Fact]:
    """One fact per claim: the same kind, predicate and value in the same sentence is reported once."""
    seen: set[tuple] = set()
    kept = []
    for fact in facts:
        value = (fact.value.amount, fact.value.unit) if fact.value else None
        # "treasurer of both Alder and Birch": two roles; "A and B were arrested": two acts that name themselves
        # "A and B bought X": two buyers, each a fact (`events_joint_doers`)
        holder = fact.subject if fact.kind in ("role", "event") or fact.object == fact.predicate else None
        key = (fact.kind, fact.predicate, value, fact.object, fact.evidence.start, holder)
        if key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept
