"""Round 33: the subject of a figure is the heaviest named candidate (`facts/subject_weights.py`, weights in
lexicons/subject_weights.tsv); the cascade's early sources and fallbacks are lazy candidates, and a trace records
every candidate for scripts/fit_subject_weights.py. Stories written for these tests, invented names."""

from __future__ import annotations

import pytest

from extractor.facts import subject_weights
from extractor.facts.subject_weights import candidate_weights, choose, ranked
from tests.facts.surface_facts import fact_among, facts_of

WEIGHTS = {"heavy": 5.0, "middle": 3.0, "light": 1.0, "off": 0.0}


def _never() -> str:
    raise AssertionError("a lighter candidate was worked out though a heavier one named somebody")


@pytest.mark.parametrize(
    ("candidates", "chosen"),
    [
        ([("light", "Ostrava"), ("heavy", "Brindle")], "Brindle"),  # weight, not order, decides
        ([("heavy", None), ("middle", "Quillby"), ("light", "Halden")], "Quillby"),  # an empty candidate passes
        ([("heavy", lambda: None), ("light", lambda: "Halden")], "Halden"),  # a lazy one that names nobody
        ([("middle", "Quillby"), ("light", _never)], "Quillby"),  # a lighter lazy one is never worked out
        ([("middle", "Quillby"), ("middle", "Brindle")], "Quillby"),  # a tie keeps the order found
        ([("off", "Halden"), ("light", "Ostrava")], "Ostrava"),  # weight 0: traced, never chosen
        ([("off", "Halden")], None),
    ],
)
def test_choose(candidates, chosen):
    assert choose(candidates, WEIGHTS) == chosen


def test_ranked_leaves_off_features_out():
    assert [f for f, _ in ranked([("off", "A"), ("light", "B"), ("heavy", "C")], WEIGHTS)] == ["heavy", "light"]


def test_lexicon_orders_the_old_cascade():
    """The early returns of the old cascade outweigh every relation candidate, and the fallbacks weigh least."""
    weights = candidate_weights()
    early = ("bracket_owner", "respective", "mover", "payee", "dealing_person", "stake_holder", "index")
    fallbacks = ("policy_rate", "named_around", "default")
    relations = [w for f, w in weights.items() if f not in (*early, *fallbacks, "statistic_holder") and w > 0]
    assert [weights[f] for f in early] == sorted((weights[f] for f in early), reverse=True)
    assert min(weights[f] for f in early) > weights["statistic_holder"] > max(relations)
    assert min(relations) > weights["policy_rate"] > weights["named_around"] > weights["default"] > 0


@pytest.mark.parametrize(
    ("text", "surface", "features", "subject"),
    [
        (
            "Brindle Corp's quarterly revenue rose 6 percent, the company said on Tuesday.",
            "6 percent",
            {"possessor", "default"},
            "Brindle",
        ),
        (
            "Quillby Foods posted a profit of $41 million for the quarter, up from a year earlier.",
            "$41 million",
            {"clause_subject", "default"},
            "Quillby Foods",
        ),
        (  # a place named next to the figure is traced, but the nearest-name features are off
            "Halden Group said operating profit at its Ostwick unit fell to $12 million last year.",
            "$12 million",
            {"reporter", "default", "near_place"},
            "Halden Group",
        ),
        (  # the "at" holder outweighs the story's default and the other firm named nearer the figure
            "Sales at Tarrow Mills rose 8 percent to $300 million, while Brindle Corp sales fell.",
            "$300 million",
            {"at_holder", "default", "near_org"},
            "Tarrow Mills",
        ),
    ],
)
def test_trace_records_every_candidate(nlp, text, surface, features, subject):
    """With the trace on, each choice lists its named candidates; the fact keeps the chosen one."""
    subject_weights.TRACE = []
    try:
        facts = facts_of(nlp, text, title="Results in brief", published="2019-08-14")
        trace = list(subject_weights.TRACE)
    finally:
        subject_weights.TRACE = None
    fact = fact_among(facts, surface)
    choices = [c for c in trace if c.sentence_start == fact.evidence.start and c.chosen == fact.subject]
    assert any(features <= {feature for feature, _ in c.candidates} for c in choices)
    assert fact.subject == subject


def test_trace_is_off_in_normal_runs(nlp):
    facts_of(nlp, "Brindle Corp's revenue rose 6 percent.", title="Brindle", published="2019-08-14")
    assert subject_weights.TRACE is None
