"""scripts/audit_news.py: the counting functions of issue 10's batch bars, on facts built here."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from extractor.io.sinks import DocumentRecord, ErrorRecord, SqliteSink
from extractor.models import Document, Evidence, Fact

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "audit_news.py"
_spec = importlib.util.spec_from_file_location("audit_news", SCRIPT)
audit_news = importlib.util.module_from_spec(_spec)
sys.modules["audit_news"] = audit_news  # dataclasses look their module up while the script loads
_spec.loader.exec_module(audit_news)


@pytest.mark.parametrize(
    "predicate, expected",
    [
        ("& poor index .spx", True),
        ("close of the .n225", True),
        ("level of (.ftse)", True),
        ("^gspc reading", True),
        ("net income", False),
        ("u.s. sales", False),
        ("share of the european market", False),
        (".5 point", False),
    ],
)
def test_index_code_in_predicate(predicate, expected):
    assert audit_news.has_index_code(predicate) is expected


@pytest.mark.parametrize(
    "predicate, reason",
    [
        ("amount", "fallback"),
        ("yoy", "fallback"),
        ("Increase", "fallback"),
        ("the", "function word"),
        ("of", "function word"),
        ("%", "no letters"),
        ("& poor index .spx", "index code"),
        ("kvl.o shares", "ticker"),
        ("nyse: brt stake", "ticker"),
        ("net interest margin", None),
        ("income from continuing operations", None),
        ("same-store sales", None),
    ],
)
def test_junk_reason(predicate, reason):
    assert audit_news.junk_reason(predicate) == reason


BRACKETED = (
    " date 2011-03-02 Talbrook Mills lifts output\n"
    "OSLO (Newswire) - Talbrook Mills (TLB.OL) said on Monday output rose 4 percent.\n"
    "Shares of the miller <TLBM.L> gained, and Talbrook Mills told Newswire it was pleased.\n"
    "Rival Kvarn (KVN) fell (sharply.\n"
    "Kvarnholm Group said nothing.\n"
)


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("TLB.OL", True),
        ("TLB", True),
        ("TLBM.L", True),
        ("KVN", True),
        ("Talbrook Mills", False),
        ("Newswire", False),  # also written outside brackets ("told Newswire")
        ("Kvarnholm Group", False),  # the stray "(" on the line before closes at the line break
        ("Kvarn", False),
        ("Ostvik Paper", None),
    ],
)
def test_written_only_in_brackets(subject, expected):
    assert audit_news.written_only_in_brackets(subject, BRACKETED) is expected


def test_subject_is_matched_as_a_whole_word():
    text = "Ardent (ARD) and Ardentia said sales rose."
    assert audit_news.subject_occurrences("Ardent", text) == [0]
    assert audit_news.written_only_in_brackets("ARD", text) is True


@pytest.mark.parametrize(
    "subject, expected",
    [
        ("Reuters", True),
        ("the Associated Press", True),
        ("Thomson Reuters I/B/E/S", True),
        ("Gallup", True),
        ("Reuters poll", True),
        ("Talbrook Mills", False),
        ("Press Holdings", False),
        ("Reuters-Norland commodity index", False),
    ],
)
def test_agency_subjects(subject, expected):
    assert audit_news.is_agency(subject) is expected


@pytest.mark.parametrize(
    "subject, expected",
    [("KVN", True), ("TLB.OL", True), ("ABCDEF", False), ("Talbrook", False), ("Kvn", False)],
)
def test_ticker_like_subjects(subject, expected):
    assert audit_news.looks_like_ticker(subject) is expected


def _row(doc_id: str, subject: str, predicate: str, kind: str = "metric", modality: str = "actual"):
    return audit_news.FactRow(doc_id, kind, subject, predicate, modality, f"{subject} {predicate}.")


def _run() -> object:
    texts = {"a": BRACKETED, "b": "NEW YORK (Reuters) - Ostvik Paper said profit rose; the .OSX index fell."}
    facts = [
        _row("a", "Talbrook Mills", "output"),
        _row("a", "TLB", "amount", kind="change"),
        _row("a", "Talbrook Mills", "& poor index .spx"),
        _row("b", "Reuters", "profit", modality="forecast"),
        _row("b", "Ostvik Paper", "amount"),
        _row("b", "index .OSX", "level"),
    ]
    return audit_news.Run(texts=texts, facts=facts, errors=[("c.txt", "extractor failed")])


def test_audit_counts_each_category():
    result = audit_news.audit(_run(), examples=5)
    assert (result.documents, result.failures, result.facts) == (2, 1, 6)
    assert result.counts["amount predicate"] == 2
    assert result.share("amount predicate") == pytest.approx(2 / 6)
    assert result.counts["subject only in brackets"] == 2  # TLB in "a", Reuters in "b"
    assert result.counts["only in brackets, no agency"] == 1
    assert result.bracketed == {"TLB": 1, "Reuters": 1}
    assert result.counts["index code in predicate"] == 1
    assert result.counts["index code in subject"] == 1
    assert result.counts["subject not in text"] == 1  # "index .OSX" is never written so
    assert result.unwritten == {"index .OSX": 1}
    assert result.agencies == {"Reuters": 1}
    assert result.counts["junk predicate"] == 3
    assert result.tickers == {"TLB": 1}
    assert result.kinds == {"metric": 5, "change": 1}
    assert result.modalities == {"actual": 5, "forecast": 1}
    assert [f.doc_id for f in result.examples["amount predicate"]] == ["a", "b"]


def test_missed_bars_name_each_bar():
    result = audit_news.audit(_run())
    assert audit_news.missed_bars(result) == [
        "failures",
        "amount predicate",
        "subject only in brackets",
        "index code in predicate",
    ]
    clean = audit_news.audit(audit_news.Run(texts={"a": BRACKETED}, facts=[_row("a", "Talbrook Mills", "output")]))
    assert audit_news.missed_bars(clean) == []


def _write_sink(path: Path) -> None:
    text = "LIMA (Newswire) - Andesol Energia said revenue rose to $40 million."
    document = Document(doc_id="andesol", published=dt.date(2012, 5, 3), text=text)
    fact = Fact(
        doc_id="andesol",
        fact_id="f1",
        kind="metric",
        subject="Newswire",
        predicate="amount",
        evidence=Evidence(sentence=text, start=0, end=len(text)),
        modality="target",
    )
    sink = SqliteSink(path)
    sink.write(DocumentRecord("andesol.txt", document, "h", "v", [fact.model_dump_json()], []))
    sink.write(ErrorRecord("broken.txt", None, None, "v", "read", "not UTF-8"))
    sink.close()


def test_read_sink_and_main(tmp_path, capsys):
    sink = tmp_path / "run.sqlite"
    _write_sink(sink)
    run = audit_news.read_sink(sink)
    assert run.facts == [audit_news.FactRow("andesol", "metric", "Newswire", "amount", "target", run.facts[0].sentence)]
    assert run.facts[0].sentence.startswith("LIMA (Newswire)")
    assert run.errors == [("broken.txt", "not UTF-8")]
    summary = tmp_path / "summary.json"
    assert audit_news.main(["--from-sink", str(sink), "--json", str(summary)]) == 0
    assert audit_news.main(["--from-sink", str(sink), "--check"]) == 1
    out = capsys.readouterr().out
    assert "amount predicate" in out and "brackets + not in text" in out
    data = json.loads(summary.read_text(encoding="utf-8"))
    assert data["failures"] == 1 and data["counts"]["subject only in brackets"] == 1


def test_usage_errors_exit_2(tmp_path):
    with pytest.raises(SystemExit) as stopped:
        audit_news.main(["--limit", "0"])
    assert stopped.value.code == 2
    with pytest.raises(SystemExit) as stopped:
        audit_news.main([str(tmp_path / "absent")])
    assert stopped.value.code == 2
