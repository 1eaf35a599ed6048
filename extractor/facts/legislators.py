"""Members of a legislature named with their title: "Senator Ann Lee", "Westland Republican Sen. Bo Chen",
"Rep. Jo Marr", "former Congressman Tim Dole". The seat is held in the chamber (FACTS.md gold: subject
"Senate", predicate "senator"), whatever state or party the words before the title name. A title that is part
of a longer post ("Trade Representative", "state senator", "sales representative") is no legislator's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import table

PLACE_OR_PARTY = frozenset({"GPE", "NORP"})  # "Westland Democratic Sen.": where the member sits, for which party
FORMER = frozenset({"former", "ex", "-"})
OPEN_BEFORE = frozenset({"DET", "ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PRON", "PUNCT", "PART", "ADV"})


def legislator_post(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(the title, the chamber) when a legislator's title stands right before the name, preceded only by
    places, parties or "former"; None otherwise."""
    doc, sent = mention.doc, mention.sent
    i = mention.start - 1
    if i < sent.start:
        return None
    word = doc[i]
    found = table("legislator_titles").get(word.lower_)
    if found is None or word.is_lower and word.lower_ != "senator":
        return None  # "sales representative": only a capitalised title, or "senator", names a legislator
    title, chamber = found
    former = False
    i -= 1
    while i >= sent.start and _place_or_party(doc[i], ctx):
        i -= 1
    if i >= sent.start and doc[i].lower_ in FORMER:
        former = True
        while i >= sent.start and doc[i].lower_ in FORMER:
            i -= 1
    if i >= sent.start and not _opens_the_title(doc[i], ctx):
        return None  # "Trade Representative", "state senator": the word belongs to a longer post
    return (f"former {title}" if former else title), chamber


def _place_or_party(token: Token, ctx: DocContext) -> bool:
    cluster = ctx.entities.at(token.i)
    return cluster is not None and cluster.label in PLACE_OR_PARTY or token.ent_type_ in PLACE_OR_PARTY


def _opens_the_title(token: Token, ctx: DocContext) -> bool:
    """The word before a legislator's title (and its places or party) is no word of the post: punctuation, a
    verb, a determiner or a preposition ("said Senator", "by Rep.", "the U.S. Senator")."""
    return token.pos_ in OPEN_BEFORE or token.is_punct
