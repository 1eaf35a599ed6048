"""Count suspect subject and predicate shapes in a snapshot of the extractor's output (issue 10, rounds 23-24).

    python scripts/snapshot.py --articles /tmp/news --out /tmp/news.jsonl     # one document per line
    python scripts/shape_counts.py /tmp/news.jsonl                           # facts and documents per shape
    python scripts/shape_counts.py /tmp/news.jsonl --examples 5              # with a few evidence sentences

A shape here is a cheap text test that flags facts worth reading, not a verdict: most flagged facts of some shapes
are right (a ticker-like short name before "shares", an "'s" that belongs to the name). The counts tell the next
round where to read first; the word lists are short on purpose and live here, not in the extractor's lexicons.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path

# "BIG SPENDING, OUTPUT DOWN Company-wide output fell": a capitals-only heading run into the sentence's start
HEADING = re.compile(r"^((?:[A-Z][A-Z'&\-]+,?\s+){1,8})(?=[A-Z][a-z]|\d|\")")
# "Zorba shares rose", "Zorba's stock fell": the name a stock move is written under
NAMED_SHARES = re.compile(r"\b([A-Z][\w&.'\-]*(?:\s+[A-Z][\w&.'\-]*)*?)(?:'s)?\s+(?:shares|stock)\b")
# sentence openers and market words written in capitals before "shares" that name no company
NOT_A_HOLDER = frozenset(
    "The Its Their Shares European Asian U.S. Japanese Chinese German British French Preferred Class In On But"
    " And While Among".split()
)
POST_MODIFIERS = re.compile(r"\s+(?:of|in|per|for|at|from|on|to)\s+")
FLOWS = ("metric", "change")
# predicates the extractor names by rule from other words ("$1.85 a share", "shares rose", "bought X for $Y"):
# their head is rarely written, so their absence flags nothing
DERIVED = frozenset({"share price", "stock price", "earnings per share", "index", "acquisition price", "stake"})


def heading_predicate(fact: dict) -> bool:
    """The predicate takes a word of a capitals-only heading that the sentence splitter left on the sentence."""
    match = HEADING.match(fact["evidence"]["sentence"])
    if match is None or fact["kind"] not in (*FLOWS, "rank"):
        return False
    heading = {w.strip(",").lower() for w in match.group(1).split()}
    return bool(heading & set(fact["predicate"].split()))


def possessive_subject(fact: dict) -> bool:
    """The canonical subject ends in "'s": right for names such as "Moody's", wrong for a possessive kept."""
    return fact["subject"].endswith(("'s", "\u2019s"))


def carried_predicate(fact: dict) -> bool:
    """A measure whose predicate head the sentence never writes: taken from another sentence or a fallback."""
    if fact["kind"] not in FLOWS or not fact["predicate"] or fact["predicate"] in DERIVED:
        return False
    head = POST_MODIFIERS.split(fact["predicate"])[0].split()[-1]
    return head[:5] not in fact["evidence"]["sentence"].lower()


def named_shares_elsewhere(fact: dict) -> bool:
    """A stock move whose sentence writes "<Name> shares" while the subject is some other name."""
    if fact["predicate"] not in ("share price", "stock price"):
        return False
    subject = fact["subject"].lower()
    names = [m.group(1) for m in NAMED_SHARES.finditer(fact["evidence"]["sentence"])]
    names = [n for n in names if n.split()[0] not in NOT_A_HOLDER]
    return bool(names) and not any(n.split()[0].lower() in subject or subject.split()[0] in n.lower() for n in names)


# deal terms and prices the extractor names per share by rule ("offer price per share"), written or not
PER_SHARE_DEAL_WORDS = frozenset({"offer", "bid", "price", "value", "valuation", "acquisition", "takeover"})
QUALIFIER = re.compile(r"\b(?:from|excluding|including|ex|minus)\s+")


def carried_per_share(fact: dict) -> bool:
    """A figure stated per share named after a measure its sentence never writes ("revenue per share" for "analysts
    expected 41 cents a share"): the paragraph's whole measure put per share (round 24)."""
    predicate = fact["predicate"] or ""
    if fact["kind"] not in FLOWS or not predicate.endswith(" per share") or predicate in DERIVED:
        return False
    if PER_SHARE_DEAL_WORDS & set(predicate.split()):
        return False
    head = predicate.removesuffix(" per share").split()[-1]
    return head[:5] not in fact["evidence"]["sentence"].lower()


def qualifier_predicate(fact: dict) -> bool:
    """The predicate is the noun a qualifier names after the measure ("remaining operations" for "net income from
    remaining operations of $2"): the figure's "of" hung inside the qualifier (round 24)."""
    named = (fact["predicate"] or "").removesuffix(" per share")
    if fact["kind"] not in FLOWS or not named:
        return False
    sentence = fact["evidence"]["sentence"].lower()
    return any(sentence[m.end() :].startswith(named) for m in QUALIFIER.finditer(sentence))


FACT_SHAPES: dict[str, Callable[[dict], bool]] = {
    "heading word in predicate": heading_predicate,
    "per-share figure named after an unwritten measure": carried_per_share,
    "qualifier noun as predicate": qualifier_predicate,
    "possessive subject": possessive_subject,
    "predicate head not in sentence": carried_predicate,
    "stock move of another named holder": named_shares_elsewhere,
}


def split_names(facts: Iterable[dict]) -> list[tuple[str, str]]:
    """Subjects of one document where one is the other's first words ("Yum" and "Yum Brands"): a short form
    left beside its long form (scored alike where the gold lists the other as an alias)."""
    subjects = {f["subject"] for f in facts}
    return sorted((a, b) for a in subjects for b in subjects if b.startswith(a + " "))


def count_shapes(lines: Iterable[str], examples: int = 0) -> dict[str, dict]:
    """Per shape: flagged facts, flagged documents and up to `examples` (doc_id, subject, predicate, sentence)."""
    counts: dict[str, dict] = defaultdict(lambda: {"facts": 0, "documents": set(), "examples": []})
    for line in lines:
        if not line.strip():
            continue
        record = json.loads(line)
        doc_id = record.get("document", {}).get("doc_id") or record.get("doc_id", "?")
        for fact in record["facts"]:
            for name, test in FACT_SHAPES.items():
                if test(fact):
                    _note(
                        counts[name],
                        doc_id,
                        (fact["subject"], fact["predicate"], fact["evidence"]["sentence"]),
                        examples,
                    )
        for short, long in split_names(record["facts"]):
            _note(counts["short and long subject in one story"], doc_id, (short, long, ""), examples)
    return {name: {**c, "documents": len(c["documents"])} for name, c in counts.items()}


def _note(count: dict, doc_id: str, example: tuple[str, str, str], examples: int) -> None:
    count["facts"] += 1
    count["documents"].add(doc_id)
    if len(count["examples"]) < examples:
        count["examples"].append((doc_id, *example))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("snapshot", type=Path, help="a file written by scripts/snapshot.py --out")
    parser.add_argument("--examples", type=int, default=0, help="evidence sentences to print per shape")
    args = parser.parse_args()
    with args.snapshot.open(encoding="utf-8") as lines:
        counts = count_shapes(lines, args.examples)
    for name, count in sorted(counts.items()):
        print(f"{name}: {count['facts']} facts in {count['documents']} documents")
        for doc_id, first, second, sentence in count["examples"]:
            print(f"    {doc_id} | {first} | {second} | {sentence[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
