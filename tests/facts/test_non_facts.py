"""Figures that are not facts (TRAPS.md): counts that name a set the story already has, and editors' notes.

Every sentence is written for these tests; the names are invented.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 3, 14)


def counts(nlp, text):
    """The unit-less counts extracted from `text`, as (predicate, surface)."""
    facts = extract(text, published=PUBLISHED, nlp=nlp)
    return [(f.predicate, f.value.surface) for f in facts if f.value is not None and f.value.unit is None]


def amounts(nlp, text):
    return [f.value.surface for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None]


# a count that refers back to a set: a definite or "past/last" phrase, "N other", "N of the"
REFERENCE_COUNTS = [
    ("Ostrava Mills said the two companies agreed to merge their paper units.", "two"),
    ("Growth has been slower than in its past two recessions, Kalder Bank said.", "two"),
    ("Two of the plants will close by the summer, Velmont Inc said.", "Two"),
    ("Harwick Bank and three other lenders will provide the loan, Harwick said.", "three"),
    ("Pelago Air, the last of the big three carriers in the region, kept its routes.", "three"),
    ("The three remaining bidders for Tarrow Foods must file offers by Friday.", "three"),
]


@pytest.mark.parametrize(("text", "surface"), REFERENCE_COUNTS)
def test_a_count_that_names_a_known_set_is_not_a_fact(nlp, text, surface):
    assert surface not in [s for _, s in counts(nlp, text)]


# counts that report news keep their facts: indefinite written counts, digits in definite phrases
NEWS_COUNTS = [
    ("Velmont Inc operates 600 stores and opened two stores in March.", "two"),
    ("Brisa Telecom will shut the 40 call centers it bought last year.", "40"),
    ("Corvane Group said it will close two more plants in Ohio.", "two"),
    ("Lindqvist Steel cut 900 jobs in the first quarter.", "900"),
]


@pytest.mark.parametrize(("text", "surface"), NEWS_COUNTS)
def test_a_count_that_reports_news_stays_a_fact(nlp, text, surface):
    assert surface in [s for _, s in counts(nlp, text)]


EDITOR_NOTES = [
    "(Corrects to 12 million euros from 12 billion euros in paragraph 3)",
    "(This story corrects the profit figure to $40 million in the second paragraph)",
    "(Adds analyst comment on the 5 percent margin, paragraphs 6-7)",
]


@pytest.mark.parametrize("text", EDITOR_NOTES)
def test_an_editors_note_on_the_story_yields_no_facts(nlp, text):
    assert amounts(nlp, "Mardale Foods said on Tuesday it will raise prices.\n\n" + text) == []


# a count glued to a singular noun that classes the next noun: a property, not a count
CLASS_MODIFIERS = [
    ("The nine-member board of Carrick Energy approved the budget.", "nine"),
    ("Orla Airways will buy jets in the 150-seat category, Orla said.", "150"),
    ("Velmont Inc plans to build a 12-screen cinema next to its mall.", "12"),
]


@pytest.mark.parametrize(("text", "surface"), CLASS_MODIFIERS)
def test_a_count_that_classes_a_noun_is_not_a_fact(nlp, text, surface):
    assert surface not in [s for _, s in counts(nlp, text)]


# a unit-less count of years, quarters or months is a span of time
DURATIONS = [
    ("Factory output at Trelleck Works fell after four straight months of growth.", "four"),
    ("Same-store sales at Brannock Stores, which counts stores open for five full quarters, rose 3 percent.", "five"),
    ("The payments will be spread over seven or eight years, Halvor Pharma said.", "seven"),
    ("Ansel Roos left Harwick Bank after nearly four decades at its helm.", "four decades"),
    ("The Tamsin share index fell for four consecutive sessions before rallying on Friday.", "four"),
]


@pytest.mark.parametrize(("text", "surface"), DURATIONS)
def test_a_count_of_time_units_is_a_duration_not_a_fact(nlp, text, surface):
    assert surface not in amounts(nlp, text)


# a scaled figure glued to its unit stays a measured amount
SCALED_RATES = [
    ("Home sales in Norland fell to a 4.2 million-unit annual rate in May, the builders' group said.", "4.2 million"),
    ("Car sales in Estmark rose to a 1.3 million-vehicle annual pace in June, the trade body said.", "1.3 million"),
    ("Brisa Telecom reached a 2 million-subscriber base in its home market.", "2 million"),
]


@pytest.mark.parametrize(("text", "surface"), SCALED_RATES)
def test_a_scaled_figure_before_a_hyphenated_unit_stays_a_fact(nlp, text, surface):
    assert any(surface in s for s in amounts(nlp, text))


# ages, a percent that intensifies certainty, a number in a set phrase, the threshold of a definition
MANNERS_OF_SPEAKING = [
    ("The survey found that buyers between the ages 18 and 34 want apps in their cars, Fenwick Motors said.", "34"),
    ("Workers aged 55 and older can retire early under the Dorrit Steel plan.", "55"),
    ("Staff of Quarry Mutual over the age of 60 may work part time.", "60"),
    ('"No one is 100 percent safe," said a trader who uses Brisk Bank.', "100 percent"),
    ("Halden Capital is not 100 percent sure the Lorne deal will close.", "100 percent"),
    ("The Norvale index rose 14 percent this week and at one point traded 25 percent higher.", "one point"),
    ("A reading below 50 indicates contraction in the Calder manufacturing index.", "50"),
    ("For the Tamsin services gauge, a figure above 50 signals expansion.", "50"),
]


@pytest.mark.parametrize(("text", "surface"), MANNERS_OF_SPEAKING)
def test_a_number_that_measures_nothing_reported_is_not_a_fact(nlp, text, surface):
    assert surface not in amounts(nlp, text)


# the same words around real figures keep them
REAL_FIGURES = [
    ("Brisk Bank owns 100 percent of the Lorne unit.", "100 percent"),
    ("The Calder manufacturing index rose to 52.4 in May from 49.8 in April.", "52.4"),
    ("Trelleck Works was 20 percent cheaper than its rivals, Fenwick said.", "20 percent"),
]


@pytest.mark.parametrize(("text", "surface"), REAL_FIGURES)
def test_real_figures_near_those_words_stay(nlp, text, surface):
    assert surface in amounts(nlp, text)


# the size of a poll: at most an optional fact of the pollster (FACTS.md), never a figure of the story's subjects
POLL_SIZES = [
    ("Brenmoor Foods earned 41 cents a share, above the 38 cents expected in a poll of 14 analysts.", "14"),
    ("Brenmoor Foods missed the consensus of more than 20 analysts.", "20"),
    ("An online survey of 2,350 adults showed most were delaying large purchases, Kellow Research said.", "2,350"),
    ("Tallis Motors' profit missed the average estimate of 9 analysts by a wide margin.", "9"),
    ("Ostrava Mills beat the expectations of nearly 15 analysts in the quarter.", "15"),
    ("A poll of more than 70 economists showed growth slowing, Kellow Research said.", "70"),
    ("In a poll of about 20 analysts, the average forecast was for a profit of $3 million.", "20"),
    ("The consensus among at least 12 analysts pointed to slower sales at Brenmoor Foods.", "12"),
]


@pytest.mark.parametrize(("text", "surface"), POLL_SIZES)
def test_the_size_of_a_poll_is_not_a_fact(nlp, text, surface):
    assert surface not in [s for _, s in counts(nlp, text)]


# counts near poll words that report news stay facts
POLLED_NEWS = [
    ("Brenmoor Foods said it surveyed its stores and will close 14 of them next year.", "14"),
    ("Kellow Research hired 35 analysts for its new survey unit last year.", "35"),
    ("Tallis Motors sold 9,200 cars in May, a dealer survey showed.", "9,200"),
]


@pytest.mark.parametrize(("text", "surface"), POLLED_NEWS)
def test_a_count_beside_a_poll_word_that_reports_news_stays(nlp, text, surface):
    assert surface in [s for _, s in counts(nlp, text)]
