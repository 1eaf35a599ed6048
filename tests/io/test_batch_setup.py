"""What a batch process pays once: the writer's version string without spaCy, the workers' frozen heap."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest
from spacy.util import get_package_version

from extractor.io.batch import extractor_version, package_version, worker_pipeline
from extractor.nlp import default_model


@pytest.mark.parametrize("name", [default_model(), "spacy", "pydantic", "no-such-pipeline-package-xyz"])
def test_package_version_reads_as_spacy_does(name: str) -> None:
    assert package_version(name) == get_package_version(name)


def test_extractor_version_names_the_installed_pipeline() -> None:
    name = default_model()
    assert extractor_version(None).endswith(f" {name}-{get_package_version(name)}")


def test_the_writer_of_a_pool_run_does_not_import_spacy() -> None:
    # the writer needs the version string before it starts the workers; spaCy's import would delay them
    code = (
        "import sys; from extractor.io.batch import extractor_version; "
        "extractor_version(None); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_worker_pipeline_is_loaded_once_and_frozen_out_of_the_collector() -> None:
    from extractor.api import load_nlp

    nlp = worker_pipeline(None)
    assert nlp is load_nlp(None)
    assert worker_pipeline(None) is nlp
    assert gc.get_freeze_count() > 0
