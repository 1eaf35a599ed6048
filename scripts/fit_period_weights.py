"""Fit the weights that choose a figure's period among its sentence's phrases (`lexicons/period_weights.tsv`).

Two steps, the first slow (one extraction of every set), the second seconds:

    # 1. run the extractor over gold sets, logging every choice `attachment.period_for` makes among period phrases
    python scripts/fit_period_weights.py collect OUT_DIR SET_ROOT SET [SET ...]
    # 2. label each logged choice by gold, fit on some sets, measure on the others
    python scripts/fit_period_weights.py fit OUT_DIR --fit SET ... --check SET ... [--write]
    # where the period goes wrong, and for figures no phrase dates, what gold gives by their features
    python scripts/fit_period_weights.py shapes OUT_DIR SET ...
    # for figures no phrase dates and dated otherwise than gold: where gold's period comes from; and whether
    # carrying the sentence before's span would beat the default
    python scripts/fit_period_weights.py sources OUT_DIR SET ...

A choice is labelled where the figure was paired with a gold fact at value level (the `extract eval` report, read
by sentence and surface) and at least two candidates could date it, of which some resolve to the gold period and
some do not: only there can the weights change the result. The fit is a coordinate search over a grid of values
per weight, from the current weights, that maximises the number of choices won on the fit sets (ties keep the
current value, so a weight moves only for a gain). `--check` reports the same count on the held-apart sets before
and after; `--write` stores the fitted weights in the lexicon.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEIGHTS_FILE = ROOT / "extractor" / "lexicons" / "period_weights.tsv"
GRID = (-8.0, -6.0, -4.0, -3.0, -2.0, -1.0, -0.5, -0.2, 0.0, 0.2, 0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0)
PER_UNIT_GRID = (-0.1, -0.05, -0.02, -0.01, -0.005, 0.0, 0.005, 0.01)  # features counted in characters
COUNTED = {"per_char"}


def collect(out: Path, set_root: Path, sets: list[str]) -> None:
    """`extract eval` per set, with the choice log on: OUT/<set>.jsonl (choices) and OUT/<set>.json (report)."""
    out.mkdir(parents=True, exist_ok=True)
    extract = ROOT / ".venv" / "bin" / "extract"
    for name in sets:
        log = out / f"{name}.jsonl"
        log.unlink(missing_ok=True)
        env = {**os.environ, "PERIOD_CHOICE_LOG": str(log)}
        articles, gold = set_root / name / "articles", set_root / name / "gold"
        cmd = [str(extract), "eval", str(articles), "--gold", str(gold), "--json", str(out / f"{name}.json")]
        subprocess.run([*cmd, "--no-errors"], cwd=ROOT, env=env, capture_output=True, check=False)
        print(name, file=sys.stderr)


def _gold_periods(report: Path) -> dict[tuple[str, str], tuple]:
    """(sentence, surface) of each prediction paired at value level -> the paired gold fact's (start, end)."""
    found = {}
    for pair in json.loads(report.read_text())["value"]["true_positives"]:
        predicted, period = pair["predicted"], pair["gold"].get("period") or {}
        key = (predicted["evidence"]["sentence"], (predicted.get("value") or {}).get("surface") or "")
        found[key] = (period.get("start"), period.get("end"))
    return found


def choices(out: Path, sets: list[str]) -> list[tuple[list[dict], list[bool]]]:
    """The labelled choices of the sets: each as (candidates' features, whether each resolves to the gold period)."""
    found = []
    for name in sets:
        gold = _gold_periods(out / f"{name}.json")
        for line in (out / f"{name}.jsonl").read_text().splitlines():
            record = json.loads(line)
            target = gold.get((record["sentence"], record["surface"]))
            if target is None or len(record.get("candidates", ())) < 2:
                continue
            right = [tuple(c["period"]) == target for c in record["candidates"]]
            if any(right) and not all(right):
                found.append(([c["features"] for c in record["candidates"]], right))
    return found


def won(weights: dict[str, float], data: list[tuple[list[dict], list[bool]]]) -> int:
    """Choices whose best-scored candidate (the first on a tie, as `max` does) resolves to the gold period."""
    total = 0
    for features, right in data:
        scores = [sum(weights.get(k, 0.0) * v for k, v in f.items()) for f in features]
        total += right[scores.index(max(scores))]
    return total


def fit(weights: dict[str, float], data: list, rounds: int = 3) -> dict[str, float]:
    best = dict(weights)
    for _ in range(rounds):
        moved = False
        for name in best:
            current = won(best, data)
            for value in PER_UNIT_GRID if name in COUNTED else GRID:
                trial = {**best, name: value}
                if won(trial, data) > current:
                    best, current, moved = trial, won(trial, data), True
        if not moved:
            break
    return best


def read_weights() -> dict[str, float]:
    rows = (line.split("\t") for line in WEIGHTS_FILE.read_text().splitlines() if line and not line.startswith("#"))
    return {name: float(value) for name, value in rows}


