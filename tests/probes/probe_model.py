"""Probes (issue 10 round 10): invented stories with the period, `as_of` and modality each figure should get
under FACTS.md. A probe is written before the extractor is run on it; its score is an honest unseen score."""

from collections.abc import Iterator
from dataclasses import dataclass, field

from extractor.models import Fact
from tests.probes.harness import Mark, Tally, score, story_text

LABEL = "label"  # a period with a label and null dates
ANY = "any"  # a field the probe does not check


@dataclass(frozen=True)
class Want:
    """One figure of a sentence: its amount (a magnitude), and the period/as_of/modality it should get."""

    amount: float
    period: tuple[str, str] | str | None
    modality: str = "actual"
    as_of: str | None = ANY
    kind: str | None = None


@dataclass(frozen=True)
class Line:
    text: str
    wants: tuple[Want, ...] = ()


@dataclass(frozen=True)
class Story:
    published: str
    title: str
    lines: tuple[Line, ...] = field(default_factory=tuple)

    def text(self) -> str:
        return " ".join(line.text for line in self.lines)


def W(amount, period, modality="actual", as_of=ANY, kind=None) -> Want:  # noqa: N802 - a table's short name
    return Want(float(amount), period, modality, as_of, kind)


def L(text: str, *wants: Want) -> Line:  # noqa: N802
    return Line(text, tuple(wants))


def document_text(story: Story) -> str:
    return story_text(story.published, story.title, story.text())


def candidates(facts: list[Fact], line: Line, want: Want) -> list[Fact]:
    """Facts of the line's sentence whose amount (or an equivalent) is the wanted one."""
    found = []
    for fact in facts:
        sentence = fact.evidence.sentence.strip()
        if fact.value is None or not (sentence[:30] in line.text or line.text[:30] in sentence):
            continue
        amounts = [fact.value.amount] + [e.amount for e in fact.value.equivalents]
        if any(abs(a - want.amount) <= 0.005 * abs(want.amount) for a in amounts if a is not None):
            if want.kind is None or fact.kind == want.kind:
                found.append(fact)
    return found


def period_ok(fact: Fact, want: Want) -> bool:
    if want.period == ANY:
        return True
    if want.period is None:
        return fact.period is None
    if want.period == LABEL:
        return fact.period is not None and fact.period.start is None and fact.period.end is None
    start, end = want.period
    return fact.period is not None and (str(fact.period.start), str(fact.period.end)) == (start, end)


def as_of_ok(fact: Fact, want: Want) -> bool:
    if want.as_of == ANY:
        return True
    return str(fact.as_of) == str(want.as_of)


def judge(facts: list[Fact], line: Line, want: Want) -> dict:
    """The best candidate's marks: found, period, modality, as_of, all (period and modality)."""
    found = candidates(facts, line, want)
    if not found:
        return {"found": False, "period": False, "modality": False, "as_of": False, "all": False, "got": None}

    def marks(fact: Fact) -> dict:
        p, m, a = period_ok(fact, want), fact.modality == want.modality, as_of_ok(fact, want)
        got = (
            fact.kind,
            fact.predicate,
            fact.period and (str(fact.period.start), str(fact.period.end), fact.period.label),
            str(fact.as_of),
            fact.modality,
        )
        return {"found": True, "period": p, "modality": m, "as_of": a, "all": p and m, "got": got}

    return max((marks(f) for f in found), key=lambda r: (r["all"], r["period"], r["modality"], r["as_of"]))


PARTS = ("found", "period", "modality", "as_of", "all")


def story_marks(story: Story, facts: list[Fact]) -> Iterator[Mark]:
    """Each wanted figure of the story judged: met when its period and modality are; a miss says what came."""
    for line in story.lines:
        for want in line.wants:
            marks = judge(facts, line, want)
            note = "" if marks["all"] else _miss(story, line, want, marks["got"])
            yield Mark(marks["all"], frozenset(k for k in PARTS if marks[k]), note)


def _miss(story: Story, line: Line, want: Want, got: tuple | None) -> str:
    wanted = f"{want.amount:g} want {want.period} {want.modality}"
    return f"MISS [{story.published}] {wanted} got {got}\n    {line.text[:110]}"


def score_stories(nlp, stories: list[Story]) -> Tally:
    return score(nlp, stories, document_text, story_marks)
