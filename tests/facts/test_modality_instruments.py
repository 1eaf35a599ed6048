"""Modality: a traded instrument's level to come is a forecast (`modality_instruments`): a commodity, currency, bond
or index plans nothing, so a modal or a bank's prediction noun around its figure tells a view of the market, not
the instrument's target. A quote observed stays actual; a company's own plans stay targets. Sentences written for
these tests, with invented names."""

import pytest

from tests.facts.surface_facts import modality_of


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Corn may ease to $5.10 a bushel over the coming weeks.", "$5.10 a bushel"),
        ("The yen may weaken to 120 per dollar by March if exports keep falling.", "120"),
        ("Gold will climb to $1,900 an ounce if the central bank keeps buying.", "$1,900 an ounce"),
        ("Platinum could test $1,100 an ounce before the summer, Jan Holm said.", "$1,100 an ounce"),
        ("Brandt Bank cut its 2021 outlook for nickel to $14,000 a tonne.", "$14,000 a tonne"),
        ("Brandt Bank raised its 2020 copper price forecast to $6,000 a tonne from $5,500.", "$6,000 a tonne"),
        ("Tarrow Securities revised its euro forecast to $1.30 by the end of the year.", "$1.30"),
        (
            '"Brent crude should head toward our $90 a barrel target over the summer," the Brandt Bank note said.',
            "$90 a barrel",
        ),
    ],
)
def test_a_traded_instruments_level_to_come_is_a_forecast(nlp, text, surface):
    assert modality_of(nlp, text, surface) == "forecast"


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("Copper fell 2 percent to $6,100 a tonne on Tuesday.", "$6,100 a tonne", "actual"),  # a quote observed
        ("Acme Corp could cut up to 300 jobs next year.", "300", "target"),  # a company's own plan
        ("Acme Corp aims to lift copper output to 200,000 tonnes next year.", "200,000 tonnes", "target"),
        ("Acme Corp raised its sales forecast to $4 billion.", "$4 billion", "target"),  # its own guidance
    ],
)
def test_figures_of_no_instrument_keep_their_modality(nlp, text, surface, expected):
    assert modality_of(nlp, text, surface) == expected
