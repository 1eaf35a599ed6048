"""Benchmark `extract batch` against bare spaCy, measured in the same run, as whole processes.

    .venv/bin/python scripts/bench.py                 # 2,000 documents; prints a table, writes out/bench.json
    .venv/bin/python scripts/bench.py --docs 200      # a quick look
    .venv/bin/python scripts/bench.py --docs 600 --quick --rounds 3   # on a shared machine: medians of 3 rounds

The corpus is synthetic: the development articles of corpus/articles copied under new ids
(doc-00001.txt, ...); `--stories ../shared/datasets/reuters-news` takes real stories instead.
Every figure is a ratio against a baseline timed on this machine in this run, so the goals do
not depend on how fast the machine is:

- throughput: `extract batch` (one worker, SQLite sink) vs a process that loads the same
  spaCy pipeline and runs `nlp.pipe` over the same texts (goal >= 0.85);
- batch overhead: `extract batch` vs a process running `extract_documents` with no sink
  (what reading, hashing and writing cost; goal: under 10 %, a ratio >= 0.9);
- scaling: `--workers 2` vs `--workers 1` (goal >= 1.7x);
- memory: peak RSS of `extract batch` at 500 and at 2,000 documents (goal < 10 % growth);
- cold start: `extract article.txt` vs a process that loads spaCy and parses the same file (goal <= 2x).

Each ratio is printed twice: by wall time (the goal) and by CPU time (user + system). Other work on
the machine stretches wall times; the CPU ratio shows whether a change helped when the load average
is high. With `--rounds N` each ratio is the median over the rounds of one round's ratio (two runs made back to
back; odd rounds run their processes in reverse order), never a ratio of medians of runs minutes apart.
`--quick` runs only the first three rows.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXTRACT = str(BIN / "extract")

BARE_SPACY = """
import sys, warnings
from pathlib import Path
import spacy
from extractor.api import default_model
from extractor.config import BATCH_SIZE  # the batch size `extract batch` runs nlp.pipe with
warnings.simplefilter("ignore")
nlp = spacy.load(default_model())
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in nlp.pipe(texts, batch_size=BATCH_SIZE):
    pass
"""

# The same, with the word lists of spaCy's lemmatizer as sets and the attribute ruler read from the Doc's columns, as
# `load_nlp` builds the pipeline that `extract batch` runs (`extractor.lemmas`, `extractor.attribute_rules`: the same
# lemmas and tags): bare spaCy's lemmatizer scans lists (about 10 ms more per story) and its attribute ruler runs the
# Matcher (about 7 ms more), which the throughput ratio above counts in the extractor's favour. `--same-spacy`
# reports the ratio without either.
BARE_SPACY_SAME_LEMMATIZER = BARE_SPACY.replace(
    "nlp = spacy.load(default_model())",
    "nlp = spacy.load(default_model())\nfrom extractor.lemmas import speed_up_lemmatizer\nspeed_up_lemmatizer(nlp)"
    "\nfrom extractor.attribute_rules import speed_up_attribute_ruler\nspeed_up_attribute_ruler(nlp)",
)
# a reworded BARE_SPACY would leave the replace a silent no-op, and the "same lemmatizer" row would time bare spaCy
assert BARE_SPACY_SAME_LEMMATIZER != BARE_SPACY, "BARE_SPACY no longer has the line the lemmatizer is patched after"

IN_PROCESS = """
import sys
from pathlib import Path
from extractor.api import extract_documents, load_nlp
from extractor.io.documents import read_text_file
nlp = load_nlp()
documents = (read_text_file(p) for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for extraction in extract_documents(documents, nlp=nlp):
    pass
"""

COLD_SPACY = """
import sys, warnings
import spacy
from extractor.api import default_model
warnings.simplefilter("ignore")
nlp = spacy.load(default_model())
nlp(open(sys.argv[1], encoding="utf-8").read())
"""


def make_corpus(directory: Path, count: int, stories: Path | None = None) -> None:
    """`count` documents: the development articles (or the stories of `stories`) copied under new ids."""
    source = stories if stories is not None else ROOT / "corpus" / "articles"
    articles = sorted(source.glob("*.txt"))
    if not articles:
        sys.exit(f"error: {source}: no articles to build the corpus from")
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        shutil.copy(articles[i % len(articles)], directory / f"doc-{i + 1:05d}.txt")


@dataclass(frozen=True)
class Run:
    """One whole process: wall seconds, CPU seconds (user + system, with its worker processes), peak RSS in MiB."""

    wall: float
    cpu: float
    rss: float


def timed(command: list[str]) -> Run:
    """Run `command` to its end. CPU time is what survives a busy machine: other processes on the
    cores stretch the wall time of both sides of a ratio, not the CPU time each side spends."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(command[:3])}: exit {os.waitstatus_to_exitcode(status)}: {stderr.strip()[-500:]}")
    # wait4's usage (Linux) counts the process and the pool workers it reaped before it ended
    cpu = usage.ru_utime + usage.ru_stime
    return Run(elapsed, cpu, usage.ru_maxrss / 1024)


