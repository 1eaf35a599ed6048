""" "Should" before a figure's verb predicts it, like "could" or "will" (`modality.predicted_by_modal`,
`modality_should.predicted_by_should`): "its margin should widen to 9 percent" is the company's target, dated by
its plan's period, not an actual result of last year. "Should" that tells an agent what to do ("a shareholder group
said the retailer should trim costs by 4 percent") or what should have happened is no prediction. Sentences
written for these tests."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2014, 6, 10)


@pytest.mark.parametrize(
    ("text", "amount", "year"),
    [
        ("Brisco Foods Corp told investors its 2014 revenue should total $700 million to $760 million.", 7.3e8, 2014),
        ("Pellham Audio Ltd said diluted earnings should amount to 88 cents to 96 cents a share in 2014.", 0.92, 2014),
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


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("A shareholder group said Harlow Retail Inc should trim its costs by 4 percent.", 4),  # advice to a firm
        ("An arbitration panel decided Trelco Ltd should refund $12 million to its clients.", 1.2e7),  # a duty
        ("Quenby Motors said its sales should have topped 40,000 cars last year.", 40000),  # what should have been
    ],
)
def test_should_that_advises_or_looks_back_predicts_nothing(nlp, text, amount):
    facts = extract("Outlook\n\n" + text, published=PUBLISHED, nlp=nlp)
    fact = next(f for f in facts if f.value and f.value.amount == amount)
    assert fact.modality != "target"
