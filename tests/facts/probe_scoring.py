"""Scoring of the event probes (tests/facts/probe_events9.py; first written by helper events8 for its own
probes): value recall (an event fact of the sentence with the expected object, ignoring case, punctuation and
spacing; None = None), strict recall (also the subject, a predicate the strict scorer accepts, the period and
the modality), and how many sentences that must give no event gave one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor import extract
from extractor.eval.predicates import predicate_compatible
from extractor.models import Fact


@dataclass
class ProbeScore:
    wanted: int = 0
    found: int = 0
    strict: int = 0
    none_sentences: int = 0
    false_events: int = 0
    lines: list[str] = field(default_factory=list)  # the misses, loose matches and false events, for reading

    @property
    def value_recall(self) -> float:
        return self.found / self.wanted

    @property
    def strict_recall(self) -> float:
        return self.strict / self.wanted


def _norm(text: str | None) -> str | None:
    return None if text is None else re.sub(r"[\W_]+", "", text.lower())


def _strict_misses(fact: Fact, want: tuple) -> list[str]:
    subject, predicate, _, start, end, modality = want
    misses = []
    if (fact.subject or "").lower() != subject.lower():
        misses.append(f"subject {fact.subject!r}")
    if not predicate_compatible(fact.predicate, predicate):
        misses.append(f"predicate {fact.predicate!r}")
    got = (fact.period.start, fact.period.end) if fact.period else (None, None)
    got = tuple(str(d) if d else None for d in got)
    if got != (start, end):
        misses.append(f"period {got}")
    if fact.modality != modality:
        misses.append(f"modality {fact.modality}")
    return misses


def score(stories: list, nlp) -> ProbeScore:
    """Run each story through the extractor and match its event facts to the sentences' expected events."""
    result = ProbeScore()
    for number, (published, sentences) in enumerate(stories):
        text = "\n\n".join(s for s, _ in sentences)
        facts = [f for f in extract(text, published=published, nlp=nlp, doc_id=f"s{number}") if f.kind == "event"]
        for sentence, events in sentences:
            mine = [f for f in facts if sentence.startswith(f.evidence.sentence.strip()[:40])]
            if not events:
                result.none_sentences += 1
                result.false_events += bool(mine)
                if mine:
                    found = [(f.subject, f.predicate, f.object) for f in mine]
                    result.lines.append(f"FALSE  {sentence}\n       {found}")
            for want in events:
                result.wanted += 1
                same = [f for f in mine if _norm(f.object) == _norm(want[2])]
                best = min((_strict_misses(f, want) for f in same), key=len, default=None)
                result.found += best is not None
                result.strict += best == []
                if best != []:
                    got = [(f.subject, f.predicate, f.object, f.modality) for f in mine]
                    kind = "MISS " if best is None else "LOOSE"
                    result.lines.append(f"{kind}  {sentence}\n       want {want}\n       got  {got}")
                    if best:
                        result.lines.append(f"       strict misses {best}")
    return result
