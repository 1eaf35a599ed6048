"""The named object of an acquiring verb that the parse left stranded.

"has struck a deal to buy parts supplier Ferrex Inc": after a deal noun the small model often hangs the
infinitive on the noun with no object and attaches the company's name to the main verb instead, so the
event "acquisition of Ferrex" is lost. When an acquiring verb has no direct object, the organization named
right after it, behind nothing but a short descriptor ("parts supplier", "Swiss software group", "rival"), is
what it acts on. Anything else between (a preposition, a verb, a comma, a figure) leaves the verb without
object, as before: "to buy into a venture", "to buy back shares", "to buy, and then sell, ...".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.lexicons import words

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

_MAX_DESCRIPTOR = 5  # a place, a few modifiers and the trade noun: longer runs are a clause, not a descriptor
_DESCRIPTOR_POS = frozenset({"NOUN", "ADJ", "PROPN"})
_DESCRIPTOR_ENTS = frozenset({"", "GPE", "NORP"})  # "Swiss", "Canadian": a place or nationality may describe


def stranded_object(verb: Token, predicate: str, ctx: DocContext) -> Token | None:
    """The last token of the organization named after an acquiring verb that has no object, or None."""
    if predicate not in words("acquiring_predicates") or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("dobj", "prt", "ccomp", "xcomp", "prep") for c in verb.children):
        return None  # an object, a particle ("buy back") or a clause is the verb's own reading
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None  # only the infinitive of a deal ("a deal to buy"); "the newly acquired X" names X, acts on none
    doc = verb.doc
    end = min(verb.sent.end, verb.i + 1 + _MAX_DESCRIPTOR + 1)
    for i in range(verb.i + 1, end):
        token = doc[i]
        cluster = ctx.entities.at(i)
        if cluster is not None and cluster.label == "ORG":
            # the mention of the cluster that holds the token ends the name, where the parse hangs its parts
            mention = next(m for m in cluster.mentions if m.start <= i < m.end)
            return doc[mention.end - 1]
        if token.pos_ not in _DESCRIPTOR_POS or token.ent_type_ not in _DESCRIPTOR_ENTS:
            return None
    return None
