"""A percentage of a whole set beside a count that a verb cuts or adds restates the move as a change of the
whole: "cut 900 jobs, or 9 percent of its staff" is a 9 percent fall of the staff, not a level of jobs.
Sentences written for these tests, with invented names."""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2019, 8, 14)


def percent_facts(nlp, text):
    return [
        (f.kind, f.predicate, f.value.amount, f.value.direction)
        for f in extract(text, published=PUBLISHED, nlp=nlp)
        if f.value is not None and f.value.unit == "percent"
    ]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Brisco Inc said it would eliminate 640 positions, or about 8 percent of its workforce, by March.",
            ("change", "workforce", 8.0, "down"),
        ),
        (
            "Halvern Corp will shed 2,300 jobs, roughly 6 percent of its staff, the bank said on Friday.",
            ("change", "staff", 6.0, "down"),
        ),
        (
            "Brindle Bank closed 410 branches in Freedonia in 2018, 3.5 percent of the total, it said.",
            ("change", "branches", 3.5, "down"),
        ),
        (
            "Kettle Mills Ltd plans to hire 1,200 workers, or 15 percent of its current headcount, next year.",
            ("change", "current headcount", 15.0, "up"),
        ),
        (
            "Pellam Corp said the layoffs amounted to about 12 percent of the newsroom staff.",
            ("change", "newsroom staff", 12.0, "down"),
        ),
    ],
)
def test_a_share_of_the_whole_beside_a_cut_count_is_a_change_of_the_whole(nlp, text, fact):
    assert fact in percent_facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brisco Inc sold 640 trucks, or about 8 percent of its output, to Freedonia.",
        "Halvern Corp employs 2,300 people, roughly 6 percent of the town's workforce.",
        "The bonds amount to about 12 percent of the bank's assets.",
    ],
)
def test_no_change_when_nothing_cuts_or_adds_the_count(nlp, text):
    assert not [f for f in percent_facts(nlp, text) if f[0] == "change"]
