"""Agreements with a named partner: "Ostler Inc signed a supply deal with Vantor Motors", "Quillby struck a
five-year licensing pact with X", "entered into a distribution agreement with X". A verb of
lexicons/agreement_verbs.txt states the agreement when its object is a noun of lexicons/agreement_nouns.txt; the
partner is the named organization a "with" phrase on the noun, its of-phrase, its amount or the verb is about
(not the owner of that party: "with Kestrel's unions"). The predicate is the noun with the words that name its
kind ("supply deal", "cross-licensing agreement"), not those that size or date it ("five-year", "$2 billion").
An agreement whose to-clause is a deal ("a deal with X to buy Y") is that deal, read by the deal rules: no
agreement fact of its own. A denied, supposed, guessed or only sought ("hopes to strike an accord with X") one
is none, and so is one whose doer is not written as an organization or a person."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.attachment import SentencePeriods
from extractor.facts.discourse import DocContext
from extractor.facts.events_clauses import not_stated_done
from extractor.facts.events_common import NAMED_OBJECTS, doer, event_fact, head_names, kind_predicate, party_after
from extractor.lexicons import table, words
from extractor.models import Fact

CLAUSE_DEPS = ("acl", "relcl", "advcl", "xcomp", "ccomp")  # a with-phrase in these belongs to another verb


def agreements(verb: Token, sent: Span, both: SentencePeriods, ctx: DocContext) -> list[Fact | None]:
    """The agreement a verb of agreeing states with a named partner, done by the verb's subject."""
    noun = _agreement_noun(verb)
    if noun is None or not_stated_done(verb) or _to_do_something(noun):
        return []  # "did not sign", "hopes to strike an accord with X": not done
    holders = (noun, *_of_objects(noun), verb)
    partner = next((p for h in holders if (p := party_after(h, "with")) is not None), None) or _deeper_partner(noun)
    # the partner is the named party itself, not its owner ("a deal with Kestrel's unions": the unions)
    named = head_names(partner, ctx, NAMED_OBJECTS) if partner is not None else []
    subject = doer(verb, ctx)
    if subject is None or not named:
        return []  # "signed a deal with creditors", "a deal was reached": no named party on one side
    return [event_fact(verb, subject, kind_predicate(noun), named[0], sent, both, ctx)]


def _agreement_noun(verb: Token) -> Token | None:
    """The agreement noun a verb of agreeing acts on: its object, or the object of its preposition ("entered
    into an accord"). A passive ("a deal was signed") names no doer: none."""
    if verb.pos_ != "VERB":
        return None
    lemma, nouns = verb.lemma_.lower(), words("agreement_nouns")
    for child in verb.children:
        if child.dep_ == "dobj" and lemma in words("agreement_verbs"):
            found = child
        elif child.dep_ == "prep" and f"{lemma} {child.lower_}" in words("agreement_verbs"):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        else:
            continue
        if found is not None and found.lemma_.lower() in nouns and found.tag_ != "NNS":
            return found
    return None


def _deeper_partner(noun: Token) -> Token | None:
    """ "a pact worth some $60 million with X": the parse may hang the with-phrase on a word of the noun's own
    phrase (its amount) rather than on the noun; not inside a clause of it ("a deal to merge with X")."""
    for prep in noun.subtree:
        if prep.lower_ == "with" and prep.dep_ == "prep" and all(t.dep_ not in CLAUSE_DEPS for t in _path(prep, noun)):
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    path = []
    while token.i != top.i and token.head.i != token.i:
        path.append(token)
        token = token.head
    return path


def _of_objects(noun: Token) -> list[Token]:
    """ "a memorandum of understanding with X": the parse hangs the partner on the noun's of-phrase."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]


def _to_do_something(noun: Token) -> bool:
    """ "a deal with X to buy Y", "an agreement with X to sell its unit": an agreement whose to-clause is a deal
    (a verb of lexicons/deal_verbs.tsv, or of event_verbs.tsv / event_nouns.tsv with a predicate of
    agreed_deal_predicates) is that deal; one to supply goods, open stores or hire staff stays an agreement."""
    clauses = [c for c in noun.children if c.dep_ in ("acl", "relcl")]
    if not clauses and noun.head.pos_ == "VERB":  # the parse may hang the to-clause on the verb
        clauses = [c for c in noun.head.children if c.dep_ in ("advcl", "xcomp") and c.i > noun.i]
    return any(c.lemma_.lower() in _deal_deeds() and any(a.lower_ == "to" for a in c.children) for c in clauses)


def _deal_deeds() -> frozenset[str]:
    """The verbs (and nouns read as verbs: "to buyout") whose to-clause states a deal."""
    deals = words("agreed_deal_predicates")
    stated = [
        lemma
        for name in ("event_verbs", "event_nouns")
        for lemma, row in table(name).items()
        if row[:1] and row[0] in deals
    ]
    return frozenset({*table("deal_verbs"), *stated})
