"""The noun a figure is tied to, over nearby nouns (issue 10 round 4, helper preds4): measure acronyms the
tagger takes for names, verbless small clauses, a figure right after its change verb, a figure the parse
made the subject of the next clause's verb, "<noun> of <figure>" across a misparsed coordination and
"<noun> in the range of <figure>". Sentences written for these tests, names invented."""

import datetime as dt

import pytest

from tests.facts.surface_facts import fact_among, facts_in

PUBLISHED = dt.date(2021, 3, 9)
LEAD = "Brantwick Holdings reported annual results on Tuesday. "


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Turnover slipped 2 percent, while EBITA was steady at 80 million euros.", "80 million euros", "ebita"),
        ("Analysts had expected 2.6 billion in revenue and 410 million euros in EBITA.", "410 million euros", "ebita"),
        ("Its retail arm had a poor year, with EBITA down 12 percent at 95 million euros.", "12 percent", "ebita"),
        ("EBITA rose to 300 million euros, the company said.", "300 million euros", "ebita"),
    ],
)
def test_a_measure_acronym_is_the_measure_even_when_tagged_as_a_name(nlp, text, surface, predicate):
    fact = fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface)
    assert (fact.predicate, fact.subject) == (predicate, "Brantwick Holdings")


@pytest.mark.parametrize(
    ("text", "surface", "kind", "predicate"),
    [
        (
            "Trading was mixed, bookings down 3 percent at 1.9 billion euros, EBITDA lower by about 8 percent.",
            "8 percent",
            "change",
            "ebitda",
        ),
        (
            "Trading was mixed, bookings down 3 percent at 1.9 billion euros, EBITDA lower by about 8 percent.",
            "1.9 billion euros",
            "metric",
            "bookings",
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
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface, kind).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "In the cable business, turnover grew 9 percent and segment profit surged 31 percent.",
            "9 percent",
            "turnover in cable business",  # the unit is named (facts/segment_figures.py)
        ),
        (
            "In the cable business, turnover grew 9 percent and segment profit surged 31 percent.",
            "31 percent",
            "segment profit",
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
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface, "change").predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Brantwick guided to turnover of $310 million to $330 million plus per-share profit of 21 cents"
            " to 25 cents next quarter.",
            "$310 million to $330 million",
            "turnover",
        ),
        (
            "Next quarter, Brantwick sees revenue of $510 million to $540 million and per-share profit of 8 cents"
            " to 11 cents.",
            "$510 million to $540 million",
            "revenue",
        ),
        (
            "Brantwick expects full-year profit of $1.40 to $1.55 a share, and turnover in the range of"
            " $4.1 billion to $4.3 billion.",
            "$4.1 billion to $4.3 billion",
            "turnover",
        ),
        (
            "It expects operating profit in the range of 250 million to 270 million euros for the year.",
            "250 million to 270 million euros",
            "operating profit",
        ),
    ],
)
def test_a_guidance_range_measures_the_noun_it_is_given_for(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Brantwick ended the quarter with $2.4 billion in cash.", "$2.4 billion", "cash"),
        ("With $12 billion in cash on its balance sheet, Brantwick can fund the plant itself.", "$12 billion", "cash"),
        ("Brantwick had $800 million in cash at the end of June, down from a year earlier.", "$800 million", "cash"),
        ("Brantwick will pay $1.2 billion in cash for the two plants.", "$1.2 billion", "price paid for plants"),
    ],
)
def test_money_in_cash_that_a_holder_has_is_its_cash(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            'Its animated feature "Moon Garden", a family comedy that has grossed $420 million worldwide, helped.',
            "$420 million",
        ),
        ("Brantwick said the thriller grossed $95 million in its first weekend.", "$95 million"),
        (
            "The sequel, which grossed more than $300 million at the global box office, lifted the quarter.",
            "$300 million",
        ),
    ],
)
def test_money_a_film_grossed_is_its_gross(nlp, text, surface):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == "gross"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Brantwick doubled its dividend.", "doubled", "dividend"),
        (
            "This year we made a bold move, nearly tripling our marketing budget to reach new buyers.",
            "tripling",
            "marketing budget",
        ),
        ("The group has almost doubled its store count in two years.", "doubled", "store count"),
        ("Net income tripled in the quarter.", "tripled", "net income"),
    ],
)
def test_a_multiple_written_as_a_verb_measures_its_object_else_its_subject(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface, "change").predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "not_predicate"),
    [
        ("The Brantwick 50 index finished the week up 1.4 percent.", "1.4 percent", "week"),
        ("Brantwick stock ended regular trading down 2.9 percent.", "2.9 percent", "regular trading"),
        ("The benchmark ended the day up 0.8 percent.", "0.8 percent", "day"),
    ],
)
def test_a_small_clause_never_measures_a_time_or_a_trading_session(nlp, text, surface, not_predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate != not_predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Brantwick said $950,000 was paid to seven former staff as sign-on fees.", "$950,000", "payment"),
        ("Brantwick said $40 million will be repaid to lenders next year.", "$40 million", "repayment"),
        ("Brantwick said $3 million was donated to local schools.", "$3 million", "donation"),
    ],
)
def test_money_as_the_passive_subject_of_a_money_verb_is_what_the_verb_says(nlp, text, surface, predicate):
    assert fact_among(facts_in(nlp, LEAD + text, PUBLISHED), surface).predicate == predicate
