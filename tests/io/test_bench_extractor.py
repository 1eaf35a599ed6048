"""scripts/bench_extractor.py: Docs parsed once into a DocBin give the extractor the same output as a whole run."""

from __future__ import annotations

import importlib.util
import json
import shutil
import sys
from pathlib import Path

from extractor.api import _extraction, extract_documents, load_nlp
from extractor.io.documents import read_text_file

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = ROOT / "scripts" / "bench_extractor.py"
_spec = importlib.util.spec_from_file_location("bench_extractor", SCRIPT)
bench_extractor = importlib.util.module_from_spec(_spec)
sys.modules["bench_extractor"] = bench_extractor
_spec.loader.exec_module(bench_extractor)


def _lines(extractions) -> list[str]:
    return [json.dumps(e.model_dump(mode="json"), sort_keys=True) for e in extractions]


def test_parsed_docs_give_the_output_of_a_whole_run(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:3]:
        shutil.copy(path, articles / path.name)
    docbin = tmp_path / "parsed.docbin"
    assert bench_extractor.parse(articles, docbin) == 3
    documents = [read_text_file(p) for p in sorted(articles.glob("*.txt"))]
    component = load_nlp().get_pipe("fact_extractor")
    parsed = bench_extractor.fresh_docs(docbin)
    from_docbin = [_extraction(d, component(doc))[0] for d, doc in zip(documents, parsed, strict=True)]
    assert _lines(from_docbin) == _lines(extract_documents(documents))
    assert any(e.facts for e in from_docbin)  # the articles state figures: the comparison is not of empty lists
    seconds = bench_extractor.extractor_seconds(docbin, passes=2)
    assert len(seconds) == 2 and all(s > 0 for s in seconds)
    report = bench_extractor.sample(docbin, top=400, passes=1, every=0.0001).splitlines()
    assert report[0].endswith("samples over 1 passes") and not report[0].startswith("0 ")
    assert any("find_facts" in line for line in report[report.index("cumulative:") :])  # the extractor's entry


def test_stages_time_each_component_of_a_whole_pass_that_gives_the_batch_results(tmp_path):
    from extractor.io.batch import _done

    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:2]:
        shutil.copy(path, articles / path.name)
    set_up, seconds, results = bench_extractor.stage_seconds(articles)
    documents = [read_text_file(p) for p in sorted(articles.glob("*.txt"))]
    assert results == [_done(e) for e in extract_documents(documents)]  # the same work as a batch run
    assert set(seconds) == {*load_nlp().pipe_names, "tokenizer", "results (validation, JSON)"}
    assert set_up >= 0 and all(s >= 0 for s in seconds.values()) and seconds["fact_extractor"] > 0
    report = bench_extractor.stages(articles).splitlines()
    assert report[0].startswith("2 stories, ")
    assert any(line.endswith(" fact_extractor") for line in report[1:-1])
    assert report[-1].startswith("spaCy's components: 0.")


def test_sample_by_module_groups_the_extractor_s_frames_by_module(tmp_path):
    """Round 39: `--sample N --modules` reads the same samples by extractor module ("facts/assembly"), the library code
    a module calls counted to it; every sample of the pass falls under the component's module."""
    articles = tmp_path / "articles"
    articles.mkdir()
    for path in sorted((ROOT / "corpus" / "articles").glob("*.txt"))[:2]:
        shutil.copy(path, articles / path.name)
    docbin = tmp_path / "parsed.docbin"
    bench_extractor.parse(articles, docbin)
    report = bench_extractor.sample(docbin, top=400, passes=1, every=0.0001, by_module=True).splitlines()
    assert report[0].endswith("samples over 1 passes") and not report[0].startswith("0 ")
    own, cumulative = report[2 : report.index("cumulative:")], report[report.index("cumulative:") + 1 :]
    assert own and all(":" not in line and ".py" not in line for line in own)  # modules, not functions or files
    assert {line.split()[-1] for line in cumulative} >= {"component", "facts/assembly"}
    shares = {line.split()[-1]: float(line.split()[0].rstrip("%")) for line in cumulative}
    assert shares["component"] >= 95.0  # the pass runs inside the component (a sample may fall between two Docs)
