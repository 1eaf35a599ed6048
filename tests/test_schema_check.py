"""One home for writing and checking schemas/: extractor/schemas.py, used by `extract schema` and the script."""

from __future__ import annotations

from extractor.schemas import schema_files
from tests.conftest import ROOT


def test_schemas_stale_names_changed_missing_and_leftover_files(tmp_path):
    from extractor.schemas import stale_schemas, write_schemas

    assert write_schemas(tmp_path) == len(schema_files())
    assert stale_schemas(tmp_path) == []
    (tmp_path / "Fact.json").write_text("{}", encoding="utf-8")
    (tmp_path / "Period.json").unlink()
    (tmp_path / "Leftover.json").write_text("{}", encoding="utf-8")
    assert stale_schemas(tmp_path) == ["Fact.json", "Leftover.json", "Period.json"]
    write_schemas(tmp_path)
    assert stale_schemas(tmp_path) == [] and not (tmp_path / "Leftover.json").exists()


def test_schemas_script_and_command_agree(tmp_path):
    import subprocess
    import sys

    stale = tmp_path / "stale"
    stale.mkdir()
    (stale / "Fact.json").write_text("{}", encoding="utf-8")
    script = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "export_schemas.py"), "--check", "--dir", str(stale)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert script.returncode == 1 and "Fact.json" in script.stderr
    command = subprocess.run(
        [
            sys.executable,
            "-c",
            "from extractor.cli import main; main()",
            "schema",
            "--check",
            "--directory",
            str(stale),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert command.returncode == 1 and "Fact.json" in command.stderr
