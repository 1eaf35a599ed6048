"""A country's industry as the holder of a figure: "Dutch insurers must find 4 billion euros", "banks in Freedonia will
need 7 billion", "Freedonia's lenders raised their capital", "bad debts at Freedonian banks rose". Restricted by a
nationality or a place, a plural noun for an industry's firms (`industry_member_nouns`) stands for the country's
industry, and the total is the country's (FACTS.md: country-wide industry totals take the country), not that of
the regulator or agency that reports it ("..., the supervisor reported"), which stays the source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.statistics_country import PLACE_LABELS, country_of
from extractor.facts.syntax import possessor, prep_object
from extractor.lexicons import table, words

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

MODIFIER_DEPS = ("amod", "compound", "nmod")
PLACE_PREPS = ("in", "across", "from")  # "banks in Freedonia", "lenders across the region", "airlines from X"
HOLDER_PREPS = ("of", "at", "among", "for")  # "the capital ratio of Freedonian banks", "bad debts at ..."


def industry_country(measured: Token | None, subject: Token | None, ctx: DocContext) -> str | None:
    """The country whose industry holds the figure: the clause subject, the measured noun's possessor, or the
    object of its "of"/"at", when that is a national industry ("Freedonian banks")."""
    holders = [subject]
    if measured is not None:
        holders += [possessor(measured), prep_object(measured, HOLDER_PREPS)]
    for holder in holders:
        country = _national_industry(holder, ctx) if holder is not None else None
        if country is not None:
            return country
    return None


def _national_industry(noun: Token, ctx: DocContext) -> str | None:
    """ "German banks", "Europe's lenders", "insurers in Freedonia": the place that restricts a plural noun for
    the firms of an industry; None for a single firm ("the German bank") or an industry no place restricts."""
    if noun.tag_ != "NNS" or noun.lemma_.lower() not in words("industry_member_nouns"):
        return None
    if _names_follow(noun):
        return None  # "Freedonian automakers Hondex and Taravo reported": the firms named, not the industry
    for child in noun.lefts:
        if child.dep_ in MODIFIER_DEPS:
            named = country_of(child, ctx.entities) or _region(child)
            if named is not None:
                return named
        if child.dep_ == "poss":
            named = _place(child, ctx)
            if named is not None:
                return named
    after = prep_object(noun, PLACE_PREPS)
    return _place(after, ctx) if after is not None else None


def _names_follow(noun: Token) -> bool:
    """A proper name right after the noun names the firms meant ("lenders Brandt and Ostby")."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.text[:1].isupper()


def _region(token: Token) -> str | None:
    """ "European banks": a region's adjective (`region_adjectives`), the region."""
    region = table("region_adjectives").get(token.lower_) if token.text[:1].isupper() else None
    return region[0] if region else None


def _place(token: Token, ctx: DocContext) -> str | None:
    """A place the story names ("Europe's", "in Freedonia"); a dateline names none."""
    cluster = ctx.entities.at(token.i)
    if cluster is None or cluster.label not in PLACE_LABELS or token.i in ctx.entities.dateline_tokens:
        return None
    return cluster.name
