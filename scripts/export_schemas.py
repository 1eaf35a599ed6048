"""Write schemas/*.json from the pydantic models, or with --check fail when they are stale."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.schemas import schema_files

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if schemas/ differs from the models")
    parser.add_argument("--dir", type=Path, default=ROOT / "schemas")
    args = parser.parse_args()
    generated = schema_files()
    if args.check:
        on_disk = {p.name: p.read_text(encoding="utf-8") for p in args.dir.glob("*.json")}
        if on_disk != generated:
            print(f"{args.dir} is stale: run python scripts/export_schemas.py", file=sys.stderr)
            return 1
        return 0
    args.dir.mkdir(parents=True, exist_ok=True)
    for stale in set(p.name for p in args.dir.glob("*.json")) - set(generated):
        (args.dir / stale).unlink()
    for name, text in generated.items():
        (args.dir / name).write_text(text, encoding="utf-8")
    print(f"wrote {len(generated)} schemas to {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
