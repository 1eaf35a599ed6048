"""A subject "it" that stands for a clause, not a party: "it is hard to get inflation below 2 percent", "it was
not clear whether sales would reach $5 billion", "it is anticipated that assets will rise by $7 billion". Such a
sentence names nobody, so the discourse must not read its "it" as the organization last talked about (round 40)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.syntax import SUBJECT_DEPS
from extractor.lexicons import words

CLAUSE_DEPS = frozenset({"xcomp", "ccomp", "csubj"})
CLAUSE_OPENERS = frozenset({"to", "that", "whether", "if", "how", "what", "why", "when", "where", "who"})


def is_dummy_it(token: Token) -> bool:
    """ "It" as the subject of an extraposed clause: its verb takes an adjective of `extraposing_adjectives`
    ("it's hard to", "it will be worse to") or is a passive verb of predicting ("it is anticipated that"), with a
    clause after it that opens with "to", "that" or a question word."""
    if token.lower_ != "it" or token.dep_ not in (*SUBJECT_DEPS, "expl"):
        return False
    verb = token.head
    adjective = next((c for c in verb.children if c.dep_ == "acomp"), None)
    extraposing = words("extraposing_adjectives")  # as written too: "worse" has the lemma "bad"
    if adjective is not None and {adjective.lower_, adjective.lemma_.lower()} & extraposing:
        return _opens_a_clause(verb, adjective)
    return predicted_in_passive(verb) and _opens_a_clause(verb, verb, ("that",))


def _opens_a_clause(verb: Token, after: Token, openers: tuple[str, ...] | frozenset[str] = CLAUSE_OPENERS) -> bool:
    """A clause on the verb or its adjective, after the adjective, whose first word is one of `openers`."""
    clauses = [c for head in (verb, after) for c in head.children if c.dep_ in CLAUSE_DEPS and c.i > after.i]
    return any(clause.left_edge.lower_ in openers for clause in clauses)


def predicted_in_passive(verb: Token) -> bool:
    """ "is expected to", "was seen at", "is anticipated that": a verb of predicting in the passive voice (also read
    by `discourse.planned_by_another`)."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and verb.lemma_.lower() in words("prediction_verbs")
