"""The Parquet sink: a directory of part files per table, listed in a manifest once committed.

Documents are buffered into chunks; each chunk becomes one part file per table, written under a
temporary name, fsynced and renamed, and only then listed in `_manifest.jsonl`; on open, part files
the manifest does not list are deleted. A document processed again is marked superseded and the
parts that hold superseded rows are compacted when the run closes.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from extractor.io.sinks import (
    DATA_TABLES,
    FACT_COLUMNS,
    DocumentRecord,
    ErrorRecord,
    Known,
    SinkError,
    _entry,
    _fsync_dir,
    _Live,
    _truncate,
    _valid_manifest_lines,
    document_row,
    entity_row,
    error_row,
    fact_row,
)


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

    def write_many(self, records: Sequence[DocumentRecord | ErrorRecord]) -> None:
        for record in records:  # parts still hold chunk_size records each, wherever the batches end
            self.write(record)

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
