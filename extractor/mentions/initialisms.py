"""Initialisms the word-initials rule misses: a short form written with an ampersand ("K&B" of "Kessler &
Bramm", "T&W" of "Tarrow and Wexley") and the initials of one word's parts, split at a hyphen or at an inner
capital ("DV" of "Dorrance-Vail", "MHP" of "MarlowHarkPoint"). A story that writes both forms names one
company; unmerged, its figures split over two subjects.

An ampersand short form has 1 to 3 capitals each side of its one "&" (3 to 7 characters); a word-part short form
is 2 to 5 capitals (entity_clusters._short_form). The long form must be an organization's name made of
capitalised words only (no digit: "Kessler & Vane 500" is an index, not the firm "K&V"), and a word's parts must
each be a capitalised word of three letters or more, so "McKee" or "PorlockCo" yield no initials. Both forms
written apart in one sentence are two parties (`two_parties`)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from extractor.lexicons import words

AMPERSAND_SHORT = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")  # "K&B", "TW&R": capitals joined by one ampersand
JOINERS = re.compile(r"\s+(?:&|and)\s+")  # where a partnership's names meet in the long form
WORD_PART = re.compile(r"[A-Z][a-z]{2,}")  # one part of a joined word: "Marlow" in "MarlowHark"
POSSESSIVE = re.compile(r"(?:'s|’s|')$")  # "Bramm's": the possessive is no part of the word's initial


def ampersand_short(name: str) -> bool:
    """ "K&B", "TW&R": an ampersand initialism."""
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
    parts: list[str] = []
    for piece in name.split("-"):
        found = _camel_parts(piece)
        if not found:
            return None
        parts += found
    return "".join(p[0] for p in parts) if len(parts) >= 2 else None


def _camel_parts(piece: str) -> list[str]:
    """The capitalised parts of one hyphen-free piece, or none when they do not make up the whole piece."""
    parts = WORD_PART.findall(piece)
    return parts if "".join(parts) == piece else []


GLOSS = re.compile(r"[\s,()\[\]\"'“”]*(?:or)?[\s,()\[\]\"'“”]*")  # "X (DV)", "X, or DV,": one name glossed
CLAUSE_LINKS = ("xcomp", "conj")  # "agreed to buy DV", "sued and beat DV": one clause's doer and its other party


def two_parties(short: str, long_names: set[str], doc: Doc) -> bool:
    """The short and the long form as two parties of one clause: the buyer and its target ("Dorrance-Vail
    agreed to buy the publisher DV"), two rivals ("DV and Dorrance-Vail compete"). Not one name glossed by the
    other ("Dorrance-Vail (DV)", "Dorrance-Vail, or DV,"), nor one company written twice in two clauses of one
    sentence ("DV's chief said ... at Dorrance-Vail"). The text is read, since NER may tag neither form in that
    sentence, or only a piece of the long one."""
    for token in (t for t in doc if t.text == short):
        sent = token.sent
        for name in long_names:
            for found in re.finditer(re.escape(name), sent.text):
                span = doc.char_span(sent.start_char + found.start(), sent.start_char + found.end(), "expand")
                if span is None or _glossed(doc, span, token):
                    continue
                if _clause(span.root).i == _clause(token).i:
                    return True
    return False


def _glossed(doc: Doc, span: Span, token: Token) -> bool:
    """Only brackets, commas, quotes or "or" between the two forms."""
    start, end = (span.end_char, token.idx) if span.end <= token.i else (token.idx + len(token), span.start_char)
    return GLOSS.fullmatch(doc.text[start:end]) is not None


def _clause(token: Token) -> Token:
    """The verb whose clause the token is in, through the verbs that share their first verb's doer."""
    while token.pos_ not in ("VERB", "AUX") and token.head is not token:
        token = token.head
    while token.dep_ in CLAUSE_LINKS and token.head is not token:
        token = token.head
    return token
