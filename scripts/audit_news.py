"""Issue 10's batch-level bars, measured on a folder of unlabeled news stories through `extract batch`.

    python scripts/audit_news.py                                  # all stories of the default folder
    python scripts/audit_news.py --limit 50 --examples 3          # a quick look, with examples per problem
    python scripts/audit_news.py --sink /tmp/run.sqlite --check   # keep the sink; exit 1 when a bar is missed
    python scripts/audit_news.py --from-sink /tmp/run.sqlite      # re-read a kept sink without extracting

The extractor that runs is the one `import extractor` finds (set PYTHONPATH to choose a worktree).
It prints documents, failures and facts; the share of "amount" predicates; fallback and junk
predicates; facts whose subject the text writes only inside (...) or <...>; facts whose subject
is a news agency or pollster; predicates holding a stock-index code; facts per kind and modality;
and the subjects that look like tickers. This is a measuring tool: its word lists are short on
purpose and live here, not in the extractor's lexicons.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_STORIES = Path(__file__).resolve().parent.parent.parent / "shared" / "datasets" / "reuters-news"
STORY_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}

# Issue 10, "Bars": shares are of all facts.
BAR_AMOUNT_SHARE = 0.01
BAR_BRACKET_SUBJECT_SHARE = 0.002
BAR_INDEX_CODE_PREDICATES = 0
BAR_FAILURES = 0

# Predicates that name no measured thing: the list plus bare movement words.
FALLBACK_PREDICATES = frozenset(
    {
        "amount",
        "increase",
        "decrease",
        "yoy",
        "top",
        "write",
        "estimates",
        "estimate",
        "rise",
        "fall",
        "gain",
        "drop",
        "decline",
        "change",
        "value",
        "number",
        "figure",
    }
)

# Function words that are never a predicate on their own (a short list: this only measures).
FUNCTION_WORDS = frozenset(
    "a an the of in on at to for from by with as and or but than this that these those it its "
    "he she they we you i his her their our your be is are was were been has have had do does did "
    "not no so up down out over under about after before into per via vs which who whom what "
    "more most less least some any all each both such".split()
)

# News agencies, wire services, estimate compilers and pollsters, case-folded.
AGENCIES = frozenset(
    {
        "reuters",
        "thomson reuters",
        "reuters estimates",
        "reuters poll",
        "reuters survey",
        "thomson reuters i/b/e/s",
        "i/b/e/s",
        "thomson financial",
        "thomson first call",
        "first call",
        "dow jones newswires",
        "bloomberg",
        "bloomberg news",
        "associated press",
        "ap",
        "afp",
        "agence france-presse",
        "agence france presse",
        "kyodo",
        "kyodo news",
        "xinhua",
        "yonhap",
        "interfax",
        "itar-tass",
        "press trust of india",
        "jiji",
        "jiji press",
        "market news international",
        "gallup",
        "ipsos",
        "reuters/ipsos",
        "rasmussen",
        "zogby",
        "yougov",
        "harris interactive",
        "pew research center",
        "factset",
        "zacks",
        "capital iq",
        "starmine",
    }
)

TICKER_SUBJECT = re.compile(r"^[A-Z]{1,5}(?:\.[A-Z]{1,2})?$")
# A Reuters instrument code inside a lower-cased predicate: "xyz.o", "7203.t", "005930.ks".
RIC_TOKEN = re.compile(r"^[a-z0-9]{1,6}\.[a-z]{1,2}$")
EXCHANGE_PREFIX = re.compile(r"\b(?:nyse|nasdaq|amex|lse|tsx)\s*:", re.IGNORECASE)
TOKEN_EDGES = "()[]{},;:\"'"

OPENERS = {"(": ")", "<": ">"}
CLOSERS = {")", ">"}


# ---- what the sink holds --------------------------------------------------------------------


@dataclass(frozen=True)
class FactRow:
    doc_id: str
    kind: str
    subject: str
    predicate: str
    modality: str
    sentence: str = ""


@dataclass
class Run:
    """One batch run as read back from its sink."""

    texts: dict[str, str]
    facts: list[FactRow]
    errors: list[tuple[str, str]] = field(default_factory=list)
    """(source, reason) of each input the batch recorded as failed."""
    missing: int = 0
    """Inputs that left neither a document nor an error in the sink."""


def read_sink(path: Path) -> Run:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        texts = dict(conn.execute("SELECT doc_id, text FROM documents"))
        facts = [_fact_row(*row) for row in conn.execute(_FACTS_SQL)]
        errors = list(conn.execute("SELECT source, reason FROM errors ORDER BY source"))
    finally:
        conn.close()
    return Run(texts=texts, facts=facts, errors=errors)


_FACTS_SQL = "SELECT doc_id, kind, subject, predicate, modality, json FROM facts ORDER BY doc_id, position"


def _fact_row(doc_id: str, kind: str, subject: str, predicate: str, modality: str | None, raw: str) -> FactRow:
    sentence = (json.loads(raw).get("evidence") or {}).get("sentence", "")
    return FactRow(doc_id, kind, subject, predicate, modality or "actual", sentence)


# ---- the counting functions -----------------------------------------------------------------


def predicate_tokens(predicate: str) -> list[str]:
    return [token.strip(TOKEN_EDGES) for token in predicate.split() if token.strip(TOKEN_EDGES)]


def has_index_code(predicate: str) -> bool:
    """A token that starts with "." and a letter (".spx", ".n225"), or any "^" ("^gspc")."""
    if "^" in predicate:
        return True
    return any(re.match(r"\.[^\W\d_]", token) for token in predicate_tokens(predicate))


def has_ticker(predicate: str) -> bool:
    """An instrument code ("xyz.o") or an exchange prefix ("nyse: xyz") inside the predicate."""
    if EXCHANGE_PREFIX.search(predicate):
        return True
    return any(RIC_TOKEN.match(token.lower()) for token in predicate_tokens(predicate))


def junk_reason(predicate: str) -> str | None:
    """Why a predicate is a fallback or junk, or None when it names something measured."""
    text = predicate.strip().lower()
    if has_index_code(text):
        return "index code"
    if has_ticker(text):
        return "ticker"
    if text in FALLBACK_PREDICATES:
        return "fallback"
    if not re.search(r"[^\W\d_]", text):
        return "no letters"
    if text in FUNCTION_WORDS:
        return "function word"
    return None


def bracket_depths(text: str) -> bytearray:
    """Per character, 1 when it lies inside (...) or <...>; a line break closes what is open.

    Closing at line breaks keeps one stray "(" or a "<" used as "less than" from marking the rest
    of the story.
    """
    inside = bytearray(len(text))
    stack: list[str] = []
    for index, char in enumerate(text):
        if char == "\n":
            stack.clear()
        elif char in OPENERS:
            stack.append(OPENERS[char])
        elif char in CLOSERS and stack:
            if char in stack:
                while stack and stack.pop() != char:
                    pass
            continue
        inside[index] = 1 if stack else 0
    return inside


def subject_occurrences(subject: str, text: str) -> list[int]:
    """Start offsets of the subject as a whole word (case-sensitive, else case-insensitive)."""
    if not subject.strip():
        return []
    pattern = r"(?<!\w)" + re.escape(subject) + r"(?!\w)"
    starts = [m.start() for m in re.finditer(pattern, text)]
    return starts or [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)]


def written_only_in_brackets(subject: str, text: str, depths: bytearray | None = None) -> bool | None:
    """True when every occurrence of the subject lies inside brackets; None when it never occurs."""
    starts = subject_occurrences(subject, text)
    if not starts:
        return None
    depths = bracket_depths(text) if depths is None else depths
    return all(depths[start] for start in starts)


def is_agency(subject: str) -> bool:
    name = re.sub(r"^the\s+", "", subject.strip().casefold())
    return name in AGENCIES


def looks_like_ticker(subject: str) -> bool:
    return bool(TICKER_SUBJECT.match(subject.strip()))


# ---- the audit ------------------------------------------------------------------------------

CATEGORIES = (
    "amount predicate",
    "junk predicate",
    "subject only in brackets",
    "only in brackets, no agency",
    "subject not in text",
    "agency subject",
    "index code in predicate",
    "index code in subject",
    "ticker subject",
)


@dataclass
class Audit:
    documents: int = 0
    failures: int = 0
    facts: int = 0
    predicates: Counter = field(default_factory=Counter)
    junk: Counter = field(default_factory=Counter)
    junk_reasons: Counter = field(default_factory=Counter)
    kinds: Counter = field(default_factory=Counter)
    modalities: Counter = field(default_factory=Counter)
    tickers: Counter = field(default_factory=Counter)
    agencies: Counter = field(default_factory=Counter)
    bracketed: Counter = field(default_factory=Counter)
    """Subjects written only inside brackets, per fact."""
    unwritten: Counter = field(default_factory=Counter)
    """Subjects the text never writes (as a whole word), per fact."""
    counts: Counter = field(default_factory=Counter)
    """Facts per problem category (CATEGORIES)."""
    examples: dict[str, list[FactRow]] = field(default_factory=dict)

    def share(self, category: str) -> float:
        return self.counts[category] / self.facts if self.facts else 0.0


def fact_categories(fact: FactRow, text: str, depths: bytearray) -> list[str]:
    """The problem categories one fact falls in."""
    found = []
    if fact.predicate.strip().lower() == "amount":
        found.append("amount predicate")
    if junk_reason(fact.predicate):
        found.append("junk predicate")
    if has_index_code(fact.predicate.lower()):
        found.append("index code in predicate")
    if has_index_code(fact.subject.lower()):
        found.append("index code in subject")
    agency = is_agency(fact.subject)
    only = written_only_in_brackets(fact.subject, text, depths)
    if only:
        found += ["subject only in brackets"] + ([] if agency else ["only in brackets, no agency"])
    elif only is None:
        found.append("subject not in text")
    if agency:
        found.append("agency subject")
    if looks_like_ticker(fact.subject):
        found.append("ticker subject")
    return found


def audit(run: Run, examples: int = 0) -> Audit:
    result = Audit(documents=len(run.texts), failures=len(run.errors) + run.missing, facts=len(run.facts))
    depths: dict[str, bytearray] = {}
    seen_docs: dict[str, set[str]] = {}
    for fact in run.facts:
        text = run.texts.get(fact.doc_id, "")
        if fact.doc_id not in depths:
            depths = {fact.doc_id: bracket_depths(text)}  # facts come grouped by document: keep one
        categories = fact_categories(fact, text, depths[fact.doc_id])
        _tally(result, fact, categories)
        _keep_examples(result, fact, categories, seen_docs, examples)
    return result


def _tally(result: Audit, fact: FactRow, categories: list[str]) -> None:
    result.predicates[fact.predicate] += 1
    result.kinds[fact.kind] += 1
    result.modalities[fact.modality] += 1
    result.counts.update(categories)
    reason = junk_reason(fact.predicate)
    if reason:
        result.junk[fact.predicate] += 1
        result.junk_reasons[reason] += 1
    if "ticker subject" in categories:
        result.tickers[fact.subject] += 1
    if "agency subject" in categories:
        result.agencies[fact.subject] += 1
    if "subject only in brackets" in categories:
        result.bracketed[fact.subject] += 1
    if "subject not in text" in categories:
        result.unwritten[fact.subject] += 1


def _keep_examples(
    result: Audit, fact: FactRow, categories: list[str], seen_docs: dict[str, set[str]], limit: int
) -> None:
    """Up to `limit` examples per category, one per document so they show different stories."""
    if limit <= 0:
        return
    for category in categories:
        kept = result.examples.setdefault(category, [])
        docs = seen_docs.setdefault(category, set())
        if len(kept) < limit and fact.doc_id not in docs:
            kept.append(fact)
            docs.add(fact.doc_id)


# ---- bars -----------------------------------------------------------------------------------


def bars(result: Audit) -> list[tuple[str, str, bool]]:
    """(measure, bar, met) for each of issue 10's batch bars."""
    return [
        ("failures", f"= {BAR_FAILURES}", result.failures <= BAR_FAILURES),
        ("amount predicate", f"<= {BAR_AMOUNT_SHARE:.1%}", result.share("amount predicate") <= BAR_AMOUNT_SHARE),
        (
            "subject only in brackets",
            f"<= {BAR_BRACKET_SUBJECT_SHARE:.1%}",
            result.share("subject only in brackets") <= BAR_BRACKET_SUBJECT_SHARE,
        ),
        (
            "index code in predicate",
            f"= {BAR_INDEX_CODE_PREDICATES}",
            result.counts["index code in predicate"] <= BAR_INDEX_CODE_PREDICATES,
        ),
    ]


