"""The figure's own "at"/"for" phrase: "0.9 percent at Marrow Outlets", "declines of 4.3 percent for Pellam".

In a list of figures compared across companies ("fell 2 percent at A, 3 percent at B and 7 percent at C",
"compared with 4 percent for B"), the parser hangs each company on the figure it follows, not on the clause's
verb. That phrase is the closest evidence of whose figure it is: closer than the verb's "at" phrase (which names
the first company only), the clause's subject or the story's main company.

"for" names a holder only on a figure that is not money: "$4 billion for Quillby" is mostly a price paid for
Quillby, whose payer is the holder."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.syntax import possessor
from extractor.lexicons import words

PREMODIFYING = frozenset({"nummod", "compound", "amod"})


def figure_phrase_heads(quantity: Span | None) -> list[tuple[Token, tuple[str, ...]]]:
    """The figure's noun with the prepositions whose object may hold it: ("at", "for"), or ("at",) for money."""
    if quantity is None or not len(quantity):
        return []
    noun = quantity.root
    if noun.dep_ in PREMODIFYING and noun.head.i > noun.i:
        noun = noun.head  # "a 5 percent decline at Quillby": the noun the figure premodifies
    preps = ("at",) if _money(quantity) else ("at", "for")
    return [(noun, preps)]


def _money(quantity: Span) -> bool:
    return any(t.ent_type_ == "MONEY" or t.is_currency for t in quantity)


def deal_maker(quantity: Span | None) -> Token | None:
    """ "Quillby's $2 billion acquisition of Marrow", "Quillby's offer of $33 a share": the possessor of the deal noun
    the figure sizes (premodifying it, or after its "of") is the bidder, whose price it is (FACTS.md: the buyer is
    the subject of a deal's price), not the company the story is about."""
    if quantity is None or not len(quantity):
        return None
    deal = _sized_noun(quantity.root)
    if deal is None or deal.lemma_.lower() not in words("deal_nouns"):
        return None
    owner = possessor(deal)
    if owner is None or owner.tag_ in ("PRP$", "WP$"):
        return None  # "its offer", "whose bid": a pronoun, the discourse already has its referent
    return owner


def _sized_noun(root: Token) -> Token | None:
    """The noun a figure sizes: the one it premodifies ("$2 billion acquisition") or whose "of" holds it ("an offer
    of $33 a share")."""
    if root.dep_ in PREMODIFYING and root.head.i > root.i and root.head.pos_ == "NOUN":
        return root.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None
