"""scripts/fit_main_weights.py: choosing, fitting and folding main-organization candidates, on invented inputs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import numpy
import pytest

from extractor.eval.gold import GoldEvidence, GoldFact, GoldFile
from extractor.mentions.salience import ORG_WEIGHTS

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fit_main_weights.py"
_spec = importlib.util.spec_from_file_location("fit_main_weights", SCRIPT)
fit_script = importlib.util.module_from_spec(_spec)
sys.modules["fit_main_weights"] = fit_script  # its dataclass looks its module up
_spec.loader.exec_module(fit_script)

FEATURES = fit_script.FEATURES


def _row(**values: float) -> list[float]:
    return [values.get(feature, 0.0) for feature in FEATURES]


def _story(rows: list[list[float]], right: set[int], starts: tuple[int, ...] | None = None) -> fit_script.Story:
    starts = starts or tuple(range(0, 10 * len(rows), 10))
    return fit_script.Story("set/d", numpy.array(rows, dtype=float), starts, frozenset(right))


@pytest.mark.parametrize(
    ("rows", "starts", "index"),
    [
        ([_row(mention=3), _row(first_in_title=1, mention=1)], (0, 10), 1),  # the title outweighs two mentions
        ([_row(mention=2), _row(mention=2)], (30, 10), 1),  # a tie: the first mentioned
        ([_row(lead_subject=1), _row(mention=8)], (0, 10), 1),  # many mentions outweigh the lead's subject
    ],
)
def test_pick_scores_as_main_organization(rows, starts, index):
    assert fit_script.pick(_story(rows, set(), starts), dict(ORG_WEIGHTS)) == index


def _gold_fact(subject: str, optional: bool = False) -> GoldFact:
    evidence = GoldEvidence(sentence="Brindle Foods said sales rose.")
    return GoldFact(doc_id="d", kind="event", subject=subject, predicate="said", evidence=evidence, optional=optional)


@pytest.mark.parametrize(
    ("subjects", "main"),
    [
        ([("Brindle Foods", False), ("Quillby", False), ("Brindle Foods", False)], "Brindle Foods"),
        ([("Quillby", True), ("Quillby", True), ("Brindle Foods", False)], "Brindle Foods"),  # optional: left out
        ([("Quillby", False), ("Halden", False)], "Quillby"),  # a tie: the first written
        ([("Quillby", True)], None),
    ],
)
def test_gold_main_is_the_most_frequent_required_subject(subjects, main):
    gold = GoldFile(doc_id="d", facts=[_gold_fact(s, optional) for s, optional in subjects])
    assert fit_script.gold_main(gold) == main


def _title_loses_stories(count: int) -> list[fit_script.Story]:
    """Stories whose right candidate is the lead's subject named thrice, against one named first in the title."""
    return [_story([_row(first_in_title=1, mention=1), _row(lead_subject=1, mention=3)], {1}) for _ in range(count)]


@pytest.mark.parametrize("fitter", ["pairwise", "listwise", "search"])
def test_fitters_learn_what_separates_the_right_candidate(fitter):
    stories = _title_loses_stories(6)
    fitted = fit_script.FITTERS[fitter](stories)
    assert fit_script.right_count(stories, dict(ORG_WEIGHTS)) == 0
    assert fit_script.right_count(stories, fitted) == 6
    assert fitted["mention"] == 1.0  # the unit


def test_search_keeps_weights_no_story_decides():
    stories = [_story([_row(first_in_title=1, mention=1), _row(mention=2)], {0}) for _ in range(3)]
    assert fit_script.fit_search(stories, dict(ORG_WEIGHTS)) == dict(ORG_WEIGHTS)


def test_folds_hold_each_story_out_once():
    stories = _title_loses_stories(23)
    folds = fit_script.folds_of(stories, 5)
    assert sorted(len(f) for f in folds) == [4, 4, 5, 5, 5]
    assert sorted(id(s) for f in folds for s in f) == sorted(id(s) for s in stories)


def _record(title_roles: list[str], right: list[int], values: list[float]) -> dict:
    """A traced story: each candidate "first" or "later" in the title or "" (neither), with `figures` values."""
    candidates = [
        (f"Org{i}", [], {"first_in_title": float(role == "first"), "in_title": float(role == "later"), "figures": v}, i)
        for i, (role, v) in enumerate(zip(title_roles, values, strict=True))
    ]
    return {"gold_main": "Org", "candidates": candidates, "right": right}


@pytest.mark.parametrize(
    ("record", "key"),
    [
        (_record(["first", "later"], [1], [0.0, 2.0]), ("later", "later>first")),
        (_record(["first", "later"], [0], [0.0, 2.0]), ("first", "later>first")),
        (_record(["first", "later", ""], [2], [1.0, 1.0, 5.0]), ("neither", "equal")),
        (_record(["first", "later", "later"], [2], [3.0, 0.0, 1.0]), ("later", "first>later")),
    ],
)
def test_title_pairs_split_by_which_is_right_and_the_feature(record, key):
    assert fit_script.title_pair_split([record], "figures") == {key: 1}


@pytest.mark.parametrize(
    "record",
    [
        _record(["first", ""], [0], [1.0, 0.0]),  # one organization in the title: no pair
        _record(["", ""], [1], [1.0, 0.0]),  # none in the title
        {**_record(["first", "later"], [], [1.0, 0.0]), "gold_main": None},  # no gold main
    ],
)
def test_title_pairs_leave_out_stories_without_a_pair(record):
    assert fit_script.title_pair_split([record], "figures") == {}