def write_weights(weights: dict[str, float]) -> None:
    header = [line for line in WEIGHTS_FILE.read_text().splitlines() if line.startswith("#")]
    rows = [f"{name}\t{value:g}" for name, value in weights.items()]
    WEIGHTS_FILE.write_text("\n".join(header + rows) + "\n")


def shapes(out: Path, sets: list[str]) -> None:
    """Where the period goes wrong: every prediction paired with gold at value level whose period differs, by
    (ours, gold) presence and by what the sentence offered (no phrase candidate; candidates, none of them gold's;
    candidates, one of them gold's, so a choice the weights lost)."""
    tally: dict[tuple[str, str], int] = {}
    for name in sets:
        logged: dict[tuple[str, str], list] = {}
        for line in (out / f"{name}.jsonl").read_text().splitlines():
            record = json.loads(line)
            if "candidates" in record:
                logged[(record["sentence"], record["surface"])] = [tuple(c["period"]) for c in record["candidates"]]
        for pair in json.loads((out / f"{name}.json").read_text())["value"]["true_positives"]:
            ours, gold = _dates(pair["predicted"].get("period")), _dates(pair["gold"].get("period"))
            if ours == gold:
                continue
            predicted = pair["predicted"]
            key = (predicted["evidence"]["sentence"], (predicted.get("value") or {}).get("surface") or "")
            offered = logged.get(key)
            source = "no phrase" if not offered else "phrase was gold's" if gold in offered else "no phrase gold's"
            sides = f"ours {_presence(ours)}, gold {_presence(gold)}"
            tally[(sides, source)] = tally.get((sides, source), 0) + 1
    for (sides, source), count in sorted(tally.items(), key=lambda item: -item[1]):
        print(f"{count:5d}  {sides:28s}  {source}")


def defaults(out: Path, sets: list[str]) -> None:
    """For figures no phrase dates, paired with gold at value level: by (kind, stock, held now, modality, the
    story has a period, past-tense verb), how often gold has the story's period, none, or another; and how often
    the default given was gold's."""
    cells: dict[tuple, dict[str, int]] = {}
    for name in sets:
        gold = _gold_periods(out / f"{name}.json")
        for line in (out / f"{name}.jsonl").read_text().splitlines():
            record = json.loads(line)
            target = gold.get((record["sentence"], record["surface"])) if "default" in record else None
            if target is None:
                continue
            f = record["default"]
            cell = (f["kind"], f["stock"], f["held_now"], f["modality"], f["story_period"], f["verb_tag"] == "VBD")
            counts = cells.setdefault(cell, {"n": 0, "story": 0, "none": 0, "other": 0, "ours right": 0})
            story, none = tuple(record["story"]), (None, None)
            label = "none" if target == none else "story" if target == story else "other"
            counts["n"] += 1
            counts[label] += 1
            counts["ours right"] += tuple(record["chosen"]) == target
    print("kind    stock  held   modality  story  past  |   n story  none other  ours-right")
    for cell, c in sorted(cells.items(), key=lambda item: -item[1]["n"]):
        kind, stock, held, modality, story, past = cell
        print(
            f"{kind:7s} {stock!s:6s} {held!s:6s} {modality:9s} {story!s:6s} {past!s:5s} | {c['n']:3d} {c['story']:5d}"
            f" {c['none']:5d} {c['other']:5d} {c['ours right']:5d}"
        )


def sources(out: Path, sets: list[str]) -> None:
    """For figures no phrase of their sentence dates, paired with gold at value level and dated otherwise than
    gold: what gold gives them (none, the story's period, the period of a figure of the sentence before, of an
    earlier figure, a single day, another span) against what the default gave (none, the story's, another); then,
    where the sentence before dated a figure by a span, how often carrying that span would be gold's against how
    often the default is, by (kind, stock, held now, modality, story period, same measure)."""
    wrong: dict[tuple[str, str], int] = {}
    carry: dict[tuple, list[int]] = {}
    for name in sets:
        logged = _defaults_logged(out / f"{name}.jsonl")
        report = json.loads((out / f"{name}.json").read_text())["value"]
        told = _figures_by_doc(report)
        for pair in report["true_positives"]:
            predicted, record = pair["predicted"], logged.get(_key(pair["predicted"]))
            if record is None:
                continue
            ours, gold, story = (
                _dates(predicted.get("period")),
                _dates(pair["gold"].get("period")),
                tuple(record["story"]),
            )
            before = _sentence_before(told[predicted["doc_id"]], predicted)
            if ours != gold:
                cell = (_gold_source(gold, story, before, told[predicted["doc_id"]], predicted), _ours(ours, story))
                wrong[cell] = wrong.get(cell, 0) + 1
            same = [q for q in before if q["predicate"] == predicted["predicate"]]
            carried = _dates((same or before or [{}])[0].get("period"))
            if None not in carried and carried[0] != carried[1]:
                f = record["default"]
                cell = (f["kind"], f["stock"], f["held_now"], f["modality"], f["story_period"], bool(same))
                counts = carry.setdefault(cell, [0, 0, 0])
                counts[0], counts[1], counts[2] = (
                    counts[0] + 1,
                    counts[1] + (carried == gold),
                    counts[2] + (ours == gold),
                )
    for (source, given), count in sorted(wrong.items(), key=lambda item: -item[1]):
        print(f"{count:5d}  {source:34s}  {given}")
    print("kind    stock  held   modality  story  same  |   n carried-right  default-right")
    for cell, (n, carried_right, ours_right) in sorted(carry.items(), key=lambda item: -item[1][0]):
        kind, stock, held, modality, story, same = cell
        print(
            f"{kind:7s} {stock!s:6s} {held!s:6s} {modality:9s} {story!s:6s} {same!s:5s} | {n:3d} {carried_right:13d}"
            f" {ours_right:14d}"
        )


