"""Fit the weights of the subject candidates (lexicons/subject_weights.tsv) on gold sets (issue 10).

    python scripts/fit_subject_weights.py trace SET_DIR... --out /tmp/subject_trace.jsonl   # run the extractor once
    python scripts/fit_subject_weights.py fit /tmp/subject_trace.jsonl --train A B ... --test C D ...
    python scripts/fit_subject_weights.py fit /tmp/subject_trace.jsonl --write     # fit on all, write the lexicon
    python scripts/fit_subject_weights.py why /tmp/subject_trace.jsonl       # right subjects, and why the others miss
    python scripts/fit_subject_weights.py missing /tmp/subject_trace.jsonl   # the facts no candidate can make right

`trace` runs the extractor over each SET_DIR (`articles/` and `gold/`) with the subject trace on, and stores per
document its facts, its gold and every subject choice with all its candidates (feature -> name). `fit` turns that
into examples: a metric or change fact whose value matches a gold fact of the same sentence (the eval's own
matching), whose subject is the one `subject_for` chose (no later rule replaced it), with the gold subject named by
at least one candidate (the eval's subject matching, so aliases count). It then searches the weights one feature
at a time (coordinate search over the gaps between the other weights) for the most examples whose heaviest named
candidate is a gold subject, and reports subject accuracy and a strict F1 with the subjects put back into the
facts, on the train and the test sets. The strict F1 is an estimate: the real extractor also reuses a subject in
later rules (modality, the next sentence's anaphors), so a change is confirmed by a real run of the eval.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from extractor.eval.gold import GoldFile, load_gold_dir
from extractor.eval.matching import alias_groups, same_sentence, same_subject, value_match
from extractor.eval.scoring import score_corpus
from extractor.lexicons import LEXICON_DIR
from extractor.models import Fact

LEXICON = LEXICON_DIR / "subject_weights.tsv"
MEASURE_KINDS = ("metric", "change")
Weights = dict[str, float]


@dataclass(frozen=True)
class Example:
    """One fact's subject choice: its candidates in the order found, and which of them name the gold subject."""

    set_name: str
    doc_id: str
    fact_index: int  # position of the fact in its document's facts
    candidates: tuple[tuple[str, str], ...]
    correct: frozenset[int]  # indexes into candidates


# --------------------------------------------------------------------------- weights file


