"""Posts of a union of many nations: "EU Competition Commissioner Ann Lee", "the EU's trade commissioner, Bo
Chen", "Jo Marr, the European Commissioner for banking". FACTS.md gold holds such a post for the union
(its name, alias "EU" | "competition commissioner"), while the readers of country posts find no country in
"EU" and the title readers know no "commissioner": the person got no role at all. The union's name must stand
right before the post's words; a commissioner of a state or a city is left to the other readers."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import words
from extractor.mentions.entity_clusters import EntityCluster

MAX_PORTFOLIO_WORDS = 6  # "Economic and Monetary Affairs": the portfolio written between the union and the post
PORTFOLIO_LINKS = frozenset({"and", "&", "-"})
POSSESSIVES = frozenset({"'s", "’s"})


def union_post(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(the post as written, lower case; the story's name for the union) for a union's post right before the
    person's name or in apposition right after it; None otherwise."""
    return _post_before(mention, ctx) or _post_after(mention, ctx)


def _post_before(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """ "EU Trade Commissioner Ann Lee", "the EU's trade commissioner, Ann Lee": the post ends right before the
    name (a comma allowed), the union's name right before its portfolio words."""
    doc, start = mention.doc, mention.sent.start
    post = mention.start - 1
    if post > start and doc[post].text == ",":
        post -= 1
    if post < start or not _is_union_post(doc[post]):
        return None
    first = post
    while first > start and post - first < MAX_PORTFOLIO_WORDS:
        union = _union_ending_at(doc, first - 1, start, ctx)
        if union is not None:
            return _post_text(doc[first : post + 1]), union
        if not _portfolio_word(doc[first - 1], ctx):
            return None
        first -= 1
    return None


def _post_after(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """ "Ann Lee, the European Commissioner for banking,": the union's name opens the apposition after
    the name's comma and a post noun closes its portfolio words; a name right after the post is the post's
    holder, not this person."""
    doc, end = mention.doc, mention.sent.end
    i = mention.end
    if i >= end or doc[i].text != ",":
        return None
    i += 2 if i + 1 < end and doc[i + 1].lower_ == "the" else 1
    union, i = _union_starting_at(doc, i, end, ctx)
    if union is None:
        return None
    first = i
    while i < end and i - first <= MAX_PORTFOLIO_WORDS:
        if _is_union_post(doc[i]):
            return None if _held_by_another(doc[i + 1 : end], ctx) else (_post_text(doc[first : i + 1]), union)
        if not _portfolio_word(doc[i], ctx):
            return None
        i += 1
    return None


def _held_by_another(after: Span, ctx: DocContext) -> bool:
    """ "Ann Lee, the EU trade commissioner's aide", "..., the EU trade commissioner Bo Chen": a possessive or a
    name right after the post makes it someone else's."""
    if not len(after):
        return False
    following = ctx.entities.at(after[0].i)
    return after[0].lower_ in POSSESSIVES or following is not None and following.label == "PERSON"


def _is_union_post(token: Token) -> bool:
    """ "Commissioner", "commissioners": a post noun of the union (by lemma; the tagger may call it a name)."""
    return token.lemma_.lower() in words("union_post_nouns") or token.lower_ in words("union_post_nouns")


def _union_ending_at(doc: Doc, i: int, start: int, ctx: DocContext) -> str | None:
    """The union's name when a written form of it ("EU", "EU's", the name written out) ends at token `i`."""
    if i >= start and doc[i].lower_ in POSSESSIVES:
        i -= 1
    for size in (2, 1):
        found = _union_named(doc[i - size + 1 : i + 1], ctx) if i - size + 1 >= start else None
        if found is not None:
            return found
    return None


def _union_starting_at(doc: Doc, i: int, end: int, ctx: DocContext) -> tuple[str | None, int]:
    """The union's name written from token `i` (a possessive after it skipped), and the index after."""
    for size in (2, 1):
        found = _union_named(doc[i : i + size], ctx) if i + size <= end else None
        if found is not None:
            after = i + size
            return found, after + 1 if after < end and doc[after].lower_ in POSSESSIVES else after
    return None, i


def _union_named(tokens: Span, ctx: DocContext) -> str | None:
    """The story's name for the union that `tokens` write (lexicons/union_names.txt): the tagged name there, else
    the story's other mention of the union ("the European Commissioner" in a story that names the union), else
    the short form as written ("EU"); None for the adjective alone in a story that never names the union."""
    if " ".join(t.lower_ for t in tokens) not in words("union_names"):
        return None
    here = ctx.entities.at(tokens[0].i)
    if here is not None and _names_the_union(here):
        return here.name
    story = next((c for c in ctx.entities.clusters if _names_the_union(c)), None)
    if story is not None:
        return story.name
    return tokens.text if len(tokens) > 1 or tokens[0].is_upper else None


def _names_the_union(cluster: EntityCluster) -> bool:
    """An organization or place cluster named by a written form of the union; not a longer name the tagger
    glued to it ("EU Competition" in "EU Competition Commissioner"), even with "EU" among its aliases."""
    return cluster.label in ("ORG", "GPE") and cluster.name.lower() in words("union_names")


def _portfolio_word(token: Token, ctx: DocContext) -> bool:
    """A word of the portfolio ("Competition", "trade", "Economic and Monetary Affairs"): no name of a person
    or place, no verb or punctuation."""
    if token.lower_ in PORTFOLIO_LINKS:
        return True
    cluster = ctx.entities.at(token.i)
    if cluster is not None and cluster.label in ("PERSON", "GPE"):
        return False
    return token.is_alpha and token.pos_ in ("NOUN", "PROPN", "ADJ")


def _post_text(tokens: Span) -> str:
    return " ".join(t.lower_ for t in tokens).replace(" - ", "-")
