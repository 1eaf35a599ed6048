"""Lines of a wire brief: "* Q3 REVENUE $2.31 BILLION" bullets in capitals and the "Source text ..." footer.
Shared by entity mentions (NER misreads capitals: "MLN", "ADJUSTED EPS" as names) and by facts/wire_brief."""

from __future__ import annotations

import re

BRIEF_LEAD = re.compile(r"\([A-Za-z .&]+\)\s*[-—–]\s*$")  # "Oct 3 (Reuters) - " before the company's name
LEAD_NAME = re.compile(  # "Oct 24 (Reuters) - Norrbotten Steel AB <NRSB.ST>:": the company a brief lists for
    r"(?m)^[ \t]*[A-Z][a-z]{2,8}\.? \d{1,2} \([A-Za-z .&]+\) [-—–] ([A-Z][^:<>\n]{1,80}?)\s*(?:<[^>\n]*>)?:[ \t]*$"
)
SOURCE_LINE = re.compile(r"^\s*Source text\b")  # "Source text in Chinese: ...": a footer, not the story


LINE_LIMIT = 400  # a brief's line is short: looking further for its ends would make long texts quadratic


def line_at(text: str, start: int, end: int) -> tuple[int, str]:
    """The start offset and the text of the line around text[start:end]; an empty line when that line is
    longer than LINE_LIMIT either side (prose, not a brief's line)."""
    window_start = max(0, start - LINE_LIMIT)
    line_start = text.rfind("\n", window_start, start) + 1
    if line_start == 0 and window_start > 0:
        return start, ""
    line_end = text.find("\n", end, end + LINE_LIMIT)
    if line_end < 0 and end + LINE_LIMIT < len(text):
        return start, ""
    return line_start, text[line_start : line_end if line_end >= 0 else len(text)]


def is_capital_bullet(line: str) -> bool:
    """ "* Q3 REVENUE $2.31 BILLION": a line that starts with a bullet and has its letters in capitals."""
    if not line.lstrip().startswith("*"):
        return False  # most lines: no bullet, no need to read their letters
    letters = [ch for ch in line if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isupper() for ch in letters)


def in_brief_furniture(text: str, start: int, end: int) -> bool:
    """A span inside a capital bullet line or a "Source text" footer of a wire brief."""
    _, line = line_at(text, start, end)
    return is_capital_bullet(line) or SOURCE_LINE.match(line) is not None


def leads_a_brief(text: str, start: int) -> bool:
    """ "Oct 3 (Reuters) - Pellow Systems Inc:": a wire brief's lead line names the company its list is about,
    though the name is the whole sentence, like a heading."""
    line_start = text.rfind("\n", max(0, start - LINE_LIMIT), start) + 1
    return BRIEF_LEAD.search(text[max(line_start, start - LINE_LIMIT) : start]) is not None


def lead_names(text: str) -> list[tuple[int, int]]:
    """Character ranges of the company names on brief lead lines, which NER may miss in a bare name line."""
    return [match.span(1) for match in LEAD_NAME.finditer(text)]
