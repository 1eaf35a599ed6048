"""A figure told of a word that only points back ("the climb", "its overall base", "the new level") takes the measure
of the nearest earlier figure of the same holder, in its sentence or the one before (facts/anaphoric_figures.py,
docs/DECISIONS.md "Anaphoric figures"). Sentences written for these tests, invented names and figures."""

import pytest

from tests.facts.surface_facts import fact_with_surface, facts_of


def fact_of(nlp, text, surface):
    return fact_with_surface(nlp, text, surface, title="Company news", published="2012-06-14")


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a count after a percent move of the same measure, in the next sentence
        (
            "Brandt Industries said its orders rose 6 percent in May. The climb lifted them to 40,000 units.",
            "40,000",
            "orders",
        ),
        # a count after a count, in the next sentence: a base is the stock the earlier flow went to
        (
            "Tamsin Wireless said net subscribers added in the summer came to 310,000. Its overall base now tops "
            "5.4 million.",
            "5.4 million",
            "subscribers",  # the stock the additions went to, not "net subscribers"
        ),
        # a sum after a sum, in the next sentence, another pointer word
        (
            "Ostrava Mills said its cash pile grew to $900 million in March. The figure rose to $1.1 billion in April.",
            "$1.1 billion",
            "cash pile",
        ),
        # a count's rate is the pace of what the count before it counted
        (
            "Pellmark's housing starts reached 1.3 million units on an annual basis in June, and economists expect "
            "a 1.4 million unit rate in July.",
            "1.4 million",
            "housing starts",
        ),
        # units beside a pace word in the figure's clause are the pace of the count told before
        (
            "Corvel Homes said new home sales rose to 300,000 units in May. The pace for April now stands at "
            "280,000 units after a revision.",
            "280,000",
            "home sales",
        ),
        # a move noun as the figure's subject: a level after a percent move of that measure
        (
            "Ferris Homes said orders rose 8 percent in the first half. The rise took them to 1.2 million units.",
            "1.2 million",
            "orders",
        ),
        # a percent move told by a move noun as subject, the sentence before naming the measure
        (
            "Kelmar Foods said volumes climbed 4 percent in the first quarter. "
            "The increase reached 7 percent in April.",
            "7 percent",
            "volumes",
        ),
    ],
)
def test_a_pointer_word_takes_the_measure_told_before(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate


@pytest.mark.parametrize(
    ("text", "surface", "not_predicate"),
    [
        # a figure of another holder is never an antecedent
        (
            "Rival Pellam Bakeries said its revenue rose 4 percent. The gain took Harrow Mills' sales to $2 billion.",
            "$2 billion",
            "revenue",
        ),
        # a measure whose level was told already is no measure of a count told after it
        (
            "For the year, Quillby's net income was $200 million, 10 percent more than a year before. "
            "The increase took its total to 3 million units.",
            "3 million",
            "net income",
        ),
        # units, a total or a level alone is no pointer to an earlier percent move of another unit class
        (
            "Ferris Homes said revenue fell 8 percent in the first half. It expects to build 4,000 units this year.",
            "4,000",
            "revenue",
        ),
        (
            "Ferris Homes said orders rose 8 percent in the first half. It has 1,200 units under construction.",
            "1,200",
            "orders",
        ),
        (
            "Ferris Homes said operating profit jumped 12 percent last year. It expects the total to reach "
            "3.2 million units this year.",
            "3.2 million",
            "operating profit",
        ),
        # units with no pace or rate word beside them are units of their own, not another count's
        ("Lorton Trust said its 1,450 investors hold 2,600 units.", "2,600", "investor"),
        # a stock's move told before is no measure of the results told after it
        (
            "Shares of Dornier Tools fell 3 percent on Monday. The decline took its total to 800 stores.",
            "800",
            "share price",
        ),
    ],
)
def test_a_pointer_word_borrows_no_other_measure(nlp, text, surface, not_predicate):
    facts = facts_of(nlp, text, title="Company news", published="2012-06-14")
    assert not [f for f in facts if f.value is not None and f.value.surface == surface and f.predicate == not_predicate]


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a percent's rate owned by its holder is a measure of its own ("its rate"), never the inflation before it
        ("Harlow Bank said inflation rose 3 percent. The bank kept its rate at 4 percent.", "4 percent", "rate"),
        # a new measure named in the figure's own clause keeps its noun
        ("Harrow Mills said sales rose 5 percent. It also cut 300 jobs.", "300", "jobs cut"),
        # a forecast of the same measure is read as before: the forecasts restate the profit
        (
            "Harrow Mills said its quarterly profit rose to $40 million. That compares with analysts' forecasts of "
            "$38 million.",
            "$38 million",
            "profit",
        ),
    ],
)
def test_a_figure_that_names_its_measure_keeps_it(nlp, text, surface, predicate):
    assert fact_of(nlp, text, surface).predicate == predicate
