"""A person the story titles as an analyst, economist or strategist once, and later names alone, still forecasts:
"Lee said she expects sales of $2 billion" is a forecast, not the company's target
(`forecaster_people.forecasts_of_forecasters`). A company officer's expectation stays a target. Sentences written
for these tests."""

import pytest

from tests.facts.outlook_facts import fact_with_amount as _fact


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Kessler Partners strategist Maria Okafor called the market cheap. "
            "Okafor said she sees the Varnian economy growing 2.5 percent in 2015.",
            2.5,
        ),
        (
            '"Demand is slowing," Brandt Securities analyst Ann Lee said on Monday. '
            "Lee said she expects Norvale Foods' sales to fall to $2 billion in 2015.",
            2e9,
        ),
        (
            'Norvale Foods Inc reported results on Monday. "Margins are thin," said Peter Vance, an analyst at '
            "Hallam Capital. Vance expects Norvale to earn $1.20 a share in 2015.",
            1.2,
        ),
        (
            "Orlan Bank economist Quentin Ross spoke on Monday. "
            '"The fund is stuck," Ross said, adding that he sees Tarrow Fund buying up to $30 billion of bonds by '
            "late July.",
            3e10,
        ),
        (
            "Jon Medley, chief economist at Orlan Bank, spoke on Monday. "
            "Medley said he expected Varnian inflation to slow to 3 percent next year.",
            3,
        ),
    ],
)
def test_what_a_titled_forecaster_expects_later_is_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (  # a company officer's own expectation
            "Norvale Foods Inc's chief executive, Ann Lee, spoke on Monday. "
            "Lee said she expects Norvale's sales to reach $2 billion in 2015.",
            2e9,
        ),
        (  # an analyst telling the company's plan: "said" is no prediction of hers
            "Brandt Securities analyst Ann Lee rates the stock a buy. "
            "Lee said Norvale Foods Inc plans to open 40 stores next year.",
            40,
        ),
        (  # ... its aim
            "Quentin Ross, an economist at Hallam Capital, was upbeat on Tuesday. "
            "Ross noted that Tarrow Mills Ltd intends to trim costs by $150 million in 2015.",
            1.5e8,
        ),
        (  # ... a level it is required to hold
            "Orlan Bank strategist Mira Dawes met clients on Friday. "
            "According to Dawes, Keswick Bank must keep capital of at least 11 percent.",
            11,
        ),
        (  # a chief executive who shares the analyst's surname keeps his own plan
            "Brandt Securities analyst Ann Lee rates the stock a buy. "
            "Norvale Foods Inc chief executive Tom Lee said he expects sales of $2 billion in 2015.",
            2e9,
        ),
    ],
)
def test_what_others_plan_stays_a_target(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "target"