def missed_bars(result: Audit) -> list[str]:
    return [name for name, _, met in bars(result) if not met]


# ---- the report -----------------------------------------------------------------------------


def _percent(count: int, total: int) -> str:
    return f"{100 * count / total:6.2f} %" if total else "     - %"


def _counter_lines(title: str, counter: Counter, top: int, total: int) -> list[str]:
    lines = [f"\n{title}"]
    if not counter:
        return [*lines, "  (none)"]
    for name, count in counter.most_common(top):
        lines.append(f"  {count:7d}  {_percent(count, total)}  {name}")
    return lines


def summary_lines(result: Audit) -> list[str]:
    lines = [
        f"{'documents':<28}{result.documents:8d}",
        f"{'facts':<28}{result.facts:8d}",
        f"\n{'measure':<28}{'facts':>8}  {'share':>8}  {'bar':<10} status",
    ]
    bar_of = {name: (bar, met) for name, bar, met in bars(result)}
    lines.append(
        f"{'failures (documents)':<28}{result.failures:8d}  {'':>8}  {bar_of['failures'][0]:<10} "
        + ("ok" if bar_of["failures"][1] else "MISSED")
    )
    for category in CATEGORIES:
        count = result.counts[category]
        bar, met = bar_of.get(category, ("", True))
        status = ("ok" if met else "MISSED") if bar else ""
        lines.append(f"{category:<28}{count:8d}  {_percent(count, result.facts)}  {bar:<10} {status}".rstrip())
    return [*lines, *_vacuous_bracket_lines(result)]


