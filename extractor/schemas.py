"""JSON Schema of the data contract, one stable file per model."""

from __future__ import annotations

import json

from extractor.eval.gold import GoldFile
from extractor.models import Document, Entity, Evidence, Extraction, Fact, Period, Quantity

EXPORTED = (Document, Fact, Quantity, Period, Evidence, Entity, Extraction, GoldFile)


def schema_files() -> dict[str, str]:
    """{filename: JSON text} for every exported model."""
    return {
        f"{model.__name__}.json": json.dumps(model.model_json_schema(), ensure_ascii=False, indent=2, sort_keys=True)
        + "\n"
        for model in EXPORTED
    }
