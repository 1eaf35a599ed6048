"""Appointees the recognizer or the parse gets wrong: "named Ann Lee chief executive", where the parse hangs
the name on the post it is given, and "named Soren Dahl chief financial officer", where the recognizer calls
the name an organization. A name an appointing verb gives a person's post is a person: a company is not made
chief executive (lexicons/firm_posts.txt lists the posts a firm can hold: adviser, underwriter)."""

from __future__ import annotations

from spacy.tokens import Token

from extractor.facts.discourse import DocContext
from extractor.facts.syntax import prep_object
from extractor.facts.title_owners import is_title_noun
from extractor.lexicons import words

NAME_ON_POST_DEPS = ("nmod", "compound")


def name_on_post(verb: Token) -> Token | None:
    """ "named Ann Lee chief executive": the proper noun the parse hangs before the title noun that is the
    verb's predicate (oprd), which is the person given the post."""
    post = next((c for c in verb.children if c.dep_ == "oprd" and is_title_noun(c)), None)
    if post is None:
        return None
    return next((c for c in post.children if c.dep_ in NAME_ON_POST_DEPS and c.pos_ == "PROPN" and c.i < post.i), None)


def posted_name(name: Token, verb: Token, ctx: DocContext) -> list[str]:
    """The name of the person an appointing verb gives a post ("named X chief executive", "appointed X as
    president"), also where the recognizer labelled the name an organization; nothing for a single word, a
    post a firm can hold, or a name with evidence of a company (a legal suffix, a ticker, a descriptor) given
    its post in an "as" phrase."""
    cluster = ctx.entities.at(name.i)
    if cluster is None or len(cluster.name.split()) < 2:
        return []
    on_post = name.dep_ in NAME_ON_POST_DEPS
    if cluster.org_evidence and not on_post:
        return []  # the name hung on the post is itself what the recognizer's "Kestrel chairman" evidence read
    post = _post_given(name, verb)
    if post is None or not is_title_noun(post) or post.lemma_.lower() in words("firm_posts"):
        return []
    return [cluster.name]


def _post_given(name: Token, verb: Token) -> Token | None:
    """The title noun the name is given: the post it is hung on ("named X chief executive") or the verb's
    "as" phrase ("named X as chief executive")."""
    if name.dep_ in NAME_ON_POST_DEPS and name.head.dep_ == "oprd" and name.head.head == verb:
        return name.head
    return prep_object(verb, ("as",)) if name.dep_ == "dobj" and name.head == verb else None
