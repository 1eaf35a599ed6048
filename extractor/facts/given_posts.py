"""The post a person is given, written after the name: "named Ann Lee as president", "appointed Ann Lee
chairman", "promoted Lee to chief operating officer", "Ann Lee, a former banker, as its new chief executive",
"Bo Chen, who became chairman", "Ann Lee was appointed (elected, promoted to) president of Brandt Co". The
title's words, and the organization whose post it is: the one the post names ("of Brandt Co", "its"), else
the one that appoints ("Kestrel elected Lee chairman")."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from extractor.facts.described_titles import AFFILIATION_PREPOSITIONS
from extractor.facts.discourse import DocContext
from extractor.facts.title_owners import POSSESSIVE_PRONOUNS, deciding_organization, is_title_noun, possessor_owner
from extractor.lexicons import table, words

OFFICER_SHORT_FORMS = ("ceo", "cfo", "coo", "cto")
BECOMING = (["who", "became"], ["who", "becomes"], ["who", "is"], ["who", "remains"])


def title_given(mention: Span, title_words: frozenset[str], ctx: DocContext) -> tuple[list[Token], str | None] | None:
    """(title tokens, organization) of the post given to the person named by `mention`; None without one."""
    doc, end = mention.doc, mention.sent.end
    i = _past_apposition(mention)
    lead = [t.lower_ for t in doc[i : min(i + 2, end)]]
    if lead[:1] == ["as"] and _predecessor(mention):
        return None  # "Lee succeeded Bo Chen as chairman": the post is Lee's, Chen gave it up
    giver = _given_by(mention.root)
    if lead[:1] == ["as"] or lead[:1] == ["to"] and giver is not None:
        i += 1  # "promoted Lee to president"
    elif lead[:2] in BECOMING:
        i += 2
    elif (appointed := _appointing_verb_after(mention, i)) is not None:
        i = appointed + 1  # "Ann Lee was named president": the post the passive appointing verb gives
        if i < end and doc[i].lower_ in ("as", "to"):
            i += 1
    elif not _compounded_post(mention):  # "appointed Ann Lee chairman": the name parsed into the post
        return None
    return post_at(doc, i, end, giver, ctx)


def post_at(
    doc: Doc, i: int, end: int, giver: Token | None, ctx: DocContext, *, its_giver: bool = False
) -> tuple[list[Token], str | None] | None:
    """(title tokens, organization) of a post written from token `i` ("its new chief executive", "president of
    Brandt Co"); the organization is the one the post names, else its possessor, else the one of `giver`, the
    verb that gives the post. With `its_giver`, a possessive pronoun ("as its new chairman") is the giver's
    organization when an active giver names one. None when the words name no post."""
    title_words = words("title_words")
    owner = None
    while i < end and doc[i].lower_ in ("the", "its", "their", "a", "an", "new", "next"):
        owner = doc[i] if doc[i].lower_ in POSSESSIVE_PRONOUNS else owner  # "as its new president"
        i += 1
    tokens = []
    while i < end and (doc[i].lower_ in title_words or doc[i].lower_ in ("and", "-") and tokens):
        tokens.append(doc[i])
        i += 1
    if not any(t.lower_ in words("role_nouns") or t.lower_ in OFFICER_SHORT_FORMS for t in tokens):
        return None
    named = post_organization(doc[i : min(i + 5, end)], ctx)
    if its_giver and owner is not None and giver is not None:
        named = named or deciding_organization(giver, ctx)  # "Brandt's board elected X as its chairman": Brandt
    named = named or (possessor_owner(owner, ctx) if owner is not None else None)
    return tokens, named or (deciding_organization(giver, ctx) if giver is not None else None)


def decider_of(person: Token, ctx: DocContext) -> str | None:
    """ "Kestrel ousted its chairman, Ann Lee", "Kestrel named Lee, head of its retail arm, as ...": the
    organization that appoints or removes a person whose title names no organization is the post's."""
    title = person.head if person.dep_ in ("appos", "compound") and is_title_noun(person.head) else person
    verb = title.head
    moves = gives_posts(verb) or verb.lemma_.lower() in table("succession_verbs")
    return deciding_organization(verb, ctx) if title.dep_ in ("dobj", "oprd") and moves else None


def _past_apposition(mention: Span) -> int:
    """The index after the name and after an apposition to it ("Ann Lee, a former banker, as ...")."""
    doc, i = mention.doc, mention.end
    apposed = [c for c in mention.root.children if c.dep_ == "appos" and c.i >= i]
    if apposed and i < mention.sent.end and doc[i].text == ",":
        i = apposed[-1].right_edge.i + 1
    if i < mention.sent.end and doc[i].text == ",":
        i += 1
    return i


def _compounded_post(mention: Span) -> bool:
    """ "appointed Ann Lee chairman": the parser made the name a compound of the post, the verb's object."""
    post = mention.root.head
    return (
        mention.root.dep_ == "compound"
        and post.i == mention.end
        and is_title_noun(post)
        and post.dep_ in ("dobj", "oprd")
        and gives_posts(post.head)
    )


def _given_by(person: Token) -> Token | None:
    """The verb that gives the person a post with the person as its object ("named Lee", "promoted Lee")."""
    if person.dep_ == "compound" and is_title_noun(person.head):
        person = person.head
    verb = person.head
    return verb if person.dep_ in ("dobj", "oprd") and gives_posts(verb) else None


def gives_posts(verb: Token) -> bool:
    """An appointing verb (an event verb whose object is a person) or a succession verb that gives a post."""
    lemma = verb.lemma_.lower()
    row = table("event_verbs").get(lemma)
    if row is not None and len(row) > 1 and "PERSON" in row[1].split(","):
        return True
    succession = table("succession_verbs").get(lemma)
    return succession is not None and succession[-1] == "gives"


def _predecessor(mention: Span) -> bool:
    """ "succeeded Bo Chen as chairman", "replaced Chen as finance chief": the object of a verb of taking a
    post is the person who left it."""
    verb = mention.root.head
    return mention.root.dep_ == "dobj" and verb.lemma_.lower() in words("post_taking_verbs")


def _appointing_verb_after(mention: Span, i: int) -> int | None:
    """ "Ann Lee was named", "Lee has been appointed", "Lee was elected": the index of a passive verb that
    gives a post right after the name and its auxiliaries."""
    doc, end = mention.doc, mention.sent.end
    while i < end and doc[i].dep_ in ("aux", "auxpass"):
        i += 1
    if i >= end or doc[i].tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in doc[i].children):
        return None
    return i if gives_posts(doc[i]) else None


def post_organization(after: Span, ctx: DocContext) -> str | None:
    """ "president of Brandt Co", "chief economist at Kestrel Bank": the organization right after a post."""
    if not len(after) or after[0].lower_ not in AFFILIATION_PREPOSITIONS:
        return None
    for token in after[1:]:
        cluster = ctx.entities.at(token.i)
        if cluster is not None:
            return cluster.name if cluster.label == "ORG" and not cluster.agency else None
        if token.pos_ not in ("DET", "ADJ", "PROPN"):
            return None
    return None