def compile_package() -> None:
    """Byte-compile the package before timing, as a regular install does. spaCy's modules were
    compiled when pip installed them; this editable checkout's were not, and where
    PYTHONDONTWRITEBYTECODE is set (as on the CI machines) every timed process would compile ~120
    modules from source again (~0.8 s each time), a cost of the checkout, not of the extractor."""
    compileall.compile_dir(ROOT / "extractor", quiet=1)


def batch(corpus: Path, out: Path, workers: int) -> Run:
    return timed([EXTRACT, "batch", str(corpus), "--out", str(out), "--workers", str(workers), "--quiet"])


def _round(corpus: Path, out: Path, same_spacy: bool, reverse: bool) -> tuple[Run, Run | None, Run, Run, Run]:
    """One round of the compared processes, run back to back: bare spaCy, (bare spaCy with the extractor's
    lemmatizer), in-process extraction, batch with one worker, batch with two. Each ratio divides runs of one round,
    so a burst of load from other jobs falls on both sides of it more often than on one. `reverse` runs them in the
    opposite order: on a machine whose load rises or falls during a run, the side run later in every round would
    otherwise always meet more (or less) of it, and a ratio of two processes minutes apart moved by 15 % for
    unchanged code (round 22)."""
    out.mkdir()
    python = sys.executable
    steps: list[Callable[[], Run | None]] = [
        lambda: timed([python, "-c", BARE_SPACY, str(corpus)]),
        lambda: timed([python, "-c", BARE_SPACY_SAME_LEMMATIZER, str(corpus)]) if same_spacy else None,
        lambda: timed([python, "-c", IN_PROCESS, str(corpus)]),
        lambda: batch(corpus, out / "one.sqlite", 1),
        lambda: batch(corpus, out / "two.sqlite", 2),
    ]
    order = range(len(steps) - 1, -1, -1) if reverse else range(len(steps))
    runs: dict[int, Run | None] = {i: steps[i]() for i in order}
    return runs[0], runs[1], runs[2], runs[3], runs[4]


def _median_run(runs: list[Run | None]) -> Run | None:
    """The median of each measure over the rounds: one slow round (a burst of other work) does not set the ratio."""
    if runs[0] is None:
        return None
    return Run(*(statistics.median(getattr(r, f) for r in runs) for f in ("wall", "cpu", "rss")))


def _median_ratio(rounds: list[tuple], top: int, bottom: int, field: str) -> float:
    """The median over the rounds of one round's ratio `rounds[top] / rounds[bottom]`: each ratio divides two runs
    made back to back, never a run of one round by a run of another (a ratio of medians pairs runs minutes apart)."""
    return statistics.median(getattr(r[top], field) / getattr(r[bottom], field) for r in rounds)


