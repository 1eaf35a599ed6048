"""What a batch process pays once: the writer's version string without spaCy, the workers' frozen heap; and what
it stops paying on every batch: freed memory handed back and faulted in again."""

from __future__ import annotations

import gc
import os
import signal
import subprocess
import sys

import pytest
from spacy.util import get_package_version

from extractor.io.batch import extractor_version, package_version, worker_pipeline
from extractor.io.heap import _is_glibc, keep_freed_memory
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


# A batch's memory, freed when its `nlp.pipe` call ends, and asked for again by the next batch (heap.py).
REUSE = """
import resource, sys
from extractor.io.heap import keep_freed_memory
kept = keep_freed_memory() if sys.argv[1] == "keep" else None
def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
def batch():
    return [b"x" * (1 << 20) for _ in range(64)]  # 64 MB, written
held = batch()
del held
before = faults()
held = batch()
print(kept, faults() - before)
"""


def _faults_of_a_second_batch(mode: str) -> tuple[str, int]:
    out = subprocess.run([sys.executable, "-c", REUSE, mode], capture_output=True, text=True, check=True).stdout
    kept, faults = out.split()
    return kept, int(faults)


@pytest.mark.skipif(not _is_glibc(), reason="the setting is glibc's malloc's")
def test_a_batch_process_reuses_freed_memory_without_faulting_it_in_again() -> None:
    kept, faults = _faults_of_a_second_batch("keep")
    _, faults_by_default = _faults_of_a_second_batch("default")
    assert kept == "True"
    assert faults_by_default > 8000  # 64 MB handed back and zero-filled again: about 16,000 pages
    assert faults < faults_by_default / 10


def test_keeping_freed_memory_is_skipped_where_malloc_is_not_glibcs(monkeypatch) -> None:
    def no_glibc(name: str) -> str:
        raise ValueError(name)

    monkeypatch.setattr(os, "confstr", no_glibc)
    assert keep_freed_memory() is False


def test_the_pool_workers_keep_freed_memory(monkeypatch) -> None:
    import extractor.io.batch as batch

    calls = []
    monkeypatch.setattr(batch, "keep_freed_memory", lambda: calls.append("kept"))
    monkeypatch.setattr(batch, "worker_pipeline", lambda model: None)
    previous = signal.getsignal(signal.SIGINT)
    try:
        batch._start_worker(None)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert calls == ["kept"]
