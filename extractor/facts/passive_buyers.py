"""The buyer of a passive sale holds its price: "Brexa was bought by Quillby for $2 billion", "the unit, which was
sold to Quillby for $900 million". The sentence's subject is the company sold; FACTS.md gives a deal's price to the
buyer. Only a named buyer counts: "Brexa agreed to be bought by a rival for $3 billion" leaves the price to the
company sold."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.syntax import prep_object
from extractor.lexicons import table


def passive_buyer(quantity: Span | None) -> Token | None:
    """The proper noun after the buyer's preposition (`passive_sale_verbs`) of a passive verb of sale whose "for"
    phrase is the figure, else None."""
    if quantity is None or not len(quantity):
        return None
    money = quantity.root
    prep = money.head
    if money.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    preposition = table("passive_sale_verbs").get(verb.lemma_.lower())
    if preposition is None or verb.pos_ != "VERB" or not _passive(verb):
        return None
    if preposition[0] == "by":
        buyer = next((g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"), None)
    else:
        buyer = prep_object(verb, tuple(preposition))
    return buyer if buyer is not None and buyer.pos_ == "PROPN" else None


def _passive(verb: Token) -> bool:
    """ "was bought", "which was seized and sold" (a passive conjunct shares its auxiliary), "taken private by"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and _passive(verb.head)
