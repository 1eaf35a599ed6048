"""Run a period probe (tests/probes/<module>.STORIES) and print its score and the misses.

python scripts/run_probe.py tests.probes.period_probe1 [--misses]
"""

import argparse
import importlib
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extractor.api import load_nlp  # noqa: E402
from tests.probes.probe_model import judge, story_facts  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("module")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    stories = importlib.import_module(args.module).STORIES
    nlp = load_nlp()
    totals: Counter = Counter()
    for index, story in enumerate(stories):
        facts = story_facts(nlp, story, index)
        for line in story.lines:
            for want in line.wants:
                marks = judge(facts, line, want)
                totals["n"] += 1
                totals.update(k for k in ("found", "period", "modality", "as_of", "all") if marks[k])
                if args.misses and not marks["all"]:
                    print(
                        f"MISS [{story.published}] {want.amount:g} want {want.period} {want.modality}"
                        f" got {marks['got']}\n    {line.text[:110]}"
                    )
    n = totals["n"]
    print({k: f"{totals[k]}/{n} ({totals[k] / n:.3f})" for k in ("found", "period", "modality", "as_of", "all")})


if __name__ == "__main__":
    main()
