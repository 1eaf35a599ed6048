"""scripts/snapshot.py --counts-only: a comparison on a held-out folder reports counts, never story text."""

from __future__ import annotations

import importlib.util
import json
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
    assert "Secret" not in report


def test_counts_note_documents_without_counterpart():
    report = snapshot.changed_counts([_line("a")], [_line("a"), _line("b", {"amount": 1})])
    assert report.endswith("; 1 document without a counterpart")
