"""Runners-up: a bare superlative whose noun names the parties ahead of it ("the largest holder in Freedonia
after the state", "the biggest toolmaker behind Harrow and Pellam") ranks its party right behind them, so the
position is one more than the number of parties named. The preposition must hang on the ranked noun and take a
named party: "its biggest loss after the merger" or "its top ratings after Congress failed" name no party ahead."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.lexicons import words

PARTY_LABELS = frozenset({"ORG", "GPE", "NORP", "PERSON", "FAC", "LOC", "EVENT", "PRODUCT"})


def parties_ahead(noun: Token) -> int:
    """How many named parties a runner-up preposition on the ranked noun puts ahead of it (0 for none). The
    parse may hang the preposition on the object of the noun's field ("the largest lender in Freedonia behind
    Harrow")."""
    fields = [o for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for prep in (c for owner in (noun, *fields) for c in owner.children):
        if prep.dep_ != "prep" or prep.lower_ not in words("runner_up_prepositions"):
            continue
        if any(c.dep_ == "pcomp" for c in prep.children):
            return 0  # "after Harrow failed to ...": a clause, so a time, not a party ahead
        ahead = [c for c in prep.children if c.dep_ == "pobj"]
        if ahead and _is_party(ahead[0]):
            return 1 + sum(1 for c in ahead[0].conjuncts if _is_party(c))
    return 0


def _is_party(token: Token) -> bool:
    """A named party: an entity of a party label, or a noun a named place or body modifies ("the Freedonian
    state", "the Ostrian regulator"); a date, a figure or an unnamed event is none."""
    if token.ent_type_ in PARTY_LABELS:
        return True
    return token.pos_ == "NOUN" and any(
        c.dep_ in ("compound", "amod", "poss") and c.ent_type_ in PARTY_LABELS for c in token.children
    )
