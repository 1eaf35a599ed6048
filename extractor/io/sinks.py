"""Where a batch run writes: SQLite, a JSONL directory or a Parquet directory.

A batch run hands a sink the outcomes of one batch of documents at a time (`write_many`); the
sink commits them at once, one fsync per batch rather than per document, and in such a way that a
run killed at any moment leaves only whole documents behind and can start again where it stopped:

- SQLite: one transaction per batch.
- JSONL: the batch's lines are appended and fsynced, then one line per document in
  `manifest.jsonl` records the new end of every file; on open, anything past the last recorded
  end (a half-written document, a torn line) is truncated away.
- Parquet (`parquet_sink.py`): documents are buffered into chunks; each chunk becomes one part file per table,
  written under a temporary name, fsynced and renamed, and only then listed in
  `_manifest.jsonl`; on open, part files the manifest does not list are deleted.

A document processed again (changed content, a new extractor version, `--force`) replaces
its earlier rows: SQLite deletes them in the same transaction; the file sinks mark them
superseded in the manifest and compact the files when the run closes.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from extractor.models import Document

DATA_TABLES = ("documents", "facts", "entities", "errors")


class SinkError(Exception):
    """The output cannot be opened or is not a sink this version wrote; the message says why."""


@dataclass(frozen=True)
class DocumentRecord:
    """One extracted document: facts and entities as the JSON of their models."""

    source: str
    document: Document
    content_hash: str
    version: str
    facts: list[str]
    entities: list[str]


@dataclass(frozen=True)
class ErrorRecord:
    """One input that failed: at `read` (unreadable, too large, duplicate id) or at `extract`."""

    source: str
    doc_id: str | None
    content_hash: str | None
    version: str
    stage: str
    reason: str


@dataclass(frozen=True)
class Known:
    """What the sink holds for a document id or an error source."""

    content_hash: str | None
    version: str
    reason: str | None = None
    stage: str | None = None


class Sink(Protocol):
    def known_document(self, doc_id: str) -> Known | None: ...
    def known_error(self, source: str) -> Known | None: ...
    def write(self, record: DocumentRecord | ErrorRecord) -> None: ...
    def write_many(self, records: Sequence[DocumentRecord | ErrorRecord]) -> None: ...
    def close(self) -> None: ...


def open_sink(path: Path, *, chunk_size: int = 500) -> Sink:
    """The sink for `path`, by suffix: .sqlite/.db, .parquet, or none for a JSONL directory."""
    suffix = path.suffix.lower()
    if suffix in (".sqlite", ".db"):
        return SqliteSink(path)
    if suffix == ".parquet":
        from extractor.io.parquet_sink import ParquetSink  # pyarrow is imported only for a Parquet sink

        return ParquetSink(path, chunk_size=chunk_size)
    if suffix == "":
        return JsonlSink(path)
    raise SinkError(f"unknown output type {suffix!r}: use .sqlite or .db, .parquet, or a directory name without suffix")


# ---- rows shared by the sinks -------------------------------------------------------------


def document_row(record: DocumentRecord) -> dict:
    document = record.document
    return {
        "doc_id": document.doc_id,
        "source": record.source,
        "content_hash": record.content_hash,
        "extractor_version": record.version,
        "title": document.title,
        "published": document.published.isoformat() if document.published else None,
        "n_facts": len(record.facts),
        "text": document.text,
    }


# The facts table: one column per scalar field of Fact and of its Quantity (name, SQLite type, Arrow
# type), so that a query never has to open the json column to tell a fall of 2 percent from a rise.
FACT_COLUMNS = (
    ("doc_id", "TEXT NOT NULL", "string"),
    ("position", "INTEGER NOT NULL", "int32"),
    ("fact_id", "TEXT", "string"),
    ("kind", "TEXT NOT NULL", "string"),
    ("subject", "TEXT NOT NULL", "string"),
    ("predicate", "TEXT NOT NULL", "string"),
    ("object", "TEXT", "string"),
    ("modality", "TEXT", "string"),
    ("amount", "REAL", "float64"),
    ("unit", "TEXT", "string"),
    ("counted", "TEXT", "string"),
    ("direction", "TEXT", "string"),
    ("bound", "TEXT", "string"),
    ("approximate", "INTEGER", "bool_"),
    ("low", "REAL", "float64"),
    ("high", "REAL", "float64"),
    ("surface", "TEXT", "string"),
    ("period_label", "TEXT", "string"),
    ("period_start", "TEXT", "date32"),
    ("period_end", "TEXT", "date32"),
    ("as_of", "TEXT", "date32"),
    ("location", "TEXT", "string"),
    ("comparison", "TEXT", "string"),
    ("comparison_start", "TEXT", "date32"),
    ("comparison_end", "TEXT", "date32"),
    ("attributed_to", "TEXT", "string"),
    ("confidence", "REAL", "float64"),
    ("evidence_start", "INTEGER", "int64"),
    ("evidence_end", "INTEGER", "int64"),
    ("json", "TEXT NOT NULL", "string"),
)
QUANTITY_FIELDS = ("amount", "unit", "counted", "direction", "bound", "approximate", "low", "high", "surface")
FACT_FIELDS = ("fact_id", "kind", "subject", "predicate", "object", "modality", "as_of", "location", "attributed_to")


def fact_row(doc_id: str, position: int, fact_json: str) -> dict:
    fact = json.loads(fact_json)
    value = fact.get("value") or {}
    period = fact.get("period") or {}
    comparison = fact.get("comparison")
    compared_period = comparison if isinstance(comparison, dict) else {}
    evidence = fact.get("evidence") or {}
    return {
        "doc_id": doc_id,
        "position": position,
        **{name: fact.get(name) for name in FACT_FIELDS},
        **{name: value.get(name) for name in QUANTITY_FIELDS},
        "period_label": period.get("label"),
        "period_start": period.get("start"),
        "period_end": period.get("end"),
        "comparison": compared_period.get("label") if compared_period else comparison,
        "comparison_start": compared_period.get("start"),
        "comparison_end": compared_period.get("end"),
        "confidence": fact.get("confidence"),
        "evidence_start": evidence.get("start"),
        "evidence_end": evidence.get("end"),
        "json": fact_json,
    }


def entity_row(doc_id: str, position: int, entity_json: str) -> dict:
    entity = json.loads(entity_json)
    return {"doc_id": doc_id, "position": position, "label": entity["label"], "name": entity["name"]}


def error_row(record: ErrorRecord) -> dict:
    return {
        "source": record.source,
        "doc_id": record.doc_id,
        "content_hash": record.content_hash,
        "extractor_version": record.version,
        "stage": record.stage,
        "reason": record.reason,
    }


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _valid_manifest_lines(path: Path) -> tuple[list[dict], int]:
    """The manifest's complete JSON lines and the byte length they cover; a torn tail is not counted."""
    if not path.exists():
        return [], 0
    data = path.read_bytes()
    entries, good = [], 0
    while good < len(data):
        newline = data.find(b"\n", good)
        if newline < 0:
            break
        try:
            entries.append(json.loads(data[good:newline]))
        except json.JSONDecodeError:
            break
        good = newline + 1
    return entries, good


