"""A legislature or executive office that leads a story does not hold the country's figures it debates
(government_bodies.py, hooked into salience.main_place): a figure with no holder of its own goes to the
country. Stories written for these tests; countries are real so that spaCy labels them as places."""

import datetime as dt

import pytest

from extractor.mentions.government_bodies import is_government_body
from tests.facts.surface_facts import story_extraction

PUBLISHED = dt.date(2011, 4, 6)


def run(nlp, text, title):
    return story_extraction(nlp, text, title=title, published=PUBLISHED)


def subject_of(extraction, amount):
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-3]
    assert found, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    return found[0].subject


@pytest.mark.parametrize(
    ("title", "text", "amount", "country"),
    [
        (
            "Parliament backs austerity plan",
            "OTTAWA (Reuters) - Canada's parliament on Tuesday backed a plan to trim spending, and lawmakers said "
            "the federal deficit would shrink to C$29 billion next year. Canadian officials said the cuts "
            "would save C$4 billion over five years.",
            4e9,
            "Canada",
        ),
        (
            "Senate debates shutdown",
            "WASHINGTON (Reuters) - The U.S. Senate debated a stopgap bill on Monday as a shutdown loomed. "
            "About 600,000 federal employees would be sent home without pay if no deal is reached.",
            600000,
            "United States",
        ),
        (
            "White House unveils farm cuts",
            "WASHINGTON (Reuters) - The White House said on Thursday it would end payments to large farms. "
            "The plan would cut crop subsidies by $7.2 billion over ten years, an administration official said.",
            7.2e9,
            "United States",
        ),
        (
            "Fed sees slower recovery",
            "WASHINGTON (Reuters) - The Federal Reserve on Wednesday signaled it would keep rates low for longer. "
            "Pending home sales dropped 3.1 percent in April, a separate report showed.",
            3.1,
            "United States",
        ),
        (
            "Bank of Japan holds fire",
            "TOKYO (Reuters) - The Bank of Japan kept policy steady on Friday. Machinery orders, a leading "
            "indicator of capital spending, slipped 2.6 percent in March, separate figures showed.",
            2.6,
            "Japan",
        ),
    ],
)
def test_figures_of_a_legislature_led_story_go_to_the_country(nlp, title, text, amount, country):
    assert subject_of(run(nlp, text, title), amount) == country


class _Cluster:
    def __init__(self, name):
        self.name = name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("U.S. Congress", True),
        ("the Greek Parliament", True),
        ("House of Representatives", True),
        ("Congress Hotels Group", False),
        ("Parliament Street Capital", False),
        ("the Federal Reserve", True),
        ("Bank of Japan", True),
        ("Bank of Halvern", False),
        # read word by word on the lower-cased, single-spaced name: spacing and case do not matter, a word
        # that merely ends with a body's letters is no body, and an empty name is none
        ("the  Ruritanian\nPARLIAMENT", True),
        ("Tricongress", False),
        ("", False),
    ],
)
def test_a_body_is_read_from_the_end_of_its_name(name, expected):
    assert is_government_body(_Cluster(name)) is expected


@pytest.mark.parametrize(
    ("title", "text", "amount", "modality"),
    [
        # a legislature's or executive office's plan for its country is the country's own plan: a target
        (
            "Budget plan unveiled",
            "WASHINGTON (Reuters) - The U.S. spending plan would trim the deficit by $2.6 trillion over the next "
            "10 years, the White House said on Tuesday.",
            2.6e12,
            "target",
        ),
        (
            "Highway bill",
            "WASHINGTON (Reuters) - The U.S. Congress approved a highway bill on Friday. Under the bill, federal "
            "road spending would rise by $9 billion next year, the Senate said.",
            9e9,
            "target",
        ),
        # a central bank's projection of its country's growth is its forecast, not the country's plan
        (
            "Fed outlook",
            "WASHINGTON (Reuters) - The Federal Reserve expects U.S. economic growth of 2.3 percent next year, "
            "its policy statement said.",
            2.3,
            "forecast",
        ),
    ],
)
def test_a_governing_body_plans_for_its_country(nlp, title, text, amount, modality):
    extraction = run(nlp, text, title)
    found = [f for f in extraction.facts if f.value is not None and abs(f.value.amount - amount) < 1e-3]
    assert found, [(f.subject, f.predicate, f.value and f.value.surface) for f in extraction.facts]
    assert found[0].modality == modality


@pytest.mark.parametrize(
    ("title", "text", "amount", "holder"),
    [
        (
            "Rates unchanged",
            "WASHINGTON (Reuters) - The Federal Reserve held policy steady on Wednesday. The decision leaves the "
            "key federal funds rate at 1.5 percent.",
            1.5,
            "Federal Reserve",
        ),
        (
            "Bank of England decision",
            "LONDON (Reuters) - The Bank of England met on Thursday. After the meeting the key policy rate "
            "remained at 0.75 percent, a record low.",
            0.75,
            "Bank of England",
        ),
        # the country's own figures in the same kind of story still go to the country
        (
            "Fed holds steady",
            "WASHINGTON (Reuters) - The Federal Reserve held policy steady on Wednesday. Durable goods orders "
            "fell 1.8 percent in May, a separate report showed.",
            1.8,
            "United States",
        ),
    ],
)
def test_a_central_bank_keeps_its_policy_rate(nlp, title, text, amount, holder):
    assert subject_of(run(nlp, text, title), amount) == holder
