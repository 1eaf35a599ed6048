"""The subject of a finite verb the parse left without one: the noun phrase right before it."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import PERIOD_WORDS, SUBJECT_DEPS


def stranded_subject(verb: Token) -> Token | None:
    """A finite verb always has a subject; when the parse gave it none ("said on Monday sales rose",
    "income before interest increased" read as a noun phrase), the subject is the noun phrase that ends
    right before the verb: its last noun, or the noun that noun's preposition hangs on."""
    if verb.dep_ == "acl" and verb.tag_ in ("VBN", "VBG") and verb.head.pos_ == "NOUN":
        return verb.head  # "the fee charged to clients, to $15": a participle's noun is its subject
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    previous = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if previous is None or previous.pos_ != "NOUN" or previous.ent_type_ or previous.lower_ in PERIOD_WORDS:
        return None
    if previous.dep_ == "pobj" and previous.head.dep_ == "prep" and previous.head.head.pos_ == "NOUN":
        return previous.head.head  # "income before interest increased"
    return previous
