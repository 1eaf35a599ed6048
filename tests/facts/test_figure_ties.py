"""The noun a figure is tied to, over nearby nouns (issue 10 round 4, helper preds4): measure acronyms the
tagger takes for names, verbless small clauses, a figure right after its change verb, a figure the parse
made the subject of the next clause's verb, "<noun> of <figure>" across a misparsed coordination and
"<noun> in the range of <figure>". Sentences written for these tests, names invented."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2021, 3, 9)
LEAD = "Brantwick Holdings reported annual results on Tuesday."


def facts_of(nlp, text):
    return extract(f"{LEAD} {text}", published=PUBLISHED, nlp=nlp)


def fact_with(facts, surface, kind=None):
    matches = [f for f in facts if f.value is not None and f.value.surface == surface and kind in (None, f.kind)]
    assert matches, f"no fact for {surface!r} in {[(f.predicate, f.value and f.value.surface) for f in facts]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Revenue climbed 6 percent, while EBITDA was nearly unchanged at 412 million euros.",
            "412 million euros",
            "ebitda",
        ),
        ("Brantwick said EBIT came in at 95 million pounds for the year.", "95 million pounds", "ebit"),
        (
            "Brantwick booked 3.2 billion euros in revenue and 640 million euros in EBITDA.",
            "640 million euros",
            "ebitda",
        ),
        ("Brantwick's GMV rose to 8.4 billion dollars over the year.", "8.4 billion dollars", "gmv"),
    ],
)
def test_a_measure_acronym_is_the_measure_even_when_tagged_as_a_name(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "kind", "predicate"),
    [
        (
            "It was a mixed year, with sales down 3 percent to 1.9 billion euros and EBITDA down about 8 percent.",
            "8 percent",
            "change",
            "ebitda",
        ),
        (
            "It was a mixed year, with sales down 3 percent to 1.9 billion euros and EBITDA down about 8 percent.",
            "1.9 billion euros",
            "metric",
            "sales",
        ),
        (
            "The unit closed the year with orders up 11 percent and margins down 2 percentage points.",
            "11 percent",
            "change",
            "orders",
        ),
        (
            "Brantwick ended the year with deliveries up nearly 40 percent at 61,000 vehicles.",
            "40 percent",
            "change",
            "deliveries",
        ),
    ],
)
def test_a_verbless_small_clause_names_its_noun(nlp, text, surface, kind, predicate):
    assert fact_with(facts_of(nlp, text), surface, kind).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "In the cable business, revenue gained 9 percent and operating income climbed 31 percent.",
            "9 percent",
            "revenue",
        ),
        (
            "In the cable business, revenue gained 9 percent and operating income climbed 31 percent.",
            "31 percent",
            "operating income",
        ),
        (
            "At the parts arm, sales slipped 4 percent and operating profit dropped 12 percent on weak demand.",
            "12 percent",
            "operating profit",
        ),
        (
            "In retail, deposits rose 5 percent and net interest income jumped 18 percent.",
            "18 percent",
            "net interest income",
        ),
    ],
)
def test_a_figure_belongs_to_the_change_verb_before_it(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface, "change").predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "For the next quarter, Brantwick expects sales of $310 million to $330 million"
            " and per-share earnings of 21 cents to 25 cents.",
            "$310 million to $330 million",
            "sales",
        ),
        (
            "Brantwick said it sees revenue of $2.1 billion to $2.2 billion and per-share earnings of 90 cents.",
            "$2.1 billion to $2.2 billion",
            "revenue",
        ),
        (
            "The company now sees full-year earnings of $1.40 to $1.55 a share,"
            " and sales in the range of $4.1 billion to $4.3 billion.",
            "$4.1 billion to $4.3 billion",
            "sales",
        ),
        (
            "It expects operating profit in the range of 250 million to 270 million euros for the year.",
            "250 million to 270 million euros",
            "operating profit",
        ),
    ],
)
def test_a_guidance_range_measures_the_noun_it_is_given_for(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate
