"""An event whose written doer names no party: a class of parties ("regional ministers launched the fund", "rival
makers who launched vans") or one party left unnamed ("a third suitor bid $1 billion for X"). Such an
event is not the story's company's, which the event readers otherwise take when no name is found. (A plural
noun `resolve_subject` already took for the company is not seen here.)"""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS, clause_subject
from extractor.lexicons import words

DETERMINER_DEPS = ("det", "poss")


def unnamed_doer(verb: Token) -> bool:
    """The verb's subject (through a relative pronoun, its antecedent) is a common noun no entity covers that
    is an indefinite subject ("a rival offered") or a bare plural ("makers who sell", "ministers launched")."""
    if verb.pos_ != "VERB":
        return False
    subject = clause_subject(verb)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return False
    determiners = [c for c in subject.children if c.dep_ in DETERMINER_DEPS]
    if any(d.lower_ in words("unnamed_party_determiners") for d in determiners):
        # "X heads a group of investors seeking to buy Y": a group another verb's subject forms or leads is theirs
        return subject.dep_ in SUBJECT_DEPS
    return subject.tag_ == "NNS" and not determiners and not any(c.ent_type_ for c in subject.subtree)
