"""The buyer's side of a sale that names no seller: "X was sold to Brenton Media", "X, which was sold to
Brenton Media in 2019", "X's $2 billion sale to Brenton Media". The sold organization is the passive subject
of the verb or the possessor of the noun, never an object; the named organization after the counterpart's
preposition (lexicons/event_counterparts.tsv) acquired it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext, known_name_ending_at, resolve_subject
from extractor.facts.events_clauses import traded_security
from extractor.facts.events_common import NAMED_OBJECTS, event_fact, object_names, party_after
from extractor.facts.syntax import possessor
from extractor.lexicons import table, words
from extractor.models import Fact


def sold_to_buyer(event: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The buyer's acquisition of what a passive sale verb or a possessed sale noun sells, when a named
    organization follows the counterpart's preposition ("was sold to Brenton Media"); none otherwise."""
    row = table("event_counterparts").get(f"{event.pos_.lower()} {event.lemma_.lower()}")
    if row is None:
        return []
    preposition, predicate = row[0], row[1]
    party = party_after(event, preposition)
    buyer = _buyer_name(party, ctx) if party is not None and _names_an_org(party, ctx) else None
    sold_token = _passive_patient(event) if event.pos_ == "VERB" else _sale_owner(event)
    if buyer is None or sold_token is None or traded_security(sold_token):
        return []  # "was sold to investors", "the bonds were sold to X": no named buyer, or no company sold
    sold = _sold_name(sold_token, ctx)
    if sold is None or sold == buyer:
        return []
    return [event_fact(event, buyer, predicate, sold, sent, both, ctx)]


def _names_an_org(token: Token, ctx: DocContext) -> bool:
    """A named organization, also one the tagger missed but its ticker marks ("to Brenton ( BRN.N )")."""
    cluster = ctx.entities.at(token.i)
    return cluster.label == "ORG" if cluster is not None else token.pos_ == "PROPN"


def _buyer_name(party: Token, ctx: DocContext) -> str | None:
    """The buyer's canonical name, also where the tagger missed this mention of a company named elsewhere."""
    return resolve_subject(party, ctx) or known_name_ending_at(party, ctx)


def _passive_patient(verb: Token) -> Token | None:
    """ "X was sold to Y", "X, which was closed and sold to Y", "X, sold to Y in 2015": the passive subject of
    the verb (or of the verb it is conjoined to), the noun a relative pronoun stands for, the noun a participle
    describes. An active verb ("sold its unit to Y") has its seller written and is read elsewhere."""
    clause = verb
    while clause.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in clause.children):
        clause = clause.head  # "was closed and sold to Y": the subject hangs on the first verb
    if clause.dep_ == "acl" and clause.tag_ == "VBN":
        return clause.head
    if not any(c.dep_ == "auxpass" for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in words("relative_pronouns") | {"that"}:
        return clause.head if clause.dep_ == "relcl" else None
    return subject


def _sale_owner(noun: Token) -> Token | None:
    """ "X's sale to Y", "its fire sale to Y": a singular sale noun with a possessor and no of-object sells its
    possessor; "X's sale of its unit to Y" has a seller and is read elsewhere."""
    if noun.tag_ == "NNS" or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return None
    if possessor(noun) is None and noun.dep_ == "conj":
        return possessor(noun.head)  # "its collapse and fire sale to Y": the possessor of the first noun
    return possessor(noun)


def _sold_name(token: Token, ctx: DocContext) -> str | None:
    """The organization sold: the name at the token, else the one a pronoun or anaphor ("the company") stands for."""
    named = object_names(token, ctx, NAMED_OBJECTS, frozenset())
    if named:
        return named[0]
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label != "ORG":
        return None  # a person or a place is not sold
    return resolve_subject(token, ctx) if token.pos_ in ("PRON", "NOUN", "PROPN") else None
