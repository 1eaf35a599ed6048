"""A result measured before (or after) deductions: "earnings before interest, tax and amortization", "operating
profit before exceptional items", "a loss before interest and tax of 1.95 billion euros". The parse often makes the
deducted items the figure's noun (the object of "before", the subject of the verb when "before" is read as a
conjunction, or a second subject after a comma); the figure measures the result noun written before the
preposition, qualified by the whole phrase (which also lets "ebita" read as its long form)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.measured_nouns import is_measure_noun
from extractor.facts.syntax import noun_phrase
from extractor.lexicons import words

_NAMED_ENTITIES = ("DATE", "TIME", "ORG", "GPE", "PERSON", "MONEY", "PERCENT", "CARDINAL")


def deducted_measure(token: Token | None, skip: frozenset[int]) -> tuple[Token, str] | None:
    """The result noun and its predicate when `token` is an item deducted from it; else None."""
    first = _first_conjunct(token) if token is not None else None
    if first is None or first.pos_ != "NOUN" or first.ent_type_ in _NAMED_ENTITIES:
        return None
    start = first.left_edge.i
    preposition = first.doc[start - 1] if start - 1 >= first.sent.start else None
    if preposition is None or preposition.lower_ not in words("deduction_preps"):
        return None
    result = _noun_before(preposition)
    if result is None or result.i in skip or not is_measure_noun(result):
        return None
    last = max((first, *first.conjuncts), key=lambda t: t.i)
    items = first.doc[start : last.i + 1].text.lower()
    return result, f"{noun_phrase(result, skip=skip)} {preposition.lower_} {items}"


def _first_conjunct(token: Token) -> Token:
    """ "interest, tax and amortization": the list is read from its first item."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    return token


def _noun_before(preposition: Token) -> Token | None:
    """The noun right before the preposition, a comma allowed between ("earnings, before interest")."""
    i = preposition.i - 1
    if i >= preposition.sent.start and preposition.doc[i].text == ",":
        i -= 1
    noun = preposition.doc[i] if i >= preposition.sent.start else None
    return noun if noun is not None and noun.pos_ == "NOUN" else None
