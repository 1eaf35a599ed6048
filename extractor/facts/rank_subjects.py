"""A superlative description that is its clause's subject ranks the party it stands for even with no field:
"The second-largest garden tool retailer said ...", "The largest maker of Ostrian ceramics earned ..." name the
story's company (or the party the anaphor resolver gives the description) by its rank, as an apposition beside a
name does. As an object or in a place phrase ("Halvern bought the largest toolmaker", "at the biggest lender") the
description may be any party, and with no field it stays unranked. Likewise a definite superlative predicate
nominal of a named subject ("Halvern was the largest arranger of farm loans") ranks that name (docs/DECISIONS.md,
round 37)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.anaphor_kinds import described_kind
from extractor.facts.stranded_subjects import acts_as_subject
from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words


def is_described_subject(noun: Token) -> bool:
    """ "the third-largest airline", "the world's largest chain" as the subject of its clause: a definite singular
    description of one business or bank ("the largest bank", never "the central bank"), not a relation to another
    party ("the largest supplier", "its biggest rival"). "The" may stand on the noun or on its field ("the
    world's"); a field written as a name ("Ostria's biggest lender") makes it definite too, a possessor that is
    no field ("its biggest airline", "the group's largest carrier": a part of a company) does not."""
    if not acts_as_subject(noun) or noun.tag_ != "NN" or noun.lemma_.lower() in words("relation_org_nouns"):
        return False
    if described_kind(noun) not in ("business", "bank"):
        return False
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:  # "its biggest airline", "the group's largest carrier": a part of a company
        return owner.lower_ == "world" or bool(owner.ent_type_)
    return any(c.lower_ == "the" and c.dep_ == "det" for c in noun.children)


NAMED_SUBJECT_TYPES = frozenset({"ORG", "GPE", "PERSON"})


def is_named_predicate(noun: Token) -> bool:
    """ "Halvern was the largest underwriter of farm bonds", "Ostria became the biggest foreign holder of the
    debt": a singular predicate nominal of "be", "become" or "remain" whose subject is a name says that the named
    party holds the rank, with or without a field (a pronoun's or a description's party is left to the other
    readers: "it is the largest ..." may stand for a product or a deal). Only a definite noun: "a top supplier"
    is one of several."""
    if noun.dep_ != "attr" or noun.tag_ != "NN" or noun.head.lemma_.lower() not in words("rank_copulas"):
        return False
    if not any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False  # "Halvern is a top supplier": one of the top ones
    subject = next((c for c in noun.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject is not None and subject.pos_ == "PROPN" and subject.ent_type_ in NAMED_SUBJECT_TYPES
