"""Facts of one invented sentence read as a story published on a fixed day, for modality table tests."""

import datetime as dt

from extractor import extract
from extractor.models import Fact

PUBLISHED = dt.date(2014, 6, 10)


def outlook_facts(nlp, text: str) -> list[Fact]:
    """The facts of `text` under a one-word title, published on `PUBLISHED`."""
    return extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)


def fact_with_amount(nlp, text: str, amount: float) -> Fact:
    """The first fact whose value is `amount`; a failure lists the amounts found instead."""
    facts = outlook_facts(nlp, text)
    found = [f for f in facts if f.value and f.value.amount == amount]
    assert found, [f.value.amount for f in facts if f.value]
    return found[0]
