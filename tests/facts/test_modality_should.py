""" "Should" before a figure's verb predicts it, like "could" or "will" (`modality.predicted_by_modal`): a company's
"sales should reach $3 billion" is its target, dated by its plan's period, not an actual result of last year.
Sentences written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("Marwick Industries Inc said full-year sales should reach between $3 billion and $3.2 billion.", 3.1e9, 2014),
        ("Marwick Industries Inc said earnings per share should range from $1.10 to $1.25 this year.", 1.175, 2014),
        ("Tallis Group Plc said its margin should improve to 12 percent next year.", 12, 2015),
    ],
)
def test_a_company_figure_under_should_is_its_target(nlp, text, amount, year):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality == "target"
    assert fact.period is not None and fact.period.start == dt.date(year, 1, 1)


def test_the_same_figure_told_as_done_stays_actual(nlp):
    text = "Tallis Group Plc said its margin improved to 12 percent last year."
    fact = next(f for f in extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp) if f.value)
    assert fact.modality == "actual"
