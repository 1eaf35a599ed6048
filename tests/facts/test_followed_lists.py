"""Figures listed after "followed by" are the figures of the names written right before them
(`facts/followed_lists.py`): the runners-up of a ranking sentence, not its leader, and a bare runner-up number
counts what the leader's count counts, wherever the leader's counted noun is written.

Every sentence is written for these tests; the names are invented or are US states.
"""

import datetime as dt

import pytest

from extractor import extract

PUBLISHED = dt.date(2013, 7, 19)


def figures(nlp, text):
    """(subject, surface) of every fact with a value."""
    return {(f.subject, f.value.surface) for f in extract(text, published=PUBLISHED, nlp=nlp) if f.value is not None}


RUNNERS_UP = [
    (  # a bare number after "at": the leader's counted noun was written before its own figure
        "Last quarter Ohio added the most teachers, with 4,100, followed by Texas at 3,650 and Iowa at 2,980.",
        {("Ohio", "4,100"), ("Texas", "3,650"), ("Iowa", "2,980")},
    ),
    (  # a bare number after a comma
        "Among the carmakers Brisco Motors sold the most vans, 8,700, followed by Ostrava Auto, 6,250.",
        {("Brisco Motors", "8,700"), ("Ostrava Auto", "6,250")},
    ),
    (  # a percent after a comma: the leader's subject was given to every runner-up
        "Vermont posted the steepest rise in home prices, 7.4 percent, followed by Georgia, 6.1 percent.",
        {("Vermont", "7.4 percent"), ("Georgia", "6.1 percent")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUNNERS_UP)
def test_each_runner_up_holds_the_figure_after_its_name(nlp, text, expected):
    assert expected <= figures(nlp, text)


def test_a_move_after_followed_by_keeps_the_sentence_holder(nlp):
    found = figures(nlp, "Sales rose 5 percent in March, followed by a 3 percent rise in April, Halden Corp said.")
    assert ("Halden", "3 percent") in found


def test_a_figure_with_no_name_before_it_lends_no_holder(nlp):
    found = figures(nlp, "Quarrow Inc's revenue rose 8 percent, followed by its profit, which grew 4 percent.")
    assert {subject for subject, _ in found} == {"Quarrow"}
