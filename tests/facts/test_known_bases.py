"""The figure a predicted change is measured from is known today: "analysts expect profit to rise to $5 million
from $4 million a year earlier" forecasts the $5 million, the $4 million is a result (`modality_bases.known_base`).
A base that is itself an earlier prediction ("up from the 1.9 percent forecast in March", "down from 3 percent in
the last poll", "compared with the poll average of $2") stays a forecast. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)


def _modalities(nlp, text):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    return {f.value.amount: f.modality for f in facts if f.value}


@pytest.mark.parametrize(
    ("text", "predicted", "base"),
    [
        ("Analysts say Norvale Foods' market share could double over two years from 12 percent now.", 2, 12),
        ("Analysts expect Norvale Foods Inc's profit to rise to $5 million from $4 million a year earlier.", 5e6, 4e6),
        (
            "Analysts polled by Reuters expect Norvale Foods Inc to post sales of $3 billion, up from $2.5 billion "
            "a year earlier.",
            3e9,
            2.5e9,
        ),
        ("Analysts said Norvale Foods Inc could lift its margin to 12 percent from 9 percent last year.", 12, 9),
    ],
)
def test_the_base_of_a_forecast_change_is_a_result(nlp, text, predicted, base):
    modalities = _modalities(nlp, text)
    assert modalities[predicted] == "forecast"
    assert modalities[base] == "actual"


@pytest.mark.parametrize(
    ("text", "base"),
    [
        (
            "A poll of economists expects Varnia's inflation to rise 2.2 percent in 2015, up from the 1.9 percent "
            "that was forecast in March.",
            1.9,
        ),
        ("Economists expect Norvale Foods Inc to earn $1.10 a share in 2015, down from $1.25 in the May poll.", 1.25),
        (
            "Analysts expect Norvale Foods Inc to sell $4 billion in 2015, against the consensus of $4.2 billion.",
            4.2e9,
        ),
    ],
)
def test_a_base_that_was_itself_predicted_stays_a_forecast(nlp, text, base):
    assert _modalities(nlp, text)[base] == "forecast"
