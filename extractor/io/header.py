"""The date header of a news file: ` date YYYY-MM-DD <title>` on the first non-blank line.

The one place that reads it: the document reader takes the publication date and title from it,
and the fact rules skip it (it is no sentence of the article). Nothing here imports spaCy or the models.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# leading blank lines, then ` date <date> <title>` (title optional) up to the end of the line
HEADER = re.compile(r"\A(?:[ \t]*\r?\n)*[ \t]*date[ \t]+(\S+)(?:[ \t]+([^\n]*?))?[ \t]*\r?(?:\n|\Z)")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Header:
    date: str  # as written; `is_iso` says whether it has the YYYY-MM-DD form
    title: str | None
    end: int  # offset just past the header line and its line break: where the article starts

    @property
    def is_iso(self) -> bool:
        return ISO_DAY.match(self.date) is not None


def find_header(text: str) -> Header | None:
    """The header of `text`, or None when its first non-blank line is not one."""
    match = HEADER.match(text)
    if match is None:
        return None
    return Header(date=match.group(1), title=match.group(2) or None, end=match.end())