def _truncate(path: Path, length: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(length)
        handle.flush()
        os.fsync(handle.fileno())


# ---- SQLite --------------------------------------------------------------------------------

SQLITE_SCHEMA_TEMPLATE = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, content_hash TEXT NOT NULL,
    extractor_version TEXT NOT NULL, title TEXT, published TEXT, n_facts INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS facts ({fact_columns}, PRIMARY KEY (doc_id, position));
CREATE TABLE IF NOT EXISTS entities (
    doc_id TEXT NOT NULL, position INTEGER NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (doc_id, position));
CREATE TABLE IF NOT EXISTS errors (
    source TEXT PRIMARY KEY, doc_id TEXT, content_hash TEXT, extractor_version TEXT NOT NULL,
    stage TEXT NOT NULL, reason TEXT NOT NULL);
"""


SQLITE_SCHEMA = SQLITE_SCHEMA_TEMPLATE.replace(
    "{fact_columns}", ", ".join(f"{name} {kind}" for name, kind, _ in FACT_COLUMNS)
)


class SqliteSink:
    """Tables documents, facts, entities and errors; one transaction per batch of records."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None)
            # WAL lets a reader (a progress poll, an analyst) look while the run writes;
            # synchronous=FULL makes each commit durable before the next batch starts.
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.executescript(SQLITE_SCHEMA)
            self._add_missing_fact_columns()
        except sqlite3.DatabaseError as exc:
            raise SinkError(f"cannot open SQLite database: {exc}") from None

    def _add_missing_fact_columns(self) -> None:
        """A database written before a column existed gets it (empty until its documents are redone)."""
        present = {row[1] for row in self.conn.execute("PRAGMA table_info(facts)")}
        for name, kind, _ in FACT_COLUMNS:
            if name not in present:
                self.conn.execute(f"ALTER TABLE facts ADD COLUMN {name} {kind.replace(' NOT NULL', '')}")

    def known_document(self, doc_id: str) -> Known | None:
        row = self.conn.execute(
            "SELECT content_hash, extractor_version FROM documents WHERE doc_id = ?", (doc_id,)
        ).fetchone()
        return Known(row[0], row[1]) if row else None

    def known_error(self, source: str) -> Known | None:
        row = self.conn.execute(
            "SELECT content_hash, extractor_version, reason, stage FROM errors WHERE source = ?", (source,)
        ).fetchone()
        return Known(*row) if row else None

    def _delete_document(self, doc_id: str) -> None:
        for table in ("facts", "entities", "documents"):
            self.conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))

    def write(self, record: DocumentRecord | ErrorRecord) -> None:
        self.write_many([record])

    def write_many(self, records: Sequence[DocumentRecord | ErrorRecord]) -> None:
        """The records in order, in one transaction: all of them are in the database, or none."""
        if not records:
            return
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for record in records:
                self._apply(record)
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def _apply(self, record: DocumentRecord | ErrorRecord) -> None:
        conn = self.conn
        conn.execute("DELETE FROM errors WHERE source = ?", (record.source,))
        if isinstance(record, ErrorRecord):
            if record.doc_id is not None and record.stage == "extract":
                self._delete_document(record.doc_id)
            _insert(conn, "errors", [error_row(record)])
        else:
            doc_id = record.document.doc_id
            self._delete_document(doc_id)
            _insert(conn, "documents", [document_row(record)])
            _insert(conn, "facts", [fact_row(doc_id, i, f) for i, f in enumerate(record.facts)])
            _insert(conn, "entities", [entity_row(doc_id, i, e) for i, e in enumerate(record.entities)])

    def close(self) -> None:
        self.conn.close()


