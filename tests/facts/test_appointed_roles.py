"""The post an appointment gives is a role of the appointee even where a clause or an apposition stands between
the name and the post (extractor/facts/appointed_roles.py). Sentences written for these tests, with invented
names."""

import datetime as dt

import pytest

from tests.facts.surface_facts import facts_in, roles_in

PUBLISHED = dt.date(2021, 3, 9)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a relative clause between the hired person and the post
            "Corvane Bank said on Monday it hired Ines Morrow, who ran a pension fund in Oslo for a decade, as its "
            "chief economist.",
            ("Corvane Bank", "chief economist", "Ines Morrow"),
        ),
        (  # a relative clause with the passive appointing verb, the employer later in the post's phrase
            "Shareholders cheered Hanne Lisk, who was appointed head of research at Tolbeck Foods last week.",
            ("Tolbeck Foods", "head", "Hanne Lisk"),
        ),
        (  # an apposition between the name and a post taken, the post's organization after it
            "Marlow Shipping said Gero Fantl, once a trader with Wessex Trust, will take over as its chief executive "
            "in the spring.",
            ("Marlow Shipping", "chief executive", "Gero Fantl"),
        ),
        (  # "its" of the post is the board's company, not the firm named in the person's earlier title
            "Durnford Mining's board elected Quayle Capital chairman Ruth Abney as its new chairman on Thursday.",
            ("Durnford Mining", "chairman", "Ruth Abney"),
        ),
    ],
)
def test_the_post_an_appointment_gives_is_a_role_of_the_appointee(nlp, text, role):
    assert role in roles_in(nlp, text, PUBLISHED)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # no post written: a hiring alone gives no role
        ("Corvane Bank hired Ines Morrow from a rival lender last month.", "Ines Morrow"),
        # the person named first takes no post of the relative clause on the other person
        (
            "Pavel Ruud will fill the seat left by Hanne Lisk, who was appointed head of research at Tolbeck Foods.",
            "Pavel Ruud",
        ),
        # a relative clause on the appointee that tells an earlier post with no verb of giving or taking one
        (
            "Kestrel Corp's board backed the appointment of Lara Quist, who during her years as chair of Tolbeck "
            "Foods sold two units.",
            "Lara Quist",
        ),
        # a post named "as" in another clause than the appointment's
        (
            "Tolbeck Foods named Ines Morrow to its board, and analysts saw the move as a chairman in waiting.",
            "Ines Morrow",
        ),
    ],
)
def test_no_role_where_the_appointment_writes_no_post_of_the_person(nlp, text, person):
    assert [r for r in roles_in(nlp, text, PUBLISHED) if r[2] == person] == []


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (  # a planned step up: the post is the company's plan
            "Marlow Shipping said Gero Fantl, once a trader with Wessex Trust, will take over as its chief executive "
            "in the spring.",
            ("Marlow Shipping", "chief executive", "Gero Fantl", "target"),
        ),
        (  # a unit named after the appointer: the parent holds the post
            "Corvane Bank said it hired Ines Morrow, who ran a hedge fund, as chairman of Corvane Bank Asia.",
            ("Corvane Bank", "chairman", "Ines Morrow", "actual"),
        ),
    ],
)
def test_a_planned_post_is_a_target_and_a_unit_named_after_the_appointer_is_its_parent(nlp, text, role):
    facts = facts_in(nlp, text, PUBLISHED)
    assert role in [(f.subject, f.predicate, f.object, f.modality) for f in facts if f.kind == "role"]


def test_a_post_told_again_in_other_words_is_a_repeat(nlp):
    alone = "Halvard Ness, who joined Tolbeck Foods as head two years ago, has since closed three plants."
    assert ("Tolbeck Foods", "head", "Halvard Ness") in roles_in(nlp, alone, PUBLISHED)
    text = (
        "Tolbeck Foods said its chief executive Halvard Ness wants to cut costs. "
        "Halvard Ness, who joined Tolbeck Foods as head two years ago, has since closed three plants."
    )
    assert [r for r in roles_in(nlp, text, PUBLISHED) if r[2] == "Halvard Ness"] == [
        ("Tolbeck Foods", "chief executive", "Halvard Ness")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # denied, negated, or under a verb of refusing: the appointment will not happen
        "Orvik Shipping denied it would name Tomas Brand as its president.",
        "Halden Bank is not going to appoint Tomas Brand as treasurer, a banker said.",
        "Orvik Shipping denied on Monday that it planned to appoint Tomas Brand as chairman.",
        "Halden Bank rejected a proposal to name Tomas Brand as chairman.",
        # a forecast: someone else's guess of the appointment
        "Brokers had expected Halden Bank to hire Tomas Brand as chief risk officer, but it chose an outsider.",
    ],
)
def test_a_denied_refused_or_forecast_appointment_gives_no_post(nlp, text):
    assert [r for r in roles_in(nlp, text, PUBLISHED) if r[2] == "Tomas Brand"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Bank, which had denied any talks, said on Monday it hired Ines Morrow, who ran a pension fund in "
        "Oslo, as its chief economist.",
        "Corvane Bank, which had not commented for weeks, said it hired Ines Morrow, who ran a pension fund in Oslo, "
        "as its chief economist.",
    ],
)
def test_a_denial_or_negation_elsewhere_in_the_sentence_leaves_the_post(nlp, text):
    assert ("Corvane Bank", "chief economist", "Ines Morrow") in roles_in(nlp, text, PUBLISHED)
