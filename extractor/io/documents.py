"""Reading documents, the one reader of every command: UTF-8 text files with an optional date header,
HTML pages (main text, title and date by trafilatura) and JSONL records, streamed line by line."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from pydantic import ValidationError

from extractor.config import MAX_BYTES
from extractor.header import ISO_DAY, find_header
from extractor.models import Document

SUFFIXES = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
# an over-limit JSONL record is named by its id, read from the start of the line without parsing it all
RECORD_ID = re.compile(rb'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')
ID_PEEK_BYTES = 1000
DEFAULT_MAX_BYTES = MAX_BYTES  # the one limit of every command (`--max-bytes`)


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
    header = find_header(text)
    if header is not None:
        header_date = parse_date(header.date, source=doc_id)
        published = published or header_date
        title = title or header.title
    if "\x00" in text:
        raise DocumentError(doc_id, "binary content (NUL bytes)")
    _check_encodable(text, doc_id)
    _check_encodable(title or "", doc_id)
    body = text[header.end :] if header is not None else text
    if not re.search(r"[^\W\d_]", body):
        raise DocumentError(doc_id, "no sentences (no words besides the header)")
    return Document(doc_id=doc_id, title=title, published=published, text=text)


def _check_encodable(text: str, doc_id: str) -> None:
    """A lone surrogate ("\\ud800", from text decoded with errors="surrogateescape") is no Unicode character:
    spaCy's tokenizer cannot encode it, so it is refused here with its position rather than as a traceback."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        reason = f"not valid Unicode text (an unpaired surrogate at character {error.start})"
        raise DocumentError(doc_id, reason) from None


def check_file(path: Path) -> None:
    """A DocumentError unless `path` names an existing file."""
    if not path.exists() and not path.is_symlink():  # a dangling link fails on reading, with its reason
        raise DocumentError(str(path), "no such file")
    if path.is_dir():
        raise DocumentError(str(path), "is a directory, not a file")


def read_bytes(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of one input file; a DocumentError names a missing, unreadable or too large file."""
    source = str(path)
    check_file(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DocumentError(source, too_large(size, max_bytes))
        return path.read_bytes()
    except OSError as exc:
        raise DocumentError(source, f"cannot read: {exc.strerror}") from None


def too_large(size: int, max_bytes: int, what: str = "") -> str:
    """The reason given for an input over the limit: it names the limit and the flag that sets it."""
    return f"{what}larger than --max-bytes ({size} > {max_bytes} bytes)"


def read_text_file(path: Path, *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one UTF-8 news file; raise DocumentError for anything that is not one."""
    source = str(path)
    raw = read_bytes(path, max_bytes=max_bytes)
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


def iter_jsonl(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | DocumentError]:
    """Each line of a JSONL file as a Document, or the DocumentError that explains a bad line."""
    for _, item in _jsonl_items(path, max_bytes):
        yield item


def _jsonl_items(path: Path, max_bytes: int) -> Iterator[tuple[str, Document | DocumentError]]:
    """(source, item) per non-blank line; lines are read one at a time, so a file of a million
    records is never held whole."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield str(path), DocumentError(str(path), f"cannot read: {exc.strerror}")
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                source = f"{path}:{number}"
                yield source, _jsonl_line(raw, source=source, max_bytes=max_bytes)


def _jsonl_line(raw: bytes, *, source: str, max_bytes: int) -> Document | DocumentError:
    if len(raw) > max_bytes:
        return DocumentError(source, too_large(len(raw), max_bytes, _record_name(raw)))
    try:
        return document_from_record(json.loads(raw.decode("utf-8")), source=source)
    except UnicodeDecodeError as exc:
        return DocumentError(source, f"not UTF-8 (byte {exc.start})")
    except json.JSONDecodeError as exc:
        return DocumentError(source, f"invalid JSON ({exc.msg})")
    except DocumentError as exc:
        return DocumentError(source, exc.reason)


def _record_name(raw: bytes) -> str:
    """ "record <id> " for an over-limit line whose id shows near its start (the line is not parsed whole)."""
    named = RECORD_ID.search(raw[:ID_PEEK_BYTES])
    try:
        return f"record {json.loads(named.group(1))} " if named else "record "
    except ValueError:
        return "record "


def iter_inputs(
    paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[tuple[str, Document | DocumentError]]:
    """(source, item) for every input item in order: one per text or HTML file (by suffix; text when
    unknown), one per line of a JSONL file ("file:line"). Errors are yielded, not raised. A document
    id given a second time is an error that names where it was first given."""
    first_source: dict[str, str] = {}
    for path in paths:
        for source, item in _items_of(path, max_bytes):
            if isinstance(item, Document):
                first = first_source.setdefault(item.doc_id, source)
                if first != source:
                    item = DocumentError(source, f"duplicate doc_id {item.doc_id!r} (first given by {first})")
            yield source, item


def _items_of(path: Path, max_bytes: int) -> Iterator[tuple[str, Document | DocumentError]]:
    kind = SUFFIXES.get(path.suffix.lower(), "text")
    read = read_html_file if kind == "html" else read_text_file
    try:
        if kind == "jsonl":
            check_file(path)
            yield from _jsonl_items(path, max_bytes)
        else:
            yield str(path), read(path, max_bytes=max_bytes)
    except DocumentError as exc:
        yield str(path), exc


def read_documents(
    paths: list[Path], *, published: dt.date | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentError]:
    """Documents from text, HTML and JSONL files, in the order given; errors are yielded, not raised.
    `published` overrides every document's date."""
    for _, item in iter_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, Document) and published:
            item = item.model_copy(update={"published": published})
        yield item


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


def read_html_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one HTML news page (any encoding trafilatura detects); raise DocumentError when it has no article."""
    raw = read_bytes(path, max_bytes=max_bytes)
    if not raw.strip():
        raise DocumentError(str(path), "empty document")
    return document_from_html(raw, doc_id=path.stem, source=str(path))
