"""The sum of a bid, an offer or a proposal for a company is a term of that offer, not a flow of a period nor a
level that holds on a day: "the $4 billion approach for Brimley Corp that it dropped in March", "a takeover bid
of $7 billion, raised on Monday". The phrase dates what was done with the offer (made, raised, withdrawn: the
event), so the sum takes no period (as the agreed terms of a deal still to be done: `assembly`'s
`no_period_terms`); an entry of a dated timeline still dates it (`timeline_days`).

Only an offer with a target is one for a company (`has_a_target`): a wage offer, a rights offer, bids at a debt
auction, a fleet's bid, a spending or buyback proposal are plans or sales of their own period and keep it. An
offer price per share ("raised its offer to $14 a share") is named "offer price" by `offer_terms`, a price and no
offer noun: it is left out here and keeps the day it is told on."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.figure_phrases import figure_noun, is_deal_noun
from extractor.facts.offer_terms import is_offer_noun
from extractor.facts.predicate_forms import head_index
from extractor.lexicons import table, words

# the clauses that hang "to buy X" on a noun ("a proposal to acquire the group")
_CLAUSE_DEPS = frozenset({"acl", "relcl", "xcomp"})
_OBJECT_DEPS = frozenset({"dobj"})  # "is offering $9 a share": the sum offered
_TARGET_PREP = "for"  # "a bid for Brimley Corp": the preposition of the thing bid for


def sizes_an_offer(predicate: str, measured: Token | None, quantity: Span) -> bool:
    """The predicate's measured noun is an offer noun ("takeover bid", "unsolicited proposal") and the offer noun
    the text sizes is a bid for a company (`has_a_target`). With no such noun in the text, nothing tells what the
    sum was offered for, so the rule does not apply."""
    words_ = predicate.split()
    if not words_ or words_[head_index(words_)] not in words("offer_nouns"):
        return False
    offer = _offer_noun(measured, quantity)
    if offer is None:
        return _offered_for_a_company(quantity)
    return is_deal_noun(offer) and has_a_target(offer)


def _offered_for_a_company(quantity: Span) -> bool:
    """The sum is the object of an offer verb whose clause names a company after "for" ("Tolland is offering $9
    in cash for each Brimley share"): the verb makes the bid."""
    if not len(quantity) or quantity.root.dep_ not in _OBJECT_DEPS:
        return False
    verb = quantity.root.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("offer_nouns"):
        return False
    return any(_for_a_company(t) for t in verb.subtree)


def _offer_noun(measured: Token | None, quantity: Span) -> Token | None:
    """The offer noun the sum sizes: the measured noun, else the noun the sum premodifies ("a $2 billion bid")
    or whose "of" holds it ("a bid of $2 billion")."""
    root = quantity.root if len(quantity) else None
    held = root.head.head if root is not None and root.dep_ == "pobj" and root.head.lower_ == "of" else None
    sized = figure_noun(quantity) if root is not None else None
    return next((t for t in (measured, sized, held) if t is not None and is_offer_noun(t)), None)


def has_a_target(offer: Token) -> bool:
    """The offer noun names what it would buy: a takeover kind before it ("an acquisition proposal"), a company
    after "for" ("a bid for Brimley Corp", "an offer for the insurer") or a clause that buys ("a proposal to acquire
    the group"). "a wage offer for 2014", "bids for the notes", "a proposal to buy back shares" have none."""
    kinds = words("takeover_kind_words")
    if any(c.dep_ == "compound" and c.lemma_.lower() in kinds for c in offer.children):
        return True
    return any(_for_a_company(c) or _buys(c) for c in offer.children)


def _for_a_company(prep: Token) -> bool:
    """ "for Brimley Corp", "for the insurer", "for its partner Brimley": the object of "for" is, or is in
    apposition with, an organisation or a company noun."""
    if prep.dep_ != "prep" or prep.lower_ != _TARGET_PREP:
        return False
    return any(o.dep_ == "pobj" and any(_a_company(t) for t in o.subtree) for o in prep.children)


def _a_company(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.ent_type_ == "ORG" or lemma in words("business_nouns") or lemma in words("org_nouns")


def _buys(clause: Token) -> bool:
    """ "to buy", "to acquire": a verb of buying (`deal_verbs` rows of an acquisition) with no particle, since
    "to buy back shares" is a buyback by the company itself, no bid for another."""
    if clause.dep_ not in _CLAUSE_DEPS or clause.pos_ != "VERB":
        return False
    paid = table("deal_verbs").get(clause.lemma_.lower(), ())
    return bool(paid) and paid[0].startswith("acquisition") and not _particle_after(clause)


def _particle_after(verb: Token) -> bool:
    """ "back" in "buy back": an adverb or particle right after the verb with no object of its own (the parser
    hangs it as a particle, an adverb or even a modifier of the next noun)."""
    if verb.i + 1 >= len(verb.doc):
        return False
    after = verb.nbor(1)
    if after.dep_ == "prt":
        return True
    return after.pos_ in {"ADV", "ADP"} and not any(c.dep_ == "pobj" for c in after.children)
