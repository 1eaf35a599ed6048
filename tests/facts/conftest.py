"""Shared helpers of the fact tests."""

import datetime as dt

import pytest

from extractor import extract


@pytest.fixture
def period_of(nlp):
    """The (start, end) of the period of the first fact whose value is `amount`, None when it has none."""

    def first_period(text: str, amount: float, published: dt.date) -> tuple[dt.date, dt.date] | None:
        for fact in extract(text, published=published, nlp=nlp):
            if fact.value is not None and fact.value.amount == amount:
                return (fact.period.start, fact.period.end) if fact.period else None
        raise AssertionError(f"no fact of {amount}")

    return first_period
