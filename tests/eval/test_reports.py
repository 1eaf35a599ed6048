"""Terminal and JSON renderings of an EvalReport and of facts."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from extractor.eval.gold import GoldFact, load_gold_dir
from extractor.eval.reports import (
    eval_report_json,
    fact_text,
    facts_table,
    format_amount,
    quantity_text,
    render_eval,
    strict_only,
)
from extractor.eval.scoring import EvalReport, score_corpus
from extractor.models import Entity, Evidence, Fact, Period, Quantity

GOLD_DIR = Path(__file__).resolve().parents[2] / "corpus" / "gold"
HOSTILE = "[bold red]boom[/] [/] <script>alert(1)</script>"


def console() -> Console:
    return Console(file=io.StringIO(), width=220, record=True, color_system=None)


def as_prediction(gold: GoldFact, number: int) -> Fact:
    """A gold fact as the extractor would write it: with an id and evidence offsets, without `optional`."""
    record = gold.model_dump(exclude={"optional"})
    start = gold.evidence.start or 0
    record["fact_id"] = record["fact_id"] or f"p{number}"
    record["evidence"] |= {"start": start, "end": start + len(gold.evidence.sentence)}
    return Fact.model_validate(record)


@pytest.fixture(scope="module")
def corpus_report() -> tuple[EvalReport, dict[str, list[Fact]]]:
    """Gold facts as predictions, with one fact dropped, one value changed and one modality changed."""
    gold = load_gold_dir(GOLD_DIR)
    assert "xiaomi-2017-07-07" in gold
    predicted = {
        doc_id: [as_prediction(f, i) for i, f in enumerate(record.facts) if not f.optional]
        for doc_id, record in gold.items()
    }
    xiaomi = predicted["xiaomi-2017-07-07"]
    dropped = xiaomi.pop(0)
    xiaomi[0] = xiaomi[0].model_copy(update={"value": xiaomi[0].value.model_copy(update={"amount": 71.0})})
    xiaomi[1] = xiaomi[1].model_copy(update={"modality": "forecast"})
    predicted["unknown-doc"] = [dropped.model_copy(update={"doc_id": "unknown-doc"})]
    entities = {"xiaomi-2017-07-07": [Entity(doc_id="xiaomi-2017-07-07", label="ORG", name="Xiaomi")]}
    return score_corpus(predicted, gold, predicted_entities=entities), predicted


def test_reports_render_eval_shows_tables_and_errors(corpus_report):
    report, _ = corpus_report
    out = console()
    render_eval(report, out)
    text = out.export_text()
    assert "Facts: precision, recall, F1" in text
    assert f"{report.overall.value.precision:.3f}" in text
    assert f"{report.overall.strict.f1:.3f}" in text
    for kind in report.per_kind:
        assert kind in text
    for doc in report.per_document:
        assert doc.doc_id in text
    assert "not scored (no gold file): unknown-doc" in text
    assert "false negatives (value)" in text
    assert "surging 70 percent" in text  # the sentence of the changed change fact
    assert "modality forecast, gold actual" in text
    assert "Entities" in text and "Lei Jun (PERSON)" in text
    assert "Strict misses by field" in text
    for field, count in report.strict_misses_by_field.items():
        name = "no value match" if field == "value" else field
        assert re.search(rf"{name}\s+\S\s+{count}\s", text), field


def test_reports_render_eval_can_hide_errors(corpus_report):
    report, _ = corpus_report
    out = console()
    render_eval(report, out, show_errors=False)
    text = out.export_text()
    assert "Per document" in text
    assert "false negatives" not in text


def test_reports_eval_report_json_round_trips(corpus_report):
    report, _ = corpus_report
    data = json.loads(eval_report_json(report))
    assert data["overall"]["value"]["fn"] == report.overall.value.fn > 0
    assert EvalReport.model_validate(data) == report


def test_reports_strict_only_is_a_multiset_difference(corpus_report):
    report, _ = corpus_report
    only = strict_only(report.value.false_positives, report.strict.false_positives)
    assert len(only) == report.overall.strict.fp - report.overall.value.fp
    assert all(miss.reasons for miss in only)


def test_reports_facts_table_rows_and_markup_safety():
    sentence = f"{HOSTILE} revenue fell 3.8 percent in Q2, " + "and more words " * 10
    fact = Fact(
        doc_id="d",
        fact_id="f1",
        kind="change",
        subject=HOSTILE,
        predicate="revenue",
        value=Quantity(amount=3.8, unit="percent", direction="down", surface="3.8 percent"),
        period=Period(start=dt.date(2017, 4, 1), end=dt.date(2017, 6, 30), label="Q2 2017"),
        evidence=Evidence(sentence=sentence, start=0, end=len(sentence)),
    )
    table = facts_table([fact, fact.model_copy(update={"kind": "metric", "value": None})])
    assert table.row_count == 2
    assert [column.header for column in table.columns] == [
        "kind", "subject", "predicate", "object", "value", "period", "modality", "evidence"
    ]  # fmt: skip
    out = console()
    out.print(table)
    text = out.export_text()
    assert "[bold red]boom[/] [/]" in text
    assert "3.8 percent, down" in text
    assert "Q2 2017" in text
    assert "…" in text


@pytest.mark.parametrize(
    ("amount", "expected"),
    [(23160000.0, "23,160,000"), (1.364, "1.364"), (14.71e9, "14,710,000,000"), (0.000123, "0.000123"), (-3.8, "-3.8")],
)
def test_reports_format_amount(amount, expected):
    assert format_amount(amount) == expected


def test_reports_quantity_text():
    quantity = Quantity(amount=1000.0, counted="professional", bound=">=", approximate=True, surface="thousands")
    assert quantity_text(quantity) == ">=~1,000 professional"
    ranged = Quantity(amount=8.0, unit="percent", low=7.0, high=9.0, direction="up", surface="7 to 9 percent")
    assert quantity_text(ranged) == "8 percent (7 to 9), up"
    converted = Quantity(
        amount=1e11,
        unit="CNY",
        surface="100 billion yuan",
        equivalents=[Quantity(amount=14.71e9, unit="USD", surface="x")],
    )
    assert quantity_text(converted) == "100,000,000,000 CNY = 14,710,000,000 USD"
    assert quantity_text(None) == ""


def test_reports_fact_text():
    fact = Fact(
        doc_id="d", fact_id="f1", kind="role", subject="Xiaomi", predicate="chairman and ceo", object="Lei Jun",
        modality="target", evidence=Evidence(sentence="s", start=0, end=1),
    )  # fmt: skip
    assert fact_text(fact) == "role · Xiaomi · chairman and ceo · Lei Jun · target"


def test_reports_render_eval_narrow_console_keeps_f1(corpus_report):
    report, _ = corpus_report
    narrow = Console(file=io.StringIO(), width=80, record=True, color_system=None)
    render_eval(report, narrow, show_errors=False)
    text = narrow.export_text()
    assert "gold (+optional)" not in text
    assert "strict F1" in text
    assert max(len(line) for line in text.splitlines()) <= 80
    for doc in report.per_document:
        assert f"{doc.strict.f1:.3f}" in text
