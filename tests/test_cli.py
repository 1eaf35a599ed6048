"""The `extract` command through Typer's CliRunner: exit codes, JSONL on stdout, one-line errors on stderr."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.models import Fact
from tests.conftest import CORPUS

ARTICLE = CORPUS / "articles" / "xiaomi-2017-07-07.txt"


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, args):
    result = runner.invoke(app, args, catch_exceptions=False)
    assert "Traceback" not in result.stdout + result.stderr
    return result


def test_cli_jsonl_facts_validate_and_carry_doc_id(runner, nlp):
    result = run(runner, [str(ARTICLE), "--format", "jsonl"])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) >= 10
    facts = [Fact.model_validate_json(line) for line in lines]
    assert {f.doc_id for f in facts} == {"xiaomi-2017-07-07"}


def test_cli_same_input_same_output(runner, nlp):
    first = run(runner, [str(ARTICLE), "--format", "jsonl"]).stdout
    assert first == run(runner, [str(ARTICLE), "--format", "jsonl"]).stdout


def test_cli_entities_flag_emits_entity_records(runner, nlp):
    result = run(runner, [str(ARTICLE), "--format", "jsonl", "--entities"])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    entities = [r for r in records if r.get("record") == "entity"]
    assert {"label": "GPE", "name": "China"}.items() <= {
        k: v for e in entities for k, v in e.items() if e["name"] == "China"
    }.items()


def test_cli_published_overrides_header(runner, nlp, tmp_path):
    article = tmp_path / "plain.txt"
    article.write_text("Brantley Corp said revenue rose 8 percent in the first quarter.\n", encoding="utf-8")
    result = run(runner, [str(article), "--format", "jsonl", "--published", "2015-05-02"])
    fact = Fact.model_validate_json(result.stdout.splitlines()[0])
    assert str(fact.period.start) == "2015-01-01"


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("missing.txt", None, "no such file"),
        ("empty.txt", b"", "empty"),
        ("binary.txt", b"\x00\x01\x02\xff", "binary"),
        ("latin1.txt", b"Gr\xfc\xdfe aus M\xfcnchen", "not UTF-8"),
        ("header.txt", b" date 2017-02-30 Bad date\nSales rose.", "impossible date"),
        ("nosentences.txt", b" date 2017-02-03 Only header\n", "no sentences"),
        ("adir", "dir", "directory"),
    ],
)
def test_cli_bad_input_gets_one_line_and_others_still_run(runner, nlp, tmp_path, name, content, reason):
    bad = tmp_path / name
    if content == "dir":
        bad.mkdir()
    elif content is not None:
        bad.write_bytes(content)
    result = run(runner, [str(bad), str(ARTICLE), "--format", "jsonl"])
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and str(bad) in errors[0] and reason in errors[0]
    assert len(result.stdout.splitlines()) >= 10  # the good article was still processed


def test_cli_bad_published_is_a_usage_error(runner):
    result = run(runner, [str(ARTICLE), "--published", "yesterday"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_cli_unknown_model_is_one_clear_line(runner, tmp_path):
    result = run(runner, [str(ARTICLE), "--model", "no_such_pipeline_xx"])
    assert result.exit_code == 2
    assert "no_such_pipeline_xx" in result.stderr


def test_cli_help_explains_every_option(runner):
    result = run(runner, ["run", "--help"])
    for option in ("--published", "--format", "--model", "--entities", "--html"):
        assert option in result.stdout
    assert "eval" in run(runner, ["--help"]).stdout


def test_cli_eval_scores_articles_and_writes_json(runner, nlp, tmp_path):
    out = tmp_path / "report.json"
    result = run(runner, ["eval", "--gold", str(CORPUS / "gold"), str(ARTICLE), "--json", str(out)])
    assert result.exit_code == 0, result.stderr
    report = json.loads(out.read_text())
    assert [d["doc_id"] for d in report["per_document"]] == ["xiaomi-2017-07-07"]
    assert report["overall"]["value"]["f1"] >= 0.95


def test_cli_eval_scores_a_predictions_file(runner, nlp, tmp_path):
    predictions = tmp_path / "pred.jsonl"
    predictions.write_text(run(runner, [str(ARTICLE), "--format", "jsonl"]).stdout, encoding="utf-8")
    out = tmp_path / "report.json"
    result = run(runner, ["eval", "--gold", str(CORPUS / "gold"), str(predictions), "--json", str(out)])
    report = json.loads(out.read_text())
    xiaomi = next(d for d in report["per_document"] if d["doc_id"] == "xiaomi-2017-07-07")
    assert xiaomi["value"]["f1"] >= 0.95
    assert result.exit_code == 0


def test_cli_eval_missing_gold_dir(runner, tmp_path):
    result = run(runner, ["eval", "--gold", str(tmp_path / "nope"), str(ARTICLE)])
    assert result.exit_code == 1 and "gold directory not found" in result.stderr
    assert "F1" not in result.stdout


def test_cli_eval_empty_gold_dir(runner, tmp_path):
    (tmp_path / "gold").mkdir()
    result = run(runner, ["eval", "--gold", str(tmp_path / "gold"), str(ARTICLE)])
    assert result.exit_code == 1 and "no *.json gold files" in result.stderr
    assert "F1" not in result.stdout


def test_cli_quantities_prints_one_line_per_input(runner, tmp_path):
    source = tmp_path / "lines.txt"
    source.write_text("Output rose 5 percent.\nThe firm hired 5,000 people.\n", encoding="utf-8")
    result = run(runner, ["quantities", str(source)])
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 2
    assert rows[0]["quantities"][0]["unit"] == "percent"
    people = rows[1]["quantities"][0]
    assert people["amount"] == 5000 and people["unit"] is None and people["counted"] == "people"
    text = "The firm hired 5,000 people."
    assert text[people["start"] : people["end"]] == people["surface"]


def test_cli_every_output_line_validates_against_the_exported_schema(runner, nlp):
    import jsonschema

    schema = json.loads((CORPUS.parent / "schemas" / "Fact.json").read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    lines = run(runner, [str(ARTICLE), "--format", "jsonl"]).stdout.splitlines()
    assert lines
    for line in lines:
        validator.validate(json.loads(line))


def test_cli_article_html_view_is_written_and_escaped(runner, nlp, tmp_path):
    article = tmp_path / "hostile.txt"
    article.write_text(
        ' date 2020-01-02 <script>document.title="pwned"</script>\n\n'
        "Kestrel Mining said revenue rose 4 percent to $2 billion. <img src=x onerror=alert(1)>\n",
        encoding="utf-8",
    )
    page = tmp_path / "view.html"
    result = run(runner, [str(article), "--format", "jsonl", "--html", str(page)])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>document.title" not in html and "&lt;script&gt;" in html
    assert "<img src=x" not in html
    assert "4 percent" in html


def test_cli_article_html_needs_exactly_one_document(runner, nlp, tmp_path):
    result = run(runner, [str(ARTICLE), str(ARTICLE), "--html", str(tmp_path / "x.html")])
    assert result.exit_code == 2 and "exactly one" in result.stderr


def test_cli_eval_html_report_is_written(runner, nlp, tmp_path):
    page = tmp_path / "report.html"
    result = run(runner, ["eval", "--gold", str(CORPUS / "gold"), str(ARTICLE), "--html", str(page), "--no-errors"])
    assert result.exit_code == 0, result.stderr
    html = page.read_text(encoding="utf-8")
    assert "xiaomi-2017-07-07" in html and "<svg" in html


def test_cli_a_failure_inside_the_extractor_spares_the_other_files(runner, nlp, tmp_path, monkeypatch):
    import extractor.facts.assembly

    real = extractor.facts.assembly.find_facts

    def failing_on_poison(doc, **kwargs):
        if "poison" in doc.text:
            raise RuntimeError("boom")
        return real(doc, **kwargs)

    monkeypatch.setattr(extractor.facts.assembly, "find_facts", failing_on_poison)
    bad = tmp_path / "bad.txt"
    bad.write_text("The poison pill cost Brantley Corp $5 million.\n", encoding="utf-8")
    result = run(runner, [str(bad), str(ARTICLE), "--format", "jsonl"])
    assert result.exit_code == 1
    assert "error: bad: extraction failed: RuntimeError: boom" in result.stderr
    assert len(result.stdout.splitlines()) >= 10
