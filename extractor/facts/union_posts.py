"""Posts of a union of many nations: "EU Competition Commissioner Ann Lee", "the European Union's trade
commissioner, Bo Chen", "Jo Marr, the European Commissioner in charge of banks". FACTS.md gold holds such a post
for the union ("European Union | competition commissioner"), while the readers of country posts find no country in
"EU" and the title readers know no "commissioner": the person got no role at all. The union's name must stand
right before the post's words; a commissioner of a state or a city is left to the other readers."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.discourse import DocContext
from extractor.lexicons import table, words

MAX_PORTFOLIO_WORDS = 6  # "Economic and Monetary Affairs": the portfolio written between the union and the post
PORTFOLIO_LINKS = frozenset({"and", "&", "-"})
POSSESSIVES = frozenset({"'s", "’s"})


def union_post(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """(the post as written, lower case; the union's canonical name) for a union's post right before the
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
        union = _union_ending_at(doc, first - 1, start)
        if union is not None:
            return _post_text(doc[first : post + 1]), union
        if not _portfolio_word(doc[first - 1], ctx):
            return None
        first -= 1
    return None


def _post_after(mention: Span, ctx: DocContext) -> tuple[str, str] | None:
    """ "Ann Lee, the European Commissioner in charge of banks,": the union's name opens the apposition after
    the name's comma and a post noun closes its portfolio words; a name right after the post is the post's
    holder, not this person."""
    doc, end = mention.doc, mention.sent.end
    i = mention.end
    if i >= end or doc[i].text != ",":
        return None
    i += 2 if i + 1 < end and doc[i + 1].lower_ == "the" else 1
    union, i = _union_starting_at(doc, i, end)
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


def _union_ending_at(doc: Doc, i: int, start: int) -> str | None:
    """The union's canonical name when its written form ("EU", "European Union", "EU's") ends at token `i`."""
    if i >= start and doc[i].lower_ in POSSESSIVES:
        i -= 1
    for size in (2, 1):
        found = _union_named(doc[i - size + 1 : i + 1]) if i - size + 1 >= start else None
        if found is not None:
            return found
    return None


def _union_starting_at(doc: Doc, i: int, end: int) -> tuple[str | None, int]:
    """The union's canonical name written from token `i` (a possessive after it skipped), and the index after."""
    for size in (2, 1):
        found = _union_named(doc[i : i + size]) if i + size <= end else None
        if found is not None:
            after = i + size
            return found, after + 1 if after < end and doc[after].lower_ in POSSESSIVES else after
    return None, i


def _union_named(tokens: Span) -> str | None:
    """The canonical name of the union `tokens` write ("EU", "European Union"), from lexicons/union_names.tsv."""
    found = table("union_names").get(" ".join(t.lower_ for t in tokens))
    return found[0] if found else None


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
