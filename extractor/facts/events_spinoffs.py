"""Spin-offs: a company that separates a part of itself as a company of its own ("spun off its phone
business into Kestrel Devices", "X was spun off from Brandt Co in 1998")."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext, resolve_subject
from extractor.facts.events_clauses import only_guessed
from extractor.facts.events_common import is_particle, party_after
from extractor.facts.named_owners import tagged_org
from extractor.lexicons import words

PREDICATE = "spin-off"


def spin_off_parties(
    verb: Token, obj: Token | None, subject: str | None, patient: Token | None, ctx: DocContext
) -> tuple[Token | None, str | None]:
    """The object and doer of a spin-off verb. The company a part becomes, named after "into" or "as", is what
    is spun off ("spun off its phone business into X": X, as the new company is called from then on); a
    passive verb's subject is spun off by the parent its from- or of-phrase names ("X was spun off from Y")."""
    # the parse may hang "of X" on the particle, which it may also read as a preposition of its own
    heads = [verb, *(c for c in verb.children if is_particle(c, verb))]
    sources = words("spin_off_source_prepositions")
    parent = next((p for h in heads for w in sources if (p := party_after(h, w)) is not None), None)
    passive = _passive(verb)
    if passive and parent is not None and _named(parent, ctx):
        return patient, resolve_subject(parent, ctx)
    if passive:
        return None, subject  # "was spun off in 1998": no parent named, the clause's own subject is the new company
    new = next((p for w in words("spin_off_result_prepositions") if (p := party_after(verb, w)) is not None), None)
    return (new if new is not None and _named(new, ctx) else obj), subject


def _passive(verb: Token) -> bool:
    """ "was spun off", "X, spun off from Y": a passive verb or a participle describing what was spun off."""
    passive_subject = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return passive_subject or (verb.dep_ == "acl" and verb.tag_ == "VBN")


def _named(token: Token, ctx: DocContext) -> bool:
    return tagged_org(token, ctx.entities) is not None


def spin_off_stated(verb: Token) -> bool:
    """A spin-off done or planned, not one only weighed or guessed: "will examine whether to spin off X",
    "might be close to spinning off X", "could spin off X" state none (`events_clauses.only_guessed`)."""
    return not only_guessed(verb)
