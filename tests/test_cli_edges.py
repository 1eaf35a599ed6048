"""Edges a first-time user hits, run as a user runs them: the CLI in a fresh process (issue 12, edges 1, 3, 4, 5)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS, ROOT

COMMANDS = ["", "run", "eval", "quantities", "batch", "schema"]
TYPE_NAMES = re.compile(r"<(?:list\[|bool>|str>|int>|path>|Path>|float>|integer>|text>)")


def extract(*args: str, columns: int = 100, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """`extract ARGS` in a fresh interpreter (so nothing is cached and imports are as a user gets them)."""
    env = {**os.environ, "COLUMNS": str(columns), "PYTHONPATH": str(ROOT)}
    code = "import sys; from extractor.cli import main; sys.argv[0] = 'extract'; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=cwd, env=env, check=False
    )


def one_error_line(result: subprocess.CompletedProcess) -> str:
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return errors[0]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbor-freight.txt"
    path.write_text(
        " date 2021-03-04 Quarterly update\n\n"
        "Osprey Logistics said freight volume rose 7 percent in the fourth quarter.\n",
        encoding="utf-8",
    )
    return path


# ---------------------------------------------------------------- edge 4: -h and --version everywhere


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_short_and_long_help_without_type_names(command, flag):
    result = extract(*([command] if command else []), flag)
    assert result.returncode == 0, result.stderr
    assert "Usage:" in result.stdout
    assert not TYPE_NAMES.search(result.stdout), TYPE_NAMES.search(result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_version(command):
    from extractor import __version__

    result = extract(*([command] if command else []), "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"extract {__version__}"


def test_top_level_help_shows_the_main_commands_options():
    text = extract("--help").stdout
    for option in ("--format", "--published", "--html", "--entities", "--model"):
        assert option in text
    for command in COMMANDS[2:]:
        assert command in text


# ---------------------------------------------------------------- edge 1: output into a missing folder


@pytest.mark.slow
def test_html_into_a_missing_folder_creates_it(article, tmp_path):
    page = tmp_path / "no" / "such" / "dir" / "view.html"
    result = extract(str(article), "--format", "jsonl", "--html", str(page))
    assert result.returncode == 0, result.stderr
    assert "Osprey Logistics" in page.read_text(encoding="utf-8")
    assert result.stdout.strip(), "the facts are still printed"


@pytest.mark.parametrize(
    "args",
    [
        ["ARTICLE", "--html", "DIR"],  # a directory, not a file
        ["ARTICLE", "--html", "FILE/view.html"],  # the folder would have to be made inside a file
        ["eval", "--gold", "GOLD", "ARTICLE", "--json", "FILE/report.json"],
    ],
)
def test_an_output_that_cannot_be_written_is_one_error_line_and_exit_1(args, article, tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("x", encoding="utf-8")
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{article.stem}.json").write_text(json.dumps({"doc_id": article.stem, "facts": []}), encoding="utf-8")
    names = {"ARTICLE": str(article), "DIR": str(tmp_path), "FILE": str(blocker), "GOLD": str(gold)}
    argv = [re.sub(r"^(ARTICLE|DIR|FILE|GOLD)", lambda m: names[m.group(1)], arg) for arg in args]
    result = extract(*argv)
    assert result.returncode == 1
    assert one_error_line(result).startswith("error: ")
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- edge 3: eval without gold


@pytest.mark.parametrize("gold_name", ["other-story", "harbor-freight-2"])
def test_eval_of_an_article_without_gold_names_the_missing_file_and_prints_no_score(article, tmp_path, gold_name):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{gold_name}.json").write_text(json.dumps({"doc_id": gold_name, "facts": []}), encoding="utf-8")
    result = extract("eval", "--gold", str(gold), str(article))
    assert result.returncode == 1
    line = one_error_line(result)
    assert str(gold / "harbor-freight.json") in line
    assert "F1" not in result.stdout and "precision" not in result.stdout


def test_eval_with_a_broken_gold_file_is_one_line(article, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "harbor-freight.json").write_text("{not json", encoding="utf-8")
    result = extract("eval", "--gold", str(gold), str(article))
    assert result.returncode == 1  # no score: like missing gold (edge 3)
    assert "harbor-freight.json" in one_error_line(result)


# ---------------------------------------------------------------- edge 5: the table in a terminal of 80 columns


@pytest.mark.slow
def test_make_demo_table_at_80_columns_keeps_every_amount_whole():
    from extractor.eval.reports import quantity_text
    from extractor.models import Fact

    path = CORPUS / "articles" / "xiaomi-2017-07-07.txt"
    facts = [Fact.model_validate_json(line) for line in extract(str(path), "--format", "jsonl").stdout.splitlines()]
    table = extract(str(path), "--format", "table", columns=80).stdout
    assert max(len(line) for line in table.splitlines()) <= 80
    assert "…" not in table
    for fact in facts:
        for word in quantity_text(fact.value).split() + (fact.period.label.split() if fact.period else []):
            assert word in table, word
    assert f"{len(facts)} facts" in table


@pytest.mark.slow
def test_one_fact_is_one_fact(article):
    result = extract(str(article), "--format", "table", columns=80)
    assert result.returncode == 0, result.stderr
    assert "1 fact" in result.stdout and "1 facts" not in result.stdout


# ---------------------------------------------------------------- --max-bytes on every command that reads inputs


@pytest.mark.parametrize("command", [[], ["eval", "--gold", "GOLD"], ["quantities"]])
def test_every_command_refuses_an_input_over_max_bytes_naming_the_limit_and_the_flag(command, article, tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{article.stem}.json").write_text(json.dumps({"doc_id": article.stem, "facts": []}), encoding="utf-8")
    argv = [str(gold) if arg == "GOLD" else arg for arg in command]
    result = extract(*argv, str(article), "--max-bytes", "50")
    assert result.returncode == 1
    line = one_error_line(result)
    assert str(article) in line and "--max-bytes" in line and "50 bytes" in line
    assert "F1" not in result.stdout and not result.stdout.strip()


@pytest.mark.slow
def test_a_jsonl_record_over_max_bytes_is_refused_and_the_others_run(tmp_path):
    records = tmp_path / "records.jsonl"
    small = {"id": "short-note", "text": "Pelican Air said bookings rose 9 percent in May.", "published": "2022-06-01"}
    large = {"id": "long-note", "text": "Pelican Air said bookings rose 9 percent in May. " * 20}
    records.write_text("\n".join(json.dumps(record) for record in (large, small)) + "\n", encoding="utf-8")
    result = extract(str(records), "--format", "jsonl", "--max-bytes", "500")
    assert result.returncode == 1
    assert "long-note" in one_error_line(result)
    assert {json.loads(line)["doc_id"] for line in result.stdout.splitlines()} == {"short-note"}


def test_python_dash_m_runs_the_same_command(article):
    """`python -m extractor` is the `extract` command where the console script is not on PATH."""
    from extractor import __version__

    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-m", "extractor"]
    version = subprocess.run([*run, "--version"], capture_output=True, text=True, env=env, check=False)
    assert version.stdout.strip() == f"extract {__version__}"
    facts = subprocess.run(
        [*run, str(article), "--format", "jsonl"], capture_output=True, text=True, env=env, check=False
    )
    assert facts.returncode == 0, facts.stderr
    assert any(json.loads(line)["value"]["amount"] == 7 for line in facts.stdout.splitlines())
