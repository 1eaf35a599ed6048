"""Reading documents: UTF-8 text files with an optional date header, and JSONL records."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

from pydantic import ValidationError

from extractor.models import Document

# ` date YYYY-MM-DD <title>` on the first non-blank line.
HEADER = re.compile(r"^[ \t]*date[ \t]+(\S+)(?:[ \t]+(.*?))?[ \t]*$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class DocumentError(Exception):
    """A document that cannot be read; the message names the reason."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


def parse_date(value: str, *, source: str) -> dt.date:
    """An ISO date (YYYY-MM-DD), or a DocumentError that says why not."""
    if not ISO_DAY.match(value):
        raise DocumentError(source, f"date {value!r} is not YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DocumentError(source, f"impossible date {value!r}") from None


def document_from_text(
    text: str, *, doc_id: str, published: dt.date | None = None, title: str | None = None
) -> Document:
    """A Document from raw text; a header line, when present, gives date and title.

    The header stays in `text`, so offsets always point into the text as read;
    an explicit `published` overrides the header's date.
    """
    if not text.strip():
        raise DocumentError(doc_id, "empty document")
    first = next((line for line in text.splitlines() if line.strip()), "")
    match = HEADER.match(first)
    if match:
        header_date = parse_date(match.group(1), source=doc_id)
        published = published or header_date
        title = title or (match.group(2) or None)
    if "\x00" in text:
        raise DocumentError(doc_id, "binary content (NUL bytes)")
    body = text[text.find(first) + len(first) :] if match else text
    if not re.search(r"[^\W\d_]", body):
        raise DocumentError(doc_id, "no sentences (no words besides the header)")
    return Document(doc_id=doc_id, title=title, published=published, text=text)


def read_text_file(path: Path, *, published: dt.date | None = None) -> Document:
    """Read one UTF-8 news file; raise DocumentError for anything that is not one."""
    source = str(path)
    if not path.exists():
        raise DocumentError(source, "no such file")
    if path.is_dir():
        raise DocumentError(source, "is a directory, not a file")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"cannot read: {exc.strerror}") from None
    if b"\x00" in raw:
        raise DocumentError(source, "binary file (NUL bytes), not UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(source, f"not UTF-8 (byte {exc.start})") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return document_from_text(text, doc_id=path.stem, published=published)
    except DocumentError as exc:
        raise DocumentError(source, exc.reason) from None


def document_from_record(record: object, *, source: str) -> Document:
    """A Document from a JSONL record {"id", "text", "published", "title"}."""
    if not isinstance(record, dict):
        raise DocumentError(source, "record is not a JSON object")
    doc_id, text = record.get("id"), record.get("text")
    if not isinstance(doc_id, str | int) or str(doc_id) == "":
        raise DocumentError(source, 'record has no "id"')
    if not isinstance(text, str):
        raise DocumentError(source, f'record {doc_id}: "text" is missing or not a string')
    published = record.get("published")
    date = parse_date(str(published), source=f"{source} record {doc_id}") if published else None
    title = record.get("title")
    try:
        return document_from_text(
            text, doc_id=str(doc_id), published=date, title=title if isinstance(title, str) else None
        )
    except DocumentError as exc:
        raise DocumentError(f"{source} record {doc_id}", exc.reason) from None
    except ValidationError as exc:
        raise DocumentError(f"{source} record {doc_id}", str(exc.errors()[0]["msg"])) from None


def iter_jsonl(path: Path) -> Iterator[Document | DocumentError]:
    """Each line of a JSONL file as a Document, or the DocumentError that explains a bad line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        yield DocumentError(str(path), f"cannot read JSONL: {exc}")
        return
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        source = f"{path}:{number}"
        try:
            yield document_from_record(json.loads(line), source=source)
        except json.JSONDecodeError as exc:
            yield DocumentError(source, f"invalid JSON ({exc.msg})")
        except DocumentError as exc:
            yield exc


def read_documents(paths: list[Path], *, published: dt.date | None = None) -> Iterator[Document | DocumentError]:
    """Documents from text files and JSONL files, in the order given; errors are yielded, not raised."""
    for path in paths:
        if path.suffix == ".jsonl" and path.is_file():
            for item in iter_jsonl(path):
                if isinstance(item, Document) and published:
                    item = item.model_copy(update={"published": published})
                yield item
            continue
        try:
            yield read_text_file(path, published=published)
        except DocumentError as exc:
            yield exc


def document_from_html(html: bytes | str, *, doc_id: str, source: str | None = None) -> Document:
    """A Document from a news page: trafilatura takes out the main text, the title and the date.

    The extracted text becomes `Document.text` (offsets point into it); its paragraphs are
    joined by blank lines so that a heading never runs into the sentence after it.
    """
    import trafilatura  # imported here: only HTML inputs need it (and its start-up time)

    source = source or doc_id
    result = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, deduplicate=False
    )
    text = (result.text or "") if result is not None else ""
    paragraphs = [line.strip() for line in text.splitlines() if line.strip()]
    if not paragraphs:
        raise DocumentError(source, "no main text found in the HTML page")
    published = None
    if result.date and ISO_DAY.match(result.date):
        published = dt.date.fromisoformat(result.date)
    try:
        return document_from_text(
            "\n\n".join(paragraphs) + "\n", doc_id=doc_id, published=published, title=result.title or None
        )
    except DocumentError as exc:
        raise DocumentError(source, exc.reason) from None


def read_html_file(path: Path) -> Document:
    """Read one HTML news page (any encoding trafilatura detects); raise DocumentError when it has no article."""
    source = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"cannot read: {exc.strerror}") from None
    if not raw.strip():
        raise DocumentError(source, "empty document")
    return document_from_html(raw, doc_id=path.stem, source=source)
