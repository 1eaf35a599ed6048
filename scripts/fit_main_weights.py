"""Fit the main-organization weights (salience.ORG_WEIGHTS) on gold, checked by leaving stories out (issue 10).

    python scripts/fit_main_weights.py trace SET_DIR... --out /tmp/main_trace.jsonl   # run the extractor once
    python scripts/fit_main_weights.py folds /tmp/main_trace.jsonl --folds 10          # today's vs fitted, held out
    python scripts/fit_main_weights.py fit /tmp/main_trace.jsonl                       # fit on all, print the weights
    python scripts/fit_main_weights.py split /tmp/main_trace.jsonl --feature mention     # title pairs by a feature

`trace` runs the extractor over each SET_DIR (`articles/` and `gold/`) with `salience.ORG_TRACE` on and stores per
story every main-organization candidate (name, aliases, the ORG_WEIGHTS features, first mention) and the story's
gold main subject: its most frequent non-optional gold subject. A candidate is right when its name or an alias is
that subject by the eval's alias matching (`same_subject`). `folds` splits the stories into k folds; for each it
fits on the others and counts, on the held-out fold, the stories whose best-scored candidate is right, with
today's weights and with the fitted ones. The fit is a pairwise logistic ranking (every right candidate against
every wrong one of the same story), scaled so that a mention weighs 1 as today.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy

from extractor.eval.gold import GoldFile, load_gold_dir
from extractor.eval.matching import alias_groups, same_subject
from extractor.mentions import salience

FEATURES = tuple(salience.ORG_WEIGHTS)
Weights = dict[str, float]


@dataclass(frozen=True)
class Story:
    """One story's main-organization candidates (feature rows, first mention's start) and which are right."""

    doc_id: str
    rows: numpy.ndarray  # candidates x FEATURES
    starts: tuple[int, ...]
    right: frozenset[int]


# --------------------------------------------------------------------------- trace


def gold_main(gold: GoldFile) -> str | None:
    """The story's most frequent non-optional gold subject (the first written on a tie)."""
    counts = Counter(f.subject for f in gold.facts if not f.optional and f.subject)
    return counts.most_common(1)[0][0] if counts else None


def run_trace(set_dirs: Sequence[Path], out: Path) -> None:
    from extractor.api import extract, load_nlp  # noqa: PLC0415 (loads spaCy: only for this command)
    from extractor.io.documents import Document, read_documents  # noqa: PLC0415

    nlp = load_nlp()
    with out.open("w", encoding="utf-8") as sink:
        for set_dir in set_dirs:
            golds = load_gold_dir(set_dir / "gold")
            for document in read_documents(sorted((set_dir / "articles").glob("*.txt"))):
                if not isinstance(document, Document) or document.doc_id not in golds:
                    continue
                salience.ORG_TRACE = []
                facts = extract(document, nlp=nlp)
                candidates = salience.ORG_TRACE[-1] if salience.ORG_TRACE else []
                salience.ORG_TRACE = None
                gold = golds[document.doc_id]
                main = gold_main(gold)
                groups = alias_groups(gold.entities)
                right = [
                    i
                    for i, (name, aliases, _, _) in enumerate(candidates)
                    if main and any(same_subject(n, main, groups) for n in (name, *aliases))
                ]
                ours = Counter(f.subject for f in facts if f.subject).most_common(1)
                output_right = bool(ours and main and same_subject(ours[0][0], main, groups))
                row = {"set": set_dir.name, "doc_id": document.doc_id, "gold_main": main, "output_right": output_right}
                row |= {"candidates": candidates, "right": right}
                sink.write(json.dumps(row) + "\n")
            print(set_dir.name, file=sys.stderr)


def load_stories(trace: Path) -> tuple[list[Story], int]:
    """The stories with candidates, and how many stories have a gold main subject in all."""
    stories, with_main = [], 0
    for line in trace.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        with_main += record["gold_main"] is not None
        if record["gold_main"] is None or not record["candidates"]:
            continue
        rows = numpy.array([[c[2][f] for f in FEATURES] for c in record["candidates"]], dtype=float)
        starts = tuple(c[3] for c in record["candidates"])
        stories.append(Story(f"{record['set']}/{record['doc_id']}", rows, starts, frozenset(record["right"])))
    return stories, with_main