def _vacuous_bracket_lines(result: Audit) -> list[str]:
    """The bracket bar if a subject the text never writes counted as written only in brackets.

    Read literally ("every occurrence lies inside brackets"), the bar holds vacuously for such a
    subject; canonical names ("United States" for "U.S.") fall here, and so do broken ones.
    """
    count = result.counts["subject only in brackets"] + result.counts["subject not in text"]
    return [
        "",
        "if never-written subjects counted as only in brackets:",
        f"{'  brackets + not in text':<28}{count:8d}  {_percent(count, result.facts)}",
    ]


def report_lines(result: Audit, examples: int) -> list[str]:
    total = result.facts
    lines = summary_lines(result)
    lines += _counter_lines("junk predicates by reason", result.junk_reasons, 10, total)
    lines += _counter_lines("top 15 fallback or junk predicates", result.junk, 15, total)
    lines += _counter_lines("facts per kind", result.kinds, 10, total)
    lines += _counter_lines("facts per modality", result.modalities, 10, total)
    lines += _counter_lines("top 20 subjects that look like tickers", result.tickers, 20, total)
    lines += _counter_lines("top 20 subjects written only in brackets", result.bracketed, 20, total)
    lines += _counter_lines("top 20 subjects the text never writes", result.unwritten, 20, total)
    lines += _counter_lines("agency or pollster subjects", result.agencies, 10, total)
    lines += _counter_lines("top 20 predicates", result.predicates, 20, total)
    if examples > 0:
        lines += example_lines(result)
    return lines


