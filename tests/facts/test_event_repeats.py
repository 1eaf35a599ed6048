"""An event told again in a later sentence is one fact: a later mention that adds no date repeats the claim
(FACTS.md: of repeated mentions of one claim the most specific is required, the others optional). Sentences written
for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def events(nlp, text):
    return [
        (f.subject, f.predicate, f.object, f.modality, f.period.label if f.period else None)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.kind == "event"
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (  # a dated verb, then the deal noun again: the dated mention
            "Brandywell Corp sold its packaging unit on Monday. "
            "Brandywell said the sale of its packaging unit would cut its debt.",
            ("Brandywell", "sale", "packaging unit", "actual", "Monday"),
        ),
        (  # a dated purchase, then a relative clause that retells it
            "Kestrel Foods bought snack maker Brio Inc in May. "
            "Kestrel Foods, which bought Brio Inc to widen its range, said sales rose 4 percent.",
            ("Kestrel Foods", "acquisition", "Brio", "actual", "May 2019"),
        ),
        (  # undated twice: the first
            "Pellam Group said it had sold its dairy business. "
            "Pellam Group sold its dairy business to cut debt, the chief executive said.",
            ("Pellam Group", "sale", "dairy business", "actual", None),
        ),
    ],
)
def test_a_retold_event_is_one_fact(nlp, text, kept):
    assert events(nlp, text) == [kept]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # two stake sales in two years: two events
        (
            "Harrow Energy sold a 10 percent stake in Lisk Oil in 2015. "
            "It sold a further 5 percent stake in Lisk Oil in 2018.",
            2,
        ),
        # the company's plan and the analysts' forecast: two claims
        ("Calder Steel plans to buy Norrow Wire. Analysts expect Calder Steel to buy Norrow Wire.", 2),
        # an undated first mention stays beside a later dated one (FACTS.md: optional, not wrong)
        (
            "Ardent Chemicals has sold its coatings unit, the company said. "
            "Ardent Chemicals sold its coatings unit in March for $40 million.",
            2,
        ),
        # two units sold: two objects
        ("Brandywell Corp sold its packaging unit. Brandywell also sold its paper unit.", 2),
    ],
)
def test_events_that_differ_stay_apart(nlp, text, count):
    assert len(events(nlp, text)) == count
