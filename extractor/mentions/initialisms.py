"""Initialisms the word-initials rule misses: a short form written with an ampersand ("K&B" of "Kessler &
Bramm", "T&W" of "Tarrow and Wexley") and the initials of one word's parts, split at a hyphen or at an inner
capital ("DV" of "Dorrance-Vail", "MHP" of "MarlowHarkPoint"). A story that writes both forms names one
company; unmerged, its figures split over two subjects.

The short form must be 2 to 7 characters of capitals (and one "&"); the long form must be made of capitalised
words only (no digit: "Standard & Poor's 500" is an index, not the agency "S&P"), and a word's parts must
each be a capitalised word of three letters or more, so "McKee" or "PepsiCo" yield no initials."""

from __future__ import annotations

import re

from extractor.lexicons import words

AMPERSAND_SHORT = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")  # "K&B", "AT&T": capitals joined by one ampersand
JOINERS = re.compile(r"\s+(?:&|and)\s+")  # where a partnership's names meet in the long form
WORD_PART = re.compile(r"[A-Z][a-z]{2,}")  # one part of a joined word: "Marlow" in "MarlowHark"
POSSESSIVE = re.compile(r"(?:'s|’s|')$")  # "Poor's": the possessive is no part of the word's initial


def ampersand_short(name: str) -> bool:
    """ "K&B", "AT&T": an ampersand initialism."""
    return AMPERSAND_SHORT.fullmatch(name) is not None


def spells_out(short: str, name: str) -> bool:
    """The long form `name` of the initialism `short`: by its ampersand halves, or by one word's parts."""
    if ampersand_short(short):
        return _ampersand_spelled(short, name)
    return short.isupper() and " " not in name and _word_part_initials(name) == short


def _ampersand_spelled(short: str, name: str) -> bool:
    """ "K&B" of "Kessler & Bramm": each side's capitals are the initials of that side's words."""
    halves = JOINERS.split(name)
    if len(halves) != 2:
        return False
    left, right = short.split("&")
    return _initials(halves[0]) == left and _initials(halves[1]) == right


def _initials(part: str) -> str | None:
    """ "Tarrow Wexley" -> "TW", "Dorrance-Vail" -> "DV"; None where a word is neither capitalised nor a
    linking word ("of", "and"): a digit or a common word makes it no plain name."""
    letters = []
    for word in re.split(r"[\s-]+", POSSESSIVE.sub("", part.strip())):
        if word.lower() in words("name_linking_words"):
            continue
        if not (word[:1].isupper() and word.replace(".", "").isalpha()):
            return None
        letters.append(word[0])
    return "".join(letters) or None


def _word_part_initials(name: str) -> str | None:
    """ "Dorrance-Vail" -> "DV", "MarlowHarkPoint" -> "MHP": a single word of two or more capitalised parts."""
    parts = [p for piece in name.split("-") for p in _camel_parts(piece)]
    if len(parts) < 2 or any(p is None for p in parts):
        return None
    return "".join(p[0] for p in parts if p)


def _camel_parts(piece: str) -> list[str | None]:
    """The capitalised parts of one hyphen-free piece, or [None] when they do not make up the whole piece."""
    parts = WORD_PART.findall(piece)
    return parts if parts and "".join(parts) == piece else [None]
