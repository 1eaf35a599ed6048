"""Roles told by a verb: "Ann Lee, who heads Brandt Group", "Lee now heads Kestrel Media", "Bo Chen, who
founded Halden Capital". A named person who heads, chairs or founded a named organization holds that post
(lexicons/leading_verbs.tsv); a past "headed" is a post given up, and is left alone."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import table

PRESENT = frozenset({"VBZ", "VBP"})


def verb_role(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(title, organization) when the person is the subject of a leading verb whose object is an
    organization: directly ("Lee heads X") or through "who" ("Lee, who heads X")."""
    verb = _verb_of(mention)
    if verb is None:
        return None
    row = table("leading_verbs").get(verb.lemma_.lower())
    if row is None or not (verb.tag_ in PRESENT or row[0].endswith("founder") and verb.tag_ == "VBD"):
        return None  # "had headed X": a former post, whose dates the text rarely gives
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    cluster = ctx.entities.at(obj.i) if obj is not None else None
    if cluster is None or cluster.label != "ORG" or cluster.agency:
        return None
    return row[0], cluster.name


def _verb_of(mention: Span) -> Token | None:
    root = mention.root
    # "Lee, who heads X": the relative clause on the name
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    if clause is not None and any(c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
        return clause
    if root.dep_ == "nsubj" and root.head.pos_ == "VERB":
        return root.head
    return None
