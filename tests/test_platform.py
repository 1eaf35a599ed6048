"""Platform contracts: light imports, the component registered for plain spaCy, one config home."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import CORPUS, ROOT


def python(code: str) -> str:
    """Run `code` in a fresh interpreter (so sys.modules starts empty) and return its stdout."""
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize(
    "statement",
    [
        "import extractor.models",
        "import extractor.cli",
        "import extractor",
        "from extractor import Fact, Document",
        "import extractor.config",
        "import extractor.schemas",
    ],
)
def test_importing_the_light_modules_loads_no_spacy(statement):
    assert python(f"import sys; {statement}; print('spacy' in sys.modules)") == "False"


@pytest.mark.parametrize("args", [["--help"], ["-h"], ["--version"], ["eval", "--help"]])
def test_the_cli_answers_help_and_version_without_spacy_or_the_models(args):
    code = (
        "import sys\nfrom extractor.cli import main\nsys.argv = ['extract', *sys.argv[1:]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('spacy' in sys.modules, 'extractor.models' in sys.modules, file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    assert result.stderr.strip().splitlines()[-1] == "False False", result.stderr


def test_the_lazy_names_still_resolve_to_the_library_functions():
    out = python(
        "import extractor, extractor.api, extractor.nlp, extractor.models\n"
        "print(extractor.extract is extractor.api.extract, extractor.load_nlp is extractor.nlp.load_nlp,"
        " extractor.extract_documents is extractor.api.extract_documents, extractor.Fact is extractor.models.Fact)"
    )
    assert out == "True True True True"


def test_star_import_gives_every_public_name():
    namespace: dict = {}
    exec("from extractor import *", namespace)  # noqa: S102  the star import a notebook user would write
    import extractor

    assert set(extractor.__all__) <= set(namespace)


def test_an_unknown_attribute_is_still_an_attribute_error():
    import extractor

    with pytest.raises(AttributeError, match="no_such_thing"):
        extractor.no_such_thing  # noqa: B018


ARTICLES = ["xiaomi-2017-07-07", "microsoft-fy24-q4-results-2024-07-30", "sharp-fy2011-results-2012-04-27"]

PLAIN_SPACY = """
import json, sys, spacy
from extractor.nlp import default_model
nlp = spacy.load(default_model())
{setup}
for path in sys.argv[1:]:
    doc = nlp(open(path, encoding="utf-8").read())
    print(json.dumps([fact.model_dump(mode="json") for fact in doc._.facts], sort_keys=True))
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    "setup",
    [
        'nlp.add_pipe("fact_extractor")',
        'nlp.add_pipe("paragraph_boundaries", before="parser"); nlp.add_pipe("fact_extractor")',
    ],
)
def test_plain_spacy_with_add_pipe_gives_the_facts_extract_gives(setup, nlp):
    from extractor import extract

    paths = [CORPUS / "articles" / f"{name}.txt" for name in ARTICLES]
    result = subprocess.run(
        [sys.executable, "-c", PLAIN_SPACY.format(setup=setup), *map(str, paths)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    for path, line in zip(paths, result.stdout.splitlines(), strict=True):
        expected = [fact.model_dump(mode="json") for fact in extract(path.read_text(encoding="utf-8"), nlp=nlp)]
        assert expected, path
        assert json.loads(line) == expected, path.name


HOPED_PLANS = [
    "Plans\n\nOsterby Cables Ltd said it hoped to lay 900 kilometres of fibre by the end of 2019.",
    "Outlook\n\nWendle Farms Inc hopes to double its herd to 6,000 head within two years, its founder said.",
    "Goals\n\nThe board of Pellam Glass Co is hoping to cut energy use by 15 percent next year.",
]


@pytest.mark.slow
def test_plain_spacy_with_add_pipe_reads_hopes_as_a_plan_like_extract(nlp):
    """The factory adds the lemma exceptions ("hopes" -> "hope", not "hop"): without them plain spaCy read these
    planned figures as results."""
    from extractor import extract

    code = (
        "import json, sys, spacy\n"
        "from extractor.nlp import default_model\n"
        "nlp = spacy.load(default_model())\n"
        'nlp.add_pipe("fact_extractor")\n'
        "for text in json.loads(sys.argv[1]):\n"
        "    print(json.dumps([f.modality for f in nlp(text)._.facts if f.value]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, json.dumps(HOPED_PLANS)], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert result.returncode == 0, result.stderr
    for text, line in zip(HOPED_PLANS, result.stdout.splitlines(), strict=True):
        expected = [f.modality for f in extract(text, nlp=nlp) if f.value]
        assert "target" in expected, text
        assert json.loads(line) == expected, text


def test_fact_extractor_adds_paragraph_boundaries_once_before_the_parser(nlp):
    import spacy

    from extractor.nlp import default_model

    plain = spacy.load(default_model(), exclude=["ner", "lemmatizer"])
    plain.add_pipe("fact_extractor")
    names = plain.pipe_names
    assert names.count("paragraph_boundaries") == 1
    assert names.index("paragraph_boundaries") < names.index("parser")
    assert nlp.pipe_names.count("paragraph_boundaries") == 1


@pytest.mark.slow
def test_a_saved_pipeline_reloads_in_plain_spacy_through_the_entry_points(nlp, tmp_path):
    """`nlp.to_disk` then `spacy.load(folder)` in a process that never imports extractor: the entry points
    find both factories, paragraph_boundaries is not added twice, and the facts are the same."""
    from extractor import extract

    nlp.to_disk(tmp_path / "pipeline")
    article = CORPUS / "articles" / ARTICLES[0]
    code = (
        "import json, sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "print(json.dumps(nlp.pipe_names))\n"
        "doc = nlp(open(sys.argv[2], encoding='utf-8').read())\n"
        "print(json.dumps([fact.model_dump(mode='json') for fact in doc._.facts], sort_keys=True))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "pipeline"), f"{article}.txt"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    names, facts = result.stdout.splitlines()
    assert json.loads(names) == nlp.pipe_names
    expected = extract((CORPUS / "articles" / f"{ARTICLES[0]}.txt").read_text(encoding="utf-8"), nlp=nlp)
    assert json.loads(facts) == [fact.model_dump(mode="json") for fact in expected]
