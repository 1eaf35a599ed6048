"""Write schemas/*.json from the pydantic models, or with --check fail when they are stale.

The same as `extract schema [--check]`; both use extractor/schemas.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from extractor.config import SCHEMA_DIR
from extractor.schemas import stale_schemas, write_schemas

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="exit 1 if schemas/ differs from the models")
    parser.add_argument("--dir", type=Path, default=ROOT / SCHEMA_DIR)
    args = parser.parse_args()
    if args.check:
        stale = stale_schemas(args.dir)
        if stale:
            print(f"{args.dir} is stale ({', '.join(stale)}): run python scripts/export_schemas.py", file=sys.stderr)
            return 1
        return 0
    print(f"wrote {write_schemas(args.dir)} schemas to {args.dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
