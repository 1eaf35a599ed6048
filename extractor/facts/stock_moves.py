"""A figure that names nothing measured, moved by a market verb, is a move of a stock: "closed down 7 cents at
C$70.01", "Norvale climbed 12 percent to 2,140 yen", "Norvale ( NRV.N ) shed 2.3 percent", "rival Norvale was
down 9.3 percent". Asked only when the parse found no measured noun."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import clause_subject, is_market_code, possessor
from extractor.lexicons import words

_MOVE_PARTICLES = frozenset({"up", "down"})


def moves_a_stock(verb: Token | None, *, pronoun: bool = True) -> bool:
    """A market verb (`price_move_verbs`, or "be" with "up"/"down") whose subject is a stock, a company itself,
    or a common noun set beside a company's name ("its rival Norvale"); a session verb needs no subject. "it"
    counts (with `pronoun`) for a market verb, never for "was up": "the grocer reports it was up 20 percent" is
    its profit."""
    if verb is None or verb.dep_ == "acl" or not is_market_verb(verb):
        return False  # "the quarter ended on February 3" is a period, not a closing price
    subject = clause_subject(verb)
    if subject is None:
        return verb.lemma_.lower() in words("session_verbs")
    if _share_noun(subject):
        return True
    if subject.lower_ == "it":
        return pronoun and verb.lemma_.lower() in words("price_move_verbs")
    if subject.ent_type_ == "ORG" or _has_ticker(subject):
        return possessor(subject) is None  # not "its GMV rose"
    return _named_beside(subject) is not None


def _share_noun(subject: Token) -> bool:
    """ "shares", "stock" (`share_nouns`); not a bare plural of a noun that is also goods or the market ("stocks",
    `goods_share_nouns`)."""
    lemma = subject.lemma_.lower()
    market = lemma in words("goods_share_nouns") and "Plur" in subject.morph.get("Number")
    return lemma in words("share_nouns") and not market


def _has_ticker(subject: Token) -> bool:
    """ "Dunmore Homes ( DNH.N ) shed 2.3 percent": a name bracketed with its ticker is a listed company, whatever
    the entity tagger made of it."""
    return subject.pos_ == "PROPN" and any(c.dep_ == "appos" and is_market_code(c) for c in subject.children)


def is_market_verb(verb: Token) -> bool:
    """A verb that moves a traded price: a market verb, or a copula with a bare "up" or "down"."""
    if verb.lemma_.lower() in words("price_move_verbs"):
        return True
    # "Norvale was down 9.3 percent": a copula with a bare "up" or "down" is a move
    return verb.lemma_.lower() == "be" and any(
        c.lower_ in _MOVE_PARTICLES and c.dep_ in ("advmod", "prt") for c in verb.children
    )


def _named_beside(subject: Token) -> Token | None:
    """ "its immediate rival Norvale": a company name in apposition to a common-noun subject."""
    if subject.pos_ != "NOUN":
        return None
    return next((c for c in subject.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
