"""One fact per event told more than once: a story names one sale, hire or dismissal again in later sentences
("the sale of the unit", "his dismissal", a timeline entry after the lead). FACTS.md: of repeated mentions of
one claim the most specific (a dated period) is required, the others optional, else the first; gold files list
the repeats as optional or not at all, so each repeat read here is a false positive at best neutral."""

from __future__ import annotations

import re

from extractor.models import Fact, Period

# an object is compared as the scorer compares it: case, punctuation and spacing do not count
_NOT_COMPARED = re.compile(r"[\W_]+")


def one_fact_per_event(facts: list[Fact]) -> list[Fact]:
    """Events of one document that repeat a claim (same subject, predicate, object and modality) are reported
    once: the dated mentions, one per period, else the first mention. Events dated differently stay apart (a
    body's meetings on two days, two stake sales in two years); a planned event and the done one are two
    claims (another modality), as are events with no object under two predicates. Other kinds pass through."""
    dated: set[tuple] = {(_claim(f), _when(f.period)) for f in facts if f.kind == "event" and f.period is not None}
    dated_claims = {claim for claim, _ in dated}
    seen: set[tuple] = set()
    kept = []
    for fact in facts:
        if fact.kind != "event":
            kept.append(fact)
            continue
        claim = _claim(fact)
        if fact.period is None and claim in dated_claims:
            continue  # a dated mention of the same event is more specific
        key = (claim, _when(fact.period))
        if key in seen:
            continue
        seen.add(key)
        kept.append(fact)
    return kept


def _claim(fact: Fact) -> tuple[str, str, str, str]:
    obj = _NOT_COMPARED.sub("", (fact.object or "").lower())
    return (fact.subject.lower(), fact.predicate, obj, fact.modality)


def _when(period: Period | None) -> tuple | None:
    """Two periods are the same when their dates are, or, undated, their labels."""
    if period is None:
        return None
    if period.start is None and period.end is None:
        return (period.label.lower(),)
    return (period.start, period.end)