# --------------------------------------------------------------------------- choosing and fitting


def pick(story: Story, weights: Weights) -> int:
    """The best-scored candidate; the first mentioned on a tie (as `salience.main_organization`)."""
    scores = story.rows @ numpy.array([weights[f] for f in FEATURES])
    return max(range(len(scores)), key=lambda i: (scores[i], -story.starts[i]))


def right_count(stories: Sequence[Story], weights: Weights) -> int:
    return sum(pick(s, weights) in s.right for s in stories)


def pair_differences(stories: Sequence[Story]) -> numpy.ndarray:
    """Right minus wrong candidate feature rows, every pair of each story that has both."""
    pairs = [s.rows[r] - s.rows[w] for s in stories for r in s.right for w in range(len(s.rows)) if w not in s.right]
    return numpy.array(pairs) if pairs else numpy.zeros((0, len(FEATURES)))


def fit(stories: Sequence[Story], *, l2: float = 0.01, steps: int = 3000, rate: float = 0.1) -> Weights:
    """Pairwise logistic ranking by gradient descent (features scaled by their spread), scaled so that a
    mention weighs 1 and rounded to halves, the grain of today's weights."""
    diffs = pair_differences(stories)
    spread = numpy.maximum(numpy.abs(diffs).max(axis=0), 1.0) if len(diffs) else numpy.ones(len(FEATURES))
    scaled = diffs / spread
    theta = numpy.zeros(len(FEATURES))
    for _ in range(steps):
        margin = scaled @ theta
        grad = -(scaled * (1.0 / (1.0 + numpy.exp(margin)))[:, None]).mean(axis=0) + l2 * theta
        theta -= rate * grad
    return _scaled(theta / spread)


def fit_listwise(stories: Sequence[Story], *, l2: float = 0.01, steps: int = 3000, rate: float = 0.5) -> Weights:
    """Conditional logit: per story, a softmax over its candidates that should put its mass on the right ones
    (every story counts once, however many candidates it has), scaled and rounded as `fit`."""
    decided = [s for s in stories if s.right and len(s.right) < len(s.rows)]
    spread = numpy.maximum(numpy.vstack([s.rows for s in decided]).max(axis=0), 1.0)
    theta = numpy.zeros(len(FEATURES))
    for _ in range(steps):
        grad = l2 * theta
        for story in decided:
            rows = story.rows / spread
            scores = rows @ theta
            p = numpy.exp(scores - scores.max())
            p /= p.sum()
            right = list(story.right)
            q = numpy.zeros(len(p))
            q[right] = p[right] / p[right].sum()
            grad -= (q - p) @ rows / len(decided)
        theta -= rate * grad
    return _scaled(theta / spread)


def _scaled(raw: numpy.ndarray) -> Weights:
    unit = raw[FEATURES.index("mention")]
    unit = unit if unit > 0 else numpy.abs(raw).max() or 1.0
    return {f: round(float(w / unit) * 2) / 2 for f, w in zip(FEATURES, raw, strict=True)}


def fit_search(stories: Sequence[Story], start: Weights, *, passes: int = 4) -> Weights:
    """Coordinate search on the count of right picks (as scripts/fit_subject_weights.py): each feature in turn
    moves to the weight in a grid of halves that makes most picks right; a move must gain a story."""
    weights = dict(start)
    best = right_count(stories, weights)
    grid = [x / 2 for x in range(0, 41)]
    for _ in range(passes):
        moved = False
        for feature in FEATURES:
            if feature == "mention":
                continue  # the unit
            for trial in grid:
                score = right_count(stories, {**weights, feature: trial})
                if score > best:
                    best, weights[feature], moved = score, trial, True
        if not moved:
            break
    return weights


