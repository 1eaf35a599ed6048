"""What a poll or survey observed is a reading, actual: "a survey showed confidence fell to 60 in May"
(`modality_survey_readings.survey_reading`). What its clause predicts or plans ("a poll showed growth would slow"),
what respondents expect, and what a poll of forecasters gives stay forecasts. Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)
LEAD = "Norvale results\n\nNorvale Corp said on Tuesday its quarterly sales rose.\n\n"


def _fact(nlp, text, amount):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return next(f for f in facts if f.value and f.value.amount == amount and f.evidence.sentence == text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A Mardell poll found that 38 percent of voters back the mayor's budget plan.", 38),
        ("A survey showed consumer confidence in Estoria fell to 61.5 in May.", 61.5),
        ("The survey found that 38 percent of small firms cut jobs in the first quarter.", 38),
        ("A survey of refiners indicated that just 70 percent of the promised output cuts were made in May.", 70),
        ("A poll of 1,200 voters indicated support for the mayor had dropped to 31 percent.", 31),
        ("A survey showed 40 percent of households cut spending in the last 12 months.", 40),  # a span already over
    ],
)
def test_what_a_survey_observed_is_actual(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "actual"


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A poll of economists showed growth would slow to 2 percent next year.", 2),  # forecasters polled
        ("A survey showed retailers expect sales to rise 4 percent in the holiday season.", 4),  # respondents expect
        ("The poll found home prices could fall another 6 percent.", 6),  # a modal: predicted
        ("Economists polled by Mardell had forecast a rise of 0.3 percent in May.", 0.3),  # not a finding verb
        ("Freight rates are likely to climb 3.2 percent over the whole of next year, the study found.", 3.2),
        ("Insurance premiums will probably rise 3.3 percent through 2015 as a whole, the survey found.", 3.3),
        ("The latest currency poll showed the franc trading at 1.18 per euro in six months.", 1.18),  # a horizon
    ],
)
def test_what_a_survey_predicts_stays_a_forecast(nlp, text, amount):
    assert _fact(nlp, text, amount).modality == "forecast"
