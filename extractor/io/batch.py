"""Batch runs: many inputs into one sink, in input order, resumable, on one machine or on Dask.

`run_batch` walks the inputs in a fixed order, reads each one, decides whether it needs work
(a document already in the sink with the same content hash and extractor version is skipped),
sends the documents that do to an engine in batches, and writes every outcome, in input order,
from this one process. The engines (inline, a local process pool, a Dask cluster) only turn a
list of documents into per-document results, so the output does not depend on which one ran.
"""

from __future__ import annotations

import gc
import glob
import hashlib
import importlib.metadata
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from extractor.io.documents import DEFAULT_MAX_BYTES, SUFFIXES, DocumentError, iter_inputs
from extractor.io.heap import keep_freed_memory
from extractor.io.sinks import DocumentRecord, ErrorRecord, Sink, SinkError, open_sink
from extractor.models import Document

Record = DocumentRecord | ErrorRecord

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "BatchStats",
    "Engine",
    "InputError",
    "Outcome",
    "SinkError",
    "expand_inputs",
    "extract_batch",
    "run_batch",
]


class InputError(Exception):
    """An INPUT argument that names no file; the message says which."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class Status(StrEnum):
    done = "done"
    skipped = "skipped"
    failed = "failed"


@dataclass(frozen=True)
class Outcome:
    """What happened to one input item; handed to `on_outcome` as soon as it is written."""

    source: str
    status: Status
    doc_id: str | None = None
    facts: int = 0
    reason: str | None = None


@dataclass
class BatchStats:
    done: int = 0
    skipped: int = 0
    failed: int = 0
    facts: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome.status.value, getattr(self, outcome.status.value) + 1)
        self.facts += outcome.facts

    def summary(self) -> str:
        return f"{self.done} done, {self.skipped} skipped, {self.failed} failed; {self.facts} facts written"


# ---- inputs ---------------------------------------------------------------------------------


def expand_inputs(inputs: Sequence[str | Path]) -> list[Path]:
    """Files in a fixed order: each INPUT as given; directories walked recursively in sorted order;
    glob patterns expanded and sorted. A file reached twice is kept at its first place."""
    paths: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            # a dangling link is kept: it is reported as unreadable rather than silently left out
            found = sorted(
                p
                for p in path.rglob("*")
                if (p.is_file() or p.is_symlink())
                and not p.is_dir()
                and p.suffix.lower() in SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            paths.extend(found)
        elif path.exists() or path.is_symlink():
            paths.append(path)
        elif glob.has_magic(str(item)):
            matches = sorted(Path(p) for p in glob.glob(str(item), recursive=True) if Path(p).is_file())
            if not matches:
                raise InputError(str(item), "the pattern matches no file")
            paths.extend(matches)
        else:
            raise InputError(str(item), "no such file or directory")
    seen: set[Path] = set()
    unique = []
    for path in paths:
        key = path.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(path)
    return unique


@dataclass(frozen=True)
class Unit:
    """One input item, read: a Document with its content hash, or the reason it cannot be read."""

    source: str
    document: Document | None = None
    content_hash: str | None = None
    error: str | None = None


def content_hash(document: Document) -> str:
    """sha256 of the Document as JSON: id, title, date and text, everything the extractor sees."""
    return hashlib.sha256(document.model_dump_json().encode("utf-8")).hexdigest()


def _unit(source: str, document: Document) -> Unit:
    return Unit(source, document=document, content_hash=content_hash(document))


def iter_units(paths: Iterable[Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Unit]:
    """Every input item in order, read by the one document reader (`iter_inputs`): one per text or
    HTML file, one per line of a JSONL file; unreadable items and repeated ids carry their reason."""
    for source, item in iter_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, DocumentError):
            yield Unit(source, error=item.reason)
        else:
            yield _unit(source, item)


def count_units(paths: Iterable[Path]) -> int:
    """How many items `iter_units` will yield (for a progress bar): files, plus non-blank JSONL lines."""
    total = 0
    for path in paths:
        if SUFFIXES.get(path.suffix.lower()) != "jsonl":
            total += 1
            continue
        try:
            with path.open("rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total


# ---- the work done on a worker ------------------------------------------------------------

_nlp_lock = threading.Lock()


@cache
def worker_pipeline(model: str | None) -> Language:
    """This process's pipeline, loaded once. Its objects (spaCy's weights, vocab and tables, the imported
    modules) live as long as the process, yet each full pass of the cyclic garbage collector walked all of
    them again (about 0.05 s a pass, two or three passes per 300 stories); `gc.freeze` leaves them out of
    those passes. Objects made later are collected as before, so the facts do not change."""
    from extractor.api import load_nlp

    nlp = load_nlp(model)
    gc.freeze()
    return nlp


def extract_batch(model: str | None, documents: list[dict]) -> list[dict]:
    """Extract a batch of documents (as JSON dicts) into per-document results (plain dicts).

    Runs anywhere: in this process, a pool process or a Dask worker. `worker_pipeline` caches the
    pipeline per process, so each worker loads the model once; the lock keeps a worker with
    several threads from running one pipeline in two threads at once.
    """
    with _nlp_lock:
        return _extract([Document.model_validate(d) for d in documents], worker_pipeline(model))


def _extract(docs: list[Document], nlp) -> list[dict]:
    from extractor.api import extract_documents

    try:
        return [_done(extraction) for extraction in extract_documents(docs, nlp=nlp)]
    except Exception:  # noqa: BLE001  one bad document must not fail the batch: redo them one by one
        results = []
        for document in docs:
            try:
                results.extend(_done(e) for e in extract_documents([document], nlp=nlp))
            except Exception as exc:  # noqa: BLE001  recorded as that document's error
                results.append({"status": "failed", "reason": f"extraction failed: {type(exc).__name__}: {exc}"})
        return results


def _done(extraction) -> dict:
    return {
        "status": "done",
        "facts": [fact.model_dump_json() for fact in extraction.facts],
        "entities": [entity.model_dump_json() for entity in extraction.entities],
    }


def _start_worker(model: str | None) -> None:
    """A pool process, as it starts: loads the pipeline at once, while the writer reads the first
    documents, rather than on its first batch."""
    # Ctrl-C is the writer's to handle: it flushes and stops the pool; workers must not print tracebacks.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    keep_freed_memory()  # a batch's memory reused by the next, not handed back and faulted in again (heap.py)
    try:
        worker_pipeline(model)
    except Exception:  # noqa: BLE001  a model that cannot load fails the first batch, with its own message
        pass


class _Ready:
    """A result computed when asked for, so the inline engine works one batch at a time."""

    def __init__(self, function: Callable[[], list[dict]]) -> None:
        self.function = function

    def result(self) -> list[dict]:
        return self.function()


class _Inline:
    window = 0

    def __init__(self, model: str | None, nlp=None) -> None:
        self.model, self.nlp = model, nlp

    def submit(self, documents: list[dict]):
        if self.nlp is None:
            return _Ready(lambda: extract_batch(self.model, documents))
        # a caller's own pipeline (tests, notebooks): no second model load
        return _Ready(lambda: _extract([Document.model_validate(d) for d in documents], self.nlp))

    def close(self) -> None:
        pass


class _Pool:
    def __init__(self, model: str | None, workers: int) -> None:
        import multiprocessing

        # spawn, not fork: the parent may run threads (the progress bar), which fork does not copy safely
        self.executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(model,),
        )
        # Batches in flight: results are written in input order, so while the writer waits for a slow
        # batch (a long document) the other workers go on only with what was already submitted.
        self.model, self.window = model, 4 * workers

    def submit(self, documents: list[dict]):
        return self.executor.submit(extract_batch, self.model, documents)

    def close(self) -> None:
        self.executor.shutdown(wait=True, cancel_futures=True)


class _Dask:
    def __init__(self, model: str | None, workers: int, scheduler: str | None) -> None:
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True)
            self.client = Client(self.cluster)
        self.model = model
        self.window = 2 * max(1, sum(self.client.nthreads().values()))

    def submit(self, documents: list[dict]):
        # pure=False: the same documents sent twice (a --force rerun) must run again, not hit a cache
        return self.client.submit(extract_batch, self.model, documents, pure=False)

    def close(self) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# ---- the run ------------------------------------------------------------------------------


def extractor_version(model: str | None) -> str:
    """What a document's facts depend on: a hash of the package's code and lexicons, plus the spaCy
    pipeline and its version. Any rule or word-list change, or another model, reprocesses on resume."""
    from extractor.nlp import default_model

    name = model or default_model()
    return f"code-{code_hash()[:16]} {name}-{package_version(name) or 'unversioned'}"


def package_version(name: str) -> str | None:
    """The installed version of a pipeline package, read as spaCy's `get_package_version` reads it, but
    without importing spaCy: the writer of a pool run never parses, and spaCy's import (about 1 s of CPU)
    came before the workers were started, so every worker began that much later."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return None


