"""The period a table test asks about, found by the amount of a figure in a story."""

import datetime as dt

from extractor import extract
from tests.facts.surface_facts import fact_with_amount

Span = tuple[dt.date | None, dt.date | None]


def datings_by_amount(nlp, text: str, published: dt.date) -> dict[float, tuple[Span | None, dt.date | None]]:
    """Each figure's (start, end) period, None when it has none, and its as_of date, by its amount."""
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: ((f.period.start, f.period.end) if f.period else None, f.as_of) for f in facts if f.value}


def periods_by_amount(nlp, text: str, published: dt.date) -> dict[float, Span | None]:
    """Each figure's (start, end) period by its amount, None when the figure has no period."""
    return {amount: period for amount, (period, _) in datings_by_amount(nlp, text, published).items()}


def period_with_amount(nlp, text: str, amount: float, published: dt.date | None) -> Span | None:
    """The (start, end) period of the first fact of a plain text whose value is `amount`, None when that fact has
    no period; a failure lists the amounts found instead."""
    period = fact_with_amount(nlp, text, amount, published).period
    return (period.start, period.end) if period else None