FITTERS = {
    "pairwise": fit,
    "listwise": fit_listwise,
    "search": lambda stories: fit_search(stories, dict(salience.ORG_WEIGHTS)),
}


def folds_of(stories: Sequence[Story], k: int, seed: int = 40) -> list[list[Story]]:
    order = numpy.random.default_rng(seed).permutation(len(stories))
    return [[stories[i] for i in order[fold::k]] for fold in range(k)]


def run_folds(trace: Path, k: int) -> None:
    stories, with_main = load_stories(trace)
    decidable = [s for s in stories if s.right]
    print(f"stories with a gold main: {with_main}; with candidates: {len(stories)}; one right: {len(decidable)}")
    today = dict(salience.ORG_WEIGHTS)
    print(f"today's weights, all stories: {right_count(stories, today)} of {len(stories)} right")
    for name, fitter in FITTERS.items():
        totals = Counter()
        for number, held in enumerate(folds_of(stories, k)):
            train = [s for s in stories if s not in held]
            fitted = fitter(train)
            now, new = right_count(held, today), right_count(held, fitted)
            totals["today"] += now
            totals["fitted"] += new
            totals["held"] += len(held)
            print(f"{name} fold {number}: held {len(held)}  today {now}  fitted {new}  {fitted}")
        print(f"{name} held-out total: today {totals['today']}  fitted {totals['fitted']}  of {totals['held']}")


def run_fit(trace: Path) -> None:
    stories, _ = load_stories(trace)
    print(f"right on all: today {right_count(stories, dict(salience.ORG_WEIGHTS))} of {len(stories)}")
    for name, fitter in FITTERS.items():
        fitted = fitter(stories)
        print(f"{name}: right on all {right_count(stories, fitted)}  {json.dumps(fitted)}")


# --------------------------------------------------------------------------- title pairs


def title_pair_split(records: Sequence[dict], feature: str) -> Counter[tuple[str, str]]:
    """Most wrong picks are a story whose title names two organizations, the first picked and the later one
    right. Over the stories whose title names two or more, count (which is right: "first", "later" or
    "neither"; how `feature` compares them: "first>later", "equal", "later>first"): a new feature can only
    help where it puts the later one ahead mostly in the stories where that one is right."""
    split: Counter[tuple[str, str]] = Counter()
    for record in records:
        candidates, right = record["candidates"], set(record["right"])
        first = [i for i, c in enumerate(candidates) if c[2]["first_in_title"]]
        later = [i for i, c in enumerate(candidates) if c[2]["in_title"]]
        if record["gold_main"] is None or not first or not later:
            continue
        which = "first" if right & set(first) else "later" if right & set(later) else "neither"
        first_value = max(candidates[i][2].get(feature, 0.0) for i in first)
        later_value = max(candidates[i][2].get(feature, 0.0) for i in later)
        order = "later>first" if later_value > first_value else "first>later" if first_value > later_value else "equal"
        split[(which, order)] += 1
    return split


def run_split(trace: Path, feature: str) -> None:
    records = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    for (which, order), count in sorted(title_pair_split(records, feature).items()):
        print(f"{which} right, {feature} {order}: {count}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    trace = commands.add_parser("trace")
    trace.add_argument("set_dirs", nargs="+", type=Path)
    trace.add_argument("--out", type=Path, required=True)
    folds = commands.add_parser("folds")
    folds.add_argument("trace", type=Path)
    folds.add_argument("--folds", type=int, default=10)
    fitting = commands.add_parser("fit")
    fitting.add_argument("trace", type=Path)
    split = commands.add_parser("split")
    split.add_argument("trace", type=Path)
    split.add_argument("--feature", default="mention")
    args = parser.parse_args(argv)
    if args.command == "trace":
        run_trace(args.set_dirs, args.out)
    elif args.command == "folds":
        run_folds(args.trace, args.folds)
    elif args.command == "split":
        run_split(args.trace, args.feature)
    else:
        run_fit(args.trace)


if __name__ == "__main__":
    main()
