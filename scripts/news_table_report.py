"""Pass counts per category of the news quantity table (issue 11), and what fails.

.venv/bin/python scripts/news_table_report.py              # pass/total per category
.venv/bin/python scripts/news_table_report.py --failures   # also each failing sentence and why
.venv/bin/python scripts/news_table_report.py --category range --failures
.venv/bin/python scripts/news_table_report.py --probe tests.mentions.news_rows_unseen10   # counted per probe group
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mentions.news_table import CATEGORIES, Row, describe, problems, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list each failing sentence with its problems")
    parser.add_argument("--category", choices=CATEGORIES, help="only this category")
    parser.add_argument("--probe", help="a module whose GROUPS (group -> rows) are counted per group")
    args = parser.parse_args()

    import spacy

    from extractor.api import default_model
    from extractor.mentions.quantities import quantities_for_docs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(default_model(), exclude=["ner"])
    grouped = _probe_rows(args.probe) if args.probe else [(row.category, row) for row in table()]
    grouped = [(group, row) for group, row in grouped if args.category in (None, row.category)]
    found = quantities_for_docs(nlp.pipe(row.text for _, row in grouped))
    passed, total = Counter(), Counter()
    failures = []
    for (group, row), quantities in zip(grouped, found, strict=True):
        total[group] += 1
        wrong = problems(row, quantities)
        if wrong:
            failures.append((row, quantities, wrong))
        else:
            passed[group] += 1
    print(f"{'category':<10} {'pass':>5} {'total':>6}")
    for group in total:
        print(f"{group:<10} {passed[group]:>5} {total[group]:>6}")
    print(f"{'all':<10} {sum(passed.values()):>5} {sum(total.values()):>6}")
    if args.failures:
        for row, quantities, wrong in failures:
            print(f"\n[{row.category}] {row.text}")
            print("   found:", "; ".join(describe(q) for q in quantities) or "nothing")
            for problem in wrong:
                print("   -", problem)


def _probe_rows(module: str) -> list[tuple[str, Row]]:
    """(group, row) for each row of a probe module's GROUPS, in its order."""
    import importlib

    groups = importlib.import_module(module).GROUPS
    return [
        (group, Row(category, text, tuple(expected)))
        for group, rows in groups.items()
        for category, text, expected in rows
    ]


if __name__ == "__main__":
    main()
