"""A stock market named by its place alone: "Freedonian stocks slid 1.8 percent", "Ruritania shares rose
1.1 percent", "European equities slid 0.8 percent". The plural share noun with only a place's name or adjective
before it is the market of that place, not a company's shares, so the move is the market's as written
("Freedonian stocks", predicate "stocks"), as the readable gold writes it. Before, such moves found no holder
and were dropped (or went to the country named by the adjective as a plain "amount", then were dropped too).

Left alone: a noun with a possessor or an "of" phrase ("its shares", "shares of Brindle"), a modifier that is no
place ("Brindle shares", "technology stocks", "world stocks", "emerging market stocks": the last two are usually
read through the index that measures them), and a figure that is not a percent move.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.market_readings import Instrument
from extractor.facts.syntax import clause_subject
from extractor.lexicons import words
from extractor.models import Quantity

PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})  # "U.S.", "European", "Asia"
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
MARKET_KIND = "market"
WHOLE_MARKET_KINDS = frozenset({"index", MARKET_KIND})  # read as a whole market's move: no topic of bare figures


def place_market_for(
    measured: Token | None, verb: Token | None, span: Span, quantity: Quantity, main_org: str | None
) -> Instrument | None:
    """The place's market a percent move is of: the measured noun, or when none is measured the subject of the
    figure's verb, when it is a plural share noun with place modifiers only. Read in a market wrap only (a story
    with no main organization, `mentions/market_wraps.py`): in a company's story "Toronto shares rose 2 percent"
    are the company's shares listed there."""
    if main_org is not None or quantity.unit != "percent" or quantity.direction is None:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return None  # "64 percent of Brazilian stocks rose": a share of the market, no move of it
    token = measured if measured is not None else clause_subject(verb)
    if token is None or token.i in range(span.start, span.end):
        return None
    if _place_market(token):
        return Instrument(_written_name(token), MARKET_KIND, token)
    shared = _shared_market(token)  # "U.S. and European stocks": the parser may make the first place the subject
    return Instrument(f"{token.text} {shared.text}", MARKET_KIND, shared) if shared is not None else None


def _shared_market(place: Token) -> Token | None:
    """The market noun a place shares with the places coordinated after it: "stocks" of "U.S. and European
    stocks" parsed with "U.S." as the head and "stocks" as its conjunct."""
    if place.ent_type_ not in PLACE_TYPES or place.pos_ != "PROPN":
        return None
    return next((c for c in place.children if c.dep_ == "conj" and _place_market(c)), None)


def _place_market(token: Token) -> bool:
    """A bare plural share noun ("stocks", "shares") with no owner and every modifier before it a place."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in words("place_market_nouns"):
        return False
    if any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return False  # "its shares", "shares of Brindle": a company's
    modifiers = _modifiers(token)
    return bool(modifiers) and all(m.ent_type_ in PLACE_TYPES for m in modifiers)


def _modifiers(token: Token) -> list[Token]:
    """The words written right before the noun that modify it, places coordinated on them included ("U.S. and
    European"); the phrase stops at a punctuation mark, so a dateline ("OSLO (Reuters) - Asian stocks") the
    parser hangs on the noun is not read as its place."""
    start = token.i
    while start > token.sent.start and _in_phrase(token.doc[start - 1]):
        start -= 1
    return [t for t in token.doc[start : token.i] if t.dep_ != "cc"]


def _in_phrase(word: Token) -> bool:
    return not word.is_punct and word.dep_ in MODIFIER_DEPS | {"cc", "conj"}


def _written_name(token: Token) -> str:
    """ "Freedonian stocks", "South Korean shares": the first place written before the noun (its whole entity) and
    the noun. Of coordinated places ("U.S. and European stocks") the first is kept: one figure gives one fact."""
    first = _modifiers(token)[0]
    place = next((e for e in token.doc.ents if e.start <= first.i < e.end), None)
    written = token.doc[first.i : place.end] if place is not None else first  # the entity from the phrase's start
    return f"{written.text} {token.text}"
