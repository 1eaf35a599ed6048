"""A verb that revises a part of a prediction ("lifted the bottom of its outlook to $3.10", "trimmed the top of its
sales forecast to $7 billion") revises the prediction itself: the figures are the company's target, dated by the
forecast's period (`modality_revisions.whole_of_a_part` in `modality._goal_as_object`). Sentences written for these
tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 7, 24)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (
            "Brockway Chemicals Inc pushed up the midpoint of its 2013 earnings forecast "
            "to a spread of $2.40 to $2.55 a share.",
            2.475,
        ),
        ("Tamsworth Foods Corp lowered the top of its 2013 revenue forecast to $4.2 billion.", 4.2e9),
        ("Hollins Media Inc lifted the bottom of its 2013 outlook for advertising sales to $610 million.", 6.1e8),
    ],
)
def test_a_revised_part_of_a_forecast_is_a_target(nlp, text, amount):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"
    assert fact.period is not None and fact.period.start == dt.date(2013, 1, 1)


def test_a_part_of_something_else_is_no_forecast(nlp):
    text = "Brockway Chemicals Inc shares hit the top end of their range at $40."
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    found = [f for f in facts if f.value and f.value.amount == 40]
    assert found and all(f.modality == "actual" for f in found)