# the files whose content decides the output: the package's code and its data (lexicons)
CODE_SUFFIXES = frozenset({".py", ".txt", ".tsv", ".json"})


@cache
def code_hash() -> str:
    """sha256 over the relative path and the bytes of every code and lexicon file of the package."""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted(p for p in package.rglob("*") if p.suffix in CODE_SUFFIXES and "__pycache__" not in p.parts):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


@dataclass
class _Planned:
    unit: Unit
    status: Status | None = None  # None: to extract; else the outcome decided without extraction
    reason: str | None = None
    write_error: bool = False


@dataclass
class _Planner:
    """Decides, for each unit in order, whether it needs extraction."""

    sink: Sink
    version: str
    force: bool

    def plan(self, unit: Unit) -> _Planned:
        if unit.error is not None:
            known = self.sink.known_error(unit.source)
            fresh = known is None or (known.reason, known.version) != (unit.error, self.version)
            return _Planned(unit, Status.failed, unit.error, write_error=fresh or self.force)
        if not self.force:
            known = self.sink.known_document(unit.document.doc_id)
            if known is not None and (known.content_hash, known.version) == (unit.content_hash, self.version):
                return _Planned(unit, Status.skipped)
            known = self.sink.known_error(unit.source)
            if (
                known is not None
                and known.stage == "extract"
                and (known.content_hash, known.version) == (unit.content_hash, self.version)
            ):
                return _Planned(unit, Status.failed, known.reason)  # failed before on these very bytes
        return _Planned(unit)


