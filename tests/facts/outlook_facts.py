"""Facts of one invented sentence read as a story published on a fixed day, for modality table tests."""

import datetime as dt

from extractor import extract
from extractor.models import Fact
from tests.facts import surface_facts

PUBLISHED = dt.date(2014, 6, 10)


def outlook_facts(nlp, text: str) -> list[Fact]:
    """The facts of `text` under a one-word title, published on `PUBLISHED`."""
    return extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)


def fact_with_amount(nlp, text: str, amount: float) -> Fact:
    """The first fact whose value is `amount`; a failure lists the amounts found instead."""
    return surface_facts.fact_with_amount(nlp, "Outlook\n\n" + text, amount, PUBLISHED)
