"""A price target on a stock is a forecast. A broker's analyst sets a price target (or "target price", "price
objective") as a prediction of where the shares will trade: someone else's prediction, never the company's own
plan (FACTS.md: predictions by analysts are forecasts). The word "target" alone makes the clause read as a goal
("slashed her price target to $36": target), and a simple past makes it a result ("raised its target price to 450
pence": actual); both hide whose prediction it is (`modality.modality_for`)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import table

FIGURE_PARTS = frozenset({"quantmod", "compound", "nummod"})
LEVEL_PREPOSITIONS = frozenset({"to", "from", "by", "of", "at"})  # "cut ... to $37", "by $3", "a target of $40"


def price_target_level(root: Token) -> bool:
    """The figure is the level of a price-target noun, or its change: the noun it sizes ("a $40 price target"),
    the noun of its "of" ("a price target of $40"), or the object of the verb whose "to", "from" or "by" it
    follows ("lowered her target price for the shares by 2 euros to 41 euros"); not a figure beside one ("shares
    fell 4 percent after the broker cut its price target")."""
    return any(_is_price_target(noun) for noun in _nouns_the_figure_sizes(root))


def _nouns_the_figure_sizes(root: Token) -> list[Token]:
    while root.dep_ in FIGURE_PARTS and root.head.pos_ in ("NUM", "SYM"):
        root = root.head  # "by $3 to $37": the parser may hang the first figure on the second
    head = root.head
    if root.dep_ in ("nummod", "compound", "quantmod", "amod", "npadvmod") and head.i != root.i:
        return [head]
    if root.dep_ != "pobj" or head.lower_ not in LEVEL_PREPOSITIONS:
        return []
    owner = head.head
    if owner.pos_ in ("NOUN", "PROPN"):
        return [owner]  # "a price target of $40"
    if owner.pos_ in ("VERB", "AUX"):
        return [c for c in owner.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]  # "raised its target to"
    return []


def _is_price_target(noun: Token) -> bool:
    modifiers = table("price_target_nouns").get(noun.lemma_.lower())
    if not modifiers:
        return False
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in modifiers for c in noun.children)
