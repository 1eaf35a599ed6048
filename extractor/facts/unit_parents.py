"""A unit named with its owner holds no figures of its own: "Tolliver's Larchmont ran 18 depots", where both
names are organizations (a unit word such as "brand" as subject is left to the earlier rules). FACTS.md: a chain
or division of a company takes the parent as subject, the unit named in the predicate; the possessive is the
text's evidence of who owns the unit, unless a relation noun stands between ("Tolliver's rival Larchmont")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.syntax import possessor
from extractor.lexicons import words

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext


def owning_parent(subject: Token | None, ctx: DocContext) -> str | None:
    """The organization that owns the clause's subject, itself an organization, by a possessive on it."""
    if subject is None:
        return None
    unit = ctx.entities.at(subject.i)
    owner = possessor(subject)
    if unit is None or unit.label != "ORG" or owner is None or _relation_between(owner, subject):
        return None
    parent = ctx.entities.at(owner.i)
    if parent is None or parent is unit or parent.label != "ORG" or parent.agency:
        return None  # "Freedonia's Ostby", "Reuters' survey": no parent company
    return parent.name


def _relation_between(owner: Token, subject: Token) -> bool:
    """A relation noun between possessor and unit ("X's rival Y") names a party X does not own."""
    between = subject.doc[owner.i + 1 : subject.i]
    return any(token.lemma_.lower() in words("peer_relation_nouns") for token in between)
