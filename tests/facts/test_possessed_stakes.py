"""A stake a person possesses is the person's (facts/holders.py, `_possessor_holder`): "<Name>'s 6 percent stake",
"his stake of about 6 percent". FACTS.md makes a person a party; the possessive says whose the holding is, so
neither the company the story is about nor (for "his stake") the company a titled officer works for holds it.
Stories written for these tests, with invented people and companies."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)
STORY = "Corvane Holdings Inc said on Monday it would review its chemicals unit. "


def run(nlp, text: str):
    return story_extraction(nlp, STORY + text, title="Company news", published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (  # a named person's possessive before the sized stake
            "Activist investor Rupert Kallas pressed for a sale. Kallas's 6 percent stake makes him the largest "
            "outside holder.",
            6.0,
            "Rupert Kallas",
        ),
        (  # "her holding of N percent": the pronoun takes the person named before it
            "Mara Quist, a billionaire, bought more Corvane shares last month. Her holding of 4.5 percent is now the "
            "second largest.",
            4.5,
            "Mara Quist",
        ),
        (  # "his N percent stake" in a reported clause
            "Investor Paul Renner met Corvane directors on Tuesday. He said his 8 percent stake would not be sold.",
            8.0,
            "Paul Renner",
        ),
        (  # a titled officer's own stake: "his", not "its"
            "Corvane President Tomas Reyhill sold 3 million Corvane shares last week. His overall stake of about "
            "5 percent is little changed.",
            5.0,
            "Tomas Reyhill",
        ),
    ],
)
def test_a_persons_possessed_stake_is_his(nlp, text: str, amount: float, holder: str) -> None:
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        (  # the company's own stake, "its": no person
            "Corvane chief executive Dana Whitlock spoke on Tuesday. Its 30 percent stake in Brisco Inc is for sale.",
            30.0,
            "Corvane",
        ),
        (  # a firm's possessive keeps the firm
            "Halden Capital plans to sell Brisco Inc's 20 percent stake to a rival.",
            20.0,
            "Brisco",
        ),
        (  # a person's possessive on a noun that is no holding: the figure stays with the company
            "Investor Paul Renner spoke on Tuesday. His plan would lift Corvane's margin by 3 percent.",
            3.0,
            "Corvane",
        ),
    ],
)
def test_other_possessors_keep_their_reading(nlp, text: str, amount: float, holder: str) -> None:
    assert subjects_with_amount(run(nlp, text), amount) == {holder}
