"""Vague counts of a crowd: "thousands of customers", "dozens of lenders", "millions of Americans", "hundreds of
thousands of people". A plural round number gives an order of magnitude (FACTS.md: approximate); of a company's
own workforce moved by a verb ("hire thousands of engineers", "cut hundreds of people") it is a fact, but a crowd of
customers, investors, citizens or other firms is the audience or the background of the news, not a figure of it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import table, words
from extractor.models import Quantity


def is_vague_crowd(span: Span, quantity: Quantity) -> bool:
    """True for a vague magnitude whose counted noun is a crowd (lexicons/crowd_nouns.txt or a nationality,
    "Americans") that is not the object of a verb moving a workforce or holding a customer base."""
    if not _vague(span):
        return False
    noun = _counted_noun(span)
    return noun is not None and _crowd(noun) and not _own_crowd(span)


def _vague(span: Span) -> bool:
    """ "thousands", "Dozens", "tens of thousands": the figure opens with a plural round number
    (lexicons/plural_rounds.tsv), not a written count ("3,000", "a dozen")."""
    return span[0].lower_ in table("plural_rounds")


def _own_crowd(span: Span) -> bool:
    """ "hire thousands of engineers", "cut hundreds of people", "has millions of customers": the crowd is the
    object of a verb that moves the company's workforce (lexicons/workforce_verbs.txt) or holds its customers
    (lexicons/customer_base_verbs.txt), so the count is a figure of the company. "cut fees for millions of
    customers" is no such object."""
    figure = span.root
    if figure.dep_ != "dobj":
        return False
    verb = figure.head
    lemma = verb.lemma_.lower()
    if lemma in words("workforce_verbs"):
        return True
    return lemma in words("customer_base_verbs") and _company_subject(verb)


def _company_subject(verb: Token) -> bool:
    """ "it has millions of customers", "the bank serves", "Orvane won thousands of clients": the verb's subject is
    the company (a pronoun for it, an organisation's name, an organisation noun), not a rally, an offering or a
    country ("the rally attracted thousands of protesters", "Ostria has millions of citizens abroad")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return verb.dep_ == "xcomp"  # "expects to sign up thousands of clients": the expecting company's
    if subject.lower_ in ("it", "we"):
        return True
    return subject.ent_type_ == "ORG" or subject.lemma_.lower() in words("org_nouns") | words("anaphors")


def _counted_noun(span: Span) -> Token | None:
    """The noun after the figure's "of": "thousands of customers" counts customers."""
    after = span.doc[span.end] if span.end < span.sent.end else None
    if after is None or after.lower_ != "of":
        return None
    return next((c for c in after.children if c.dep_ == "pobj"), None)


def _crowd(noun: Token) -> bool:
    """Customers, investors, citizens, other firms: people or companies outside the one whose figures the story
    reports; a nationality written as a plural noun ("Spaniards") too."""
    return noun.lemma_.lower() in words("crowd_nouns") or noun.ent_type_ == "NORP"
