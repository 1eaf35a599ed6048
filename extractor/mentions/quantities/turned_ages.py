"""The age read after "turn" ("Ilse Farrow turned 50 in June"), checked on the parse: "turn" with a number is also
said of a level or a count ("The index turned 30 on Friday", "Orders turned 30 after a slow start"). The reading
stands unless the subject of "turn" is a common noun that names no person (lexicon `person_nouns`); a name, a
pronoun or a relative "who" keep it (docs/DECISIONS.md, "Quantities", round 21, mend21q2)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.opening_ages import plain_number

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def checked_turned_age(mention: QuantityMention, span: Span) -> QuantityMention:
    """`mention` as read, or, for an age right after a form of "turn" whose subject is a thing, the bare number."""
    if mention.quantity.unit != "year" or span.start == 0:
        return mention
    verb = span.doc[span.start - 1]
    if verb.lemma_.lower() != "turn":
        return mention
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return plain_number(mention) if subject is not None and _names_a_thing(subject) else mention


def _names_a_thing(subject: Token) -> bool:
    """ "index", "orders", "the stock": a common noun outside `person_nouns` ("the founder" is a person)."""
    nouns = words("person_nouns")
    return subject.pos_ == "NOUN" and subject.lower_ not in nouns and subject.lemma_.lower() not in nouns
