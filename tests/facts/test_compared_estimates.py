"""An estimate set against a result measures that result (compared_estimates.py, docs/DECISIONS.md):
"turnover beat the analysts' consensus of $640 million" is a forecast of turnover. Stories written for these
tests, invented company and research-house names."""

import pytest

from tests.facts.surface_facts import fact_with_surface


def predicate_of(nlp, text: str, surface: str) -> str:
    return fact_with_surface(nlp, text, surface, title="Results news", published="2012-03-14").predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        ("Quarterly revenue at Talvex topped analysts' forecasts of $212 million.", "$212 million", "revenue"),
        ("Revenue at Talvex Corp topped analysts' average forecast of $318 million.", "$318 million", "revenue"),
        (
            "Brenlow Mills said its earnings per share landed squarely in line with the consensus view of 19 cents.",
            "19 cents",
            "earnings per share",
        ),
        ("Sales at Corvane Corp came in well below the consensus forecast of $1.2 billion.", "$1.2 billion", "sales"),
        (
            "Operating income at Haldry fell short of the Merrow Research consensus of $80 million.",
            "$80 million",
            "operating income",
        ),
        (
            "Pendle Foods said adjusted profit beat the average analyst estimate of 33 cents a share.",
            "33 cents",
            "adjusted earnings per share",
        ),
    ],
)
def test_estimate_measures_the_compared_result(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # a period before the noun (an ordinal, a year) is no figure of the result's own
        (
            "Second-quarter turnover at Ostrel Mining beat the analysts' consensus of $640 million.",
            "$640 million",
            "turnover",
        ),
        ("Merrow's 2010 sales trailed the polled estimate of $3.4 billion.", "$3.4 billion", "sales"),
        (
            "Fourth-quarter earnings per share at Dunwell came in above the polled forecast of 58 cents.",
            "58 cents",
            "earnings per share",
        ),
    ],
)
def test_a_period_before_the_result_is_no_figure_of_its_own(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate


def test_company_subject_leaves_the_estimate_to_the_figure_before(nlp):
    text = "Talvex earned 45 cents a share, beating the average forecast of 43 cents."
    assert predicate_of(nlp, text, "43 cents") == "earnings per share"


def test_unnamed_result_leaves_the_estimate_to_the_figure_before(nlp):
    text = (
        "Quorra Textiles put its first-half net income at $1.76 a share. That figure exceeded the polled view of $1.70."
    )
    assert predicate_of(nlp, text, "$1.70") == "earnings per share"


@pytest.mark.parametrize(
    ("text", "surface", "predicate"),
    [
        # the comparing clause inherits its subject: the estimate restates the figure before
        (
            "Dunmere Shipping's net income came to 61 cents per diluted share, outpacing the polled consensus of "
            "57 cents.",
            "57 cents",
            "diluted earnings per share",
        ),
        # the subject carries a figure of its own
        ("Talvex's earnings of 52 cents a share topped the consensus of 84 cents.", "84 cents", "earnings per share"),
    ],
)
def test_estimate_after_a_result_figure_restates_it(nlp, text, surface, predicate):
    assert predicate_of(nlp, text, surface) == predicate
