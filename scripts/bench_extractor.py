"""Time or profile the fact extractor alone, on Docs parsed once.

    .venv/bin/python scripts/bench_extractor.py --articles DIR --parse /tmp/x.docbin   # parse once (slow)
    .venv/bin/python scripts/bench_extractor.py --docbin /tmp/x.docbin --passes 3      # extractor CPU per pass
    .venv/bin/python scripts/bench_extractor.py --docbin /tmp/x.docbin --profile 25    # cProfile, top 25
    .venv/bin/python scripts/bench_extractor.py --docbin /tmp/x.docbin --sample 25     # sampled CPU shares, top 25
    .venv/bin/python scripts/bench_extractor.py --docbin /tmp/x.docbin --sample 25 --modules  # the same by module
    .venv/bin/python scripts/bench_extractor.py --stages DIR                           # CPU per pipeline component

The parse is most of a run's time and does not change when the rules do, so a speed change in the
rules is measured here on the same parsed Docs, five times faster than a whole run, and without the
parser's share of the noise. Each pass reads fresh Docs from the DocBin (no per-Doc cache survives)
after a warm-up pass on the first Docs (lexicons and imports). A DocBin keeps what the extractor
reads (sentences, tags, lemmas, parse, entities, the Doc extensions), so its output is the same as
`extract_documents` gives; scripts/snapshot.py remains the check that output did not change.

`--stages` runs a whole batch pass instead (parse and extraction, on the .txt stories of a folder) and times each
pipeline component in the same process, so every share sees the same load: spaCy's components' share of the
per-story CPU is about the throughput ratio `bench.py` measures against bare spaCy, without the set-up of two
processes and without the minutes between them that move that ratio by 15-20 % on a shared machine (round 21).
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import io
import pstats
import signal
import sys
import time
from pathlib import Path

WARM_UP = 10  # Docs run once before timing: lexicons, dateparser and quantulum3 load on first use


def parse(articles: Path, out: Path) -> int:
    """Parse every article with the pipeline up to the fact extractor; write the Docs as a DocBin."""
    from spacy.tokens import DocBin

    from extractor.api import is_long, load_nlp, make_doc
    from extractor.io.documents import read_text_file

    nlp = load_nlp()
    documents = [read_text_file(path) for path in sorted(articles.glob("*.txt"))]
    documents = [d for d in documents if not is_long(d)]  # a long document is parsed in pieces: not here
    docbin = DocBin(store_user_data=True)
    with nlp.select_pipes(disable=["fact_extractor"]):
        for doc in nlp.pipe((make_doc(nlp, d) for d in documents), batch_size=8):
            docbin.add(doc)
    out.write_bytes(docbin.to_bytes())
    return len(documents)


def fresh_docs(path: Path) -> list:
    from spacy.tokens import DocBin

    from extractor.api import load_nlp

    return list(DocBin().from_bytes(path.read_bytes()).get_docs(load_nlp().vocab))


def extractor_seconds(path: Path, passes: int) -> list[float]:
    """CPU seconds of the fact extractor over all Docs, once per pass."""
    from extractor.api import load_nlp

    component = load_nlp().get_pipe("fact_extractor")
    for doc in fresh_docs(path)[:WARM_UP]:
        component(doc)
    seconds = []
    for _ in range(passes):
        docs = fresh_docs(path)
        start = time.process_time()
        for doc in docs:
            component(doc)
        seconds.append(time.process_time() - start)
    return seconds


def profile(path: Path, top: int) -> str:
    """cProfile of one pass, by own time and by cumulative time. Its overhead per call inflates code that
    makes many small calls (Token access), so decide by shares and call counts, and time with --passes."""
    from extractor.api import load_nlp

    component = load_nlp().get_pipe("fact_extractor")
    for doc in fresh_docs(path)[:WARM_UP]:
        component(doc)
    docs = fresh_docs(path)
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        component(doc)
    profiler.disable()
    out = io.StringIO()
    for key in ("tottime", "cumulative"):
        pstats.Stats(profiler, stream=out).sort_stats(key).print_stats(top)
    return out.getvalue()


def sample(path: Path, top: int, passes: int, every: float = 0.0005, by_module: bool = False) -> str:
    """Shares of the extractor's CPU time by function, own and cumulative, from the Python stack read at a CPU-time
    timer (`SIGPROF`). cProfile charges its own cost to every call, and spaCy's Cython functions pay it on each
    Token made: iterating `doc.sents` over 100 stories took 1.6 ms alone and 250 ms under cProfile (round 29).
    Sampling leaves the run as it is; a Cython function's time counts to the Python function that called it.
    `by_module`: by extractor module instead ("facts/discourse"): a module's own share holds the library code it
    calls (spaCy, re, pydantic), and its cumulative share everything below it; a flat profile read by function
    shows there which stage of the rules the time is in (round 39)."""
    from extractor.api import load_nlp

    component = load_nlp().get_pipe("fact_extractor")
    for doc in fresh_docs(path)[:WARM_UP]:
        component(doc)
    own: collections.Counter[str] = collections.Counter()
    cumulative: collections.Counter[str] = collections.Counter()
    name = _module_name if by_module else _function_name

    def take(_signal, frame) -> None:
        names = []
        while frame is not None:
            names.append(name(frame))
            frame = frame.f_back
        named = [n for n in names if n is not None]
        own[named[0] if named else OUTSIDE] += 1
        cumulative.update(set(named))

    previous = signal.signal(signal.SIGPROF, take)
    try:
        for _ in range(passes):
            docs = fresh_docs(path)
            signal.setitimer(signal.ITIMER_PROF, every, every)
            for doc in docs:
                component(doc)
            signal.setitimer(signal.ITIMER_PROF, 0, 0)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    total = sum(own.values()) or 1
    lines = [f"{total} samples over {passes} passes", "own:"]
    lines += [f"{count / total:7.2%} {key}" for key, count in own.most_common(top)]
    lines += ["cumulative:"] + [f"{count / total:7.2%} {key}" for key, count in cumulative.most_common(top)]
    return "\n".join(lines)


OUTSIDE = "(outside the extractor)"


def _function_name(frame) -> str:
    code = frame.f_code
    return f"{code.co_filename.split('/extractor/')[-1]}:{code.co_firstlineno}:{code.co_name}"


def _module_name(frame) -> str | None:
    """The extractor module a frame runs in ("facts/discourse", "component"), None for code outside it."""
    path = frame.f_code.co_filename
    if "/extractor/" not in path:
        return None
    return path.rsplit("/extractor/", 1)[-1].removesuffix(".py")


SPACY_STAGES = ("tokenizer", "tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def stage_seconds(articles: Path) -> tuple[float, collections.Counter[str], list[dict]]:
    """The set-up's CPU seconds (imports and `load_nlp`), the CPU seconds of each pipeline component (and of the
    tokenizer, and of the results' validation and JSON: `extract batch`'s `_done`) over the stories of `articles`
    in batches of `BATCH_SIZE`, as `nlp.pipe` runs them (`pipe` where a component has one), and the results."""
    start = time.process_time()
    from extractor.api import _extraction, is_long, load_nlp, make_doc
    from extractor.config import BATCH_SIZE
    from extractor.io.batch import _done
    from extractor.io.documents import read_text_file

    nlp = load_nlp()
    set_up = time.process_time() - start
    documents = [read_text_file(path) for path in sorted(articles.glob("*.txt"))]
    documents = [d for d in documents if not is_long(d)]  # a long document is parsed in pieces: not here
    seconds: collections.Counter[str] = collections.Counter()
    results: list[dict] = []
    for first in range(0, len(documents), BATCH_SIZE):
        group = documents[first : first + BATCH_SIZE]
        start = time.process_time()
        docs = [make_doc(nlp, document) for document in group]
        seconds["tokenizer"] += time.process_time() - start
        for name, component in nlp.pipeline:
            start = time.process_time()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=BATCH_SIZE))
            else:
                docs = [component(doc) for doc in docs]
            seconds[name] += time.process_time() - start
        start = time.process_time()
        results += [_done(_extraction(document, doc)[0]) for document, doc in zip(group, docs, strict=True)]
        seconds["results (validation, JSON)"] += time.process_time() - start
    return set_up, seconds, results


def stages(articles: Path) -> str:
    """`stage_seconds` as a table: each stage's CPU seconds and share of the per-story CPU, then spaCy's share."""
    set_up, seconds, results = stage_seconds(articles)
    total = sum(seconds.values()) or 1.0
    lines = [f"{len(results)} stories, {total:.2f} s CPU per pass (set-up {set_up:.2f} s, not in the shares)"]
    lines += [f"{s / total:7.1%} {s:8.2f} s {name}" for name, s in seconds.most_common()]
    spacy_share = sum(s for name, s in seconds.items() if name in SPACY_STAGES) / total
    lines.append(f"spaCy's components: {spacy_share:.3f} of the per-story CPU")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=Path, help="with --parse: the folder of .txt articles to parse")
    parser.add_argument("--parse", type=Path, help="write the parsed Docs of --articles to this DocBin")
    parser.add_argument("--docbin", type=Path, help="the parsed Docs to run the extractor on")
    parser.add_argument("--passes", type=int, default=3, help="timed passes (default 3; the minimum counts)")
    parser.add_argument("--profile", type=int, metavar="TOP", help="profile one pass, print the TOP functions")
    parser.add_argument(
        "--sample", type=int, metavar="TOP", help="sample --passes passes' CPU time, print the TOP functions' shares"
    )
    parser.add_argument(
        "--modules", action="store_true", help="with --sample: shares by extractor module, not by function"
    )
    parser.add_argument("--stages", type=Path, metavar="DIR", help="CPU per pipeline component on the stories of DIR")
    args = parser.parse_args()
    if args.stages:
        print(stages(args.stages))
        return 0
    if args.parse:
        if args.articles is None:
            parser.error("--parse needs --articles")
        print(f"parsed {parse(args.articles, args.parse)} documents into {args.parse}")
        return 0
    if args.docbin is None:
        parser.error("give --docbin (or --articles with --parse)")
    if args.profile:
        print(profile(args.docbin, args.profile))
        return 0
    if args.sample:
        print(sample(args.docbin, args.sample, args.passes, by_module=args.modules))
        return 0
    seconds = extractor_seconds(args.docbin, args.passes)
    print(f"extractor CPU: min {min(seconds):.2f} s; passes {' '.join(f'{s:.2f}' for s in seconds)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
