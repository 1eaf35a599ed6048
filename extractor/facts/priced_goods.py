"""Goods a participle prices: "toys priced at $5", "lamps that are priced from $15 to $30", "shares then priced at
40 euros" state the price of the goods, not an amount of the clause's other nouns. Also the noun that a priced or
valued participle set off after it belongs to when the parser hangs the participle on the clause's verb
("120,000 shares of its stock, valued at about $3 million": the stock's value, read by `valuations`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import is_money, noun_written_before
from extractor.facts.syntax import lemma_phrase
from extractor.lexicons import words
from extractor.models import Quantity

# the prepositions that set a price on a participle: "priced at $5", "priced from $15 to $30"
_PRICE_PREPOSITIONS = frozenset({"at", "from"})


def priced_goods(span: Span, quantity: Quantity, skip: frozenset[int]) -> str | None:
    """ "<goods> priced at <money>": the goods' price ("toy price"). Deal nouns ("a deal priced at $2 billion")
    and wholes (a company, a name) are read by the deal and valuation rules."""
    participle = _pricing_participle(span.root)
    if participle is None or not is_money(quantity):
        return None
    goods = _participle_noun(participle)
    if goods is None or goods.i in skip or goods.lemma_.lower() in words("deal_nouns") | words("org_nouns"):
        return None
    phrase = lemma_phrase(goods, skip=skip)
    return phrase if phrase.split()[-1] == "price" else f"{phrase} price"


def set_off_noun(participle: Token) -> Token | None:
    """The common noun written just before a past participle that the parser hung on the clause's verb
    ("shares, valued at", "shares then priced at"), past a comma and adverbs; None when the participle has a
    subject or an object of its own (then it is a clause, not a description of that noun)."""
    if participle.tag_ != "VBN" or participle.dep_ not in ("advcl", "conj"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in participle.children):
        return None
    noun = noun_written_before(participle)
    return noun if noun is not None and noun.pos_ == "NOUN" else None


def _pricing_participle(money: Token) -> Token | None:
    """The participle "priced" whose "at"/"from" phrase holds the money ("at between $15 and $18" too)."""
    if money.dep_ != "pobj":
        return None
    prep = money.head
    if prep.lower_ == "between" and prep.head.lower_ == "at":
        prep = prep.head
    if prep.lower_ not in _PRICE_PREPOSITIONS or prep.dep_ != "prep":
        return None
    participle = prep.head
    return participle if participle.lemma_.lower() == "price" and participle.tag_ == "VBN" else None


def _participle_noun(participle: Token) -> Token | None:
    """The noun the participle describes: its head as a reduced or relative clause ("toys priced at", "lamps that
    are priced at"), else the noun written before it when the parser hung it on the verb."""
    if participle.dep_ in ("acl", "relcl"):
        head = participle.head
        return head if head.pos_ == "NOUN" else None
    return set_off_noun(participle)