def _row(name: str, measured: str, wall: float, cpu: float | None, goal: str, met: bool | None) -> dict:
    return {"name": name, "measured": measured, "ratio": wall, "cpu_ratio": cpu, "goal": goal, "met": met}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the synthetic corpus (default 2000)")
    parser.add_argument("--small", type=int, default=500, help="the smaller corpus for the memory ratio (default 500)")
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "bench.json", help="where to write the results")
    parser.add_argument("--repeat", type=int, default=3, help="cold-start runs (the median counts)")
    parser.add_argument(
        "--rounds",
        type=int,
        default=1,
        help="rounds of the throughput, overhead and scaling runs, each run back to back, odd rounds in reverse "
        "order; the median of each round's ratio counts (default 1; 3 on a shared machine, where one run minutes "
        "apart can differ by 20 %%)",
    )
    parser.add_argument(
        "--stories",
        type=Path,
        default=None,
        help="build the corpus from these stories (e.g. ../shared/datasets/reuters-news, read at run time) "
        "instead of the development articles",
    )
    parser.add_argument(
        "--quick", action="store_true", help="throughput, overhead and scaling only (no memory or cold-start runs)"
    )
    parser.add_argument(
        "--same-spacy",
        action="store_true",
        help="also time bare spaCy with the lemmatizer `load_nlp` builds (set look-ups, same lemmas), and report the "
        "throughput against it: the extractor's own cost, without the spaCy-side speed-up the bar's ratio counts",
    )
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        tmp = Path(tmp)
        corpus, small = tmp / "corpus", tmp / "small"
        make_corpus(corpus, args.docs, args.stories)
        python = sys.executable
        compile_package()

        rounds = [_round(corpus, tmp / f"round{i}", args.same_spacy, reverse=i % 2 == 1) for i in range(args.rounds)]
        bare, same, in_process, one, two = (_median_run([r[k] for r in rounds]) for k in range(5))
        if not args.quick:
            make_corpus(small, min(args.small, args.docs), args.stories)
            rss_small = batch(small, tmp / "small.sqlite", 1).rss
            article = str(ROOT / "corpus" / "articles" / "xiaomi-2017-07-07.txt")
            cold_extract = statistics.median(
                timed([EXTRACT, article, "--format", "jsonl"]).wall for _ in range(args.repeat)
            )
            cold_spacy = statistics.median(timed([python, "-c", COLD_SPACY, article]).wall for _ in range(args.repeat))

    load_after = os.getloadavg()[0]
    n = args.docs

    # indexes into a round: 0 bare spaCy, 1 bare spaCy with load_nlp's lemmatizer, 2 in-process, 3 batch 1, 4 batch 2
    def ratio(top: int, bottom: int) -> tuple[float, float]:
        return _median_ratio(rounds, top, bottom, "wall"), _median_ratio(rounds, top, bottom, "cpu")

    throughput, overhead, scaling = ratio(0, 3), ratio(2, 3), ratio(3, 4)
    rows = [
        _row(
            "throughput vs bare spaCy nlp.pipe",
            f"{n / one.wall:.1f} vs {n / bare.wall:.1f} docs/s",
            *throughput,
            ">= 0.85",
            throughput[0] >= 0.85,
        ),
        _row(
            "batch overhead: batch vs in-process extract_documents",
            f"{one.wall:.1f} s vs {in_process.wall:.1f} s",
            *overhead,
            ">= 0.9",
            overhead[0] >= 0.9,
        ),
        # the CPU ratio of two workers is their total CPU over one worker's: near 1 when splitting costs nothing
        _row(
            "2 workers vs 1",
            f"{two.wall:.1f} s vs {one.wall:.1f} s",
            scaling[0],
            _median_ratio(rounds, 4, 3, "cpu"),
            ">= 1.7",
            scaling[0] >= 1.7,
        ),
    ]
    if same is not None:  # informational: no goal of its own
        rows.insert(
            1,
            _row(
                "throughput vs spaCy with load_nlp's lemmatizer",
                f"{n / one.wall:.1f} vs {n / same.wall:.1f} docs/s",
                *ratio(1, 3),
                "(info)",
                None,
            ),
        )
    if not args.quick:
        rows += [
            _row(
                f"peak RSS {n} vs {min(args.small, n)} docs",
                f"{one.rss:.0f} vs {rss_small:.0f} MiB",
                one.rss / rss_small,
                None,
                "< 1.10",
                one.rss / rss_small < 1.10,
            ),
            _row(
                "cold start: extract FILE vs spaCy load+parse",
                f"{cold_extract:.2f} s vs {cold_spacy:.2f} s",
                cold_extract / cold_spacy,
                None,
                "<= 2.0",
                cold_extract / cold_spacy <= 2.0,
            ),
        ]
    print(f"{'measure':55} {'measured':28} {'ratio':>6} {'(CPU)':>6}  {'goal':7} met")
    for row in rows:
        cpu = f"{row['cpu_ratio']:6.2f}" if row["cpu_ratio"] is not None else f"{'':6}"
        met = {True: "yes", False: "NO", None: "-"}[row["met"]]
        print(f"{row['name']:55} {row['measured']:28} {row['ratio']:6.2f} {cpu}  {row['goal']:7} {met}")
    # other processes competing for the cores stretch wall times (and make the two-worker ratio meaningless): say so
    print(f"load average (1 min) {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs")
    runs = {"bare_spacy": bare, "in_process_extract": in_process, "batch_1_worker": one, "batch_2_workers": two}
    if same is not None:
        runs["bare_spacy_same_lemmatizer"] = same
    result = {
        "docs": n,
        "rounds": args.rounds,
        "corpus": str(args.stories) if args.stories else "corpus/articles",
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after": load_after},
        "seconds": {name: run.wall for name, run in runs.items()},
        "cpu_seconds": {name: run.cpu for name, run in runs.items()},
        "ratios": {
            row["name"]: {k: (round(v, 3) if isinstance(v, float) else v) for k, v in row.items() if k != "name"}
            for row in rows
        },
    }
    if not args.quick:
        result["seconds"] |= {"cold_extract": cold_extract, "cold_spacy": cold_spacy}
        result["peak_rss_mib"] = {str(min(args.small, n)): rss_small, str(n): one.rss}
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
