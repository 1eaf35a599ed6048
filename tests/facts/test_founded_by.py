"""Founders told in the passive ("X, co-founded by A", "X was co-founded by A and B"): each person of the agent
list founded the organization, with the title of the verb (found -> founder, co-found -> co-founder); a unit
founded is not its parent. Sentences written for these tests, with invented names."""

import pytest

from tests.facts.surface_facts import roles_in


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        (
            "Halvern Robotics Inc posted higher sales. Halvern Robotics was co-founded by Ilse Marchetti and Arne "
            "Solheim in 1990.",
            [("Halvern Robotics", "co-founder", "Ilse Marchetti"), ("Halvern Robotics", "co-founder", "Arne Solheim")],
        ),
        (
            "Quorra Biotech Ltd won a patent. Back in 2001, Quorra Biotech was co-founded by Dev Anand Kapur, a "
            "chemist.",
            [("Quorra Biotech", "co-founder", "Dev Anand Kapur")],
        ),
        (
            "Keltra Foods Inc raised prices. Keltra Foods was co-founded by Omar Das and is still run by his family.",
            [("Keltra Foods", "co-founder", "Omar Das")],
        ),
        (
            "Quorra Biotech Ltd won a patent. Quorra Biotech, co-founded by Dev Anand Kapur, makes enzymes for "
            "brewers.",
            [("Quorra Biotech", "co-founder", "Dev Anand Kapur")],
        ),
        (
            "Keltra Foods Inc raised prices. Today Keltra Foods, which was co-founded by Lina Das, a pharmacist "
            "from Cork, and Omar Das in 1988, runs 80 stores.",
            [("Keltra Foods", "co-founder", "Omar Das"), ("Keltra Foods", "co-founder", "Lina Das")],
        ),
    ],
)
def test_each_agent_of_a_co_founding_passive_is_a_co_founder(nlp, text, roles):
    found = roles_in(nlp, text)
    for role in roles:
        assert role in found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Leap Orvane Ltd raised its dividend. Leap Orvane was founded by Ilse Marchetti in 1990.",
            ("Leap Orvane", "founder", "Ilse Marchetti"),
        ),
        (
            "Run Kestle Inc cut prices. Run Kestle was founded by Arne Solheim, a chemist, in 1979.",
            ("Run Kestle", "founder", "Arne Solheim"),
        ),
        (
            "Build Quarro Ltd sold a depot. Build Quarro was founded by Mirela Stoica in 2002.",
            ("Build Quarro", "founder", "Mirela Stoica"),
        ),
    ],
)
def test_a_name_whose_first_word_is_a_verb_is_still_the_organization(nlp, text, role):
    assert role in roles_in(nlp, text)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Arm Ltd posted higher sales. Arm was founded by Ilse Marchetti in 1990.",
            ("Arm", "founder", "Ilse Marchetti"),
        ),
        (
            "Tolva Business Ltd cut its costs. Tolva Business was founded by Arne Solheim, a printer, in 1972.",
            ("Tolva Business", "founder", "Arne Solheim"),
        ),
        (
            "Penrith Division Inc opened a plant. In 1984 Penrith Division was founded by Mirela Stoica.",
            ("Penrith Division", "founder", "Mirela Stoica"),
        ),
    ],
)
def test_a_name_ending_in_a_unit_word_is_still_the_company_founded(nlp, text, role):
    assert role in roles_in(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The prize, founded by Ilse Marchetti in 1990, went to a chemist from Lyon.",
        "Halvern Robotics was sold by Ilse Marchetti to a fund in 2004.",
        "Halvern Robotics was founded in 1990, and Ilse Marchetti bought it in 2004.",
        "Halvern Robotics Inc posted higher sales. The robot unit was founded by Ilse Marchetti, the company said.",
        "Halvern Robotics Inc posted higher sales. Its drone division was founded by Arne Solheim in 2008.",
    ],
)
def test_no_founder_without_an_organization_founded_by_the_person(nlp, text):
    assert [r for r in roles_in(nlp, text) if r[1].endswith("founder")] == []
