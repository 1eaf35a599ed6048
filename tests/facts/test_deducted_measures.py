"""A result measured before deductions ("earnings before interest and tax", "operating profit before
exceptional items"), or a measure after an event ("production after the merger"), takes the result noun with
its qualifying phrase as predicate, never the deducted items or the event, however the parse hangs the items
(object of "before", subject of the verb, a second subject after a comma). Sentences written for these tests,
with invented names."""

import pytest

from extractor.eval.predicates import predicate_compatible
from tests.facts.surface_facts import predicates_of


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Halvero AG said operating profit before exceptional items rose 9 percent to 77 million pounds.",
            "77 million pounds",
            "operating profit before exceptional items",
        ),
        (
            "Marlow Industries swung to a second-quarter loss before interest and tax of 310 million euros, "
            "well short of forecasts.",
            "310 million euros",
            "loss before interest and tax",
        ),
        (
            "Brisca Telecom posted earnings before interest, taxes, depreciation and amortization of $412 million, "
            "the company said on Tuesday.",
            "$412 million",
            "earnings before interest, taxes, depreciation and amortization",
        ),
        (
            "Sales at Dunmore Group edged up 2 percent as earnings, before interest, taxes and amortisation "
            "climbed 6.5 percent to 1.9 billion crowns.",
            "1.9 billion crowns",
            "earnings before interest, taxes and amortisation",
        ),
    ],
)
def test_a_result_before_deductions_is_the_result(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("predicate", "gold"),
    [
        ("earnings before interest, tax, and amortization", "ebita"),
        ("earnings before interest and taxes", "ebit"),
        ("loss before interest and tax", "operating loss before interest"),
        ("operating profit before exceptional items", "pretax operating profit"),
    ],
)
def test_the_qualified_result_meets_its_short_forms(predicate, gold):
    """The scorer reads an acronym as its long form: the qualifying phrase is what lets "ebita" match."""
    assert predicate_compatible(predicate, gold)


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Halvero AG said its tax bill rose 9 percent to 77 million pounds.", "77 million pounds", "tax bill"),
        ("Marlow Industries paid interest of 31 million euros on its bonds.", "31 million euros", "interest"),
        ("Brisca Telecom's depreciation charges fell to $50 million.", "$50 million", "depreciation charges"),
    ],
)
def test_items_measured_on_their_own_stay_the_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        (
            "Corvane Mining said total production after the merger will be about 350,000 ounces this year.",
            "350,000 ounces",
            "production after the merger",
        ),
        (
            "Corvane Mining said output after the acquisition would reach 2 million tonnes a year.",
            "2 million tonnes",
            "output after the acquisition",
        ),
        (
            "Corvane Mining said its exports after the strike were 1.2 million tonnes.",
            "1.2 million tonnes",
            "exports after the strike",
        ),
    ],
)
def test_a_measure_after_an_event_is_the_measure(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Corvane Mining shut its smelter on Monday after five workers were injured.", "five", "workers"),
        (
            "Tessaly Foods expects quarterly profit of 40 to 42 cents per share before a plant closure charge "
            "of 6 cents per share.",
            "6 cents",
            "plant closure charge per share",
        ),
    ],
)
def test_a_time_or_a_charge_with_its_own_figure_is_no_qualifier(nlp, text, surface, predicate):
    assert predicates_of(nlp, text)[surface] == predicate
