"""A goal told as reached ("it has hit the $1 billion savings goal it set", "met its target of 5
percent growth") is a result: the figure is what the subject did, not what it still plans (`modality`). Only a
finished verb counts: "aims to reach its goal of ...", "has not met its target of ..." and "would meet its target"
keep the goal a target."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words


def goal_reached(chain: list[Token]) -> bool:
    """A goal noun on the figure's path up to its first verb is the object of a verb of reaching told as done."""
    goals = words("goal_nouns")
    for token in chain[1:]:
        if token.pos_ in ("VERB", "AUX") and not (token.dep_ == "pcomp" and token.tag_ == "VBG"):
            return False  # a clause of its own; but "its goal of reducing costs by $1 billion" names the goal's act
        if token.pos_ == "NOUN" and token.lemma_.lower() in goals and token.dep_ == "dobj":
            return _reached_as_done(token.head)
    return False


def _reached_as_done(verb: Token) -> bool:
    """A verb of reaching in the simple past or the perfect, with no modal, no infinitive and no negation."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("goal_reaching_verbs"):
        return False
    children = list(verb.children)
    if any(c.dep_ == "neg" for c in children):
        return False
    auxes = [c for c in children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" or a.lower_ == "to" for a in auxes):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)
