"""A view of an economy-wide statistic (inflation, growth of GDP, the jobless rate, a budget deficit) held by a
bank, a company, a fund, a central bank or an official told as "he" is a forecast, whatever subject the figure was
given (`modality_economy.predicted_statistic`): the holder does not set the statistic. A state's own view of its
economy, a plan, and the holder's own figures stay targets. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)
COMPANY = "Halden outlook\n\nHalden Corp said on Tuesday its quarterly sales rose.\n\n"
ECONOMY = "Estorian economy\n\nEstoria's economy grew 1.2 percent in the first quarter, the statistics office said.\n\n"


def _fact(nlp, lead, text, amount):
    facts = extract(lead + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount and f.evidence.sentence == text)


@pytest.mark.parametrize(
    ("lead", "text", "amount"),
    [
        (COMPANY, "Halden Bank expects inflation to slow to 2.1 percent next year.", 2.1),
        (COMPANY, "She forecasts GDP to expand by roughly 3 percent in 2015.", 3),
        (COMPANY, "A regional central bank head said she thinks the jobless rate will hover around 7 percent.", 7),
        (COMPANY, "The lender now sees the jobless rate peaking at 10.5 percent in 2015.", 10.5),
        (COMPANY, "Economists at Brandt think consumer prices will climb 3 percent this year.", 3),
        (ECONOMY, "The central bank expects Estoria's economy to grow 3 percent next year.", 3),
        (COMPANY, "Brandt Bank had expected a 4 percent decline in GDP this quarter and a 1 percent decline after.", 1),
    ],
)
def test_a_view_of_a_statistic_is_a_forecast(nlp, lead, text, amount):
    assert _fact(nlp, lead, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("lead", "text", "amount"),
    [
        (ECONOMY, "The finance ministry expects Estoria's economy to grow 2.5 percent next year.", 2.5),
        (COMPANY, "The government expects the budget deficit to shrink to 4 percent of GDP next year.", 4),
        (COMPANY, "The central bank aims to keep inflation near 2 percent.", 2),  # a plan, no view
        (COMPANY, "Halden Corp expects its sales to grow 5 percent next year as inflation eases.", 5),
        (COMPANY, "Halden Bank aims to cut its costs by 2 percent as it expects inflation to stay high.", 2),
        # a statistic that only drives the holder's own measure: the figure sizes that measure
        (COMPANY, "Halden Corp expects the sluggish economy to trim its revenue by 6 percent in 2015.", 6),
        (COMPANY, "Halden Corp sees a weaker economy pulling its earnings down to $55 million.", 55e6),
        (COMPANY, "Halden Corp expects rising inflation to lift its wage bill 3 percent next year.", 3),
        (COMPANY, "Halden Bank expects joblessness to drive bad loans up to $250 million.", 250e6),
        (COMPANY, "Halden Corp expects faster growth abroad to help its orders climb 9 percent.", 9),
    ],
)
def test_a_states_view_a_plan_and_own_figures_stay_targets(nlp, lead, text, amount):
    assert _fact(nlp, lead, text, amount).modality == "target"
