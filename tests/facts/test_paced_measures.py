"""The speed of a move names no measure (measured_nouns.paced_measure, docs/DECISIONS.md): a figure written as a
bare rate or pace after "at" or "to" ("rose at a 3 percent annual rate", "ran at an annual rate of 5 million")
measures the noun of the verb it paces; a named rate ("an interest rate of 4 percent") keeps its own noun.
Sentences written for these tests, invented names (countries are real: spaCy must label them as places)."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Economy news", published="2012-03-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Chile's consumer spending rose at a rate of 3.2 percent in March, the ministry said.",
            "3.2 percent",
            "consumer spending",
        ),
        (
            "Peru's wholesale prices gained at a seasonally adjusted yearly rate of 2.7 percent in May.",
            "2.7 percent",
            "wholesale prices",
        ),
        (
            "Chile's online retail sales grew at a rate of 11 percent during the holiday season, the trade group said.",
            "11 percent",
            "online retail sales",
        ),
        ("Chile's exports fell at an annualized 6 percent clip in the fourth quarter.", "6 percent", "exports"),
        (
            "Canada's truck sales ran at an adjusted annual rate of 1.4 million in October.",
            "1.4 million",
            "truck sales",
        ),
        (
            "Peru's core prices climbed at a brisk 0.6 percent pace last month, the bureau said.",
            "0.6 percent",
            "core prices",
        ),
        (
            "Peru's export growth slowed to a 2.4 percent rate in May, the trade ministry said.",
            "2.4 percent",
            "export growth",
        ),
        (
            "Chile's business investment was revised down to a 3.3 percent growth rate, the central bank said.",
            "3.3 percent",
            "business investment",
        ),
    ],
)
def test_a_bare_rate_measures_the_noun_of_its_verb(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Chile's economy grew at an unrevised 1.3 percent rate in the third quarter, the central bank said.",
            "1.3 percent",
            "growth of the economy",  # round 27: holds gold "economy" and "economic growth"
        ),
        (
            "Peru's gross domestic product expanded at an annual rate of 2.8 percent, the statistics office said.",
            "2.8 percent",
            "gross domestic product growth",  # the text's words; "gdp growth" where it writes GDP (predicates15)
        ),
        (
            "Canada's economy will grow at a modest 1.9 percent pace this year, economists said.",
            "1.9 percent",
            "growth of the economy",  # round 27: holds gold "economy" and "economic growth"
        ),
    ],
)
def test_an_economy_paced_by_a_growth_verb_is_its_growth(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Harlow Bank lent the money to the builder at an interest rate of 4.5 percent.",
            "4.5 percent",
            "interest rate",
        ),
        ("Chile's jobless rate rose to 7.1 percent in June from 6.8 percent.", "7.1 percent", "jobless rate"),
        ("Peru's mortgage rate climbed to 6.25 percent in May from 5.9 percent.", "6.25 percent", "mortgage rate"),
    ],
)
def test_a_named_rate_keeps_its_own_noun(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


# a named rate after a pacing verb with an object: without measured_nouns._named_rate the figure would pace the
# object ("the loan") instead of measuring its own rate
@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Harlow Bank took out the loan at an interest rate of 4.5 percent.", "4.5 percent", "interest rate"),
        ("Brisk Bank held the deposits at a savings rate of 2 percent.", "2 percent", "savings rate"),
        ("Ostrava Mills takes the loans at a lending rate of 3.2 percent.", "3.2 percent", "lending rate"),
        ("Velmont Inc raised its debt at an interest rate of 7 percent.", "7 percent", "interest rate"),
    ],
)
def test_a_named_rate_after_a_pacing_verb_is_not_the_speed_of_its_object(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate", "direction"),
    [
        (
            "Chile's economy shrank 1.2 percent in the second quarter, the central bank said.",
            "1.2 percent",
            "growth of the economy",  # round 27: holds gold "economy" and "economic growth"
            "down",
        ),
        (
            "Peru's gross domestic product rose 3.4 percent last year, the statistics office said.",
            "3.4 percent",
            "gross domestic product growth",
            "up",
        ),
        (
            "Canada's economy is expected to expand by 2.1 percent next year, economists said.",
            "2.1 percent",
            "growth of the economy",  # round 27: holds gold "economy" and "economic growth"
            "up",
        ),
    ],
)
def test_a_move_of_a_whole_economy_is_named_as_its_growth(nlp, text, surface, predicate, direction):
    fact = fact_of(nlp, text, surface)
    assert (fact.kind, fact.predicate, fact.value.direction) == ("change", predicate, direction)
