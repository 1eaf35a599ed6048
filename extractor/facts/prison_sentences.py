"""A span of time that sizes a court's sentence is the sentence's length, a fact of its own.

A duration is a period phrase and no fact ("in five years", "after 12 hours of talks"), so every figure in a time
unit is dropped before it is read (`assembly.quantity_facts`). A custodial sentence is the exception: the length is
what the court decided, and the gold takes it ("a 40-year prison sentence", "a maximum sentence of 20 years",
"sentenced to 12 years in prison", "a 29-month prison term"). The time sizes the sentence noun
(`custody_sentence_nouns`), directly or through "of", or is the "to" of the verb "sentence"; a "term" counts only
with a prison word on it (`custody_words`): an office's, a loan's or a contract's term stays a period.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words

SIZING_DEPS = frozenset({"amod", "compound", "nummod", "npadvmod"})
FALLBACK = "prison sentence"


def sentence_sized(span: Span) -> str | None:
    """The predicate of a sentence whose length `span` gives ("prison sentence", "maximum sentence"), else None."""
    time = span.root
    head = time.head
    if time.dep_ in SIZING_DEPS and _custodial(head):
        return _named(head)
    if time.dep_ == "pobj" and head.lower_ == "of" and _custodial(head.head):
        return _named(head.head)
    if time.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "VERB" and head.head.lemma_ == "sentence":
        return FALLBACK
    return None


def _custodial(noun: Token) -> bool:
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in words("custody_sentence_nouns"):
        return True
    return lemma == "term" and any(c.lower_ in words("custody_words") for c in noun.children)


def _is_time(token: Token) -> bool:
    """ "month" of "29-month": the figure's own unit, not a word naming the sentence."""
    return token.lemma_.lower() in ("day", "week", "month", "year")


def _named(noun: Token) -> str:
    """The sentence noun with the words before it that say which ("maximum", "prison"), not the figure's own."""
    modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound") and c.is_alpha and not _is_time(c)]
    return " ".join([*(c.lower_ for c in modifiers), noun.lemma_.lower()]) if modifiers else FALLBACK


def sentenced_party(span: Span, entities) -> str | None:
    """Who the sentence is on: the object (or passive subject) of "sentence", or the subject of the verb that
    holds the sentence noun ("Brindle is now serving a 40-year prison sentence", "each defendant faces ...")."""
    time = span.root
    verb = time.head.head if time.dep_ == "pobj" else time.head
    if verb.pos_ == "NOUN":  # "of 50 years" on "sentence", or "40-year" on "sentence": up to the verb that holds it
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    deps = ("dobj", "nsubjpass") if verb.lemma_ == "sentence" else ("nsubj", "nsubjpass")
    party = next((c for c in verb.children if c.dep_ in deps), None)
    if party is None and verb.dep_ == "conj":  # "is charged with fraud and faces ...": the first verb's subject
        party = next((c for c in verb.head.children if c.dep_ in deps), None)
    if party is None:
        return None
    cluster = entities.at(party.i)
    if cluster is not None and cluster.label == "PERSON":
        return cluster.name
    if party.pos_ == "PROPN":  # a name the tagger did not label: the name as written
        return party.doc[party.left_edge.i : party.i + 1].text
    if party.pos_ != "NOUN":
        return None
    lemma = party.lemma_.lower()
    return lemma if lemma.endswith("s") else lemma + "s"  # "each defendant": the defendants
