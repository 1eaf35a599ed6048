"""Gold files for stories of `../shared/datasets/reuters-news/`, kept in the repository without the stories' text.

The Reuters stories may not be copied into the repository, and a gold file quotes each fact's sentence. So the
gold written for those stories (`corpus/reuters-gold/<set>/`, see its README) is stored packed: every evidence
keeps its offsets into the story file and loses its sentence. Unpacking reads the sentences back from the story
files and writes ordinary gold files that `extract eval` scores, with a folder of links to the stories:

    python scripts/reuters_gold.py unpack read23a /tmp/read23a      # /tmp/read23a/gold, /tmp/read23a/articles
    .venv/bin/extract eval --gold /tmp/read23a/gold /tmp/read23a/articles
    python scripts/reuters_gold.py pack /path/to/gold-folder blind27  # gold written elsewhere -> corpus/reuters-gold

Packing refuses a fact whose offsets do not give back its quoted sentence, so an unpacked file quotes exactly what
the annotator quoted.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKED = ROOT / "corpus" / "reuters-gold"
STORIES = ROOT.parent / "shared" / "datasets" / "reuters-news"


class PackError(ValueError):
    """A gold file that cannot be packed or unpacked; the message names the file and the fact."""


def story_text(stories: Path, doc_id: str) -> str:
    path = stories / f"{doc_id}.txt"
    if not path.is_file():
        raise PackError(f"{doc_id}: no story {path}")
    return path.read_text(encoding="utf-8")


def headline(text: str) -> str | None:
    """The title in the story's header line ` date YYYY-MM-DD <title>`."""
    first = text.split("\n", 1)[0].split(maxsplit=2)
    return first[2] if len(first) == 3 and first[0] == "date" else None


def pack_record(record: dict, text: str) -> dict:
    """The gold record with each evidence reduced to its offsets, checked against the story's text, and no title."""
    if record.get("title") not in (None, headline(text)):
        raise PackError(f"{record['doc_id']}: the title differs from the story's header line")
    facts = []
    for number, fact in enumerate(record["facts"], 1):
        evidence = fact["evidence"]
        start, end = evidence.get("start"), evidence.get("end")
        if start is None or end is None or text[start:end] != evidence["sentence"]:
            raise PackError(f"{record['doc_id']}: fact {number}: evidence offsets do not give its sentence")
        facts.append({**fact, "evidence": {"start": start, "end": end}})
    return {**{key: value for key, value in record.items() if key != "title"}, "facts": facts}


def unpack_record(record: dict, text: str) -> dict:
    """The packed record with each evidence sentence and the title read back from the story's text."""
    facts = []
    for fact in record["facts"]:
        start, end = fact["evidence"]["start"], fact["evidence"]["end"]
        if not 0 <= start < end <= len(text):
            raise PackError(f"{record['doc_id']}: evidence {start}..{end} lies outside the story")
        facts.append({**fact, "evidence": {"sentence": text[start:end], "start": start, "end": end}})
    return {**record, "title": headline(text), "facts": facts}


def write_json(path: Path, record: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def pack(source: Path, name: str, stories: Path, packed: Path) -> int:
    files = sorted(source.glob("*.json"))
    if not files:
        raise PackError(f"{source}: no *.json gold files")
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        write_json(packed / name / file.name, pack_record(record, story_text(stories, record["doc_id"])))
    return len(files)


def unpack(name: str, out: Path, stories: Path, packed: Path) -> int:
    files = sorted((packed / name).glob("*.json"))
    if not files:
        raise PackError(f"{packed / name}: no packed gold files (sets: {', '.join(sets(packed)) or 'none'})")
    (out / "articles").mkdir(parents=True, exist_ok=True)
    for file in files:
        record = json.loads(file.read_text(encoding="utf-8"))
        write_json(out / "gold" / file.name, unpack_record(record, story_text(stories, record["doc_id"])))
        link = out / "articles" / f"{record['doc_id']}.txt"
        if not (link.is_symlink() or link.exists()):
            link.symlink_to(stories / f"{record['doc_id']}.txt")
    return len(files)


def sets(packed: Path) -> list[str]:
    return sorted(p.name for p in packed.iterdir() if p.is_dir()) if packed.is_dir() else []


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=STORIES, help="folder of the story files")
    commands = parser.add_subparsers(dest="command", required=True)
    packing = commands.add_parser("pack", help="store a folder of gold files as set NAME")
    packing.add_argument("source", type=Path)
    packing.add_argument("name")
    unpacking = commands.add_parser("unpack", help="write set NAME as OUT/gold and OUT/articles")
    unpacking.add_argument("name")
    unpacking.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.command == "pack":
            count = pack(args.source, args.name, args.stories, PACKED)
            print(f"packed {count} gold files into {PACKED / args.name}")
        else:
            count = unpack(args.name, args.out, args.stories, PACKED)
            print(f"wrote {count} gold files to {args.out / 'gold'} and links to {args.out / 'articles'}")
    except PackError as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
