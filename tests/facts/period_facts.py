"""The period a table test asks about, found by the amount of a figure in a story."""

import datetime as dt

from extractor import extract


def periods_by_amount(nlp, text: str, published: dt.date) -> dict[float, tuple[dt.date | None, dt.date | None] | None]:
    """Each figure's (start, end) period by its amount, None when the figure has no period."""
    facts = extract(text, published=published, nlp=nlp)
    return {f.value.amount: (f.period.start, f.period.end) if f.period else None for f in facts if f.value}