def _insert(conn: sqlite3.Connection, table: str, rows: list[dict]) -> None:
    if not rows:
        return
    columns = list(rows[0])
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.executemany(sql, [tuple(row[c] for c in columns) for row in rows])


# ---- file sinks: the manifest's view of what is live --------------------------------------


@dataclass
class _Live:
    """Replays manifest entries: which entry holds each document id and each error source."""

    documents: dict[str, int] = field(default_factory=dict)
    errors: dict[str, int] = field(default_factory=dict)
    entries: list[dict] = field(default_factory=list)
    superseded: set[int] = field(default_factory=set)

    def add(self, entry: dict) -> int:
        index = len(self.entries)
        self.entries.append(entry)
        previous = self.errors.pop(entry["source"], None)
        if previous is not None:
            self.superseded.add(previous)
        doc_id = entry.get("doc_id")
        if doc_id is not None and (entry["kind"] == "document" or entry.get("stage") == "extract"):
            previous = self.documents.pop(doc_id, None)
            if previous is not None:
                self.superseded.add(previous)
        if entry["kind"] == "document":
            self.documents[doc_id] = index
        else:
            self.errors[entry["source"]] = index
        return index

    def known_document(self, doc_id: str) -> Known | None:
        index = self.documents.get(doc_id)
        if index is None:
            return None
        entry = self.entries[index]
        return Known(entry["content_hash"], entry["version"])

    def known_error(self, source: str) -> Known | None:
        index = self.errors.get(source)
        if index is None:
            return None
        entry = self.entries[index]
        return Known(entry["content_hash"], entry["version"], entry["reason"], entry["stage"])


def _entry(record: DocumentRecord | ErrorRecord) -> dict:
    if isinstance(record, DocumentRecord):
        return {
            "kind": "document",
            "source": record.source,
            "doc_id": record.document.doc_id,
            "content_hash": record.content_hash,
            "version": record.version,
        }
    return {
        "kind": "error",
        "source": record.source,
        "doc_id": record.doc_id,
        "content_hash": record.content_hash,
        "version": record.version,
        "stage": record.stage,
        "reason": record.reason,
    }


# ---- JSONL directory ----------------------------------------------------------------------


def _record_lines(record: DocumentRecord | ErrorRecord) -> dict[str, bytes]:
    """The bytes a record adds to each data file, table by table in DATA_TABLES order."""
    lines: dict[str, list[str]] = {table: [] for table in DATA_TABLES}
    if isinstance(record, DocumentRecord):
        lines["documents"].append(json.dumps(document_row(record), ensure_ascii=False))
        lines["facts"].extend(record.facts)
        lines["entities"].extend(record.entities)
    else:
        lines["errors"].append(json.dumps(error_row(record), ensure_ascii=False))
    return {table: "".join(line + "\n" for line in table_lines).encode("utf-8") for table, table_lines in lines.items()}


