"""Batch runs: inputs, sinks, resuming after SIGKILL, faults as data, parallel output identity."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.io.batch import InputError, Status, expand_inputs, run_batch
from extractor.io.documents import DocumentError, document_from_html
from extractor.io.sinks import DATA_TABLES, open_sink

EXTRACT = Path(sys.executable).parent / "extract"
SUFFIXES = {"sqlite": ".sqlite", "jsonl": "", "parquet": ".parquet"}


# ---- helpers ---------------------------------------------------------------------------------


def read_sink(out: Path) -> dict[str, list]:
    """Every row of every table, in the sink's own order (what a reader of the output sees)."""
    if out.suffix in (".sqlite", ".db"):
        conn = sqlite3.connect(out)
        conn.row_factory = sqlite3.Row
        try:
            return {t: [dict(r) for r in conn.execute(f"SELECT * FROM {t} ORDER BY rowid")] for t in DATA_TABLES}
        finally:
            conn.close()
    if out.suffix == ".parquet":
        import pyarrow.parquet as pq

        tables: dict[str, list] = {}
        for table in DATA_TABLES:
            parts = sorted((out / table).glob("*"))
            assert all(p.name.startswith("part-") for p in parts), parts  # no temporary or orphan files left
            tables[table] = [row for part in parts for row in pq.read_table(part).to_pylist()]
        return tables
    tables = {}
    for table in DATA_TABLES:
        data = (out / f"{table}.jsonl").read_bytes()
        assert data == b"" or data.endswith(b"\n"), f"{table}.jsonl ends in a half line"
        tables[table] = [json.loads(line) for line in data.splitlines()]
    return tables


def fact_jsons(out: Path) -> list[str]:
    """Facts as their JSON, in document order: the same whatever the sink."""
    if out.suffix in (".sqlite", ".db", ".parquet"):
        return [row["json"] for row in read_sink(out)["facts"]]
    return (out / "facts.jsonl").read_text(encoding="utf-8").splitlines()


def documents_done(out: Path) -> int:
    """Documents committed so far, read the way an observer would while the run goes on."""
    try:
        if out.suffix == ".sqlite":
            conn = sqlite3.connect(f"file:{out}?mode=ro", uri=True)
            try:
                return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            finally:
                conn.close()
        manifest = out / ("_manifest.jsonl" if out.suffix == ".parquet" else "manifest.jsonl")
        lines = [json.loads(x) for x in manifest.read_bytes().splitlines() if x.endswith(b"}")]
        return sum(len(x.get("entries", [x])) for x in lines)
    except (OSError, sqlite3.Error, json.JSONDecodeError):
        return 0


def extract_cmd(*args: str) -> list[str]:
    return [str(EXTRACT), "batch", *args, "--quiet"]


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory, corpus_articles) -> Path:
    """20 news documents: ten corpus articles, and the same texts again under new ids in a sub-directory."""
    root = tmp_path_factory.mktemp("batch-corpus")
    (root / "more").mkdir()
    for article in corpus_articles[:10]:
        shutil.copy(article, root / article.name)
        shutil.copy(article, root / "more" / f"copy-{article.name}")
    return root


@pytest.fixture(scope="session")
def reference(tmp_path_factory, corpus_dir, nlp):
    """Uninterrupted one-process runs over `corpus_dir`, one per sink."""
    root = tmp_path_factory.mktemp("batch-reference")
    outputs = {}
    for name, suffix in SUFFIXES.items():
        out = root / f"out{suffix}"
        stats = run_batch([corpus_dir], out, nlp=nlp, chunk_size=3)
        assert (stats.done, stats.failed) == (20, 0)
        outputs[name] = out
    return outputs


# ---- inputs ----------------------------------------------------------------------------------


