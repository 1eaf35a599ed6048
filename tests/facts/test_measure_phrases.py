"""Named constructions that say what a figure measures where the parse hangs it on a neighbouring noun
(extractor/facts/measure_phrases.py): one table per construction, sentences written for these tests with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)
LEAD = "Tarnow Corp reported results on Wednesday."


def facts_of(nlp, text):
    return extract(f"{LEAD} {text}", published=PUBLISHED, nlp=nlp)


def fact_with(facts, surface):
    matches = [f for f in facts if f.value is not None and f.value.surface == surface]
    assert matches, f"no fact for {surface!r} in {[(f.predicate, f.value and f.value.surface) for f in facts]}"
    return matches[0]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The outlook disappointed traders and knocked its shares down over 6 percent.", "6 percent"),
        ("Holders grumbled about a stock down about 14 percent over twelve months.", "14 percent"),
        ("The upbeat forecast lifted the mood, with its shares up 2.5 percent by midday.", "2.5 percent"),
        ("Margins widened, sending shares up 3.1 percent in early dealing.", "3.1 percent"),
    ],
)
def test_shares_up_or_down_by_a_figure_move_the_share_price(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "share price"


@pytest.mark.parametrize(
    ("text", "surface", "head"),
    [
        ("Orders for new tractors fell 3 percent in May to a 210,000-unit annual pace.", "210,000", "orders"),
        ("It expects handset sales this year to drop by 9 percent to 14 million units.", "14 million", "sales"),
        ("Deliveries of light trucks rose to 2.4 million units in the half.", "2.4 million", "deliveries"),
    ],
)
def test_a_count_of_generic_units_measures_its_clause(nlp, text, surface, head):
    assert head in fact_with(facts_of(nlp, text), surface).predicate.split()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("The Pell manufacturing index rose 2 percent from a reading of 51.3 in June.", "51.3"),
        ("The Varro confidence gauge slipped, after a reading of 97 a month earlier.", "97"),
        ("The Corwin hiring index was unchanged on a reading of 140 in March.", "140"),
    ],
)
def test_a_reading_is_a_level_of_the_index(nlp, text, surface):
    fact = fact_with(facts_of(nlp, text), surface)
    assert fact.predicate != "reading" and fact.predicate.split()[-1] in ("index", "gauge")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Quill Asset Partners, with about $420 million under management, wants to grow.", "$420 million"),
        ("The fund house has 8.2 trillion won under management in Seoul.", "8.2 trillion won"),
        ("Founded in 1999, Bexley Advisers now oversees 2 billion euros under management.", "2 billion euros"),
    ],
)
def test_money_under_management_is_assets_under_management(nlp, text, surface):
    assert fact_with(facts_of(nlp, text), surface).predicate == "assets under management"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Tarnow was trading at about 1.8 times book value on Friday.", "1.8 times", "price/book value ratio"),
        ("Rival Osgood trades at 15 times forward earnings, analysts said.", "15 times", "price/earnings ratio"),
        ("Bidders valued Tarnow at 9 times its sales last year.", "9 times", "price/sales ratio"),
    ],
)
def test_a_multiple_of_a_valuation_base_is_a_price_ratio(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("End-2018 tier one ratio: 11.2 pct (company filing)", "11.2 pct", "tier one ratio"),
        ("Net interest margin: 2.9 percent", "2.9 percent", "net interest margin"),
        ("* Operating profit: $41 million", "$41 million", "operating profit"),
    ],
)
def test_a_label_before_a_colon_names_the_measure(nlp, text, surface, predicate):
    assert fact_with(facts_of(nlp, text), surface).predicate == predicate
