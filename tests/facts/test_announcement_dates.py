"""The date of an announcement does not date the plan it announces; a result announced on a date keeps it.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 10, 2)
LEAD = "Brandel Motors Inc said on Tuesday it would hire 50 engineers.\n\n"


def dated(nlp, text, surface):
    facts = [f for f in extract(LEAD + text, published=PUBLISHED, nlp=nlp) if f.value and f.value.surface == surface]
    return [(f.modality, f.period.label if f.period else None) for f in facts]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In March the carmaker unveiled a plan to eliminate 900 jobs, mostly in Ohio.", "900"),
        ("Last month Brandel unveiled a plan to close 40 branches across the state.", "40"),
        ("In July the group announced plans to shed 1,200 workers at its truck plants.", "1,200"),
    ],
)
def test_a_plan_takes_no_period_from_the_day_it_was_announced(nlp, text, surface):
    assert dated(nlp, text, surface) == [("target", None)]


@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("In March Brandel announced a 10 percent rise in its profit.", "10 percent", "March 2012"),
        ("The company plans to cut 900 jobs in 2013.", "900", "2013"),
        ("In August it cut 300 jobs at two plants.", "300", "August 2012"),
    ],
)
def test_a_result_or_a_plan_dated_in_its_own_clause_keeps_the_period(nlp, text, surface, label):
    assert [p for _, p in dated(nlp, text, surface)] == [label]
