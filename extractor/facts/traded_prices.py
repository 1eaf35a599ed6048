"""The price at which securities change hands: money set after "at" on a verb of trading whose object is a
security ("sold 2 million shares at $31 each": the sale price, "priced its offering at $22 a share": the offering
price), or on the securities themselves ("91 million units at $11 each": the price per unit). Read as a noun of
its own the money measured the securities ("shares per share", "units") or the offering ("public offering per
share"); the gold names it a price ("sale price per share", "tender offer price per share")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money
from extractor.facts.valuations import at_bearer
from extractor.lexicons import table, words
from extractor.models import Quantity

# where a trading verb names what it trades: its object, its passive subject, or the noun a participle modifies
THING_DEPS = frozenset({"dobj", "nsubjpass"})


def traded_price(span: Span, quantity: Quantity) -> str | None:
    """The price `span` states when it is set after "at" on a trade of securities, else None."""
    if not is_money(quantity):
        return None
    bearer = at_bearer(span.root)
    if bearer is None:
        return None
    if bearer.pos_ == "VERB":
        name = table("trading_price_names").get(bearer.lemma_.lower())
        return name[0] if name and _trades_securities(bearer) else None
    if not _is_traded(bearer):
        return None
    verb = bearer.head if bearer.dep_ in THING_DEPS else None
    name = table("trading_price_names").get(verb.lemma_.lower()) if verb is not None else None
    if name:
        return name[0]
    # "91 million units at $11 each": the price of a piece; "its offering of shares at $8.50 each" is no piece
    return f"price per {bearer.lemma_.lower()}" if _is_security(bearer) else None


def _trades_securities(verb: Token) -> bool:
    """The verb trades a security: its object or passive subject, the noun its participle modifies ("shares
    priced at"), or the subject of an intransitive use ("the notes sold at 98 cents")."""
    things = [c for c in verb.children if c.dep_ in THING_DEPS]
    if verb.dep_ in ("acl", "relcl"):
        things.append(verb.head)
    if not things:
        things = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(_is_traded(thing) for thing in things)


def _is_security(token: Token) -> bool:
    """A security sold by the piece (`traded_security_nouns`): "shares", "units", "notes"."""
    return token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in words("traded_security_nouns")


def _is_traded(token: Token) -> bool:
    """A security, a stake (`holding_nouns`) or an offering of securities (`offering_nouns`)."""
    traded = words("holding_nouns") | words("offering_nouns")
    return _is_security(token) or token.pos_ == "NOUN" and token.lemma_.lower() in traded
