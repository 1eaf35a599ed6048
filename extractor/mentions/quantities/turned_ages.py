"""The age read after "turn" ("Ilse Farrow turned 50 in June") or after a life-event verb and "at" ("retired at 62
next year"), checked on the parse: both are also said of a level, a count or a bond ("The index turned 30 on
Friday", "the notes, which the bank retired at 101 last week"). The reading stands unless the verb's subject names
a thing: a common noun outside `person_nouns`, an organization or product, or a relative "which"/"that" standing for
one; a person's name, a pronoun or a relative "who" keep it (docs/DECISIONS.md, "Quantities", round 21)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words
from extractor.mentions.quantities.mentions import QuantityMention
from extractor.mentions.quantities.opening_ages import plain_number

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


def checked_turned_age(mention: QuantityMention, span: Span) -> QuantityMention:
    """`mention` as read, or, for an age after "turn" or a life-event verb whose subject is a thing, the bare
    number."""
    if mention.quantity.unit != "year" or span.start == 0:
        return mention
    verb = _age_verb(span.doc[span.start - 1])
    if verb is None:
        return mention
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    return plain_number(mention) if subject is not None and _names_a_thing(subject, verb) else mention


def _age_verb(before: Token) -> Token | None:
    """The verb an age hangs on: "turned 50", or "retired at 62" (a verb of lexicon `life_event_verbs`)."""
    if before.lemma_.lower() == "turn":
        return before
    head = before.head
    if before.lower_ == "at" and head.pos_ in ("VERB", "AUX"):
        return head if head.lower_.startswith(tuple(words("life_event_verbs"))) else None
    return None


def _names_a_thing(subject: Token, verb: Token) -> bool:
    """ "index", "orders", "the notes", an organization, or "which" for one of them ("the founder" is a person)."""
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the notes, which ... retired at 101": the noun the clause is on
    if subject.ent_type_ in ("ORG", "PRODUCT", "GPE"):
        return True
    nouns = words("person_nouns")
    return subject.pos_ == "NOUN" and subject.lower_ not in nouns and subject.lemma_.lower() not in nouns
