"""One fact per event told more than once: a story names one sale, hire or dismissal again in later sentences
("the sale of the unit", "his dismissal", a timeline entry after the lead). FACTS.md: of repeated mentions of
one claim the most specific (a dated period) is required, the others optional, else the first; gold files list
the repeats as optional or not at all, so a repeat that adds no date is a false positive at best neutral."""

from __future__ import annotations

import re

from extractor.models import Fact, Period

# an object is compared as the scorer compares it: case, punctuation and spacing do not count
_NOT_COMPARED = re.compile(r"[\W_]+")


def one_fact_per_event(facts: list[Fact]) -> list[Fact]:
    """Events of one document that repeat a claim (same subject, predicate, object and modality) are reported
    once per period: a later mention with no date of its own, or with the date already told, is a repeat.
    An undated first mention stays beside a later dated one: what a lead tells without a date is the claim
    readers take first, and FACTS.md makes it optional rather than wrong. Events dated differently stay apart
    (a body's meetings on two days, two stake sales in two years); a planned event and the done one are two
    claims (another modality). Other kinds pass through."""
    told: set[tuple] = set()
    told_when: set[tuple] = set()
    kept = []
    for fact in facts:
        if fact.kind != "event":
            kept.append(fact)
            continue
        claim, when = _claim(fact), _when(fact.period)
        if (claim, when) in told_when or (when is None and claim in told):
            continue
        told.add(claim)
        told_when.add((claim, when))
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
