"""A stock measured in the time it would last: "inventory rose to a 9.5 months' supply", "dealers hold 52 days of
inventory", "a 7-month supply of unsold homes". FACTS.md reads a time written with a duration unit as a period
phrase, never a fact (TRAPS.md: "in five years"); a time that sizes a supply noun (lexicon `time_supply_nouns`)
is the level of that stock, as the gold of home-sales and carmakers' stories takes it (a metric in months or
days). The supply noun follows the figure as its possessor ("months' supply"), through "of" ("days of
inventory"), or as the noun a hyphenated time modifies ("a 7-month supply").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.syntax import noun_phrase
from extractor.lexicons import words

_FROM_WINDOW = 3  # "from the typical 50 days": "from" and up to two modifiers before the number
_LINKS = frozenset({"'", "'s", "’", "’s", "of", "worth"})  # "months' supply", "days of inventory", "weeks' worth of"


def is_time_supply(span: Span) -> bool:
    """Whether the time figure `span` sizes a supply noun right after it, or is the earlier level such a figure
    is compared with ("a 40 days' supply, down from the typical 50 days")."""
    return _sizes_supply(span) or _compared_with_supply(span)


def _sizes_supply(span: Span) -> bool:
    noun = _next_word(span)
    return noun is not None and _supply_noun(noun)


def _compared_with_supply(span: Span) -> bool:
    """ "a 7-month supply, up from 6.5 months in May", "down from the typical 50 days": a time after "from" (a few
    words before it) whose unit word a supply figure earlier in the sentence is written in."""
    doc, sent = span.doc, span.sent
    if not any(t.lower_ == "from" for t in doc[max(sent.start, span.start - _FROM_WINDOW) : span.start]):
        return False
    unit = span[-1].lemma_.lower()
    for token in doc[sent.start : span.start]:
        if token.lemma_.lower() != unit:
            continue
        first = token.i - 2 if token.i - 2 >= sent.start and doc[token.i - 1].text == "-" else token.i - 1
        if first >= sent.start and doc[first].like_num and _sizes_supply(doc[first : token.i + 1]):
            return True
    return False


def _next_word(span: Span) -> Token | None:
    """The first word after the figure past a possessive mark, "of" or "worth" (at most two of them)."""
    doc, i = span.doc, span.end
    for _ in range(3):
        if i >= span.sent.end:
            return None
        if doc[i].lower_ not in _LINKS:
            return doc[i]
        i += 1
    return None


def _supply_noun(token: Token) -> bool:
    """A supply noun that heads its phrase: not "a 10-year supply deal", where the time is the deal's term."""
    if token.pos_ != "NOUN" or token.lower_ not in words("time_supply_nouns"):
        return False
    return token.dep_ != "compound" and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].pos_ == "NOUN")


def supply_predicate(span: Span, predicate: str | None, unit: str | None) -> str | None:
    """The stock the time measures. A supply noun after the figure names it ("dealers held 52 days of inventory":
    inventory, not dealers); when the clause measures a stock noun of its own ("the inventory of homes rose to a
    9.5 months' supply") both are said: "inventory in months of supply", the stock and the time it is told in."""
    noun = _next_word(span)
    if noun is None or not _supply_noun(noun):
        return predicate  # the earlier level of a supply figure: the reading of its own clause
    own = predicate is not None and any(w in words("time_supply_nouns") for w in predicate.split())
    if not own:
        return noun_phrase(noun)
    if noun.lower_ in predicate.split() or unit is None:
        return predicate  # "a 7-month supply" measured as the supply itself
    return f"{predicate} in {unit}s of {noun.lower_}"
