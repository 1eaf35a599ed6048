"""The period a table test asks about, found by the amount or the written surface of a figure in a plain text."""

import datetime as dt

from extractor import extract
from extractor.models import Fact, Period
from tests.facts.surface_facts import fact_in, fact_with_amount

Span = tuple[dt.date | None, dt.date | None]


def datings_by_amount(nlp, text: str, published: dt.date) -> dict[float, tuple[Span | None, dt.date | None]]:
    """Each figure's (start, end) period, None when it has none, and its as_of date, by its amount."""
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: (span(f.period), f.as_of) for f in facts if f.value}


def periods_by_amount(nlp, text: str, published: dt.date) -> dict[float, Span | None]:
    """Each figure's (start, end) period by its amount, None when the figure has no period."""
    return {amount: period for amount, (period, _) in datings_by_amount(nlp, text, published).items()}


def period_with_amount(nlp, text: str, amount: float, published: dt.date | None) -> Span | None:
    """The (start, end) period of the first fact of a plain text whose value is `amount`, None when that fact has
    no period; a failure lists the amounts found instead."""
    return span(fact_with_amount(nlp, text, amount, published).period)


def period_with_surface(nlp, text: str, surface: str, published: dt.date | None) -> Span | None:
    """The (start, end) period of the first fact of a plain text whose amount is written `surface`, None when that
    fact has no period; a failure lists what was found instead."""
    return span(fact_in(nlp, text, surface, published).period)


def span(period: Period | None) -> Span | None:
    """A period as (start, end), None for none."""
    return (period.start, period.end) if period else None


def dates_among(facts: list[Fact], amount: float) -> Span:
    """(start, end) of the first of `facts` whose signed value is `amount`, (None, None) when it has no period; a
    failure lists the amounts found instead."""
    for fact in facts:
        if fact.value is not None and fact.value.amount == amount:
            return span(fact.period) or (None, None)
    raise AssertionError(f"no fact of {amount} in {[f.value.amount for f in facts if f.value]}")
