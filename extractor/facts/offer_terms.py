"""The money of an offer keeps the offer's own noun (FACTS.md "Predicates": the measured noun is the text's
head). "A $4 billion takeover bid" and "raised its offer to $12 a share" state what a bidder offers; the
evaluation compares the gold head ("bid", "offer") with our predicate's words, and "acquisition price" names
neither. A purchase, an acquisition or a deal is still priced as one ("acquisition price")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.valuations import DEAL_PRICE, at_bearer
from extractor.lexicons import table, words

# the modifier of an offer noun kept in its name: nouns of what kind of offer it is ("takeover", "cash",
# "tender", "buyout"); adjectives of its standing ("unsolicited", "rival", "improved") say who or when, not what
KIND_DEP = "compound"


def is_offer_noun(token: Token) -> bool:
    """ "bid", "offer", "proposal": a noun of an offer made for a company (`offer_nouns`)."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("offer_nouns")


def offer_phrase(offer: Token) -> str:
    """The offer noun with the nouns of its kind before it, in the singular: "takeover bid", "cash offer"; a
    currency word of the amount ("a 7 billion euro bid") is no kind of offer."""
    kinds = [
        c.lower_
        for c in offer.lefts
        if c.dep_ == KIND_DEP and c.pos_ == "NOUN" and not any(t.like_num for t in c.subtree) and not _amount_word(c)
    ]
    return " ".join([*kinds, offer.lemma_.lower()])


def deal_price_name(deal: Token, money: Token | None = None) -> str:
    """What money priced by the deal noun `deal` measures: an offer's own name, else the acquisition's price
    (`DEAL_PRICE`). Money set after "at" on the offer, or stated per share, is the
    price it names ("a tender offer at $14 a share": "tender offer price"; "an offer of $9 a share": "offer price
    per share")."""
    if not is_offer_noun(deal) or money is not None and _set_by_valuing_verb(money):
        return DEAL_PRICE  # "the offer values X at $9 a share": the verb names the measure, the deal's price
    # a price per share holds both heads the gold writes: the offer's ("offer per share") and "price"
    priced = money is not None and (_set_at(money, deal) or _stated_per_share(money))
    return f"{offer_phrase(deal)} price" if priced else offer_phrase(deal)


def _stated_per_share(money: Token) -> bool:
    """ "$31.50 per share", "$45 a share": the money is stated per share (the rate is added to the name later)."""
    after = money.doc[money.i + 1 : money.i + 3]
    return len(after) == 2 and after[0].lower_ in ("per", "a", "an") and after[1].lemma_.lower() == "share"


def _set_at(money: Token, offer: Token) -> bool:
    """ "an offer at $14", "launched an offer for the shares at $14": money after "at" on the offer, or on the
    verb whose object the offer is."""
    bearer = at_bearer(money)
    return bearer is not None and (bearer == offer or offer.dep_ == "dobj" and offer.head == bearer)


def _set_by_valuing_verb(money: Token) -> bool:
    """ "values the company at $9 a share": money after "at" on a valuing verb (`valuing_verbs`)."""
    bearer = at_bearer(money)
    return bearer is not None and bearer.lemma_.lower() in words("valuing_verbs")


def _amount_word(token: Token) -> bool:
    """A word of the amount itself: a currency name after its number ("a 71 billion euro bid")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    written_after_number = before is not None and before.like_num
    return token.ent_type_ == "MONEY" or written_after_number and token.lower_ in table("currencies")
