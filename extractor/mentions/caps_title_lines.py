"""Headings in capitals that open an excerpt in round-up stories, the organization and the title before the
name: "BRANDT MOTOR CO CHIEF EXECUTIVE ANN LEE", "WESTBURY FED PRESIDENT BO CHEN, May 4". Unlike a speaker line
("ANN LEE, ANALYST, BRANDT CAPITAL") no comma parts it, so it is read by its words: the name is the last two
words, the title the role noun before them with the title words before it ("CHIEF"), the organization all the
words before the title. The recognizer reads such names badly (the title glued to the firm, the name in capitals)."""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.lexicons import words
from extractor.mentions.speaker_lines import CAPS_RUN, NAME_WORD, SpeakerLine

HEADING_START = re.compile(r"(?:^|[.:*\"”)]\s+)$")  # a heading begins the text, a bullet or a sentence's end
NAME_AFTER = re.compile(r"(?:,|\s+[A-Z][a-z])")  # then the date or the excerpt's first word in name case
DATE_AFTER = re.compile(r",\s+[A-Z][a-z]+\.? \d{1,2}\b")  # "BO CHEN, May 4": the day the words were said


@lru_cache(maxsize=8)
def caps_title_lines(text: str) -> tuple[SpeakerLine, ...]:
    """The "ORGANIZATION TITLE NAME" headings of a whole text (read once per document, as the speaker lines)."""
    found = []
    for match in CAPS_RUN.finditer(text):
        start, end = match.start(), _heading_end(text, match.start(), match.end())
        if not HEADING_START.search(text[max(0, start - 3) : start]) or not NAME_AFTER.match(text, end):
            continue
        line = read_caps_title_line(text, start, end)
        if line is not None and (DATE_AFTER.match(text, end) or _named_again(text, line)):
            found.append(line)
    return tuple(found)


def _heading_end(text: str, start: int, end: int) -> int:
    """Where the heading in a run of capitals ends: before its first comma ("BO CHEN, J[une 4]") and before the
    capital that begins the excerpt's first word ("ANN LEE M[ulally said]")."""
    end = start + len(text[start:end].split(",")[0].rstrip())
    if end < len(text) and text[end].islower():
        end = start + len(text[start:end].rsplit(None, 1)[0]) if " " in text[start:end] else start
    return end


def read_caps_title_line(text: str, start: int, end: int) -> SpeakerLine | None:
    """The parts of text[start:end] read as "ORGANIZATION TITLE NAME", else None: the title ends in a role noun
    right before the two words of the name, and at least one word of the organization comes before it."""
    found = list(re.finditer(r"\S+", text[start:end]))
    if len(found) < 4 or not all(NAME_WORD.fullmatch(w.group()) for w in found):
        return None
    *heading, first, last = found
    if not all(_name_word(w.group()) for w in (first, last)) or heading[-1].group().lower() not in words("role_nouns"):
        return None
    title_start = len(heading) - 1
    while title_start > 1 and _title_word(heading[title_start - 1].group()):
        title_start -= 1  # "CHIEF EXECUTIVE"; the organization keeps a word at least
    organization = heading[:title_start]
    if any(w.group() == "AND" for w in organization):  # "ECONOMIC AND MONETARY AFFAIRS": where the title begins
        return None  # is not to be told from the words
    return SpeakerLine(
        line=(start, end),
        person=(start + first.start(), start + last.end()),
        organization=(start + organization[0].start(), start + organization[-1].end()),
        places=(),
        title=(start + heading[title_start].start(), start + heading[-1].end()),
    )


def _named_again(text: str, line: SpeakerLine) -> bool:
    """The excerpt names its speaker in name case ("Lee said"): a headline ("BRANDT CEO SEES GROWTH") has no
    such second mention of its last word."""
    surname = text[slice(*line.person)].split()[-1].title()
    return re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text) is not None


def _title_word(word: str) -> bool:
    """A word of a title before its role noun ("CHIEF", "VICE"), not a firm's legal form ("CO")."""
    lower = word.lower()
    return lower in words("title_words") and lower not in words("org_suffixes")


def _name_word(word: str) -> bool:
    """A word that may be a person's name: no title, no firm's word, no short common word."""
    lower = word.lower().rstrip(".")
    vocabulary = ("title_words", "role_nouns", "org_suffixes", "caps_common_words", "caps_lower_words")
    return len(lower) > 1 and not any(lower in words(name) for name in vocabulary)