def _groups(planned: Iterable[_Planned], batch_size: int) -> Iterator[list[_Planned]]:
    """Consecutive units holding at most `batch_size` documents to extract (and a bounded number of others)."""
    group: list[_Planned] = []
    to_extract = 0
    for item in planned:
        group.append(item)
        to_extract += item.status is None
        if to_extract >= batch_size or len(group) >= 16 * batch_size:
            yield group
            group, to_extract = [], 0
    if group:
        yield group


class _DeferredInterrupt:
    """Ctrl-C stops the run at once, except between writing a group's documents and counting them.

    While a group's outcomes are being written (`writing()`), the SIGINT handler only records the
    request and `check()` raises KeyboardInterrupt after it, where the sink and the counts agree;
    anywhere else (reading, extracting a long document) it raises at once, and the document in
    progress is simply not written. Outside the main thread (where handlers cannot be set) it does nothing.
    """

    def __init__(self) -> None:
        self.requested = False
        self.in_write = False
        self._previous = None

    def __enter__(self) -> _DeferredInterrupt:
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._request)
        return self

    def _request(self, signum, frame) -> None:
        self.requested = True
        if not self.in_write:
            raise KeyboardInterrupt

    @contextmanager
    def writing(self) -> Iterator[None]:
        self.in_write = True
        try:
            yield
        finally:
            self.in_write = False
        self.check()

    def check(self) -> None:
        if self.requested:
            raise KeyboardInterrupt

    def __exit__(self, *exc_info) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)


def run_batch(
    inputs: Sequence[str | Path],
    out: Path,
    *,
    model: str | None = None,
    workers: int = 1,
    engine: Engine | str = Engine.local,
    scheduler: str | None = None,
    force: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 8,
    chunk_size: int = 500,
    nlp=None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> BatchStats:
    """Extract every input into the sink at `out`; return the counts.

    `workers` is the number of processes (local engine) or of local Dask workers when no
    `scheduler` address is given. `batch_size` documents go to a worker at a time;
    `chunk_size` documents make one Parquet part file. `nlp` (inline runs only) reuses a
    loaded pipeline. Raises InputError or SinkError before any work starts; a
    KeyboardInterrupt stops the run after the completed documents are written.
    """
    paths = expand_inputs(inputs)
    version = extractor_version(model)
    engine = Engine(engine)
    sink = open_sink(Path(out), chunk_size=chunk_size)
    stats = BatchStats()
    runner = None
    try:
        with _DeferredInterrupt() as interrupt:
            if engine is Engine.dask:
                runner = _Dask(model, workers, scheduler)
            elif workers > 1:
                runner = _Pool(model, workers)
            else:
                runner = _Inline(model, nlp)
            planner = _Planner(sink, version, force)
            planned = (planner.plan(unit) for unit in iter_units(paths, max_bytes=max_bytes))
            pending: deque = deque()
            for group in _groups(planned, batch_size):
                interrupt.check()
                docs = [p.unit.document.model_dump(mode="json") for p in group if p.status is None]
                pending.append((group, runner.submit(docs) if docs else None))
                while len(pending) > runner.window:
                    _write_group(*pending.popleft(), sink, version, stats, on_outcome, interrupt)
            while pending:
                _write_group(*pending.popleft(), sink, version, stats, on_outcome, interrupt)
    finally:
        if runner is not None:
            runner.close()
        sink.close()
    return stats


def _write_group(group, future, sink: Sink, version: str, stats: BatchStats, on_outcome, interrupt) -> None:
    """Write a group's outcomes in one commit, then count and report them: a Ctrl-C waits for the
    commit, so the counts always agree with the sink."""
    results = iter(future.result() if future is not None else [])
    interrupt.check()
    with interrupt.writing():
        written = [_written(item, results, version) for item in group]
        sink.write_many([record for record, _ in written if record is not None])
        for _, outcome in written:
            stats.add(outcome)
            if on_outcome is not None:
                on_outcome(outcome)


def _written(item: _Planned, results: Iterator[dict], version: str) -> tuple[Record | None, Outcome]:
    """What to write for one unit (nothing for a skipped one) and its outcome."""
    unit = item.unit
    doc_id = unit.document.doc_id if unit.document is not None else None
    if item.status is not None:
        record = None
        if item.write_error:
            record = ErrorRecord(unit.source, doc_id, unit.content_hash, version, "read", item.reason)
        return record, Outcome(unit.source, item.status, doc_id, reason=item.reason)
    result = next(results)
    if result["status"] == "done":
        facts, entities = result["facts"], result["entities"]
        record = DocumentRecord(unit.source, unit.document, unit.content_hash, version, facts, entities)
        return record, Outcome(unit.source, Status.done, doc_id, facts=len(facts))
    record = ErrorRecord(unit.source, doc_id, unit.content_hash, version, "extract", result["reason"])
    return record, Outcome(unit.source, Status.failed, doc_id, reason=result["reason"])
