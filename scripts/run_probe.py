"""Run a period probe (tests/probes/<module>.STORIES) and print its score and the misses.

python scripts/run_probe.py tests.probes.period_probe1 [--misses]
"""

import argparse
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.api import load_nlp  # noqa: E402
from tests.probes.probe_model import PARTS, score_stories  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("module")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    tally = score_stories(load_nlp(), importlib.import_module(args.module).STORIES)
    if args.misses:
        print("\n".join(tally.notes))
    n = tally.total
    print({k: f"{tally.parts[k]}/{n} ({tally.parts[k] / n:.3f})" for k in PARTS})


if __name__ == "__main__":
    main()
