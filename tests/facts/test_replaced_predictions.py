"""An earlier prediction a figure is compared with, named with no owner ("up from a previous view of $1.25",
"compared with an earlier forecast of 1 percent"), takes the modality of the figure that replaces it: a company's
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
            "Cantrell Mining Ltd now sees 2017 output of 410,000 tonnes, down from a prior outlook of 450,000 tonnes.",
            450000,
        ),
    ],
)
def test_a_companys_replaced_guidance_is_its_target(nlp, text, amount):
    assert _modality_of(nlp, text, amount) == "target"


def test_a_forecasters_replaced_forecast_stays_a_forecast(nlp):
    text = "Analysts now expect Pardoe Brands Inc to earn 84 cents a share, up from a previous forecast of 70 cents."
    assert _modality_of(nlp, text, 0.70) == "forecast"
