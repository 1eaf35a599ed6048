"""A pronoun that stands for a company's shares: "Its shares slipped on Monday. By the close they stood at
$31.40", "the stock rose 2 percent before it ended at $8". A market verb whose subject is such a pronoun prices
the shares, so a price figure of it (a per-share level or a percent move) is a share price, not a noun the parse
finds further away ("deals", "revenue") or a fallback. Not the market as a whole ("Technology stocks rallied,
and they finished 1.6 percent higher"), not stock as goods held ("the stock of spare parts"), not market value
("They have shed $450 million in value")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.measure_phrases import SHARE_WORDS, is_currency_amount
from extractor.facts.measures_clauses import joined_antecedent
from extractor.facts.stock_moves import is_market_verb
from extractor.facts.syntax import SUBJECT_DEPS, clause_subject, governing_verb
from extractor.lexicons import words
from extractor.models import Quantity

# A per-share price is never a million-scale amount; an amount of a million or more a market verb moves is
# the company's market value ("lost $3 billion in market value", "shed $900 million of its value"), except in a
# currency whose share prices run to millions (`thousand_scale_currencies`: "closed at 1.35 million won")
_LOWEST_MARKET_VALUE = 1_000_000
_THOUSAND_SCALE = 1_000
_COMPANY_MODIFIERS = ("poss", "compound")  # "its shares", "Quorra's shares", "Trask Inc stock"


def pronoun_share_move(span: Span, quantity: Quantity) -> bool:
    """The figure is a price figure of a market verb whose own subject is a pronoun that takes up a company's
    share noun of its number."""
    verb = governing_verb(span.root)
    if verb is None or not is_market_verb(verb) or not _price_figure(quantity) or _told_as_value(span):
        return False
    pronoun = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if pronoun is None or pronoun.lower_ not in words("measure_pronouns"):
        return False
    antecedent = _antecedent(verb, pronoun)
    return antecedent is not None and company_shares(antecedent) and _same_number(pronoun, antecedent)


def _told_as_value(span: Span) -> bool:
    """ "lost 800 million yen in market value", "shed $90 million of their worth": the amount is what the company
    is worth, whatever its scale (the million bound alone misses currencies whose share prices run to millions)."""
    after = span.doc[span.end : span.end + 4]
    return any(t.dep_ == "pobj" and t.lemma_.lower() in words("market_value_nouns") for t in after)


def _price_figure(quantity: Quantity) -> bool:
    """A percent move, or a currency level of one share (an amount in a plain currency, below market-value
    scale)."""
    if quantity.unit == "percent":
        return True
    if not is_currency_amount(quantity):
        return False
    scale = _THOUSAND_SCALE if (quantity.unit or "").lower() in words("thousand_scale_currencies") else 1
    return quantity.amount < _LOWEST_MARKET_VALUE * scale


def _antecedent(verb: Token, pronoun: Token) -> Token | None:
    """The subject the pronoun takes up: of a clause joined to the pronoun's own and written before it ("the stock
    rose before it ended", "Shares jumped; they closed"), else of the previous sentence's main clause."""
    joined = joined_antecedent(verb, pronoun)
    if joined is not None:
        return joined
    sentence = verb.sent
    if verb.dep_ != "ROOT" or sentence.start == 0:
        return None
    return clause_subject(sentence.doc[sentence.start - 1].sent.root)


def company_shares(noun: Token) -> bool:
    """A share noun that stands for one company's shares: named by a possessor, a name before it or a name in
    its "of" phrase, or a bare "shares" or "stock" of a company story. A modified plural without a company is
    the market ("Asian stocks", "technology shares"), so is a bare "stocks"; "stock of" a thing is inventory."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in SHARE_WORDS:
        return False
    of_objects = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    named = any(_names_a_company(t) for t in of_objects) or any(
        c.dep_ == "poss" or (c.dep_ in _COMPANY_MODIFIERS and _names_a_company(c)) for c in noun.children
    )
    if named:
        return True
    goods_noun = noun.lemma_.lower() in words("goods_share_nouns")
    if of_objects and goods_noun:
        return False  # "the stock of unsold cars": goods held, not shares
    if any(c.dep_ in ("amod", "compound", "nmod", "npadvmod") for c in noun.children):
        return False  # "European stocks", "technology shares": a market, not a company
    return not (goods_noun and "Plur" in noun.morph.get("Number"))


def _names_a_company(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.ent_type_ == "ORG"


def _same_number(pronoun: Token, antecedent: Token) -> bool:
    """spaCy's morphology: "they" and "shares" are plural, "it" and "stock" singular."""
    return pronoun.morph.get("Number") == antecedent.morph.get("Number") != []
