"""A count of planned actions that a verb of announcing takes as object is the subject's target, and so is the
amount a saving or cutting verb sets in that verb's purpose infinitive; a figure of the cause the plan answers,
and an announced result, stay actual. Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import dated_in

PUBLISHED = dt.date(2014, 3, 12)
LEAD = "Orvel Industries Inc said on Wednesday that its order book had grown.\n\n"


def dated(nlp, text, surface):
    return dated_in(nlp, LEAD + text, surface, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orvel outlined 14 depot shutdowns that it said would happen over two years.", "14"),
        ("Orvel unveiled 25 branch closures on Monday, aiming to save $45 million a year.", "$45 million"),
        ("Orvel proposed 700 redundancies to trim its wage bill by 12 percent.", "12 percent"),
        ("Seeking to shed $80 million in costs, Orvel announced 900 layoffs.", "900"),
        ("Orvel unveiled 60 branch closures to trim costs 5 percent.", "5 percent"),
        ("Orvel announced 250 layoffs, hoping to reduce its wage bill 8 percent next year.", "8 percent"),
        ("To lower overheads 3 percent, Orvel proposed 45 depot shutdowns.", "3 percent"),
    ],
)
def test_announced_planned_actions_and_their_amounts_are_targets(nlp, text, surface):
    assert [m for m, _ in dated(nlp, text, surface)] == ["target"]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Orvel announced 1,000 job cuts to cope with a 30 percent slump in orders.", "30 percent"),
        ("Orvel announced 600 layoffs to offset a 20 percent fall in sales.", "20 percent"),
        ("Orvel proposed 40 store closures to shore up margins after a 15 percent slide in profit.", "15 percent"),
        ("Orvel announced that revenue grew 6 percent in 2013.", "6 percent"),
        ("Orvel announced on Monday that it had shut 14 depots in 2013.", "14"),
    ],
)
def test_causes_and_announced_results_stay_actual(nlp, text, surface):
    assert [m for m, _ in dated(nlp, text, surface)] == ["actual"]
