"""The holder of a stake is its subject (facts/holders.py): stories written for these tests, with invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Company news"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # the agent of "owned by" right after the percentage, not the company owned
        (
            "Norvale Foods bought 61.5 percent of Brantwick Chemicals in 2019, and the remaining 38.5 percent "
            "is owned by Quillby Holdings.",
            38.5,
            "Quillby Holdings",
        ),
        (
            "Brantwick Chemicals, 72 percent owned by Halden Capital since 2019, will close two plants.",
            72.0,
            "Halden Capital",
        ),
        (
            "Dellacroft Mining, 51 percent held by Kestrel Partners, said on Monday it would cut 300 jobs.",
            51.0,
            "Kestrel Partners",
        ),
        # a state written with its place is the holder, as written
        (
            "Tellmont Media, about 60 percent-owned by the Canadian government, is hiring 200 engineers.",
            60.0,
            "Canadian government",
        ),
        (
            "Brantwick Chemicals said Dellacroft Mining would end up 9 percent held by the Mexican government once "
            "the rescue closes.",
            9.0,
            "Mexican government",
        ),
    ],
)
def test_the_owner_holds_the_percentage_owned(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a bare state noun names no holder: the owning clause's reading stands
        (
            "Quillby Holdings said the government, which owns 30 percent of Quillby Holdings, backed the plan.",
            30.0,
            "Quillby Holdings",
        ),
        # an owning verb's named subject holds its stake
        ("Halden Capital owns 12 percent of Brantwick Chemicals, the filing showed.", 12.0, "Halden Capital"),
        ("Kestrel Partners holds a 7.5 percent stake in Tellmont Media.", 7.5, "Kestrel Partners"),
    ],
)
def test_owning_clauses_keep_their_subject(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a possessed stake that changes hands stays with its possessor
        (
            "Kestrel Partners would take a 51 percent stake and expects to buy Quillby's 49 percent share later.",
            49.0,
            "Quillby",
        ),
        (
            "Halden Capital plans to sell Brantwick Chemicals's 20 percent stake to a rival.",
            20.0,
            "Brantwick Chemicals",
        ),
        ("Norvale Foods agreed to buy Tellmont Media's 35 percent stake in the venture.", 35.0, "Tellmont Media"),
    ],
)
def test_a_possessed_stake_keeps_its_possessor(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a short name the tagger missed here is the story's one organization so named
        (
            "Halden Capital Partners disclosed a new holding on Monday. Halden owned a roughly 5.7 percent stake "
            "in Brantwick Chemicals as of Sept 30.",
            5.7,
            "Halden Capital Partners",
        ),
        (
            "Kestrel Mining Group reported its holdings. Kestrel held a 4.1 percent stake in Tellmont Media at the "
            "end of June.",
            4.1,
            "Kestrel Mining Group",  # "Kestrel Mining" alone is never written: the group word stays
        ),
        # the possessor of the stake noun
        (
            "Buying Quorrel Telecom's 9 percent stake in Norvale Foods might make sense, Norvale's chief said.",
            9.0,
            "Quorrel Telecom",
        ),
    ],
)
def test_a_holder_written_short_is_found(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


# A state noun with its place in an "of" phrase ("the government of Peru") holds as that place (holders.state_name);
# real places, invented companies.
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
            "which has an 18 percent stake.",
            18.0,
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
        # near-misses: a state noun whose "of" object is no place, or a place written before the noun
        (
            "Quillby Holdings said the government of the day, which owns 30 percent of Quillby Holdings, backed "
            "the plan.",
            30.0,
            "Quillby Holdings",
        ),
        (
            "Tellmont Media, about 60 percent-owned by the Canadian government, is hiring 200 engineers.",
            60.0,
            "Canadian government",
        ),
        # a government "of" a person is no place
        (
            "Quillby Holdings said the government of President Nora Pike owns 30 percent of Quillby Holdings.",
            30.0,
            "Quillby Holdings",
        ),
        # not a state noun: a company named after a place keeps its own name
        (
            "Brantwick Chemicals said the Bank of Freedonia owns 8 percent of Brantwick Chemicals.",
            8.0,
            "Bank of Freedonia",
        ),
    ],
)
def test_a_state_of_a_place_holds_as_the_place(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}
