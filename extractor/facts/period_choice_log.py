"""A measuring hook, off unless `PERIOD_CHOICE_LOG` names a file: every choice `attachment.period_for` makes among a
sentence's period phrases is appended to it as one JSON line (the figure, and each candidate's features and
resolved period), for `scripts/fit_period_weights.py` to fit `lexicons/period_weights.tsv` against gold. The
extractor's output does not depend on it."""

from __future__ import annotations

import json
import os
from pathlib import Path

from extractor.models import Period

LOG_PATH = os.environ.get("PERIOD_CHOICE_LOG")


def enabled() -> bool:
    return LOG_PATH is not None


def write_choice(
    sentence: str, surface: str, kind: str, modality: str | None, candidates: list[tuple[dict, Period | None]]
) -> None:
    """One choice: the figure's sentence and surface, and each candidate as (features, resolved period)."""
    record = {
        "sentence": sentence,
        "surface": surface,
        "kind": kind,
        "modality": modality,
        "candidates": [{"features": f, "period": _dates(p)} for f, p in candidates],
    }
    with Path(LOG_PATH).open("a", encoding="utf-8") as out:
        out.write(json.dumps(record) + "\n")


def write_default(sentence: str, surface: str, features: dict, story: Period | None, chosen: Period | None) -> None:
    """A figure no phrase of its sentence dates: its features, the story's period and the period it was given."""
    record = {"sentence": sentence, "surface": surface, "default": features, "story": _dates(story)}
    with Path(LOG_PATH).open("a", encoding="utf-8") as out:
        out.write(json.dumps({**record, "chosen": _dates(chosen)}) + "\n")


def _dates(period: Period | None) -> list[str | None]:
    if period is None:
        return [None, None]
    return [period.start.isoformat() if period.start else None, period.end.isoformat() if period.end else None]
