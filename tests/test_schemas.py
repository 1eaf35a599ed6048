"""schemas/ must equal the JSON Schema of the models; facts validate against it."""

import json

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
