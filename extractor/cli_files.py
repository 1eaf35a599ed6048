"""Inputs and output files of the `extract` commands: reading with a size limit, creating output
folders, and one `error: <source>: <reason>` line on stderr for each input or file that fails."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extractor.config import MAX_BYTES

err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(source: str, reason: str) -> None:
    err_console.print(f"error: {source}: {reason}", markup=False)


def read_inputs(paths: list[Path], published: dt.date | None, max_bytes: int = MAX_BYTES):
    """Readable documents, with one stderr line for each unreadable or too large input."""
    from extractor.io.documents import Document, DocumentError, read_documents

    paths, failures = within_max_bytes(paths, max_bytes)
    documents = []
    for item in read_documents(paths, published=published, max_bytes=max_bytes):
        if isinstance(item, DocumentError):
            report_error(item.source, item.reason)
            failures += 1
        elif isinstance(item, Document):
            size = len(item.text.encode("utf-8"))
            if size > max_bytes:  # a JSONL record: the file as a whole may be larger
                report_error(item.doc_id, too_large(size, max_bytes))
                failures += 1
            else:
                documents.append(item)
    return documents, failures


def within_max_bytes(paths: list[Path], max_bytes: int, *, whole_jsonl: bool = False) -> tuple[list[Path], int]:
    """The paths whose file is not larger than `max_bytes` (JSONL files are checked per record, unless
    `whole_jsonl`), with one stderr line for each one left out; unreadable paths pass to the reader."""
    kept, failures = [], 0
    for path in paths:
        try:
            size = path.stat().st_size if path.is_file() else 0
        except OSError:
            size = 0
        if size > max_bytes and (whole_jsonl or path.suffix != ".jsonl"):
            report_error(str(path), too_large(size, max_bytes))
            failures += 1
        else:
            kept.append(path)
    return kept, failures


def too_large(size: int, max_bytes: int) -> str:
    return f"larger than --max-bytes ({size:,} > {max_bytes:,} bytes); raise the limit with --max-bytes"


MaxBytes = Annotated[
    int,
    typer.Option(
        min=1, metavar="BYTES", help="Larger inputs (a file, or a JSONL record) are an error, not read; in bytes."
    ),
]


def prepare_output(path: Path | None, option: str) -> None:
    """Create the folder of an output file, as `batch --out` does; exit 1 with one line when it cannot be."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        report_error(str(path), f"cannot create the folder for {option}: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    if path.is_dir():
        report_error(str(path), f"{option} names a directory; give a file name")
        raise typer.Exit(1)


def write_output(path: Path, text: str, option: str) -> bool:
    """Write an output file; on failure one stderr line and False (the caller exits 1)."""
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        report_error(str(path), f"cannot write {option}: {exc.strerror or exc}")
        return False
    err_console.print(f"wrote {path}", markup=False)
    return True


def quantity_inputs(paths: list[Path], jsonl: bool) -> tuple[list[tuple[str, str]], int]:
    items: list[tuple[str, str]] = []
    failures = 0
    for path in paths:
        name = "stdin" if str(path) == "-" else str(path)
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            report_error(name, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
            failures += 1
            continue
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            if not jsonl:
                items.append((f"{Path(name).stem}:{number}" if name != "stdin" else str(number), line))
                continue
            try:
                record = json.loads(line)
                items.append((str(record["id"]), str(record["text"])))
            except (json.JSONDecodeError, KeyError, TypeError):
                report_error(f"{name}:{number}", 'not a JSON record with "id" and "text"')
                failures += 1
    return items, failures
