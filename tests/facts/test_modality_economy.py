"""Modality: an organization's forecast or outlook for an economy ("its forecast for global growth") is a forecast,
even under "its"; its own target, a company's forecast for its own growth, and a country's for its economy stay
targets. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import modality_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "The Halden Fund on Thursday raised its forecast for world growth in 2021 to 3.1 percent, saying "
            "the slump was over.",
            "3.1 percent",
        ),
        ("Brandt Bank cut its outlook for Freedonian growth to 0.4 percent this year.", "0.4 percent"),
        ("The Halden Fund raised its Freedonian growth outlook to 2.5 percent for 2020.", "2.5 percent"),
        (
            "The Halden Fund said it would cut its forecast for Freedonian inflation to 2 percent next year.",
            "2 percent",
        ),
    ],
)
def test_an_organizations_forecast_for_an_economy_is_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Acme Corp raised its forecast for revenue growth to 5 percent this year.", "5 percent"),
        ("Acme Corp cut its growth forecast to 4 percent for 2020.", "4 percent"),
        ("The Halden Fund raised its inflation target to 2 percent for 2020.", "2 percent"),
        ("Freedonia raised its forecast for economic growth to 3 percent this year.", "3 percent"),
    ],
)
def test_an_own_target_or_forecast_stays_a_target(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "target"
