"""Whose figure it is, read from the figure's own phrase rather than from its clause.

- The figure's own "at" phrase: in a list of figures across companies ("margins widened 1 point at A, 3 points
  at B and 5 points at C") the parser hangs each company on the figure it follows, not on the clause's verb. That
  phrase is closer evidence than the verb's "at" phrase (which names the first company only), the clause's
  subject or the story's main company. "for" is not read so: "raised prices 9 percent for customer X",
  "a 2 billion euro guarantee for X" name a customer or a beneficiary (holders.compared_holder reads "for"
  inside a comparison only).
- The possessor written on the figure itself ("Quillby's $3 billion of debt", "Quillby's 2 million tons of
  capacity", "Quillby's $9 billion figure"): the party whose amount it is, even where the clause around it is
  another party's ("Acme tried to take Quillby's $3 billion of tax credits").
- The possessor of the deal noun a figure sizes, or the sender after "from" on a bid noun: the bidder. Not "from" on
  a purchase or an acquisition, whose "from" names the seller ("a $2 billion purchase from Quillby")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.syntax import possessor, prep_object
from extractor.lexicons import any_words, words

PREMODIFYING = frozenset({"nummod", "compound", "amod"})


def premodified_noun(token: Token) -> Token:
    """The noun a figure premodifies ("a 5 percent decline at Quillby", "a $2 billion acquisition"), else the
    figure's own token."""
    return token.head if token.dep_ in PREMODIFYING and token.head.i > token.i else token


def figure_noun(quantity: Span | None) -> Token | None:
    """The figure's noun, whose own "at" phrase may name its holder."""
    return premodified_noun(quantity.root) if quantity is not None and len(quantity) else None


def figure_possessor(quantity: Span | None) -> Token | None:
    """The name written as the possessor of the figure's own token or of the noun it premodifies: "Quillby's
    $3 billion of debt" (the parser hangs "Quillby's" on the amount), "Quillby's $9 billion figure". Only a name
    (capitalized): a pronoun ("its $3 billion of debt") or a description ("the group's 7 billion euro bid") is left
    to the discourse, which already has its referent, so it does not outrank the clause's own subject."""
    if quantity is None or not len(quantity):
        return None
    root = quantity.root
    owner = possessor(root) or possessor(premodified_noun(root))
    if owner is None or owner.tag_ in ("PRP$", "WP$") or not owner.text[:1].isupper():
        return None
    return owner


def deal_maker(quantity: Span | None) -> Token | None:
    """ "Quillby's $2 billion acquisition of Marrow", "Quillby's bid of 41 euros per share": the possessor of the deal
    noun the figure sizes (premodifying it, or after its "of") is the bidder, whose price it is (FACTS.md: the buyer
    is the subject of a deal's price), not the company the story is about."""
    owner = deal_owner(quantity)
    if owner is None or owner.tag_ in ("PRP$", "WP$"):
        return None  # "its offer", "whose bid": a pronoun, the discourse already has its referent
    return owner


def deal_owner(quantity: Span | None) -> Token | None:
    """Who makes the deal a figure sizes, pronouns included ("Quillby's offer", "his bid"): the possessor of the
    deal noun, else the sender of a bid ("a $3 billion offer from Quillby"); a purchase "from" someone names the
    seller, so only a bid noun reads "from". Read by `deal_maker` and by person_dealers, which resolves "his"."""
    if quantity is None or not len(quantity):
        return None
    deal = _sized_noun(quantity.root)
    if deal is None or not is_deal_noun(deal):
        return None
    owner = possessor(deal)
    if owner is None and deal.lemma_.lower() in words("bid_nouns"):
        owner = prep_object(deal, ("from",))
        if owner is None and deal.dep_ == "dobj":
            owner = prep_object(deal.head, ("from",))  # "weighed a bid from Quillby", "from" hung on the verb
    return owner


def is_deal_noun(noun: Token) -> bool:
    """A noun of a deal ("acquisition", "offer") or of a bid ("proposal", "approach"). A bid noun that is no deal
    noun of its own is one only bare or compounded with words of a deal: a deal or bid noun ("a takeover
    proposal"), a kind of deal or of payment (`deal_kind_words`: "a buyout proposal", "an all-cash approach") or the
    currency the parser hangs on it ("a 2 billion euro proposal"). Any other compound names what is proposed: "a
    budget proposal", "a pricing approach" are no bids."""
    compounds = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"]
    return is_deal_phrase(compounds, noun.lemma_.lower())


def is_deal_phrase(kinds: list[str], head: str) -> bool:
    """`is_deal_noun` on words: the noun `head` with the nouns `kinds` before it ("takeover proposal": a bid;
    "budget proposal": none)."""
    deals = words("deal_nouns")
    if head in deals:
        return True
    dealing = any_words("deal_nouns", "bid_nouns", "deal_kind_words", "currency_nouns")
    return head in words("bid_nouns") and all(k in dealing for k in kinds)


def _sized_noun(root: Token) -> Token | None:
    """The noun a figure sizes: the one it premodifies ("$2 billion acquisition") or whose "of" holds it ("a bid of
    41 euros per share")."""
    noun = premodified_noun(root)
    if noun is not root:
        return noun if noun.pos_ == "NOUN" else None
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        return root.head.head
    return None
