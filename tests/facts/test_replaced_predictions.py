"""An earlier prediction a figure is compared with, named with no owner ("against a prior view of $1.40",
"less than an original forecast of 6 percent"), takes the modality of the figure that replaces it: a company's
own replaced guidance is a target, a forecaster's replaced forecast a forecast (`modality_revisions`). Sentences
written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2016, 10, 12)


def _modality_of(nlp, text: str, amount: float) -> str:
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount).modality


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Pardoe Brands Inc lifted its third-quarter goal to earnings of 84 cents a share, "
            "against a prior view of 70 cents.",
            0.70,
        ),
        (
            "Wexley Retail Corp trimmed its fiscal-year sales outlook to growth of 3 percent, "
            "versus an earlier forecast of 4 percent.",
            4,
        ),
        (
            "Cantrell Mining Ltd expects to mine 410,000 tonnes in 2017, "
            "less than an original forecast of 450,000 tonnes.",
            450000,
        ),
    ],
)
def test_a_companys_replaced_guidance_is_its_target(nlp, text, amount):
    assert _modality_of(nlp, text, amount) == "target"


def test_a_forecasters_replaced_forecast_stays_a_forecast(nlp):
    text = (
        "Analysts have pared their view of Pardoe Brands Inc to 84 cents a share, "
        "versus an earlier estimate of 70 cents."
    )
    assert _modality_of(nlp, text, 0.70) == "forecast"