def example_lines(result: Audit) -> list[str]:
    lines = []
    for category in CATEGORIES:
        kept = result.examples.get(category, [])
        lines.append(f"\nexamples: {category} ({result.counts[category]} facts)")
        for fact in kept or []:
            sentence = " ".join(fact.sentence.split())
            sentence = sentence if len(sentence) <= 220 else sentence[:217] + "..."
            lines.append(
                f"  [{fact.doc_id}] {fact.kind}/{fact.modality} subject={fact.subject!r} "
                f"predicate={fact.predicate!r}\n      {sentence}"
            )
        if not kept:
            lines.append("  (none)")
    return lines


def summary_json(result: Audit) -> dict:
    return {
        "documents": result.documents,
        "failures": result.failures,
        "facts": result.facts,
        "counts": {category: result.counts[category] for category in CATEGORIES},
        "shares": {category: result.share(category) for category in CATEGORIES},
        "missed_bars": missed_bars(result),
        "junk_predicates": dict(result.junk.most_common(15)),
        "kinds": dict(result.kinds),
        "modalities": dict(result.modalities),
        "ticker_subjects": dict(result.tickers.most_common(20)),
        "agency_subjects": dict(result.agencies.most_common(10)),
        "bracketed_subjects": dict(result.bracketed.most_common(20)),
        "unwritten_subjects": dict(result.unwritten.most_common(20)),
    }


