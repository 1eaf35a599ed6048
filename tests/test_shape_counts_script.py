"""scripts/shape_counts.py: the shape tests that flag facts worth reading, on invented facts."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "shape_counts.py"
_spec = importlib.util.spec_from_file_location("shape_counts", SCRIPT)
shape_counts = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(shape_counts)


def _fact(subject: str, predicate: str, sentence: str, kind: str = "metric") -> dict:
    return {"subject": subject, "predicate": predicate, "kind": kind, "evidence": {"sentence": sentence}}


@pytest.mark.parametrize(
    "predicate, sentence, flagged",
    [
        ("tall order", "TALL ORDER Quarterly shipments of Brindle printers fell to 2.1 million units.", True),
        ("printer shipments", "TALL ORDER Quarterly shipments of Brindle printers fell to 2.1 million units.", False),
        ("margin", "MARGIN SQUEEZE, COSTS UP Gross margin at Tovell narrowed to 31 percent.", True),
        ("gross margin", "Gross margin at Tovell narrowed to 31 percent in March.", False),  # no heading
        ("u.s. sales", "U.S. sales at Tovell rose 4 percent.", False),  # "U.S." opens the sentence, no heading
    ],
)
def test_heading_predicate(predicate, sentence, flagged):
    assert shape_counts.heading_predicate(_fact("Tovell", predicate, sentence)) is flagged


@pytest.mark.parametrize(
    "subject, flagged",
    [("Carrow's", True), ("Carrow\u2019s", True), ("Carrow", False), ("Carrows", False)],
)
def test_possessive_subject(subject, flagged):
    assert shape_counts.possessive_subject(_fact(subject, "revenue", "Carrow's revenue rose.")) is flagged


@pytest.mark.parametrize(
    "predicate, sentence, kind, flagged",
    [
        ("revenue", "Hiring at Pelton grew 12 percent to 8,300 people.", "change", True),
        ("hiring", "Hiring at Pelton grew 12 percent to 8,300 people.", "change", False),
        ("sales in europe", "Sales rose 3 percent in Europe and 5 percent in Asia.", "change", False),
        ("share price", "Pelton gained 4 percent on Friday.", "change", False),  # named by rule, not by its words
        ("chief executive", "Chief Executive Ana Rolt said demand was firm.", "role", False),  # not a measure
    ],
)
def test_carried_predicate(predicate, sentence, kind, flagged):
    assert shape_counts.carried_predicate(_fact("Pelton", predicate, sentence, kind)) is flagged


@pytest.mark.parametrize(
    "subject, sentence, flagged",
    [
        ("Harlan Foods", "Norwick shares rose 2 percent, while Harlan slipped 1 percent.", True),
        ("Norwick", "Norwick shares rose 2 percent, while Harlan slipped 1 percent.", False),
        ("Norwick Group", "Norwick's stock closed 3 percent higher.", False),  # the short form of the subject
        ("Harlan Foods", "The shares of the grocer fell 2 percent.", False),  # no name before "shares"
        ("Harlan Foods", "European shares fell 2 percent.", False),  # a market, not a holder
    ],
)
def test_named_shares_elsewhere(subject, sentence, flagged):
    assert shape_counts.named_shares_elsewhere(_fact(subject, "share price", sentence, "change")) is flagged


def test_split_names_pairs_a_short_form_with_its_long_form_only():
    facts = [_fact(s, "revenue", "x") for s in ("Delmar", "Delmar Foods", "Delmarco", "Vantis")]
    assert shape_counts.split_names(facts) == [("Delmar", "Delmar Foods")]


def test_count_shapes_counts_facts_and_documents_and_keeps_examples():
    heading = _fact("Tovell", "tall order", "TALL ORDER Shipments of Tovell printers fell to 2 million.")
    plain = _fact("Tovell", "printer shipments", "Shipments of Tovell printers fell to 2 million.")
    lines = [
        json.dumps({"document": {"doc_id": "a"}, "facts": [heading, heading, plain]}),
        json.dumps({"document": {"doc_id": "b"}, "facts": [heading, _fact("Tovell Group", "revenue", "x")]}),
        json.dumps({"document": {"doc_id": "c"}, "facts": [plain, _fact("Tovell", "revenue", "Revenue fell.")]}),
        "",
    ]
    counts = shape_counts.count_shapes(lines, examples=1)
    assert counts["heading word in predicate"]["facts"] == 3
    assert counts["heading word in predicate"]["documents"] == 2
    assert counts["heading word in predicate"]["examples"] == [
        ("a", "Tovell", "tall order", heading["evidence"]["sentence"])
    ]
    assert counts["short and long subject in one story"]["documents"] == 1
    assert "possessive subject" not in counts


@pytest.mark.parametrize(
    "predicate, sentence, flagged",
    [
        ("revenue per share", "Brokers had penciled in 41 cents a share.", True),
        ("earnings per share", "Brokers had penciled in 41 cents a share.", False),  # named by rule
        ("offer price per share", "Rolt raised its bid to $12 a share.", False),  # a deal term
        ("dividend per share", "The dividend rises to 30 cents a share.", False),  # written
    ],
)
def test_carried_per_share(predicate, sentence, flagged):
    assert shape_counts.carried_per_share(_fact("Pelton", predicate, sentence)) is flagged


@pytest.mark.parametrize(
    "predicate, sentence, flagged",
    [
        ("remaining operations", "Pelton sees net income from remaining operations of $2 a share.", True),
        ("items per share", "Pelton earned, excluding items, 40 cents a share.", True),
        ("earnings per share", "Pelton sees net income from remaining operations of $2 a share.", False),
        ("revenue", "Revenue from its lamp unit rose 4 percent.", False),  # the measure comes before the qualifier
    ],
)
def test_qualifier_predicate(predicate, sentence, flagged):
    assert shape_counts.qualifier_predicate(_fact("Pelton", predicate, sentence)) is flagged
