"""JSON Schema of the data contract, one stable file per model."""

from __future__ import annotations

import json
from pathlib import Path

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


def stale_schemas(directory: Path) -> list[str]:
    """Names of the schema files in `directory` that are missing, differ from the models or are left over."""
    generated = schema_files()
    directory = Path(directory)
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in directory.glob("*.json")} if directory.is_dir() else {}
    return sorted(name for name in set(generated) | set(on_disk) if generated.get(name) != on_disk.get(name))


def write_schemas(directory: Path) -> int:
    """Write every schema file to `directory` (created if missing), remove left-over ones; returns the count."""
    generated = schema_files()
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    for leftover in {p.name for p in directory.glob("*.json")} - set(generated):
        (directory / leftover).unlink()
    for name, text in generated.items():
        (directory / name).write_text(text, encoding="utf-8")
    return len(generated)
