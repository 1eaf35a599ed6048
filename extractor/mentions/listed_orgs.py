"""A name listed as an example of organizations: "companies such as Halvard", "rivals including Ostmark and
Brindle Foods", "lenders like Kestrel". The noun the list exemplifies says what every name in it is, whatever
the tagger called the name (a short company name is often read as a person or a place).

Only nouns that cannot also name people count (person_capable_org_nouns: "investors such as" lists people as
well), and not brands or products ("brands such as" lists things a company sells)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.lexicons import words

LIST_PREPOSITIONS = frozenset({"including", "like"})  # "such as" is read from "as" and its "such"


def listed_as_organization(span: Span) -> bool:
    """True when the mention is an item of "<organizations> such as / including / like ..."."""
    item = span.root
    while item.dep_ in ("conj", "appos") and item.head.i < item.i:
        item = item.head  # "such as Halvard, Ostmark and Brindle": the list's first item carries the phrase
    if item.dep_ != "pobj":
        return False
    prep = item.head
    if not _exemplifies(prep):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.tag_ == "NNS" and _only_organizations(noun.lemma_.lower())


def _exemplifies(prep: Token) -> bool:
    if prep.lower_ == "as":
        return any(c.lower_ == "such" for c in prep.children) or prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    return prep.lower_ in LIST_PREPOSITIONS


def _only_organizations(lemma: str) -> bool:
    return lemma in words("org_nouns") and lemma not in words("person_capable_org_nouns") | words("sold_org_nouns")
