"""The two predicate probes of round 11 (preds10) as a guard: each row's figure must carry a predicate whose
words hold the head of the row's predicate, as the strict scorer reads it (`predicate_compatible`). Probe 1
was written before this round's rules and measured 99/131 right on them (12 rows have no figure at all);
after them 106/131, and 111/131 once the round's other branches were merged. Probe 2 was written after the
rules and before running them: 31/36 (23/36 without them). The bars are today's counts."""

from collections.abc import Iterator

from extractor.eval.predicates import predicate_compatible
from extractor.models import Fact
from tests.facts.probe_preds10 import PROBE1, PROBE2
from tests.probes.harness import Mark, Tally, score, story_text


def predicate_marks(story, facts: list[Fact]) -> Iterator[Mark]:
    """Each figure of the story is right when a metric or change fact of its amount (or an equivalent) carries a
    predicate the strict scorer accepts for the row's predicate."""
    title, _, rows = story
    for amount, gold in rows:
        found = [
            f
            for f in facts
            if f.value is not None
            and f.kind in ("metric", "change")
            and any(
                abs(abs(a) - amount) <= 1e-6 * max(1.0, amount)
                for a in [f.value.amount, *(e.amount for e in f.value.equivalents)]
            )
        ]
        right = any(predicate_compatible(f.predicate, gold) for f in found)
        got = sorted({f.predicate for f in found})
        yield Mark(right, note="" if right else f"{title}: {amount:g} want {gold!r} got {got}")


def predicate_score(nlp, probe) -> Tally:
    return score(nlp, probe, lambda story: story_text("2012-03-14", story[0], story[1]), predicate_marks)


def test_probe_1_predicates(nlp):
    tally = predicate_score(nlp, PROBE1)
    assert tally.right >= 111, tally.notes


def test_probe_2_predicates(nlp):
    tally = predicate_score(nlp, PROBE2)
    assert tally.right >= 31, tally.notes
