"""Where a batch run writes: SQLite, a JSONL directory or a Parquet directory.

Every sink commits one document (or one error) at a time, so that a run killed at any
moment leaves only whole documents behind and can start again where it stopped:

- SQLite: one transaction per document.
- JSONL: a document's lines are appended and fsynced, then one line in `manifest.jsonl`
  records the new end of every file; on open, anything past the last recorded end (a
  half-written document, a torn line) is truncated away.
- Parquet: documents are buffered into chunks; each chunk becomes one part file per table,
  written under a temporary name, fsynced and renamed, and only then listed in
  `_manifest.jsonl`; on open, part files the manifest does not list are deleted.

A document processed again (changed content, a new extractor version, `--force`) replaces
its earlier rows: SQLite deletes them in the same transaction; the file sinks mark them
superseded in the manifest and compact the files when the run closes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
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
    def close(self) -> None: ...


def open_sink(path: Path, *, chunk_size: int = 500) -> Sink:
    """The sink for `path`, by suffix: .sqlite/.db, .parquet, or none for a JSONL directory."""
    suffix = path.suffix.lower()
    if suffix in (".sqlite", ".db"):
        return SqliteSink(path)
    if suffix == ".parquet":
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
    """Tables documents, facts, entities and errors; one transaction per document."""

    def __init__(self, path: Path) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None)
            # WAL lets a reader (a progress poll, an analyst) look while the run writes;
            # synchronous=FULL makes each commit durable before the next document starts.
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
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
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
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

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


class JsonlSink:
    """documents.jsonl, facts.jsonl, entities.jsonl, errors.jsonl and manifest.jsonl in one directory.

    Each manifest line ends with `"ends"`: the byte length of every data file once that
    document was written. The manifest line is appended only after the data is fsynced.
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
        lines: dict[str, list[str]] = {table: [] for table in DATA_TABLES}
        if isinstance(record, DocumentRecord):
            lines["documents"].append(json.dumps(document_row(record), ensure_ascii=False))
            lines["facts"].extend(record.facts)
            lines["entities"].extend(record.entities)
        else:
            lines["errors"].append(json.dumps(error_row(record), ensure_ascii=False))
        starts = [self.files[table].tell() for table in DATA_TABLES]
        for table, table_lines in lines.items():
            if table_lines:
                handle = self.files[table]
                handle.write("".join(line + "\n" for line in table_lines).encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
        entry = _entry(record)
        entry["ends"] = [self.files[table].tell() for table in DATA_TABLES]
        self.manifest.write((json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8"))
        self.manifest.flush()
        os.fsync(self.manifest.fileno())
        self.live.add(entry)
        self.starts.append(starts)

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


# ---- Parquet directory --------------------------------------------------------------------


def _parquet_schemas():
    import pyarrow as pa

    text, date = pa.string(), pa.date32()
    return {
        "documents": pa.schema(
            [
                ("doc_id", text),
                ("source", text),
                ("content_hash", text),
                ("extractor_version", text),
                ("title", text),
                ("published", date),
                ("n_facts", pa.int32()),
                ("text", text),
            ]
        ),
        "facts": pa.schema([(name, getattr(pa, arrow)()) for name, _, arrow in FACT_COLUMNS]),
        "entities": pa.schema([("doc_id", text), ("position", pa.int32()), ("label", text), ("name", text)]),
        "errors": pa.schema(
            [
                ("source", text),
                ("doc_id", text),
                ("content_hash", text),
                ("extractor_version", text),
                ("stage", text),
                ("reason", text),
            ]
        ),
    }


DATE_COLUMNS = frozenset({"published", *(name for name, _, arrow in FACT_COLUMNS if arrow == "date32")})


def _with_dates(row: dict) -> dict:
    return {k: (dt.date.fromisoformat(v) if k in DATE_COLUMNS and v else v) for k, v in row.items()}


class ParquetSink:
    """One sub-directory per table (documents/, facts/, entities/, errors/) of part files.

    A part holds a chunk of documents. `_manifest.jsonl` lists each committed part with the
    entries it holds; a compacted part names the parts it `replaces`. Readers may open
    `OUT.parquet/facts` as a dataset: names starting with `_` or `.` are ignored.
    """

    MANIFEST = "_manifest.jsonl"

    def __init__(self, path: Path, *, chunk_size: int = 500) -> None:
        if path.exists() and not path.is_dir():
            raise SinkError("exists and is not a directory (a Parquet sink is a directory of part files)")
        self.path, self.chunk_size = path, max(1, chunk_size)
        self.schemas = _parquet_schemas()
        for table in DATA_TABLES:
            (path / table).mkdir(parents=True, exist_ok=True)
        manifest = path / self.MANIFEST
        lines, length = _valid_manifest_lines(manifest)
        if manifest.exists() and manifest.stat().st_size != length:
            _truncate(manifest, length)
        self.live = _Live()
        self.entry_part: list[int] = []
        self.parts: dict[int, list[int]] = {}  # committed part -> its entry indices
        for line in lines:
            self._replay(line)
        self.next_part = max([line["part"] for line in lines], default=0) + 1
        self._remove_uncommitted()
        self.pending: list[DocumentRecord | ErrorRecord] = []
        self.manifest = manifest.open("ab")

    def _replay(self, line: dict) -> None:
        indices = []
        replaces = line.get("replaces", [])
        for entry in line["entries"]:
            if replaces:
                # an entry carried into a compacted part: the copy takes the place of the original
                key = "doc_id" if entry["kind"] == "document" else "source"
                mapping = self.live.documents if entry["kind"] == "document" else self.live.errors
                self.live.superseded.add(mapping[entry[key]])
                mapping[entry[key]] = len(self.live.entries)
                self.live.entries.append(entry)
                indices.append(mapping[entry[key]])
            else:
                indices.append(self.live.add(entry))
            self.entry_part.append(line["part"])
        for replaced in replaces:
            self.live.superseded.update(self.parts.pop(replaced, []))
        self.parts[line["part"]] = indices

    def _part_files(self) -> Iterator[tuple[int, Path]]:
        for table in DATA_TABLES:
            for file in (self.path / table).iterdir():
                if file.name.startswith(".") and file.name.endswith(".tmp"):
                    file.unlink()
                elif file.name.startswith("part-") and file.suffix == ".parquet":
                    yield int(file.stem.removeprefix("part-")), file

    def _remove_uncommitted(self) -> None:
        for part, file in list(self._part_files()):
            if part not in self.parts:
                file.unlink()  # written before the run died, never listed: not output

    def known_document(self, doc_id: str) -> Known | None:
        return self.live.known_document(doc_id)

    def known_error(self, source: str) -> Known | None:
        return self.live.known_error(source)

    def write(self, record: DocumentRecord | ErrorRecord) -> None:
        self.pending.append(record)
        if len(self.pending) >= self.chunk_size:
            self._flush()

    def _rows(self, records) -> dict[str, list[dict]]:
        rows: dict[str, list[dict]] = {table: [] for table in DATA_TABLES}
        for record in records:
            if isinstance(record, DocumentRecord):
                doc_id = record.document.doc_id
                rows["documents"].append(document_row(record))
                rows["facts"].extend(fact_row(doc_id, i, f) for i, f in enumerate(record.facts))
                rows["entities"].extend(entity_row(doc_id, i, e) for i, e in enumerate(record.entities))
            else:
                rows["errors"].append(error_row(record))
        return rows

    def _write_part(self, part: int, rows: dict[str, list[dict]]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        for table, table_rows in rows.items():
            if not table_rows:
                continue
            arrow = pa.Table.from_pylist([_with_dates(r) for r in table_rows], schema=self.schemas[table])
            tmp = self.path / table / f".part-{part:06d}.parquet.tmp"
            pq.write_table(arrow, tmp)
            with tmp.open("rb+") as handle:
                os.fsync(handle.fileno())
            os.replace(tmp, self.path / table / f"part-{part:06d}.parquet")
            _fsync_dir(self.path / table)

    def _commit(self, line: dict) -> None:
        self.manifest.write((json.dumps(line, ensure_ascii=False) + "\n").encode("utf-8"))
        self.manifest.flush()
        os.fsync(self.manifest.fileno())
        self._replay(line)

    def _flush(self) -> None:
        if not self.pending:
            return
        part, self.next_part = self.next_part, self.next_part + 1
        self._write_part(part, self._rows(self.pending))
        self._commit({"part": part, "entries": [_entry(r) for r in self.pending]})
        self.pending = []

    def close(self) -> None:
        self._flush()
        dirty = sorted({self.entry_part[i] for i in self.live.superseded if self.entry_part[i] in self.parts})
        if dirty:
            self._compact(dirty)
        self.manifest.close()

    def _compact(self, dirty: list[int]) -> None:
        """Copy the live rows of parts that hold superseded entries into one new part."""
        import pyarrow as pa
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        keep = [i for part in dirty for i in self.parts[part] if i not in self.live.superseded]
        part, self.next_part = self.next_part, self.next_part + 1
        rows: dict[str, list[dict]] = {table: [] for table in DATA_TABLES}
        for old in dirty:
            live_docs = {
                self.live.entries[i]["doc_id"]
                for i in self.parts[old]
                if i not in self.live.superseded and self.live.entries[i]["kind"] == "document"
            }
            live_errors = {
                self.live.entries[i]["source"]
                for i in self.parts[old]
                if i not in self.live.superseded and self.live.entries[i]["kind"] == "error"
            }
            for table in DATA_TABLES:
                file = self.path / table / f"part-{old:06d}.parquet"
                if not file.exists():
                    continue
                arrow = pq.read_table(file, schema=self.schemas[table])
                column, wanted = ("source", live_errors) if table == "errors" else ("doc_id", live_docs)
                arrow = arrow.filter(pc.is_in(arrow[column], value_set=pa.array(sorted(wanted), pa.string())))
                rows[table].extend(arrow.to_pylist())
        rows = {
            t: [{k: (v.isoformat() if isinstance(v, dt.date) else v) for k, v in r.items()} for r in rs]
            for t, rs in rows.items()
        }
        self._write_part(part, rows)
        self._commit({"part": part, "replaces": dirty, "entries": [self.live.entries[i] for i in keep]})
        self._remove_uncommitted()
