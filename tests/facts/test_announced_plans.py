"""A count of planned actions that a verb of announcing takes as object, and the purpose infinitive of that
verb, are the subject's target; an announced result stays actual. Sentences written for these tests, with
invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2012, 10, 2)
LEAD = "Brandel Motors Inc said on Tuesday it would hire 50 engineers.\n\n"


def modalities(nlp, text, surface):
    facts = extract(LEAD + text, published=PUBLISHED, nlp=nlp)
    return [(f.modality, f.period.label if f.period else None) for f in facts if f.value and f.value.surface == surface]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        (
            "Two weeks ago Brandel announced four factory closures in Ohio to reduce its costs by up to $300 million.",
            "four",
        ),
        (
            "Two weeks ago Brandel announced four factory closures in Ohio to reduce its costs by up to $300 million.",
            "$300 million",
        ),
        ("Quarto Foods unveiled 12 store closures on Monday, aiming to save $40 million a year.", "12"),
        ("The grocer announced 85 layoffs at its Leeds depot in August.", "85"),
    ],
)
def test_announced_planned_actions_are_targets_without_the_announcement_date(nlp, text, surface):
    assert modalities(nlp, text, surface) == [("target", None)]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("In March Brandel announced a 10 percent rise in its profit.", "10 percent"),
        ("Brandel announced on Monday that it had closed 14 plants in 2011.", "14"),
        ("Quarto Foods announced sales of $2 billion for the year.", "$2 billion"),
    ],
)
def test_announced_results_stay_actual(nlp, text, surface):
    assert [m for m, _ in modalities(nlp, text, surface)] == ["actual"]
