"""Required levels: a figure a subject is bound to hold ("lenders must hold reserves of 5 percent", "members are
required to keep debt below 60 percent of output") is a target the subject is held to, not a result."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words


def required_level(verb: Token) -> bool:
    """A verb of holding (`holding_verbs`) under an obligation: an obligation modal on it ("must keep", "should
    have", `obligation_modals`) with an active subject, or a head that binds its "to" complement ("have to hold",
    "are required to maintain", `obligation_heads`). Verbs of moving an amount ("must raise 2 billion", "need to
    find 5 billion") stay as they are: the gold reads those as a shortfall measured now."""
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words("holding_verbs"):
        return False
    if _negated(verb):
        return False
    if _bound_by_modal(verb):
        return True
    head = verb.head
    bound = verb.dep_ == "xcomp" and head.lemma_.lower() in words("obligation_heads") and head.pos_ in ("VERB", "AUX")
    to = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return bound and to and not _negated(head)


def _bound_by_modal(verb: Token) -> bool:
    """ "must keep", "should have": an obligation modal whose verb has an active subject (not "should be held")
    and no perfect ("should have kept" looks back). The subject is not tested for being an agent: "the margin
    should hold at 12 percent" passes too (it read as a target before this rule as well)."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.lower_ in words("obligation_modals") for a in auxiliaries):
        return False
    if any(a.dep_ == "auxpass" or a.lemma_ == "have" for a in auxiliaries):
        return False
    return any(c.dep_ in SUBJECT_DEPS and c.dep_ != "nsubjpass" for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)
