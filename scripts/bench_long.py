"""Benchmark one long document: time and peak RSS of `extract FILE` as the document grows.

    .venv/bin/python scripts/bench_long.py                       # 100 KB, 400 KB, 1.2 MB and 5 MB
    .venv/bin/python scripts/bench_long.py --sizes 100000,400000 # a quick look

Each document is built at run time from distinct stories of the unlabeled Reuters collection
(never copied into the repository): one date header, then the stories' bodies one after another,
separated by blank lines; when the collection is used up (past about 4 MB) it starts again.
Each size runs as its own `extract --format jsonl` process; the figures are that process's wall
time and peak RSS. The bars (issue 12): every size runs, t(1.2 MB) / t(100 KB) <= 14 (12 is
linear), peak RSS at 1.2 MB <= 1,000 MB; a Ctrl-C during the largest one ends the process within
2 seconds. The machine is shared: the load average is printed.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXTRACT = str(Path(sys.executable).parent / "extract")
STORIES = ROOT.parent / "shared" / "datasets" / "reuters-news"
DEFAULT_SIZES = (100_000, 400_000, 1_200_000, 5_000_000)


def stories(directory: Path) -> list[tuple[str, str]]:
    """(date, body) of each story (its date header line taken off), in file-name order."""
    found = []
    for path in sorted(directory.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        header = lines[0].split() if lines else []
        has_header = len(header) >= 2 and header[0] == "date"
        body = "\n".join(lines[1:] if has_header else lines).strip()
        if body:
            found.append((header[1] if has_header else "", body))
    return found


def long_document(found: list[tuple[str, str]], size: int) -> str:
    """Whole stories until the text reaches `size` characters, under one header dated as the latest of
    them (an earlier date would put "to date" periods of later stories after publication)."""
    bodies, length, i = [], 0, 0
    while length < size:
        bodies.append(found[i % len(found)])
        length += len(bodies[-1][1]) + 2
        i += 1
    latest = max((date for date, _ in bodies), default="") or "2013-12-31"
    return "\n\n".join([f" date {latest} Business news digest", *(body for _, body in bodies)]) + "\n"


def timed(command: list[str], out: Path) -> tuple[float, float, int, str]:
    """Wall time (s), peak RSS (MiB), exit code and a note (facts written, stderr tail) of one whole process."""
    start = time.perf_counter()
    with out.open("wb") as stdout:
        process = subprocess.Popen(command, stdout=stdout, stderr=subprocess.PIPE)
        stderr = process.stderr.read()
        _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.stderr.close()
    facts = out.read_bytes().count(b"\n")
    note = f"{facts} facts" + (f"; {stderr.decode(errors='replace').strip()[-300:]}" if stderr.strip() else "")
    return elapsed, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), note


def interrupt_delay(command: list[str], after: float) -> tuple[float, int]:
    """Seconds from a SIGINT (sent `after` seconds into the run) to the process's exit, and its exit code."""
    # a background job of a non-interactive shell starts with SIGINT ignored, and Python then installs no
    # KeyboardInterrupt handler: give the child the default disposition, as a terminal would
    process = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    time.sleep(after)
    sent = time.perf_counter()
    process.send_signal(signal.SIGINT)
    code = process.wait()
    return time.perf_counter() - sent, code


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)), help="characters, comma-separated")
    parser.add_argument("--stories", type=Path, default=STORIES, help="folder of Reuters stories")
    parser.add_argument("--json", type=Path, default=ROOT / "out" / "bench_long.json", help="where to write results")
    parser.add_argument(
        "--interrupt", type=float, default=20.0, help="Ctrl-C this many seconds into the largest size (0: skip)"
    )
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    bodies = stories(args.stories)
    if not bodies:
        print(f"error: {args.stories}: no stories", file=sys.stderr)
        return 2
    load_before = os.getloadavg()[0]
    rows = []
    with tempfile.TemporaryDirectory(prefix="extract-long-") as tmp:
        for size in sizes:
            path = Path(tmp) / f"long-{size}.txt"
            path.write_text(long_document(bodies, size), encoding="utf-8")
            seconds, rss, code, note = timed([EXTRACT, str(path), "--format", "jsonl"], Path(tmp) / "facts.jsonl")
            rows.append({"chars": size, "seconds": seconds, "peak_rss_mib": rss, "exit": code, "note": note})
            print(f"{size:>10,} chars  {seconds:7.1f} s  {rss:7.0f} MiB  exit {code}  {note.splitlines()[0][:80]}")
        if args.interrupt > 0:
            delay, code = interrupt_delay([EXTRACT, str(path), "--format", "jsonl"], args.interrupt)
            rows.append({"interrupt_after": args.interrupt, "exit_seconds": delay, "exit": code})
            print(f"Ctrl-C {args.interrupt:.0f} s into {size:,} chars: exit {code} after {delay:.2f} s (bar <= 2)")
    load_after = os.getloadavg()[0]
    by_size = {row["chars"]: row for row in rows if "chars" in row}
    if 100_000 in by_size and 1_200_000 in by_size:
        ratio = by_size[1_200_000]["seconds"] / by_size[100_000]["seconds"]
        print(f"t(1.2 MB) / t(100 KB) = {ratio:.1f} (bar <= 14; 12 is linear)")
    if 1_200_000 in by_size:
        print(f"peak RSS at 1.2 MB = {by_size[1_200_000]['peak_rss_mib']:.0f} MiB (bar <= 1,000)")
    print(f"load average (1 min) {load_before:.2f} before, {load_after:.2f} after, on {os.cpu_count()} CPUs")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    result = {"rows": rows, "load_average": {"before": load_before, "after": load_after}}
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0 if all(row["exit"] == 0 for row in rows if "chars" in row) else 1


if __name__ == "__main__":
    sys.exit(main())
