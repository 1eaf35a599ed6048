"""One helper for the period-phrase tables: the phrases `find_periods` finds in a text, as tuples of the span and,
where a table asks for it, one attribute of the mention (its role, or whether it is a single day)."""

import datetime as dt

from extractor.mentions.periods import find_periods


def found_spans(text: str, published: dt.date, *, future: bool = False, extra: str | None = None) -> list[tuple]:
    """(start, end) of each phrase found, plus the mention's `extra` attribute ("role", "point") when named."""
    found = find_periods(text, published=published, future=future)
    if extra is None:
        return [(m.period.start, m.period.end) for m in found]
    return [(m.period.start, m.period.end, getattr(m, extra)) for m in found]
