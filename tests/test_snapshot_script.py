"""scripts/snapshot.py --counts-only: a comparison on a held-out folder reports counts, never story text."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "snapshot.py"
_spec = importlib.util.spec_from_file_location("snapshot_script", SCRIPT)
snapshot = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(snapshot)


def _line(doc_id: str, *facts: dict) -> str:
    return json.dumps({"doc_id": doc_id, "facts": list(facts), "text": "Secret story text."}, sort_keys=True)


def test_counts_name_changed_documents_and_facts_only():
    kept, moved, new = {"amount": 1}, {"amount": 2}, {"amount": 3}
    before = [_line("a", kept), _line("b", kept, moved), _line("c")]
    after = [_line("a", kept), _line("b", kept, new), _line("c", new, moved)]
    report = snapshot.changed_counts(before, after)
    assert report == "DIFFERENT: 2 of 3 documents changed (1 fact dropped, 3 added)"


def test_a_counts_only_comparison_prints_no_story_text_and_fails(tmp_path, monkeypatch, capsys):
    before_file = tmp_path / "before.jsonl"
    before_file.write_text(_line("a", {"amount": 1}) + "\n", encoding="utf-8")
    monkeypatch.setattr(snapshot, "snapshot_lines", lambda articles, model: [_line("a", {"amount": 2})])
    argv = ["snapshot.py", "--articles", str(tmp_path), "--compare", str(before_file), "--counts-only"]
    monkeypatch.setattr(sys, "argv", argv)
    assert snapshot.main() == 1
    printed = capsys.readouterr().out
    assert "DIFFERENT: 1 of 1 documents changed" in printed
    assert "Secret" not in printed


def test_counts_note_documents_without_counterpart():
    report = snapshot.changed_counts([_line("a")], [_line("a"), _line("b", {"amount": 1})])
    assert report.endswith("; 1 document without a counterpart")
