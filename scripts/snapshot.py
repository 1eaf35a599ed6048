"""Write the extractor's output on a folder of articles as one JSONL file, or compare it with an earlier one.

A refactoring that should not change behaviour must leave this output byte-identical:

    python scripts/snapshot.py --out /tmp/before.jsonl           # before the change
    python scripts/snapshot.py --compare /tmp/before.jsonl       # after it: exit 1 on any difference

On a folder whose stories must stay unread (a held-out set), add --counts-only: the comparison then prints only
how many documents and facts changed, never their text.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def snapshot_lines(articles: Path, model: str | None) -> list[str]:
    from extractor.api import extract_documents, load_nlp
    from extractor.io.documents import read_text_file

    documents = [read_text_file(path) for path in sorted(articles.glob("*.txt"))]
    lines = []
    for extraction in extract_documents(documents, nlp=load_nlp(model)):
        lines.append(json.dumps(extraction.model_dump(mode="json"), ensure_ascii=False, sort_keys=True))
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, default=ROOT / "corpus" / "articles")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the project's default model)")
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--out", type=Path, help="write the snapshot here")
    group.add_argument("--compare", type=Path, help="compare with this earlier snapshot")
    parser.add_argument(
        "--counts-only", action="store_true", help="with --compare: print how many documents and facts changed, no text"
    )
    args = parser.parse_args()
    lines = snapshot_lines(args.articles, args.model)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {len(lines)} documents to {args.out}")
        return 0
    before = args.compare.read_text(encoding="utf-8").splitlines()
    if before == lines:
        print(f"identical: {len(lines)} documents")
        return 0
    if args.counts_only:
        print(changed_counts(before, lines))
        return 1
    sys.stdout.writelines(difflib.unified_diff(before, lines, "before", "after", lineterm="\n", n=0))
    print(f"\nDIFFERENT: {sum(a != b for a, b in zip(before, lines, strict=False))} of {len(lines)} documents changed")
    return 1


def changed_counts(before: list[str], after: list[str]) -> str:
    """How many documents differ, and how many facts were dropped and added across them (facts compared whole)."""
    documents = dropped = added = 0
    for old, new in zip(before, after, strict=False):
        if old == new:
            continue
        documents += 1
        old_facts = {json.dumps(fact, sort_keys=True) for fact in json.loads(old).get("facts", [])}
        new_facts = {json.dumps(fact, sort_keys=True) for fact in json.loads(new).get("facts", [])}
        dropped += len(old_facts - new_facts)
        added += len(new_facts - old_facts)
    unmatched = abs(len(before) - len(after))
    facts = f"{_count(dropped, 'fact')} dropped, {added} added"
    report = f"DIFFERENT: {documents} of {len(after)} documents changed ({facts})"
    return report + (f"; {_count(unmatched, 'document')} without a counterpart" if unmatched else "")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


if __name__ == "__main__":
    sys.exit(main())
