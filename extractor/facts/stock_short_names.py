"""Whose stock a short name before "shares" names, where the tagger did not read it as a company.

A story names a company in full once ("Ostby Bancorp"), then writes its stock with the first word only: "while
Ostby stock slid 40 cents". The tagger often reads that word as an adjective, a nationality or a common noun,
so `discourse._stock_owner`, which reads proper nouns and known names, found no owner and the figure fell to
the story's main company. A capitalized word right before a stock noun that begins the name of exactly one
organization of the story, and is no nationality, region or place, names that organization."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from extractor.facts.story_orgs import org_starting_with
from extractor.lexicons import table, words
from extractor.mentions.cluster_lookup import named
from extractor.mentions.token_index import doc_has_text

if TYPE_CHECKING:
    from extractor.facts.discourse import DocContext

MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
PLACE_LABELS = frozenset({"GPE", "LOC"})
PLACE_TABLES = ("place_aliases", "nationality_countries", "dateline_countries", "region_adjectives")


def short_name_owner(stock: Token, ctx: DocContext) -> str | None:
    """The organization a short name right before a stock noun stands for ("Ostby shares" beside "Ostby
    Bancorp"), else None ("European shares", "Freedonian stocks", "Bank shares" of a bank story whose one bank
    begins with "Bank" is read only when "bank" is never written in lower case: a common noun, not a name)."""
    before = stock.doc[stock.i - 1] if stock.i > 0 else None
    if before is None or before.head != stock or before.dep_ not in MODIFIER_DEPS or not _may_name(before, ctx):
        return None
    return org_starting_with(before, ctx)


def _may_name(word: Token, ctx: DocContext) -> bool:
    """A capitalized word that is no nationality, region or place the story knows, and that the story never
    writes in lower case (a sentence's first word "Bank" or "Gold" is a common noun written so)."""
    if not word.text[:1].isupper() or word.lower_ in table("nationality_countries"):
        return False
    if word.lower_ in table("region_adjectives") or word.lower_ in words("sector_words"):
        return False  # "Gold shares rose" beside "Gold Basin Partners": a sector's stocks, not the one company
    cluster = ctx.entities.at(word.i)
    if cluster is not None and cluster.label in PLACE_LABELS:
        return False
    if word.ent_type_ in PLACE_LABELS and not org_read_as_place(word, ctx):
        return False  # "U.S. shares" beside "U.S. Vantor Bureau": a market (a nationality tag is no place here)
    return not doc_has_text(word.doc, word.lower_)


def org_read_as_place(word: Token, ctx: DocContext) -> bool:
    """The tagger read this one mention of a company as a place ("Brindle shares rose", Brindle a GPE here)
    while the story's entity index holds the word as an organization's whole name: the index,
    built from all the mentions, is the better vote. A word that is itself a place ("U.S." opening "U.S.
    Vantor Bureau", a city, a nationality) keeps the tagger's reading."""
    cluster = ctx.entities.at(word.i)
    if cluster is None or cluster.label != "ORG" or cluster.agency:
        return False
    return _names_alone(word, cluster.name) and not _place_word(word, ctx)


def _names_alone(word: Token, name: str) -> bool:
    """The organization's name is the word, maybe with a legal suffix ("Brindle", "Brindle Corp"), not a place
    word opening a longer name ("Frankfurt Dorrin Bank", whose index also absorbs the city's mentions)."""
    first, *rest = name.lower().split() or [""]
    return first == word.lower_ and all(w in words("org_suffixes") for w in rest)


def _place_word(word: Token, ctx: DocContext) -> bool:
    """A country's short form, a nationality, a dateline city or a region the lexicons know, or a name the
    story's index holds as a place."""
    if any(word.lower_ in table(name) for name in PLACE_TABLES):
        return True
    return any(c.label in PLACE_LABELS for c in named(ctx.entities, word.text))
