"""A "from X to Y" whose change word the text window misses, found through the parse.

The shown view reads a move from the words right before "from" ("rose from 5 to 7"). A change word can stand
further back, with the measured thing between ("a rise in the duty on fuel sold to farms from 8 percent to 11
percent"), or on an infinitive the clause's verb governs ("are due to climb on <a date> from zero to 40 percent");
the parse still hangs "from" on it. A range verb on the way ("forecasts ranging from 0.5 to 2.9 percent") keeps the
pair a range.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from extractor.lexicons import table, words
from extractor.models import Quantity

_FROM_BEFORE = re.compile(r"\bfrom\s+(?:(?:about|around|nearly|almost|roughly|some|just)\s+)?$", re.IGNORECASE)
_MAX_CLIMB = 6  # heads climbed from "from" to its verb: "from" <- income <- on <- rate <- in <- increase


def change_governs_from(doc: Doc, from_char: int) -> bool:
    """Whether the "from" starting at character `from_char` hangs (through nouns and prepositions) on a change
    word (lexicons `change_up`, `change_down`; a multiplying verb of `multiple_verbs`), or on a verb whose
    infinitive complement is one; no range verb (`range_verbs`) on the way."""
    span = doc.char_span(from_char, from_char + 4)
    if span is None or span[0].lower_ != "from":
        return False
    token = span[0]
    for _ in range(_MAX_CLIMB):
        if token.head.i == token.i:
            return False  # the root reached with no verb of change
        token = token.head
        if _is_change(token):
            return True
        if token.pos_ in ("VERB", "AUX"):
            return _changing_complement(token)
    return False


def direct_from_ranges(text: str, doc: Doc, placed: list[tuple[int, int, Quantity]]) -> None:
    """A range read as one figure after "from" ("from 8 percent to 11 percent", read low to high) takes the
    direction up when a change word governs its "from" (`change_governs_from`); the facts keep the range as it is."""
    for k, (start, end, quantity) in enumerate(placed):
        if quantity.low is None or quantity.direction is not None or " to " not in quantity.surface:
            continue
        opened = _FROM_BEFORE.search(text, max(0, start - 20), start)
        if opened is None or not change_governs_from(doc, opened.start()):
            continue
        placed[k] = (start, end, quantity.model_copy(update={"direction": "up"}))


def _is_change(token: Token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in words("range_verbs"):
        return False
    if lemma in words("change_up") or lemma in words("change_down"):
        return True
    return token.pos_ == "VERB" and any(lemma.startswith(stem) for stem in table("multiple_verbs"))


def _changing_complement(verb: Token) -> bool:
    """ "are due to climb", "is expected to double": the verb's infinitive complement states the change."""
    if verb.lemma_.lower() in words("range_verbs"):
        return False
    return any(child.dep_ == "xcomp" and _is_change(child) for child in verb.children)
