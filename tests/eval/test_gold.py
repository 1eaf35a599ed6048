"""Gold files are strict and apart from predictions (extractor.eval.gold)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from extractor.eval.gold import GoldError, GoldEvidence, GoldFact, is_optional, load_gold_dir
from extractor.models import Evidence, Fact

GOLD_DIR = Path(__file__).resolve().parents[2] / "corpus" / "gold"

GOLD_FACT = {
    "doc_id": "a",
    "kind": "metric",
    "subject": "Orvane Freight",
    "predicate": "revenue",
    "value": {"amount": 12.5, "unit": "USD", "surface": "$12.5"},
    "evidence": {"sentence": "Orvane Freight said revenue reached $12.5."},
}


def write_gold(folder: Path, record: dict) -> Path:
    path = folder / "a.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def test_gold_every_corpus_file_loads():
    gold = load_gold_dir(GOLD_DIR)
    assert sorted(gold) == sorted(path.stem for path in GOLD_DIR.glob("*.json"))
    assert all(record.facts for record in gold.values())


@pytest.mark.parametrize(
    ("record", "where"),
    [
        ({"doc_id": "a", "facts": [], "entitys": []}, r"a\.json: entitys: Extra inputs"),
        ({"doc_id": "a", "facts": [GOLD_FACT | {"optinal": True}]}, r"a\.json: facts\.0\.optinal: Extra inputs"),
        (
            {"doc_id": "a", "facts": [GOLD_FACT | {"value": GOLD_FACT["value"] | {"units": "EUR"}}]},
            r"a\.json: facts\.0\.value\.units: Extra inputs",
        ),
        (
            {"doc_id": "a", "facts": [GOLD_FACT | {"evidence": {"sentense": "x"}}]},
            r"a\.json: facts\.0\.evidence\.sentence: Field required",
        ),
        (
            {"doc_id": "a", "facts": [], "entities": [{"label": "ORG", "name": "Orvane", "alias": ["OVF"]}]},
            r"a\.json: entities\.0\.alias: Extra inputs",
        ),
    ],
)
def test_gold_a_typo_is_an_error_naming_file_and_field(tmp_path, record, where):
    write_gold(tmp_path, record)
    with pytest.raises(GoldError, match=where):
        load_gold_dir(tmp_path)


def test_gold_may_leave_out_ids_and_offsets_but_predictions_may_not():
    gold = GoldFact.model_validate(GOLD_FACT)
    assert gold.fact_id is None and gold.evidence.start is None and not gold.optional
    with pytest.raises(ValidationError, match="fact_id"):
        Fact.model_validate(GOLD_FACT)
    with pytest.raises(ValidationError, match="start"):
        Evidence(sentence="Revenue rose.")
    assert GoldEvidence(sentence="Revenue rose.").end is None


def test_gold_optional_is_a_gold_field_only():
    with pytest.raises(ValidationError, match="optional"):
        Fact.model_validate(GOLD_FACT | {"fact_id": "f1", "optional": True})
    gold = GoldFact.model_validate(GOLD_FACT | {"optional": True})
    assert is_optional(gold)
    prediction = Fact.model_validate(
        GOLD_FACT | {"fact_id": "f1", "evidence": {"sentence": "Revenue rose.", "start": 0, "end": 13}}
    )
    assert not is_optional(prediction)


def test_gold_offsets_when_given_must_span_the_sentence():
    with pytest.raises(ValidationError, match="do not span"):
        GoldEvidence(sentence="Revenue rose.", start=0, end=4)
