"""Which organization of the story a written name stands for: the whole name or an alias, else the one
organization whose name begins with it ("Devlin" for "Devlin Energy"). Lookups shared by the subject rules."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.mentions.cluster_lookup import aliased_as, name_begins_with, named, written_as

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext


def names_an_org_exactly(token: Token, ctx: DocContext) -> bool:
    """A capitalized word that is the whole name, or an alias, of an organization of the story."""
    return token.text[:1].isupper() and any(
        c.label == "ORG" and not c.agency for c in written_as(ctx.entities, token.text)
    )


def org_starting_with(token: Token, ctx: DocContext) -> str | None:
    """The organization of the story named exactly by the words ending at `token`, else the one whose name
    begins with them ("Devlin" or "Harlow's" for "Devlin Energy", "Harlow's Stores")."""
    doc = token.doc
    end = token.i + 2 if token.i + 1 < len(doc) and doc[token.i + 1].dep_ == "case" else token.i + 1
    return org_named_by(doc[token.left_edge.i : end].text, ctx)


def org_named_by(written: str, ctx: DocContext) -> str | None:
    """The organization of the story (no agency) named exactly `written`, else the one that has it as an alias,
    else the one organization whose name begins with it ("Devlin" for "Devlin Energy")."""
    entities = ctx.entities
    candidates = (*named(entities, written), *name_begins_with(entities, written))
    orgs = {c.name for c in candidates if c.label == "ORG" and not c.agency}
    if written in orgs:
        return written  # "Halden" beside "Halden Bank" and "Halden Insurance": the group itself
    # a short form that is the alias of exactly one organization (a bare "HM" the entity rules merged into
    # "Halvard Motors" by its initials) is that organization, not the unit whose name merely begins with it ("its
    # HM Capital finance arm"); a ticker root ("HM.N") adds no alias, so a story that writes "HM" only in the
    # ticker and in "HM shares" still reads the unit; two organizations with the alias: neither is chosen
    aliased = {c.name for c in aliased_as(entities, written) if c.label == "ORG" and not c.agency}
    if len(aliased) == 1:
        return aliased.pop()
    return orgs.pop() if len(orgs) == 1 else None
