"""Two readings of which organization a word stands for, shared by the title rules (title_owners, which import
discourse) and the subject rules (discourse, org_anaphors): kept here, importing neither, so that no side
copies them to escape an import cycle."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.mentions.entities import EntityIndex


def tagged_org(token: Token, entities: EntityIndex) -> str | None:
    """The organization the tagger names at `token`; never a news agency, which holds no post and reports
    no figures of its own."""
    cluster = entities.at(token.i)
    return cluster.name if cluster is not None and cluster.label == "ORG" and not cluster.agency else None


def whose_antecedent(whose: Token) -> Token | None:
    """ "Osgood, whose shares rose", "Ferrow, whose chairman quit": the noun a relative "whose" stands for,
    the head of the relative clause it opens."""
    clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else None