def test_batch_inputs_are_sorted_recursive_globbed_and_deduplicated(tmp_path):
    for name in ["b.txt", "a.txt", "sub/c.html", "sub/deeper/d.jsonl", "notes.md", ".hidden/e.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand_inputs([tmp_path, str(tmp_path / "*.txt")])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["a.txt", "b.txt", "sub/c.html", "sub/deeper/d.jsonl"]
    with pytest.raises(InputError, match="matches no file"):
        expand_inputs([str(tmp_path / "*.csv")])
    with pytest.raises(InputError, match="no such file"):
        expand_inputs([tmp_path / "missing.txt"])


NEWS_PAGE = """<html><head><title>Acme profit rises | Daily News</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | Markets | About us</nav>
<article><h1>Acme profit rises</h1>
<p>Acme Corp said on Tuesday that its quarterly profit rose 12 percent to $1.2 billion, beating expectations.</p>
<p>Revenue grew 8 percent to $5.4 billion in the fourth quarter, the company said in a statement.</p></article>
<footer>Copyright 2024 Daily News. All rights reserved.</footer></body></html>"""


def test_batch_html_page_gives_main_text_title_and_date():
    document = document_from_html(NEWS_PAGE, doc_id="acme")
    assert document.published is not None and document.published.isoformat() == "2024-03-05"
    assert document.title and "Acme profit rises" in document.title
    assert "profit rose 12 percent" in document.text
    assert "Copyright" not in document.text and "About us" not in document.text
    with pytest.raises(DocumentError, match="no main text"):
        document_from_html("<html><body><script>track()</script><p> </p></body></html>", doc_id="empty")


def test_batch_html_facts_point_into_the_extracted_text(tmp_path, nlp):
    (tmp_path / "acme.html").write_text(NEWS_PAGE, encoding="utf-8")
    out = tmp_path / "out.sqlite"
    stats = run_batch([tmp_path / "acme.html"], out, nlp=nlp)
    assert (stats.done, stats.failed) == (1, 0) and stats.facts > 0
    tables = read_sink(out)
    text = tables["documents"][0]["text"]
    for row in tables["facts"]:
        evidence = json.loads(row["json"])["evidence"]
        assert text[evidence["start"] : evidence["end"]] == evidence["sentence"]


# ---- sinks -----------------------------------------------------------------------------------


def test_batch_every_sink_holds_the_facts_of_extract_documents(reference, corpus_dir, nlp):
    from extractor.api import extract_documents
    from extractor.io.batch import iter_units

    documents = [unit.document for unit in iter_units(expand_inputs([corpus_dir]))]
    expected = [f.model_dump_json() for e in extract_documents(documents, nlp=nlp) for f in e.facts]
    assert len(expected) > 100
    for out in reference.values():
        assert fact_jsons(out) == expected, out.name
    tables = read_sink(reference["sqlite"])
    assert [row["doc_id"] for row in tables["documents"]] == [d.doc_id for d in documents]
    assert tables["entities"] and not tables["errors"]


@pytest.mark.parametrize("sink", SUFFIXES)
def test_batch_second_run_skips_and_force_reprocesses_without_duplicates(tmp_path, reference, corpus_dir, nlp, sink):
    out = tmp_path / f"out{SUFFIXES[sink]}"
    shutil.copytree(reference[sink], out) if reference[sink].is_dir() else shutil.copy(reference[sink], out)
    again = run_batch([corpus_dir], out, nlp=nlp, chunk_size=3)
    assert (again.done, again.skipped, again.facts) == (0, 20, 0)
    assert read_sink(out) == read_sink(reference[sink])
    forced = run_batch([corpus_dir / "more"], out, nlp=nlp, chunk_size=3, force=True)
    assert (forced.done, forced.skipped) == (10, 0)
    assert sorted(fact_jsons(out)) == sorted(fact_jsons(reference[sink]))


@pytest.mark.parametrize("sink", SUFFIXES)
def test_batch_changed_document_replaces_its_rows(tmp_path, corpus_articles, nlp, sink):
    docs = tmp_path / "docs"
    docs.mkdir()
    for article in corpus_articles[:3]:
        shutil.copy(article, docs / article.name)
    out = tmp_path / f"out{SUFFIXES[sink]}"
    run_batch([docs], out, nlp=nlp, chunk_size=2)
    changed = docs / corpus_articles[1].name
    addition = "\nSeparately, the company said its staff rose 10 percent.\n"
    changed.write_text(changed.read_text(encoding="utf-8") + addition)
    stats = run_batch([docs], out, nlp=nlp, chunk_size=2)
    assert (stats.done, stats.skipped) == (1, 2)
    fresh = tmp_path / f"fresh{SUFFIXES[sink]}"
    run_batch([docs], fresh, nlp=nlp, chunk_size=2)
    assert sorted(fact_jsons(out)) == sorted(fact_jsons(fresh))
    assert len(read_sink(out)["documents"]) == 3
    assert run_batch([docs], out, nlp=nlp, chunk_size=2).skipped == 3  # the compacted sink still resumes


def test_batch_reopen_drops_a_torn_tail_and_orphan_parts(tmp_path, reference):
    jsonl = tmp_path / "out"
    shutil.copytree(reference["jsonl"], jsonl)
    with (jsonl / "facts.jsonl").open("ab") as handle:
        handle.write(b'{"doc_id": "half-writ')
    with (jsonl / "manifest.jsonl").open("ab") as handle:
        handle.write(b'{"kind": "document", "sou')
    open_sink(jsonl).close()
    assert read_sink(jsonl) == read_sink(reference["jsonl"])
    assert (jsonl / "manifest.jsonl").read_bytes() == (reference["jsonl"] / "manifest.jsonl").read_bytes()

    parquet = tmp_path / "out.parquet"
    shutil.copytree(reference["parquet"], parquet)
    shutil.copy(parquet / "facts" / "part-000001.parquet", parquet / "facts" / "part-000099.parquet")
    (parquet / "facts" / ".part-000100.parquet.tmp").write_bytes(b"PAR1")
    open_sink(parquet).close()
    assert read_sink(parquet) == read_sink(reference["parquet"])


# ---- faults are data --------------------------------------------------------------------------


@pytest.fixture
def faulty_dir(tmp_path, corpus_articles) -> Path:
    root = tmp_path / "in"
    root.mkdir()
    shutil.copy(corpus_articles[0], root / "a-good.txt")
    (root / "b-latin1.txt").write_bytes("Caf\xe9 sales rose 5 percent.".encode("latin-1"))
    (root / "c-binary.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (root / "d-big.txt").write_text("Sales rose 5 percent. " * 200, encoding="utf-8")
    (root / "e-empty.txt").write_text("", encoding="utf-8")
    (root / "f-dangling.txt").symlink_to(root / "nowhere.txt")
    records = [
        json.dumps({"id": "r1", "text": "Acme said revenue rose 5 percent to $2 billion in 2023."}),
        "{not json",
        json.dumps({"id": "r2"}),
        json.dumps({"id": "a-good", "text": "Acme profit rose 3 percent."}),  # an id already given
    ]
    (root / "g-records.jsonl").write_text("\n".join(records) + "\n", encoding="utf-8")
    return root


def test_batch_faults_are_recorded_and_the_run_goes_on(tmp_path, faulty_dir, nlp):
    out = tmp_path / "out.sqlite"
    outcomes = []
    stats = run_batch([faulty_dir], out, nlp=nlp, max_bytes=4000, on_outcome=outcomes.append)
    assert (stats.done, stats.failed) == (2, 8)
    errors = {row["source"]: row["reason"] for row in read_sink(out)["errors"]}
    records = faulty_dir / "g-records.jsonl"
    expected = {
        faulty_dir / "b-latin1.txt": "not UTF-8 (byte 3)",
        faulty_dir / "c-binary.txt": "binary file (NUL bytes), not UTF-8 text",
        faulty_dir / "d-big.txt": "larger than --max-bytes (4400 > 4000 bytes)",
        faulty_dir / "e-empty.txt": "empty document",
        faulty_dir / "f-dangling.txt": "cannot read: No such file or directory",
        f"{records}:2": "invalid JSON (Expecting property name enclosed in double quotes)",
        f"{records}:3": 'record r2: "text" is missing or not a string',
        f"{records}:4": "duplicate doc_id 'a-good' (first given by " + str(faulty_dir / "a-good.txt") + ")",
    }
    assert errors == {str(source): reason for source, reason in expected.items()}
    assert [o.status for o in outcomes].count(Status.failed) == 8
    # a second run writes no error twice and still reports the failures
    again = run_batch([faulty_dir], out, nlp=nlp, max_bytes=4000)
    assert (again.done, again.skipped, again.failed) == (0, 2, 8)
    assert read_sink(out)["errors"] == [dict(row) for row in read_sink(out)["errors"]] and len(errors) == 8


def test_batch_exception_inside_the_extractor_fails_only_that_document(tmp_path, corpus_articles, nlp, monkeypatch):
    from extractor import api

    original = api.extract_documents

    def flaky(documents, **kwargs):
        documents = list(documents)
        if any(d.doc_id == corpus_articles[1].stem for d in documents):
            raise RuntimeError("rule crashed")
        return original(documents, **kwargs)

    monkeypatch.setattr(api, "extract_documents", flaky)
    out = tmp_path / "out"
    stats = run_batch(corpus_articles[:3], out, nlp=nlp)
    assert (stats.done, stats.failed) == (2, 1)
    (error,) = read_sink(out)["errors"]
    assert error["doc_id"] == corpus_articles[1].stem and error["stage"] == "extract"
    assert error["reason"] == "extraction failed: RuntimeError: rule crashed"
    # the same bytes are not retried; once the extractor is fixed, --force retries and clears the error
    assert run_batch(corpus_articles[:3], out, nlp=nlp).failed == 1
    monkeypatch.setattr(api, "extract_documents", original)
    fixed = run_batch(corpus_articles[:3], out, nlp=nlp, force=True)
    assert (fixed.done, fixed.failed) == (3, 0)
    assert read_sink(out)["errors"] == []


def test_batch_cli_reports_each_failure_and_counts_last(tmp_path, faulty_dir, nlp):
    out = tmp_path / "out.db"
    result = CliRunner().invoke(app, ["batch", str(faulty_dir), "--out", str(out), "--max-bytes", "4000"])
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("2 done, 0 skipped, 8 failed; ")
    assert lines[-1].endswith("facts written") and int(lines[-1].split("; ")[1].split()[0]) > 0
    assert sum(line.startswith("error: ") for line in lines) == 8
    assert "Traceback" not in result.output and result.stdout == ""
    assert "docs/s" not in result.stderr  # no progress bar when stderr is not a terminal


def test_batch_cli_usage_errors_exit_2(tmp_path, corpus_dir):
    runner = CliRunner()
    missing = runner.invoke(app, ["batch", str(tmp_path / "nothing"), "--out", str(tmp_path / "o.db")])
    assert missing.exit_code == 2 and "error: " in missing.stderr and "no such file" in missing.stderr
    suffix = runner.invoke(app, ["batch", str(corpus_dir), "--out", str(tmp_path / "o.csv")])
    assert suffix.exit_code == 2 and "unknown output type '.csv'" in suffix.stderr
    engine = runner.invoke(app, ["batch", str(corpus_dir), "--out", str(tmp_path / "o.db"), "--engine", "spark"])
    assert engine.exit_code == 2
    assert not (tmp_path / "o.db").exists()


# ---- resumable and exact: a real process killed with SIGKILL ----------------------------------


def _run_until(command: list[str], out: Path, done_at_least: int, sig: int) -> int:
    """Start `extract batch`, wait until `done_at_least` documents are committed, send `sig`."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while documents_done(out) < done_at_least:
        assert process.poll() is None, process.stderr.read().decode()
        assert time.monotonic() < deadline, "the run made no progress"
        time.sleep(0.02)
    assert process.poll() is None, "the run finished before it could be killed"
    process.send_signal(sig)
    process.wait(timeout=60)
    process.stderr.close()
    return process.returncode


@pytest.mark.slow
@pytest.mark.parametrize("sink", SUFFIXES)
def test_batch_killed_twice_and_restarted_equals_uninterrupted(tmp_path, reference, corpus_dir, sink):
    out = tmp_path / f"out{SUFFIXES[sink]}"
    command = extract_cmd(str(corpus_dir), "--out", str(out), "--chunk-size", "3", "--batch-size", "2")
    assert _run_until(command, out, 3, signal.SIGKILL) == -signal.SIGKILL
    first = documents_done(out)
    assert _run_until(command, out, first + 4, signal.SIGKILL) == -signal.SIGKILL
    assert documents_done(out) < 20
    finished = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert finished.returncode == 0, finished.stderr
    summary = finished.stderr.strip().splitlines()[-1]
    skipped = int(summary.split(", ")[1].split()[0])
    assert skipped >= first + 4 and summary.startswith(f"{20 - skipped} done, {skipped} skipped, 0 failed")
    assert read_sink(out) == read_sink(reference[sink])
    if sink == "jsonl":
        for table in DATA_TABLES:
            assert (out / f"{table}.jsonl").read_bytes() == (reference[sink] / f"{table}.jsonl").read_bytes()


@pytest.mark.slow
def test_batch_ctrl_c_flushes_and_exits_130(tmp_path, reference, corpus_dir):
    # Parquet keeps a chunk in memory: what was done at Ctrl-C is on disk only if the partial chunk was flushed
    out = tmp_path / "out.parquet"
    command = extract_cmd(str(corpus_dir), "--out", str(out), "--chunk-size", "4", "--workers", "2")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while documents_done(out) < 4 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert process.poll() is None, "the run finished before Ctrl-C"
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    assert "Traceback" not in stderr
    summary = stderr.strip().splitlines()[-1]
    assert summary.startswith("interrupted; ")
    done = int(summary.removeprefix("interrupted; ").split()[0])
    assert 0 < done < 20 and documents_done(out) == done
    resumed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stderr.strip().splitlines()[-1].startswith(f"{20 - done} done, {done} skipped, 0 failed")
    assert fact_jsons(out) == fact_jsons(reference["parquet"])


# ---- parallel --------------------------------------------------------------------------------


@pytest.mark.slow
def test_batch_two_workers_equal_one(tmp_path, reference, corpus_dir):
    out = tmp_path / "out"
    stats = run_batch([corpus_dir], out, workers=2, batch_size=3)
    assert (stats.done, stats.failed) == (20, 0)
    for table in [*DATA_TABLES, "manifest"]:
        assert (out / f"{table}.jsonl").read_bytes() == (reference["jsonl"] / f"{table}.jsonl").read_bytes()


def _model_loads() -> int:
    from extractor.api import load_nlp

    return load_nlp.cache_info().misses


@pytest.mark.slow
def test_batch_dask_cluster_with_two_worker_processes_equals_local_run(tmp_path, reference, corpus_dir):
    from distributed import Client, LocalCluster

    out = tmp_path / "out.sqlite"
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as cluster:
        stats = run_batch([corpus_dir], out, engine="dask", scheduler=cluster.scheduler_address, batch_size=2)
        with Client(cluster) as client:
            loads = client.run(_model_loads)
    assert (stats.done, stats.failed) == (20, 0)
    assert sorted(loads.values()) == [1, 1]  # both workers took work, and each loaded the model once
    assert read_sink(out) == read_sink(reference["sqlite"])


# ---- scalar columns and the version key --------------------------------------------------------


def _fact(**update) -> str:
    from extractor.models import Evidence, Fact, Period, Quantity

    fact = Fact(
        doc_id="tern",
        fact_id="f1",
        kind="change",
        subject="Ternwick Mills",
        predicate="revenue",
        value=Quantity(amount=2.0, unit="percent", direction="down", surface="2 percent"),
        period=Period(start="2019-01-01", end="2019-12-31", label="2019"),
        evidence=Evidence(sentence="Revenue fell 2 percent.", start=10, end=33),
    )
    return Fact.model_validate({**fact.model_dump(), **update}).model_dump_json()


@pytest.mark.parametrize(
    ("update", "expected"),
    [
        ({}, {"direction": "down", "amount": 2.0, "unit": "percent", "evidence_start": 10, "evidence_end": 33}),
        (
            {"comparison": "year on year", "attributed_to": "Mira Lund", "location": "Norway"},
            {"comparison": "year on year", "attributed_to": "Mira Lund", "location": "Norway", "comparison_end": None},
        ),
        (
            {"as_of": "2020-03-31", "object": "Lumo X2"},
            {"as_of": "2020-03-31", "object": "Lumo X2", "period_start": "2019-01-01", "bound": "="},
        ),
    ],
    ids=["quantity-and-evidence", "comparison-attribution-location", "as-of-and-object"],
)
@pytest.mark.parametrize("sink", ["sqlite", "parquet"])
def test_sinks_give_every_scalar_field_its_own_column(tmp_path, sink, update, expected):
    import datetime as dt

    from extractor.io.sinks import DocumentRecord
    from extractor.models import Document

    out = tmp_path / f"out{SUFFIXES[sink]}"
    writer = open_sink(out)
    document = Document(doc_id="tern", text="x" * 40)
    writer.write(DocumentRecord("tern.txt", document, "hash", "v1", [_fact(**update)], []))
    writer.close()
    row = read_sink(out)["facts"][0]
    as_text = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}
    assert {k: as_text[k] for k in expected} == expected
    assert json.loads(row["json"])["value"]["direction"] == "down"


def test_sqlite_sink_written_before_the_new_columns_gets_them(tmp_path):
    from extractor.io.sinks import FACT_COLUMNS

    out = tmp_path / "old.sqlite"
    conn = sqlite3.connect(out)
    conn.execute("CREATE TABLE facts (doc_id TEXT NOT NULL, position INTEGER NOT NULL, json TEXT NOT NULL)")
    conn.close()
    open_sink(out).close()
    conn = sqlite3.connect(out)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(facts)")]
    conn.close()
    assert set(columns) == {name for name, _, _ in FACT_COLUMNS}


def test_batch_version_changes_with_the_code_and_reruns_stale_documents(tmp_path, corpus_articles, nlp, monkeypatch):
    from extractor.io import batch as batch_module

    docs = tmp_path / "docs"
    docs.mkdir()
    for article in corpus_articles[:2]:
        shutil.copy(article, docs / article.name)
    out = tmp_path / "out.sqlite"
    assert run_batch([docs], out, nlp=nlp).done == 2
    assert run_batch([docs], out, nlp=nlp).skipped == 2
    version = batch_module.extractor_version(None)
    assert batch_module.code_hash()[:16] in version and "__version__" not in version
    monkeypatch.setattr(batch_module, "code_hash", lambda: "0" * 64)  # as after a rule or lexicon change
    rerun = run_batch([docs], out, nlp=nlp)
    assert (rerun.done, rerun.skipped) == (2, 0)


# ---- one commit per group of documents ---------------------------------------------------------


def _records(count: int, start: int = 0) -> list:
    """Invented documents with one fact each, and one read error in the middle, as a batch hands them over."""
    from extractor.io.sinks import DocumentRecord, ErrorRecord
    from extractor.models import Document

    records: list = []
    for i in range(start, start + count):
        document = Document(doc_id=f"tern-{i}", text="x" * 40)
        fact = _fact(doc_id=f"tern-{i}", fact_id=f"f{i}")
        entity = json.dumps({"doc_id": f"tern-{i}", "label": "ORG", "name": "Ternwick Mills"})
        records.append(DocumentRecord(f"tern-{i}.txt", document, f"hash-{i}", "v1", [fact], [entity]))
        if i == start + count // 2:
            records.append(ErrorRecord(f"broken-{i}.txt", None, None, "v1", "read", "empty document"))
    return records


@pytest.mark.parametrize("sink", SUFFIXES)
def test_sink_write_many_equals_writing_one_record_at_a_time(tmp_path, sink):
    one, many = tmp_path / f"one{SUFFIXES[sink]}", tmp_path / f"many{SUFFIXES[sink]}"
    records = [*_records(4), *_records(3, start=10)]
    writer = open_sink(one, chunk_size=3)
    for record in records:
        writer.write(record)
    writer.close()
    writer = open_sink(many, chunk_size=3)
    writer.write_many(records[:5])
    writer.write_many([])
    writer.write_many(records[5:])
    writer.close()
    assert read_sink(many) == read_sink(one)
    if sink == "jsonl":  # the manifest keeps one line per document, with the file ends after it
        for table in [*DATA_TABLES, "manifest"]:
            assert (many / f"{table}.jsonl").read_bytes() == (one / f"{table}.jsonl").read_bytes()


def test_sqlite_write_many_commits_the_whole_group_or_nothing(tmp_path):
    from dataclasses import replace

    out = tmp_path / "out.sqlite"
    writer = open_sink(out)
    writer.write_many(_records(2))
    group = _records(3, start=5)
    group[1] = replace(group[1], facts=["{not json"])  # fails half-way through the group
    with pytest.raises(json.JSONDecodeError):
        writer.write_many(group)
    writer.write_many(_records(1, start=9))
    writer.close()
    ids = [row["doc_id"] for row in read_sink(out)["documents"]]
    assert ids == ["tern-0", "tern-1", "tern-9"]
    assert [row["source"] for row in read_sink(out)["errors"]] == ["broken-1.txt", "broken-9.txt"]


def test_batch_commits_once_per_group_not_per_document(tmp_path, corpus_articles, nlp, monkeypatch):
    from extractor.io.sinks import SqliteSink

    docs = tmp_path / "docs"
    docs.mkdir()
    for article in corpus_articles[:5]:
        shutil.copy(article, docs / article.name)
    groups: list[int] = []
    write_many = SqliteSink.write_many

    def counted(self, records) -> None:
        groups.append(len(records))
        write_many(self, records)

    monkeypatch.setattr(SqliteSink, "write_many", counted)
    stats = run_batch([docs], tmp_path / "out.sqlite", nlp=nlp, batch_size=2)
    assert stats.done == 5 and groups == [2, 2, 1]