# ---- running the batch ----------------------------------------------------------------------


def list_stories(folder: Path, limit: int | None) -> list[Path]:
    """Story files in `extract batch`'s order for a directory: recursive, sorted, no hidden parts."""
    found = sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in STORY_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    return found[:limit] if limit is not None else found


# -P: the working directory must not shadow PYTHONPATH (with -c it would come first on sys.path).
CHILD_PYTHON = [sys.executable, "-P", "-c"]


def run_extract_batch(paths: Sequence[Path], sink: Path, *, workers: int, model: str | None) -> int:
    """`extract batch` in a child process with this interpreter and environment; its exit code."""
    command = [*CHILD_PYTHON, "from extractor.cli import main; main()", "batch", *map(str, paths)]
    command += ["--out", str(sink), "--workers", str(workers), "--force"]
    command += ["--model", model] if model else []
    return subprocess.run(command, check=False).returncode


def extractor_location() -> str:
    """Where the child process that runs `extract batch` imports the extractor from."""
    probe = "import importlib.util as u; s = u.find_spec('extractor'); print(s.origin if s else '')"
    found = subprocess.run([*CHILD_PYTHON, probe], capture_output=True, text=True, check=False).stdout.strip()
    return str(Path(found).parent) if found else "(extractor not importable)"


def extract_run(args: argparse.Namespace) -> tuple[Run | None, str]:
    """Run the batch (or read a kept sink); the run, and a line that says what ran."""
    if args.from_sink:
        return read_sink(args.from_sink), f"sink {args.from_sink} (read only)"
    paths = list_stories(args.stories, args.limit)
    with tempfile.TemporaryDirectory(prefix="audit-news-") as tmp:
        sink = args.sink or Path(tmp) / "run.sqlite"
        started = time.monotonic()
        code = run_extract_batch(paths, sink, workers=args.workers, model=args.model)
        seconds = time.monotonic() - started
        if code == 2 or not sink.exists():
            return None, f"extract batch stopped (exit {code})"
        run = read_sink(sink)
    if not any(path.suffix.lower() == ".jsonl" for path in paths):
        run.missing = max(0, len(paths) - len(run.texts) - len(run.errors))
    rate = len(paths) / seconds if seconds else 0.0
    return run, (
        f"extractor {extractor_location()}; {len(paths)} stories from {args.stories}; "
        f"workers {args.workers}; {seconds:.0f} s ({rate:.2f} stories/s); extract batch exit {code}"
    )


def parse_args(argv: Iterable[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("stories", nargs="?", type=Path, default=DEFAULT_STORIES, help="folder of stories")
    parser.add_argument("--limit", type=int, default=None, help="only the first N stories (sorted)")
    parser.add_argument("--workers", type=int, default=1, help="extract batch --workers")
    parser.add_argument("--model", default=None, help="spaCy pipeline (default: the extractor's)")
    parser.add_argument("--sink", type=Path, default=None, help="keep the SQLite sink here (a new file)")
    parser.add_argument("--from-sink", type=Path, default=None, help="audit a kept SQLite sink; no extraction")
    parser.add_argument("--examples", type=int, default=0, help="N example facts per problem category")
    parser.add_argument("--json", type=Path, default=None, help="also write the summary as JSON here")
    parser.add_argument("--check", action="store_true", help="exit 1 when a bar is missed")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.sink and args.sink.suffix.lower() not in (".sqlite", ".db"):
        parser.error("--sink must end in .sqlite or .db")
    if args.sink and args.sink.exists():
        parser.error(f"--sink {args.sink} exists: read it with --from-sink, or remove it")
    if args.from_sink and not args.from_sink.is_file():
        parser.error(f"--from-sink {args.from_sink}: no such file")
    if not args.from_sink and not args.stories.is_dir():
        parser.error(f"{args.stories}: not a directory")
    return args


def main(argv: Iterable[str] | None = None) -> int:
    args = parse_args(argv)
    run, what = extract_run(args)
    print(what)
    if run is None:
        return 2
    result = audit(run, args.examples)
    print("\n".join(report_lines(result, args.examples)))
    for source, reason in run.errors[:10]:
        print(f"failed: {source}: {reason}")
    if args.json:
        args.json.write_text(json.dumps(summary_json(result), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if args.check and missed_bars(result) else 0


if __name__ == "__main__":
    sys.exit(main())
