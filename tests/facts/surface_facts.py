"""The fact a table test asks about, found by the surface or the amount of its figure in a one-story document.

Two kinds of document: a story (a dated header line and a title before the text, as the corpus files are
written; the `published` day is the header's, a date or its ISO form) and a plain text (no header line,
extracted with `published` as its date). `story_extraction`, `facts_of`, `entity_names_of`, `fact_with_surface`,
`subjects_of` and `subject_of` read stories; `fact_among`, `subjects_with_amount` and `only_fact_with_amount` pick
from facts already extracted; the others read plain texts, dated `DAY` unless told. A test puts an opening sentence
of its own before `text` itself."""

import datetime as dt

from extractor.api import extract, extract_documents
from extractor.io.documents import document_from_text
from extractor.models import Extraction, Fact
from tests.probes.harness import probe_facts, story_text

DAY = dt.date(2019, 8, 14)  # the publication day of a plain text whose test names none


def facts_of(nlp, text: str, *, title: str, published: str | dt.date) -> list[Fact]:
    """The facts of a story with a dated header line and a title before `text`."""
    return story_extraction(nlp, text, title=title, published=published).facts


def entity_names_of(nlp, text: str, *, title: str, published: str | dt.date) -> set[str]:
    """The names of the entities listed for a story with a dated header line and a title before `text`."""
    return {e.name for e in story_extraction(nlp, text, title=title, published=published).entities}


def story_extraction(nlp, text: str, *, title: str, published: str | dt.date) -> Extraction:
    """The whole extraction (facts and entities) of a story with a dated header line and a title before `text`."""
    document = document_from_text(story_text(str(published), title, text), doc_id="t")
    return next(extract_documents([document], nlp=nlp))


def fact_among(facts: list[Fact], surface: str, kind: str | None = None) -> Fact:
    """The first of `facts` whose amount is written `surface` (and of `kind`, when given); a failure lists what was
    found instead."""
    found = [f for f in facts if f.value is not None and f.value.surface == surface and kind in (None, f.kind)]
    assert found, f"no fact for {surface!r} in {[(f.kind, f.predicate, f.value and f.value.surface) for f in facts]}"
    return found[0]


def fact_with_surface(nlp, text: str, surface: str, *, title: str, published: str | dt.date) -> Fact:
    """The first fact of a story whose amount is written `surface`; a failure lists what was found instead."""
    return fact_among(facts_of(nlp, text, title=title, published=published), surface)


def subjects_of(nlp, text: str, surface: str, *, title: str, published: str | dt.date) -> set[str]:
    """The subjects of every fact whose amount is written `surface`; a failure lists what was found instead."""
    found = facts_of(nlp, text, title=title, published=published)
    facts = [f for f in found if f.value is not None and f.value.surface == surface]
    assert facts, [(f.subject, f.predicate, f.value and f.value.surface) for f in found]
    return {f.subject for f in facts}


def subjects_with_amount(extraction: Extraction, amount: float) -> set[str]:
    """The subjects of every fact of an extraction whose amount is `amount` or its negative (a fall written as a
    plain figure); a failure lists what was found instead."""
    found = [f for f in extraction.facts if f.value is not None and abs(abs(f.value.amount) - amount) < 1e-6]
    assert found, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return {f.subject for f in found}


def only_fact_with_amount(extraction: Extraction, amount: float) -> Fact:
    """The one fact of an extraction whose value is `amount` (to a millionth); a failure (none, or more than one)
    lists what was found instead."""
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-6]
    assert len(found) == 1, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0]


def subject_of(nlp, title: str, body: str, surface: str, published: str = "2011-06-08") -> str | None:
    """The subject of the fact whose amount is written `surface` in a wire story; None when no fact has it."""
    facts = probe_facts(nlp, [story_text(published, title, body)])[0]
    return {f.value.surface: f.subject for f in facts if f.value}.get(surface)


def facts_in(nlp, text: str, published: dt.date | None = DAY) -> list[Fact]:
    """The facts of a plain text (no header line); `published=None` reads it undated."""
    return extract(text, published=published, nlp=nlp)


def fact_with_amount(nlp, text: str, amount: float, published: dt.date | None) -> Fact:
    """The first fact of a plain text whose value is `amount`; a failure lists the amounts found instead."""
    facts = facts_in(nlp, text, published)
    found = [f for f in facts if f.value is not None and f.value.amount == amount]
    assert found, f"no fact of {amount} in {[f.value.amount for f in facts if f.value]}"
    return found[0]


RESULTS_DAY = dt.date(2012, 2, 14)
RESULTS_LEAD = "Tarrow Industries Inc said on Monday fourth-quarter profit rose 9 percent to $61 million.\n\n"


def modality_after_results(nlp, text: str, amount: float) -> str:
    """The modality of the figure `amount` in `text`, told after a company's lead of past results (the modality
    tables read each sentence beside an actual result, so a rule that made every figure a forecast would fail)."""
    return fact_with_amount(nlp, RESULTS_LEAD + text, amount, RESULTS_DAY).modality


def fact_in(nlp, text: str, surface: str, published: dt.date | None = DAY) -> Fact:
    """The first fact of a plain text whose amount is written `surface`; a failure lists what was found instead."""
    return fact_among(facts_in(nlp, text, published), surface)


def subject_in(nlp, text: str, surface: str, published: dt.date = DAY) -> str | None:
    """The subject of the first fact whose amount is written `surface` in a plain text (no header line)."""
    return fact_in(nlp, text, surface, published).subject


def modality_of(nlp, text: str, surface: str, published: dt.date = DAY) -> str:
    """The modality of the first fact whose amount is written `surface` in a plain text."""
    return fact_in(nlp, text, surface, published).modality


def events_in(
    nlp, text: str, published: dt.date, fields: tuple[str, ...] = ("subject", "predicate", "object")
) -> list[tuple]:
    """The events of a plain text (no header line), each as the tuple of the named `Fact` fields."""
    facts = extract(text, published=published, nlp=nlp)
    return [tuple(getattr(f, name) for name in fields) for f in facts if f.kind == "event"]


def predicate_of(nlp, text: str, amount: float) -> str | None:
    """The predicate of the first fact with this amount; None when no fact has it."""
    for fact in extract(text, nlp=nlp):
        if fact.value is not None and fact.value.amount == amount:
            return fact.predicate
    return None


def predicates_of(nlp, text: str, published: dt.date = DAY) -> dict[str, str]:
    """Each figure's predicate, by the surface of its amount, in a plain text."""
    return {f.value.surface: f.predicate for f in extract(text, published=published, nlp=nlp) if f.value}


def subjects_by_surface(nlp, text: str, published: dt.date = DAY) -> dict[str, str]:
    """Each figure's subject, by the surface of its amount, in a plain text."""
    return {f.value.surface: f.subject for f in extract(text, published=published, nlp=nlp) if f.value}


def dated_in(nlp, text: str, surface: str, published: dt.date = DAY) -> list[tuple[str, str | None]]:
    """(modality, period label) of every fact whose amount is written `surface`, in a plain text."""
    facts = [f for f in extract(text, published=published, nlp=nlp) if f.value and f.value.surface == surface]
    return [(f.modality, f.period.label if f.period else None) for f in facts]


def roles_in(nlp, text: str, published: dt.date = DAY) -> list[tuple[str, str, str]]:
    """The roles of a plain text (no header line), each as (subject, predicate, object)."""
    return [(f.subject, f.predicate, f.object) for f in extract(text, published=published, nlp=nlp) if f.kind == "role"]
