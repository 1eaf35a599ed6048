"""schemas/ must equal the JSON Schema of the models; facts validate against it."""

import json

import pytest

from extractor.schemas import schema_files
from tests.conftest import ROOT


def test_schemas_directory_is_up_to_date():
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "schemas").glob("*.json")}
    assert on_disk == schema_files(), "schemas/ is stale: run `python scripts/export_schemas.py`"


def test_schemas_fact_schema_names_every_field():
    fact = json.loads((ROOT / "schemas" / "Fact.json").read_text(encoding="utf-8"))
    for field in (
        "doc_id",
        "fact_id",
        "kind",
        "subject",
        "predicate",
        "object",
        "value",
        "period",
        "as_of",
        "location",
        "comparison",
        "modality",
        "attributed_to",
        "evidence",
        "confidence",
    ):
        assert field in fact["properties"]
    assert fact["properties"]["subject"]["description"]


SHARED_CONTRACT = ROOT.parent / "shared" / "spec" / "FACTS.md"


@pytest.mark.skipif(not SHARED_CONTRACT.parent.parent.is_dir(), reason="../shared is absent (a clone)")
def test_schemas_docs_facts_is_the_shared_contract():
    """docs/FACTS.md is the repository's copy of the data contract; it must follow ../shared/spec/FACTS.md."""
    copy = (ROOT / "docs" / "FACTS.md").read_text(encoding="utf-8")
    assert copy == SHARED_CONTRACT.read_text(encoding="utf-8"), "docs/FACTS.md differs: copy ../shared/spec/FACTS.md"


def test_schemas_every_gold_file_validates_against_the_gold_schema():
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "GoldFile.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    files = sorted((ROOT / "corpus" / "gold").glob("*.json"))
    assert files
    for path in files:
        validator.validate(json.loads(path.read_text(encoding="utf-8")))
    typo = json.loads(files[0].read_text(encoding="utf-8")) | {"entitys": []}
    assert not validator.is_valid(typo), "the gold schema must refuse unknown fields, as the loader does"
