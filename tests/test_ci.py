"""What CI must have: tests that would skip without it must not skip silently there (issue 12, edge 9)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
IN_CI = os.environ.get("CI", "").lower() not in ("", "0", "false", "no")


@pytest.mark.skipif(not IN_CI, reason="only CI must have Chromium; on a laptop the HTML tests may skip")
def test_ci_has_the_chromium_that_the_html_tests_need():
    assert CHROMIUM.exists(), f"{CHROMIUM} is missing in CI: .ci/run must install it (apt-get install -y chromium)"


@pytest.mark.parametrize("apt_get_fails_at", ["update", "install"])
def test_ci_script_fails_when_chromium_cannot_be_installed(tmp_path, apt_get_fails_at):
    """Run .ci/run with Chromium missing, an apt-get that fails and a `make` that records being called."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = {
        "apt-get": f'[ "$1" = "{apt_get_fails_at}" ] && exit 100; exit 0',
        "make": f'touch "{tmp_path}/make-ran"',
        "python3.11": "exit 0",
    }
    for name, body in fake.items():
        (bin_dir / name).write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
        (bin_dir / name).chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "CHROMIUM": str(tmp_path / "no-chromium")}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "run")], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 1, result.stderr
    assert "error: could not install chromium" in result.stderr
    assert not (tmp_path / "make-ran").exists(), "CI went on to the tests without Chromium"


def test_ci_script_runs_the_tests_when_chromium_is_there(tmp_path):
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "make").write_text(f'#!/bin/sh\necho "$@" > "{tmp_path}/make-ran"\n', encoding="utf-8")
    (bin_dir / "make").chmod(0o755)
    chromium = tmp_path / "chromium"
    chromium.write_text("#!/bin/sh\n", encoding="utf-8")
    chromium.chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}:/usr/bin:/bin", "CHROMIUM": str(chromium)}
    result = subprocess.run(["bash", str(ROOT / ".ci" / "run")], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "make-ran").read_text(encoding="utf-8").strip() == "test"
