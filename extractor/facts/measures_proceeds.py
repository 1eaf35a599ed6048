"""Money raised in a sale of securities is the sale's proceeds (FACTS.md gold: "ipo proceeds", "proceeds
from share offering"); money raised otherwise ("raised $4 billion for its new fund") stays "funds raised"."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

_OFFERING_PREPS = frozenset({"in", "through", "from", "via", "with", "by"})


def offering_proceeds(verb: Token | None) -> str | None:
    """ "raised $310 million in its initial public offering", "the IPO could raise $2 billion": the offering
    named as the raising verb's subject or after one of its prepositions gives "ipo proceeds" or
    "offering proceeds"; None when no offering is named."""
    if verb is None or verb.lemma_.lower() != "raise":
        return None
    offering = _offering_of(verb)
    if offering is None:
        return None
    described = {offering.lemma_.lower(), *(c.lemma_.lower() for c in offering.lefts)}
    return "ipo proceeds" if described & words("listing_words") else "offering proceeds"


def _offering_of(verb: Token) -> Token | None:
    offerings = words("offering_nouns")
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in offerings:
            return child
        if child.dep_ == "prep" and child.lower_ in _OFFERING_PREPS:
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.lemma_.lower() in offerings:
                return noun
    return None
