"""Shared by the rank tests: the rank facts of a text as (subject, predicate, position)."""

import datetime as dt

from extractor import extract


def ranks_of(nlp, text: str, published: dt.date = dt.date(2012, 5, 9)) -> list[tuple]:
    return [
        (f.subject, f.predicate, f.value.amount)
        for f in extract(text, published=published, nlp=nlp)
        if f.kind == "rank"
    ]