class JsonlSink:
    """documents.jsonl, facts.jsonl, entities.jsonl, errors.jsonl and manifest.jsonl in one directory.

    Each manifest line ends with `"ends"`: the byte length of every data file once that
    document was written. A batch's manifest lines are appended only after its data is fsynced.
    """

    MANIFEST = "manifest.jsonl"

    def __init__(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise SinkError("exists and is not a directory (a JSONL sink is a directory)")
        path.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._finish_compaction()
        self.live = _Live()
        entries, length = _valid_manifest_lines(path / self.MANIFEST)
        manifest = path / self.MANIFEST
        if manifest.exists() and manifest.stat().st_size != length:
            _truncate(manifest, length)
        ends = entries[-1]["ends"] if entries else [0] * len(DATA_TABLES)
        for table, end in zip(DATA_TABLES, ends, strict=True):
            file = path / f"{table}.jsonl"
            size = file.stat().st_size if file.exists() else 0
            if size < end:
                raise SinkError(f"{file.name} is shorter than its manifest says; it was changed outside a run")
            if size > end:
                _truncate(file, end)  # a document that was being written when the run died
        self.starts: list[list[int]] = []
        previous = [0] * len(DATA_TABLES)
        for entry in entries:
            self.live.add(entry)
            self.starts.append(previous)
            previous = entry["ends"]
        self.files = {table: (path / f"{table}.jsonl").open("ab") for table in DATA_TABLES}
        self.manifest = manifest.open("ab")

    def known_document(self, doc_id: str) -> Known | None:
        return self.live.known_document(doc_id)

    def known_error(self, source: str) -> Known | None:
        return self.live.known_error(source)

    def write(self, record: DocumentRecord | ErrorRecord) -> None:
        self.write_many([record])

    def write_many(self, records: Sequence[DocumentRecord | ErrorRecord]) -> None:
        """Append the records' lines to the data files, fsync them, then one manifest line per record
        (with the file ends after it) and fsync that: one fsync per file for the whole batch."""
        if not records:
            return
        ends = [self.files[table].tell() for table in DATA_TABLES]
        chunks: dict[str, list[bytes]] = {table: [] for table in DATA_TABLES}
        entries, starts = [], []
        for record in records:
            starts.append(ends)
            ends = list(ends)
            for position, (table, data) in enumerate(_record_lines(record).items()):
                chunks[table].append(data)
                ends[position] += len(data)
            entries.append({**_entry(record), "ends": ends})
        for table, table_chunks in chunks.items():
            if any(table_chunks):
                handle = self.files[table]
                handle.write(b"".join(table_chunks))
                handle.flush()
                os.fsync(handle.fileno())
        self.manifest.write(b"".join((json.dumps(e, ensure_ascii=False) + "\n").encode("utf-8") for e in entries))
        self.manifest.flush()
        os.fsync(self.manifest.fileno())
        for entry, start in zip(entries, starts, strict=True):
            self.live.add(entry)
            self.starts.append(start)

    def close(self) -> None:
        for handle in [*self.files.values(), self.manifest]:
            handle.close()
        if self.live.superseded:
            self._compact()

    def _compact(self) -> None:
        """Rewrite the files without superseded entries; a marker file makes the swap roll forward."""
        live = sorted(set(range(len(self.live.entries))) - self.live.superseded)
        sources = {table: (self.path / f"{table}.jsonl").open("rb") for table in DATA_TABLES}
        targets = {table: (self.path / f"{table}.jsonl.compact").open("wb") for table in DATA_TABLES}
        manifest = (self.path / "manifest.jsonl.compact").open("wb")
        try:
            for index in live:
                entry = dict(self.live.entries[index])
                for position, table in enumerate(DATA_TABLES):
                    start, end = self.starts[index][position], entry["ends"][position]
                    sources[table].seek(start)
                    targets[table].write(sources[table].read(end - start))
                entry["ends"] = [targets[table].tell() for table in DATA_TABLES]
                manifest.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
            for handle in [*targets.values(), manifest]:
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            for handle in [*sources.values(), *targets.values(), manifest]:
                handle.close()
        # From here on the compacted files are complete: the marker says "roll forward".
        os.replace(self.path / "manifest.jsonl.compact", self.path / "manifest.jsonl.commit")
        _fsync_dir(self.path)
        self._finish_compaction()

    def _finish_compaction(self) -> None:
        marker = self.path / "manifest.jsonl.commit"
        if marker.exists():
            for table in DATA_TABLES:
                compacted = self.path / f"{table}.jsonl.compact"
                if compacted.exists():
                    os.replace(compacted, self.path / f"{table}.jsonl")
            os.replace(marker, self.path / self.MANIFEST)
            _fsync_dir(self.path)
        for leftover in self.path.glob("*.compact"):
            leftover.unlink()  # an unfinished compaction: the old files are still whole
