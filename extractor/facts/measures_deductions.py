"""A result (`deduction_results`) measured before deductions: "earnings before interest, tax and amortization",
"operating profit before exceptional items", "a loss before interest and tax of 1.95 billion euros"; likewise a
measure after an event ("production after the merger will be 350,000 ounces"). The parse often makes the
deducted items the figure's noun (the object of "before", the subject of the verb when "before" is read as a
conjunction, or a second subject after a comma); the figure measures the result noun written before the
preposition, qualified by the whole phrase (which also lets "ebita" read as its long form)."""

from __future__ import annotations

from spacy.tokens import Token

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
    result = _noun_before(preposition) if preposition is not None else None
    if result is None or result.i in skip or not _qualifies(preposition, result):
        return None  # "profit of 30 cents per share before a charge of 5 cents": the charge is a figure of its own
    last = max((first, *first.conjuncts), key=lambda t: t.i)
    items = first.doc[start : last.i + 1]
    if any(t.i in skip or t.like_num for t in items):
        return None  # the items deducted are words, not a figure
    return result, f"{noun_phrase(result, skip=skip)} {preposition.lower_} {items.text.lower()}"


def _qualifies(preposition: Token, result: Token) -> bool:
    """ "profit before tax": a result before deductions; "production after the merger": a measure after an event."""
    lemma = result.lemma_.lower()
    if preposition.lower_ in words("deduction_preps"):
        return lemma in words("deduction_results")
    return preposition.lower_ in words("condition_preps") and lemma in words("measure_nouns")


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