def read_weights(path: Path = LEXICON) -> tuple[Weights, dict[str, str]]:
    """feature -> weight and feature -> its description, from the lexicon."""
    weights, notes = {}, {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        feature, weight, *note = line.split("\t")
        weights[feature], notes[feature] = float(weight), (note[0] if note else "")
    return weights, notes


def write_weights(weights: Weights, notes: dict[str, str], path: Path = LEXICON) -> None:
    """Rewrite the lexicon's rows, heaviest first, keeping its header comment."""
    header = [line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    rows = sorted(weights, key=lambda feature: -weights[feature])
    body = [f"{feature}\t{weights[feature]:g}\t{notes.get(feature, '')}".rstrip("\t") for feature in rows]
    path.write_text("\n".join([*header, *body]) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------- choosing


def chosen_index(candidates: Sequence[tuple[str, str]], weights: Weights) -> int | None:
    """The index of the heaviest candidate; the first found among equal weights (as `subject_weights.choose`)."""
    best, best_weight = None, float("-inf")
    for index, (feature, _) in enumerate(candidates):
        weight = weights.get(feature, 0.0)
        if weight > best_weight and weight > 0:  # weight 0 or less: the feature is off
            best, best_weight = index, weight
    return best


def correct_count(examples: Iterable[Example], weights: Weights) -> int:
    return sum(chosen_index(e.candidates, weights) in e.correct for e in examples)


def _trial_weights(feature: str, weights: Weights) -> list[float]:
    """Where a feature may move: just above or below each other feature's weight, and where it is."""
    others = sorted({w for f, w in weights.items() if f != feature})
    trials = {weights[feature]}
    for weight in others:
        trials.update((round(weight + 0.05, 3), round(weight - 0.05, 3)))
    return sorted(trials)


def fit(examples: Sequence[Example], start: Weights, *, passes: int = 4, min_gain: int = 1) -> Weights:
    """Coordinate search: move one feature at a time to the weight that makes the most choices right; a move must
    gain at least `min_gain` examples (ties keep the weight), so features the examples never decide keep theirs."""
    weights = dict(start)
    deciding = [e for e in examples if len({f for f, _ in e.candidates}) > 1]  # the others never change
    best = correct_count(deciding, weights)
    for _ in range(passes):
        moved = False
        for feature in sorted(weights):
            if not any(feature == f for e in deciding for f, _ in e.candidates):
                continue
            for trial in _trial_weights(feature, weights):
                score = correct_count(deciding, {**weights, feature: trial})
                if score >= best + min_gain:
                    best, weights[feature], moved = score, trial, True
        if not moved:
            break
    return weights


# --------------------------------------------------------------------------- examples


def trace_record(candidates: Sequence[tuple[str, str]], fact: Fact, gold: GoldFile) -> frozenset[int]:
    """Which candidates name the subject of a gold fact of the same value and sentence."""
    groups = alias_groups(gold.entities)
    subjects = [g.subject for g in gold.facts if value_match(fact, g) and same_sentence(fact, g)]
    return frozenset(
        i for i, (_, name) in enumerate(candidates) if any(same_subject(name, s, groups) for s in subjects)
    )


def examples_of(record: dict, gold: GoldFile) -> list[Example]:
    """The examples of one traced document: each measure fact matched to the last choice made for its figure."""
    by_figure: dict[tuple[int, str], dict] = {}
    for choice in record["choices"]:
        by_figure[(choice["sentence_start"], choice["surface"])] = choice
    examples = []
    for index, data in enumerate(record["facts"]):
        fact = Fact.model_validate(data)
        if fact.kind not in MEASURE_KINDS or fact.value is None:
            continue
        choice = by_figure.get((fact.evidence.start, fact.value.surface))
        if choice is None or choice["chosen"] != fact.subject:
            continue  # no choice for this figure, or a later rule replaced its subject
        candidates = tuple((feature, name) for feature, name in choice["candidates"])
        correct = trace_record(candidates, fact, gold)
        if correct:
            examples.append(Example(record["set"], record["doc_id"], index, candidates, correct))
    return examples


def matched_measures(record: dict, gold: GoldFile) -> Iterator[tuple[Fact, list[str], dict | None]]:
    """The measure facts of one traced document whose value matches gold facts of their sentence: each with those
    gold facts' subjects and the traced choice for its figure (None when the figure has no trace)."""
    by_figure = {(c["sentence_start"], c["surface"]): c for c in record["choices"]}
    for data in record["facts"]:
        fact = Fact.model_validate(data)
        if fact.kind not in MEASURE_KINDS or fact.value is None:
            continue
        subjects = [g.subject for g in gold.facts if value_match(fact, g) and same_sentence(fact, g)]
        if subjects:
            yield fact, subjects, by_figure.get((fact.evidence.start, fact.value.surface))


def outcome(record: dict, gold: GoldFile, weights: Weights) -> list[tuple[str, str | None]]:
    """For each measure fact whose value matches a gold fact of its sentence: (what happened to its subject, the
    chosen feature): "right"; "replaced later" (another rule gave the fact its subject); "no choice" (no trace for
    its figure); "candidate loses" (a candidate names the gold subject, a heavier one wins); "only an off candidate"
    (only a feature of weight 0 names it); "no candidate"."""
    groups = alias_groups(gold.entities)
    found = []
    for fact, subjects, choice in matched_measures(record, gold):
        right = any(same_subject(fact.subject, s, groups) for s in subjects)
        if choice is None or choice["chosen"] != fact.subject:
            found.append(("right" if right else "replaced later" if choice else "no choice", None))
            continue
        candidates = [tuple(c) for c in choice["candidates"]]
        index = chosen_index(candidates, weights)
        feature = candidates[index][0] if index is not None else None
        if right:
            found.append(("right", feature))
        elif naming := trace_record(candidates, fact, gold):
            on = any(weights.get(candidates[i][0], 0.0) > 0 for i in naming)
            found.append(("candidate loses" if on else "only an off candidate", feature))
        else:
            found.append(("no candidate", feature))
    return found


def load_trace(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_of(records: Iterable[dict]) -> dict[str, dict[str, GoldFile]]:
    return {r["gold_dir"]: load_gold_dir(Path(r["gold_dir"])) for r in records}


# --------------------------------------------------------------------------- estimated strict score


def with_subjects(records: Sequence[dict], examples: Sequence[Example], weights: Weights) -> dict[str, list[Fact]]:
    """The traced facts, each example's subject replaced by the one the weights choose."""
    facts = {r["doc_id"]: [Fact.model_validate(d) for d in r["facts"]] for r in records}
    for e in examples:
        index = chosen_index(e.candidates, weights)
        if index is not None:
            fact = facts[e.doc_id][e.fact_index]
            facts[e.doc_id][e.fact_index] = fact.model_copy(update={"subject": e.candidates[index][1]})
    return facts


def strict_counts(records: Sequence[dict], facts: dict[str, list[Fact]], golds: dict) -> tuple[int, int, int]:
    tp = fp = fn = 0
    for gold_dir, gold in golds.items():
        docs = {r["doc_id"] for r in records if r["gold_dir"] == gold_dir}
        report = score_corpus({d: facts[d] for d in docs}, {d: g for d, g in gold.items() if d in docs})
        tp, fp, fn = tp + report.overall.strict.tp, fp + report.overall.strict.fp, fn + report.overall.strict.fn
    return tp, fp, fn


def f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# --------------------------------------------------------------------------- commands


def run_trace(set_dirs: Sequence[Path], out: Path) -> None:
    from extractor.api import extract, load_nlp
    from extractor.facts import subject_weights
    from extractor.io.documents import Document, read_documents

    nlp = load_nlp()
    with out.open("w", encoding="utf-8") as sink:
        for set_dir in set_dirs:
            articles = sorted((set_dir / "articles").glob("*.txt"))
            if not articles:
                raise SystemExit(f"{set_dir}: no articles/*.txt")
            for document in read_documents(articles):
                if not isinstance(document, Document):
                    continue
                subject_weights.TRACE = []
                facts = extract(document, nlp=nlp)
                choices = [_choice_row(c, document.text) for c in subject_weights.TRACE]
                subject_weights.TRACE = None
                row = {"set": set_dir.name, "gold_dir": str(set_dir / "gold"), "doc_id": document.doc_id}
                row |= {"facts": [f.model_dump(mode="json") for f in facts], "choices": choices}
                sink.write(json.dumps(row) + "\n")
            print(set_dir.name, file=sys.stderr)


def _choice_row(choice, text: str) -> dict:
    row = asdict(choice)
    row["surface"] = text[choice.start : choice.end]
    return row


def _report(label: str, records: list[dict], examples: list[Example], weights: Weights, golds: dict) -> None:
    right = correct_count(examples, weights)
    tp, fp, fn = strict_counts(records, with_subjects(records, examples, weights), golds)
    print(f"{label}: subjects {right}/{len(examples)}  strict f1 {f1(tp, fp, fn):.4f} (tp {tp} fp {fp} fn {fn})")


def run_fit(trace: Path, train: list[str], test: list[str], write: bool, min_gain: int = 1) -> None:
    records = load_trace(trace)
    golds = gold_of(records)
    examples = {s: [] for s in {r["set"] for r in records}}
    for record in records:
        gold = golds[record["gold_dir"]].get(record["doc_id"])
        if gold is not None:
            examples[record["set"]].extend(examples_of(record, gold))
    train = train or sorted(examples)
    start, notes = read_weights()
    train_examples = [e for s in train for e in examples[s]]
    fitted = fit(train_examples, start, min_gain=min_gain)
    for label, names in (("train", train), ("test", test)):
        if not names:
            continue
        chosen = [r for r in records if r["set"] in names]
        chosen_examples = [e for s in names for e in examples[s]]
        _report(f"{label} before", chosen, chosen_examples, start, golds)
        _report(f"{label} after ", chosen, chosen_examples, fitted, golds)
    for feature in sorted(fitted, key=lambda f: -fitted[f]):
        mark = "" if fitted[feature] == start[feature] else f"  (was {start[feature]:g})"
        print(f"  {feature:18} {fitted[feature]:g}{mark}")
    if write:
        write_weights(fitted, notes)


def run_why(trace: Path) -> None:
    """How the subjects of the value-matched measure facts fare, and which feature chose the wrong ones."""
    records = load_trace(trace)
    golds = gold_of(records)
    weights, _ = read_weights()
    outcomes = Counter()
    for record in records:
        gold = golds[record["gold_dir"]].get(record["doc_id"])
        if gold is not None:
            outcomes.update(outcome(record, gold, weights))
    for what in ("right", "candidate loses", "only an off candidate", "no candidate", "replaced later", "no choice"):
        rows = {feature: n for (kind, feature), n in outcomes.items() if kind == what}
        detail = ", ".join(f"{f} {n}" for f, n in sorted(rows.items(), key=lambda r: -r[1]) if f)
        print(f"{what}: {sum(rows.values())}" + (f" (chosen by: {detail})" if detail else ""))


def gold_shape(sentence: str, subjects: Sequence[str], gold: GoldFile) -> tuple[str, str]:
    """Where a gold subject no candidate names stands, for sorting the misses by shape: (whether the sentence
    writes its name or an alias, "in sentence" or "elsewhere"; the gold entity's label, "?" when gold lists none)."""
    lowered = sentence.lower()
    for subject in subjects:
        entity = next((e for e in gold.entities if subject in (e.name, *e.aliases)), None)
        names = (subject, *(entity.aliases if entity else ()))
        if any(name.lower() in lowered for name in names):
            label = entity.label if entity else "?"
            return "in sentence", label if isinstance(label, str) else "/".join(label)
    entity = next((e for e in gold.entities if e.name == subjects[0]), None)
    label = entity.label if entity else "?"
    return "elsewhere", label if isinstance(label, str) else "/".join(label)


def missing_rows(record: dict, gold: GoldFile, weights: Weights) -> list[dict]:
    """The measure facts of one traced document whose value matches gold but whose gold subject no candidate
    names (the "no candidate" of `why`), each with its candidates and the shape of its gold subject."""
    groups = alias_groups(gold.entities)
    rows = []
    for fact, subjects, choice in matched_measures(record, gold):
        if choice is None or choice["chosen"] != fact.subject:
            continue
        candidates = [tuple(c) for c in choice["candidates"]]
        if any(same_subject(fact.subject, s, groups) for s in subjects) or trace_record(candidates, fact, gold):
            continue
        index = chosen_index(candidates, weights)
        where, label = gold_shape(fact.evidence.sentence, subjects, gold)
        rows.append(
            {
                "set": record["set"],
                "doc_id": record["doc_id"],
                "figure": fact.value.surface,
                "gold": subjects,
                "chosen": fact.subject,
                "feature": candidates[index][0] if index is not None else None,
                "candidates": candidates,
                "where": where,
                "label": label,
                "sentence": fact.evidence.sentence,
            }
        )
    return rows


def run_missing(trace: Path, out: Path | None) -> None:
    """Count the facts no candidate can make right by the shape of their gold subject; `--out` writes them all."""
    records = load_trace(trace)
    golds = gold_of(records)
    weights, _ = read_weights()
    rows = []
    for record in records:
        gold = golds[record["gold_dir"]].get(record["doc_id"])
        if gold is not None:
            rows.extend(missing_rows(record, gold, weights))
    shapes = Counter((r["where"], r["label"], r["feature"]) for r in rows)
    print(f"no candidate names the gold subject: {len(rows)} facts in {len({r['doc_id'] for r in rows})} documents")
    for (where, label, feature), n in shapes.most_common():
        print(f"  {n:4}  gold {where:11} {label:8} chosen by {feature}")
    if out is not None:
        out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    trace = commands.add_parser("trace", help="run the extractor over gold sets with the subject trace on")
    trace.add_argument("sets", nargs="+", type=Path)
    trace.add_argument("--out", type=Path, required=True)
    fitting = commands.add_parser("fit", help="fit the weights on a trace")
    fitting.add_argument("trace", type=Path)
    fitting.add_argument("--train", nargs="*", default=[], help="set names to fit on (default: all)")
    fitting.add_argument("--test", nargs="*", default=[], help="set names to measure on")
    fitting.add_argument("--write", action="store_true", help="write the fitted weights to the lexicon")
    fitting.add_argument("--min-gain", type=int, default=1, help="examples a move of one weight must gain")
    why = commands.add_parser("why", help="count right and wrong subjects of a trace, and why they are wrong")
    why.add_argument("trace", type=Path)
    missing = commands.add_parser("missing", help="the facts whose gold subject no candidate names, by shape")
    missing.add_argument("trace", type=Path)
    missing.add_argument("--out", type=Path, help="write every such fact as JSONL")
    args = parser.parse_args(argv)
    if args.command == "trace":
        run_trace(args.sets, args.out)
    elif args.command == "why":
        run_why(args.trace)
    elif args.command == "missing":
        run_missing(args.trace, args.out)
    else:
        run_fit(args.trace, args.train, args.test, args.write, args.min_gain)


if __name__ == "__main__":
    main()