def _defaults_logged(log: Path) -> dict[tuple[str, str], dict]:
    records = (json.loads(line) for line in log.read_text().splitlines())
    return {(r["sentence"], r["surface"]): r for r in records if "default" in r}


def _key(predicted: dict) -> tuple[str, str]:
    return predicted["evidence"]["sentence"], (predicted.get("value") or {}).get("surface") or ""


def _figures_by_doc(report: dict) -> dict[str, list[dict]]:
    """Every predicted figure (paired or not) of each story, in story order."""
    found: dict[str, list[dict]] = {}
    predicted = [p["predicted"] for p in report["true_positives"]] + [p["fact"] for p in report["false_positives"]]
    for fact in predicted:
        if fact.get("value") is not None:
            found.setdefault(fact["doc_id"], []).append(fact)
    for figures in found.values():
        figures.sort(key=lambda f: f["evidence"]["start"])
    return found


def _sentence_before(figures: list[dict], figure: dict) -> list[dict]:
    """The figures of the nearest earlier sentence that told any."""
    earlier = [f for f in figures if f["evidence"]["start"] < figure["evidence"]["start"]]
    last = max((f["evidence"]["start"] for f in earlier), default=None)
    return [f for f in earlier if f["evidence"]["start"] == last]


def _gold_source(gold: tuple, story: tuple, before: list[dict], figures: list[dict], figure: dict) -> str:
    earlier = [f for f in figures if f["evidence"]["start"] < figure["evidence"]["start"]]
    if gold == (None, None):
        return "gold none"
    if gold == story:
        return "gold the story's"
    if any(_dates(f.get("period")) == gold for f in before):
        return "gold a figure's of the sentence before"
    if any(_dates(f.get("period")) == gold for f in earlier):
        return "gold an earlier figure's"
    return "gold a day" if gold[0] == gold[1] else "gold another span"


def _ours(ours: tuple, story: tuple) -> str:
    return "default none" if ours == (None, None) else "default the story's" if ours == story else "default another"


def _presence(dates: tuple) -> str:
    return "none" if dates == (None, None) else "dated"


def _dates(period: dict | None) -> tuple:
    return (period.get("start"), period.get("end")) if period else (None, None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="step", required=True)
    c = sub.add_parser("collect")
    c.add_argument("out", type=Path)
    c.add_argument("set_root", type=Path)
    c.add_argument("sets", nargs="+")
    f = sub.add_parser("fit")
    f.add_argument("out", type=Path)
    f.add_argument("--fit", nargs="+", required=True)
    f.add_argument("--check", nargs="*", default=[])
    f.add_argument("--write", action="store_true")
    h = sub.add_parser("shapes")
    h.add_argument("out", type=Path)
    h.add_argument("sets", nargs="+")
    o = sub.add_parser("sources")
    o.add_argument("out", type=Path)
    o.add_argument("sets", nargs="+")
    args = parser.parse_args()
    if args.step == "collect":
        collect(args.out, args.set_root, args.sets)
        return
    if args.step == "shapes":
        shapes(args.out, args.sets)
        defaults(args.out, args.sets)
        return
    if args.step == "sources":
        sources(args.out, args.sets)
        return
    start = read_weights()
    on_fit, on_check = choices(args.out, args.fit), choices(args.out, args.check)
    fitted = fit(start, on_fit)
    print(f"fit sets: {len(on_fit)} choices, won {won(start, on_fit)} -> {won(fitted, on_fit)}")
    if on_check:
        print(f"check sets: {len(on_check)} choices, won {won(start, on_check)} -> {won(fitted, on_check)}")
    for name, value in fitted.items():
        print(f"  {name}\t{start[name]:g} -> {value:g}" if value != start[name] else f"  {name}\t{value:g}")
    if args.write:
        write_weights(fitted)


if __name__ == "__main__":
    main()
