"""scripts/fit_subject_weights.py: choosing, fitting and matching candidates to gold, on invented inputs."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from extractor.eval.gold import GoldEntity, GoldEvidence, GoldFact, GoldFile
from extractor.models import Evidence, Fact, Quantity

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "fit_subject_weights.py"
_spec = importlib.util.spec_from_file_location("fit_subject_weights", SCRIPT)
fit_script = importlib.util.module_from_spec(_spec)
sys.modules["fit_subject_weights"] = fit_script  # its dataclass looks its module up
_spec.loader.exec_module(fit_script)

SENTENCE = "Tarrow Mills said sales at its Ostwick arm rose 8 percent."


def _example(candidates: list[tuple[str, str]], correct: set[int]) -> fit_script.Example:
    return fit_script.Example("set", "d", 0, tuple(candidates), frozenset(correct))


@pytest.mark.parametrize(
    ("candidates", "weights", "index"),
    [
        ([("a", "X"), ("b", "Y")], {"a": 1.0, "b": 2.0}, 1),
        ([("a", "X"), ("b", "Y")], {"a": 2.0, "b": 2.0}, 0),  # a tie: the first found
        ([("a", "X"), ("b", "Y")], {"a": 0.0, "b": 1.0}, 1),  # weight 0 is off
        ([("a", "X")], {"a": 0.0}, None),
    ],
)
def test_chosen_index(candidates, weights, index):
    assert fit_script.chosen_index(candidates, weights) == index


def test_fit_moves_a_feature_only_for_a_gain():
    """Three examples want "at" over "default"; one wants the reverse: "at" moves up, "other" stays."""
    examples = [_example([("default", "Brindle"), ("at", "Quillby")], {1}) for _ in range(3)]
    examples.append(_example([("default", "Brindle"), ("at", "Halden")], {0}))
    examples.append(_example([("other", "Halden")], {0}))  # one feature only: no weight decides it
    start = {"default": 1.0, "at": 0.5, "other": 3.0}
    fitted = fit_script.fit(examples, start)
    assert fitted["at"] > fitted["default"]
    assert fitted["other"] == 3.0
    assert fit_script.correct_count(examples, fitted) == 4
    assert fit_script.fit(examples, start, min_gain=3) == start


def _fact(subject: str, amount: float, doc_id: str = "d") -> Fact:
    value = Quantity(amount=amount, unit="percent", surface=f"{amount:g} percent")
    return Fact(
        doc_id=doc_id,
        fact_id="f",
        kind="change",
        subject=subject,
        predicate="sales",
        value=value,
        evidence=Evidence(sentence=SENTENCE, start=0, end=len(SENTENCE)),
    )


def _gold(subject: str, amount: float) -> GoldFile:
    fact = GoldFact(
        **_fact(subject, amount).model_dump(exclude={"evidence", "fact_id"}), evidence=GoldEvidence(sentence=SENTENCE)
    )
    entity = GoldEntity(label="ORG", name="Ostwick Fabrics", aliases=["Ostwick"])
    return GoldFile(doc_id="d", facts=[fact], entities=[entity])


@pytest.mark.parametrize(
    ("gold_subject", "amount", "correct"),
    [
        ("Ostwick Fabrics", 8.0, {1}),  # the candidate writes the gold entity's alias
        ("tarrow mills", 8.0, {0}),  # case does not count
        ("Halden", 8.0, set()),  # no candidate names the gold subject
        ("Tarrow Mills", 9.0, set()),  # another value: no gold fact to learn from
    ],
)
def test_trace_record_uses_the_eval_matching(gold_subject, amount, correct):
    candidates = (("clause_subject", "Tarrow Mills"), ("at_holder", "Ostwick"))
    assert fit_script.trace_record(candidates, _fact("Tarrow Mills", 8.0), _gold(gold_subject, amount)) == correct


def test_examples_of_skips_a_subject_replaced_later():
    fact = _fact("Tarrow Mills", 8.0)
    choice = {"sentence_start": 0, "surface": "8 percent", "candidates": [["at_holder", "Ostwick"]]}
    record = {"set": "s", "doc_id": "d", "facts": [fact.model_dump(mode="json")]}
    replaced = record | {"choices": [choice | {"chosen": "Ostwick"}]}  # a later rule gave the fact another subject
    kept = record | {"choices": [choice | {"chosen": "Tarrow Mills"}, choice | {"chosen": "Tarrow Mills"}]}
    kept["choices"][-1]["candidates"] = [["clause_subject", "Tarrow Mills"], ["at_holder", "Ostwick"]]
    assert fit_script.examples_of(replaced, _gold("Ostwick Fabrics", 8.0)) == []
    (example,) = fit_script.examples_of(kept, _gold("Ostwick Fabrics", 8.0))  # the last choice for the figure
    assert example.correct == frozenset({1})


def test_weights_file_round_trip(tmp_path):
    path = tmp_path / "weights.tsv"
    path.write_text("# header\nlight\t1\ta note\nheavy\t5\tanother note\n", encoding="utf-8")
    weights, notes = fit_script.read_weights(path)
    fit_script.write_weights({**weights, "light": 6.0}, notes, path)
    assert path.read_text(encoding="utf-8") == "# header\nlight\t6\ta note\nheavy\t5\tanother note\n"


@pytest.mark.parametrize(
    ("gold_subject", "candidates", "where"),
    [
        ("Halden", [["default", "Tarrow Mills"]], "elsewhere"),  # the sentence never names the gold subject
        ("Ostwick Fabrics", [["default", "Tarrow Mills"]], "in sentence"),  # written by its alias "Ostwick"
        ("Tarrow Mills", [["default", "Tarrow Mills"]], None),  # right: not a miss
        ("Ostwick Fabrics", [["default", "Tarrow Mills"], ["at_holder", "Ostwick"]], None),  # a candidate names it
    ],
)
def test_missing_rows_keep_only_facts_no_candidate_names(gold_subject, candidates, where):
    fact = _fact("Tarrow Mills", 8.0)
    choice = {"sentence_start": 0, "surface": "8 percent", "candidates": candidates, "chosen": "Tarrow Mills"}
    record = {"set": "s", "doc_id": "d", "facts": [fact.model_dump(mode="json")], "choices": [choice]}
    rows = fit_script.missing_rows(record, _gold(gold_subject, 8.0), {"default": 1.0, "at_holder": 4.8})
    assert [row["where"] for row in rows] == ([where] if where else [])
    assert all(row["feature"] == "default" and row["label"] == "ORG" for row in rows if where == "in sentence")


@pytest.mark.parametrize(
    ("gold_subject", "candidates", "chosen", "expected"),
    [
        ("Tarrow Mills", [["default", "Tarrow Mills"]], "Tarrow Mills", ("right", "default")),
        # the gold subject is named by a candidate that is on, or by one whose feature is off (weight 0)
        ("Ostwick Fabrics", [["default", "Ostwick"], ["at_holder", "Tarrow Mills"]], "Tarrow Mills", "loses"),
        ("Ostwick Fabrics", [["default", "Tarrow Mills"], ["near_org", "Ostwick"]], "Tarrow Mills", "off"),
        ("Halden", [["default", "Tarrow Mills"]], "Tarrow Mills", ("no candidate", "default")),
        ("Halden", [["default", "Halden"]], "Halden", ("replaced later", None)),  # a later rule changed the subject
    ],
)
def test_outcome_names_what_happened_to_each_matched_subject(gold_subject, candidates, chosen, expected):
    fact = _fact("Tarrow Mills", 8.0)
    choice = {"sentence_start": 0, "surface": "8 percent", "candidates": candidates, "chosen": chosen}
    record = {"set": "s", "doc_id": "d", "facts": [fact.model_dump(mode="json")], "choices": [choice]}
    weights = {"default": 1.0, "at_holder": 4.8, "near_org": 0.0}
    found = fit_script.outcome(record, _gold(gold_subject, 8.0), weights)
    named = {"loses": ("candidate loses", "at_holder"), "off": ("only an off candidate", "default")}
    assert found == [named.get(expected, expected)]
    assert fit_script.outcome(record, _gold(gold_subject, 9.0), weights) == []  # no gold fact of the same value
