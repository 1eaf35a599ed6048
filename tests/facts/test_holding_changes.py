"""Who holds a stake whose clause names an investor (facts/holders.py, round 30): a person who owns or holds it,
a subject that builds, grows or cuts its holding, a holding sized by a clause on the holding noun. Stories written
for these tests, with invented names and figures."""

import datetime as dt

import pytest

from tests.facts.surface_facts import story_extraction, subjects_with_amount

PUBLISHED = dt.date(2012, 3, 14)


def run(nlp, text, title="Tellmont Media shares climb"):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a person the story names as an investor holds the stake as a firm would
        (
            "Tellmont Media rose 4 percent. Ralston Kemp owns a 22.5 percent stake in the publisher and sits on its "
            "board.",
            22.5,
            "Ralston Kemp",
        ),
        (
            "Tellmont Media Corp said on Friday that Marla Quist holds a 31 percent stake in the publisher.",
            31.0,
            "Marla Quist",
        ),
        # a general verb of stake_verbs (take, have) with a holding noun: a stake the person holds
        (
            "Tellmont Media Corp said on Monday that Marla Quist has taken a stake of 7 percent in the publisher.",
            7.0,
            "Marla Quist",
        ),
        # a verb that shrinks a holding: its subject holds the holding
        (
            "Tellmont Media said on Monday that Ralston Kemp has trimmed his holding in the publisher to 14 percent, "
            "a filing showed.",
            14.0,
            "Ralston Kemp",
        ),
        # a clause on the holding noun sizes it; the verb the holding is the object of tells the holder
        (
            "Tellmont Media shares rose. A filing showed Halden Capital has amassed a stake representing 3 percent of "
            "Tellmont Media.",
            3.0,
            "Halden Capital",
        ),
    ],
)
def test_the_investor_holds_the_stake(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}


@pytest.mark.parametrize(
    ("text", "amount", "holder"),
    [
        # a titled officer speaks for the company: his stake reading is left as before
        (
            "Tellmont Media Corp Chief Executive Nora Pike owns 3.5 percent of the publisher, a filing showed.",
            3.5,
            "Tellmont Media",
        ),
        (
            "Tellmont Media Corp said Chief Executive Nora Pike raised her stake to 4.5 percent.",
            4.5,
            "Tellmont Media",
        ),
        # a verb of change whose object is no holding: the figure is no stake
        (
            "Tellmont Media Corp said Halden Capital had cut its prices by 11 percent.",
            11.0,
            "Halden Capital",
        ),
        # a general verb of stake_verbs (take, have) with a figure that is no holding gives a person nothing
        (
            "Tellmont Media Corp shares rose. Since his arrival, Ralston Kemp has taken Tellmont Media Corp from a "
            "6 percent share of the ad market to 18 percent.",
            18.0,
            "Tellmont Media",
        ),
        (
            "Marla Quist took 47 percent of the ballots cast for the Tellmont Media Corp board, the publisher said.",
            47.0,
            "Tellmont Media",
        ),
        (
            "Tellmont Media Corp said Marla Quist had 61 percent backing among the publisher's staff in a survey.",
            61.0,
            "Tellmont Media",
        ),
        # a possessed stake that changes hands stays with its possessor
        (
            "Quillby Partners plans to buy Halden Capital's 17 percent stake in Tellmont Media.",
            17.0,
            "Halden Capital",
        ),
    ],
)
def test_other_readings_stand(nlp, text, amount, holder):
    assert subjects_with_amount(run(nlp, text), amount) == {holder}
