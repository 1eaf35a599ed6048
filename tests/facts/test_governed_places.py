"""A state noun with its place in an "of" phrase ("the government of Freedonia") holds a stake as that place
(facts/holders.state_name): stories written for these tests, with invented names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Company news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # the subject of an owning verb
        (
            "Brantwick Mining said on Monday it would open a new pit. Norvale Gold owns 75 percent of the pit, and "
            "the government of Peru owns the remaining 25 percent.",
            25.0,
            "Peru",
        ),
        # a relative clause on the state noun
        (
            "Dellacroft Diamonds has two other shareholders: Quillby Holdings, and the government of Norway, "
            "which has a 15 percent stake.",
            15.0,
            "Norway",
        ),
        # the agent of "owned by"
        (
            "Tellmont Steel, 40 percent owned by the government of Kenya, said on Tuesday it would cut 300 jobs.",
            40.0,
            "Kenya",
        ),
        (
            "Kestrel Shipping said the state of Chile holds 12 percent of the carrier after the rescue.",
            12.0,
            "Chile",
        ),
    ],
)
def test_a_state_of_a_place_holds_as_the_place(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # near-misses: a state noun whose "of" object is no place, or a place written before the noun
        (
            "Quillby Holdings said the government of the day, which owns 30 percent of Quillby Holdings, backed "
            "the plan.",
            30.0,
            "Quillby Holdings",
        ),
        ("Tellmont Media, about 60 percent-owned by the Canadian government, is hiring 200 engineers.", 60.0,
         "Canadian government"),
        # not a state noun: a company named after a place keeps its own name
        (
            "Brantwick Chemicals said the Bank of Freedonia owns 8 percent of Brantwick Chemicals.",
            8.0,
            "Bank of Freedonia",
        ),
    ],
)
def test_other_holders_keep_their_reading(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}
