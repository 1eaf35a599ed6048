"""Benchmark `extract batch` against bare spaCy, measured in the same run, as whole processes.

    .venv/bin/python scripts/bench.py                 # 2,000 documents; prints a table, writes out/bench.json
    .venv/bin/python scripts/bench.py --docs 200      # a quick look

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
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
EXTRACT = str(BIN / "extract")

BARE_SPACY = """
import sys, warnings
from pathlib import Path
import spacy
from extractor.api import default_model
warnings.simplefilter("ignore")
nlp = spacy.load(default_model())
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in nlp.pipe(texts, batch_size=8):
    pass
"""

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


def timed(command: list[str]) -> tuple[float, float]:
    """Wall time in seconds and peak RSS in MiB of one whole process (not counting its children)."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"error: {' '.join(command[:3])}: exit {os.waitstatus_to_exitcode(status)}: {stderr.strip()[-500:]}")
    return elapsed, usage.ru_maxrss / 1024


def batch(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    return timed([EXTRACT, "batch", str(corpus), "--out", str(out), "--workers", str(workers), "--quiet"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents in the synthetic corpus (default 2000)")
    parser.add_argument("--small", type=int, default=500, help="the smaller corpus for the memory ratio (default 500)")
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "bench.json", help="where to write the results")
    parser.add_argument("--repeat", type=int, default=3, help="cold-start runs (the median counts)")
    parser.add_argument(
        "--stories",
        type=Path,
        default=None,
        help="build the corpus from these stories (e.g. ../shared/datasets/reuters-news, read at run time) "
        "instead of the development articles",
    )
    args = parser.parse_args()

    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        tmp = Path(tmp)
        corpus, small = tmp / "corpus", tmp / "small"
        make_corpus(corpus, args.docs, args.stories)
        make_corpus(small, min(args.small, args.docs), args.stories)
        python = sys.executable

        bare, _ = timed([python, "-c", BARE_SPACY, str(corpus)])
        in_process, _ = timed([python, "-c", IN_PROCESS, str(corpus)])
        one, rss_large = batch(corpus, tmp / "one.sqlite", 1)
        two, _ = batch(corpus, tmp / "two.sqlite", 2)
        _, rss_small = batch(small, tmp / "small.sqlite", 1)

        article = str(ROOT / "corpus" / "articles" / "xiaomi-2017-07-07.txt")
        cold_extract = statistics.median(timed([EXTRACT, article, "--format", "jsonl"])[0] for _ in range(args.repeat))
        cold_spacy = statistics.median(timed([python, "-c", COLD_SPACY, article])[0] for _ in range(args.repeat))

    load_after = os.getloadavg()[0]
    n = args.docs
    rows = [
        (
            "throughput vs bare spaCy nlp.pipe",
            f"{n / one:.1f} vs {n / bare:.1f} docs/s",
            bare / one,
            ">= 0.85",
            bare / one >= 0.85,
        ),
        (
            "batch overhead: batch vs in-process extract_documents",
            f"{one:.1f} s vs {in_process:.1f} s",
            in_process / one,
            ">= 0.9",
            in_process / one >= 0.9,
        ),
        ("2 workers vs 1", f"{two:.1f} s vs {one:.1f} s", one / two, ">= 1.7", one / two >= 1.7),
        (
            f"peak RSS {n} vs {min(args.small, n)} docs",
            f"{rss_large:.0f} vs {rss_small:.0f} MiB",
            rss_large / rss_small,
            "< 1.10",
            rss_large / rss_small < 1.10,
        ),
        (
            "cold start: extract FILE vs spaCy load+parse",
            f"{cold_extract:.2f} s vs {cold_spacy:.2f} s",
            cold_extract / cold_spacy,
            "<= 2.0",
            cold_extract / cold_spacy <= 2.0,
        ),
    ]
    print(f"{'measure':55} {'measured':28} {'ratio':>6}  {'goal':7} met")
    for name, measured, ratio, goal, met in rows:
        print(f"{name:55} {measured:28} {ratio:6.2f}  {goal:7} {'-' if met is None else ('yes' if met else 'NO')}")
    # other processes competing for the cores make the two-worker ratio meaningless: say so
    print(f"load average (1 min) {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs")
    result = {
        "docs": n,
        "corpus": str(args.stories) if args.stories else "corpus/articles",
        "cpus": os.cpu_count(),
        "load_average": {"before": load_before, "after": load_after},
        "seconds": {
            "bare_spacy": bare,
            "in_process_extract": in_process,
            "batch_1_worker": one,
            "batch_2_workers": two,
            "cold_extract": cold_extract,
            "cold_spacy": cold_spacy,
        },
        "peak_rss_mib": {str(min(args.small, n)): rss_small, str(n): rss_large},
        "ratios": {name: {"ratio": round(ratio, 3), "goal": goal, "met": met} for name, _, ratio, goal, met in rows},
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}", file=sys.stderr)


if __name__ == "__main__":
    main()
