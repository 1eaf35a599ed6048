"""Pass counts per category of the news quantity table (issue 11), and what fails.

.venv/bin/python scripts/news_table_report.py              # pass/total per category
.venv/bin/python scripts/news_table_report.py --failures   # also each failing sentence and why
.venv/bin/python scripts/news_table_report.py --category range --failures
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.mentions.news_table import CATEGORIES, describe, problems, table  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", action="store_true", help="list each failing sentence with its problems")
    parser.add_argument("--category", choices=CATEGORIES, help="only this category")
    args = parser.parse_args()

    import spacy

    from extractor.api import default_model
    from extractor.mentions.quantities import quantities_for_docs

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = spacy.load(default_model(), exclude=["ner"])
    rows = [row for row in table() if args.category in (None, row.category)]
    found = quantities_for_docs(nlp.pipe(row.text for row in rows))
    passed, total = Counter(), Counter()
    failures = []
    for row, quantities in zip(rows, found, strict=True):
        total[row.category] += 1
        wrong = problems(row, quantities)
        if wrong:
            failures.append((row, quantities, wrong))
        else:
            passed[row.category] += 1
    print(f"{'category':<10} {'pass':>5} {'total':>6}")
    for category in CATEGORIES:
        if total[category]:
            print(f"{category:<10} {passed[category]:>5} {total[category]:>6}")
    print(f"{'all':<10} {sum(passed.values()):>5} {sum(total.values()):>6}")
    if args.failures:
        for row, quantities, wrong in failures:
            print(f"\n[{row.category}] {row.text}")
            print("   found:", "; ".join(describe(q) for q in quantities) or "nothing")
            for problem in wrong:
                print("   -", problem)


if __name__ == "__main__":
    main()
