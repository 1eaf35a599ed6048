"""Figures of a possibility are forecasts (`modality_hedged_figures`): an amount its phrase calls possible or
potential, and a probability. A deal's term under a modal told by an outsider is a forecast
(`modality_deal_tellers`). Sentences written for these tests."""

import pytest

from tests.facts.surface_facts import modality_after_results

_modality = modality_after_results


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Tarrow settled with the regulator last month, escaping a possible $400 million penalty.", 4e8),
        ("The lender set aside reserves against a potential $2.5 billion of bad loans over the next two years.", 2.5e9),
        ("Bankers said the $900 million of potential disposals included two Baltic ports.", 9e8),
        ("Brokers now put a 35 percent chance on a rate cut in March.", 35),
        ("The odds of a strike at the Calder plant have risen to 60 percent, union officials said.", 60),
    ],
)
def test_a_figure_of_a_possibility_is_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        # the possibility word qualifies another noun: the figure is a result
        ("A potential buyer paid $300 million for the Calder plant last week.", 3e8, "actual"),
        ("Revenue rose 12 percent, raising the chance of a bigger dividend.", 12, "actual"),
        # a plan that offers a possible amount stays the planner's target
        ("Tarrow is preparing to offer its lenders a possible 20 percent stake in the unit.", 20, "target"),
        # a result beside a probability stays actual
        (
            "Orders fell 6 percent in January, and economists see a 40 percent chance of a recession.",
            6,
            "actual",
        ),
    ],
)
def test_near_misses_keep_their_clause_modality(nlp, text, amount, expected):
    assert _modality(nlp, text, amount) == expected


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Hollin Capital, which owns 6 percent of Tarrow, said the company could fetch an offer "
            "of $14 to $16 a share from a buyout firm.",
            15,
        ),
        (
            "Brisa Group is negotiating a purchase of Corbel Foods Inc that would value Corbel at roughly "
            "$800 million, the Halden Gazette reported.",
            8e8,
        ),
        ("The Halden Gazette said a merger might value Corbel Foods Inc at up to $1.1 billion.", 1.1e9),
    ],
)
def test_a_deal_term_under_a_modal_told_by_an_outsider_is_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    "text",
    [
        "Tarrow said it would buy Corbel Foods Inc for $800 million in cash.",
        "Tarrow Industries agreed to acquire Corbel Foods Inc in a transaction that would value it at $800 million.",
        "The company said the deal would value Corbel Foods Inc at $800 million.",
    ],
)
def test_a_deal_term_a_party_tells_stays_agreed(nlp, text):
    assert _modality(nlp, text, 8e8) == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Estimates of the central bank's benchmark rate were unchanged at 6.5 percent, the weekly poll showed.", 6.5),
        ("Forecasts for Freedonian inflation next year are around 4 percent.", 4),
        ("Her forecast for third-quarter growth is 1.5 percent, the governor told reporters.", 1.5),
    ],
)
def test_many_forecasts_or_a_persons_as_subject_are_a_forecast(nlp, text, amount):
    assert _modality(nlp, text, amount) == "forecast"


@pytest.mark.parametrize(
    ("text", "amount", "expected"),
    [
        ("The agency's advance estimate of fourth-quarter growth was 2.8 percent.", 2.8, "actual"),
        ("Statistics Freedonia's advance estimate of growth was 2.8 percent.", 2.8, "actual"),
        ("Sales rose 7 percent, while estimates for the year stood at $4 billion.", 7, "actual"),
    ],
)
def test_near_misses_of_forecasts_as_subject(nlp, text, amount, expected):
    assert _modality(nlp, text, amount) == expected
